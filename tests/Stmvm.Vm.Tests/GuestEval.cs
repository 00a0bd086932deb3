// Runs guest snippets for the tests: a program leaves its result in `r` and the test
// compares str(r) with what python3 printed for the same program.
using System.Text;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm.Tests;

internal static class GuestEval
{
    /// Runs source as module __main__ and returns str(r).
    public static string StrOfResult(string source)
    {
        var code = CodeObjects.Load(Compiler.CompileModule(Encoding.UTF8.GetBytes(source), "<test>"));
        using var scope = new RootScope();
        int h = scope.Add(Dicts.New());
        Dicts.SetStr(scope[h], "__name__", Strs.New("__main__"));
        if (Modules.TryGetNative("builtins", out var builtins)) Dicts.SetStr(scope[h], "__builtins__", builtins);
        Interpreter.RunModule(code, scope[h]);
        return Ops.StrOf(Dicts.GetStr(scope[h], "r"));
    }

    /// repr(expression), or "ExceptionType: message" when it raises.
    public static string ReprOrError(string expression)
        => StrOfResult($"try:\n    r = repr({expression})\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n");
}
