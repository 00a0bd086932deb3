// Evaluates one guest expression for the numbers and strings tests: its repr, or
// "ExceptionType: message" when it raises (the same text the expected values were
// generated with in python3).
using System.Text;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm.Tests;

internal static class GuestEval
{
    public static string ReprOrError(string expression)
    {
        string source = $"try:\n    r = repr({expression})\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n";
        var code = CodeObjects.Load(Compiler.CompileModule(Encoding.UTF8.GetBytes(source), "<test>"));
        using var scope = new RootScope();
        int h = scope.Add(Dicts.New());
        Dicts.SetStr(scope[h], "__name__", Strs.New("__main__"));
        if (Modules.TryGetNative("builtins", out var builtins)) Dicts.SetStr(scope[h], "__builtins__", builtins);
        Interpreter.RunModule(code, scope[h]);
        return Strs.ToNet(Dicts.GetStr(scope[h], "r"));
    }
}
