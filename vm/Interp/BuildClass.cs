// builtins.__build_class__(func, name, *bases, **kw), which LOAD_BUILD_CLASS pushes: runs
// the class body function with a fresh namespace dict, stores the __class__ cell it
// returns (zero-argument super()) as __classcell__, and creates the class.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BuildClass
{
    /// The built-in function object (old, a global root).
    public static Value Function;

    private static Value Build(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length < 2) throw Errors.TypeError("__build_class__: not enough arguments");
        if (!Ops.Is(args[0], TypeId.Function)) throw Errors.TypeError("__build_class__: func must be a function");
        if (!Strs.IsStr(args[1])) throw Errors.TypeError("__build_class__: name is not a string");
        int meta = kwNames == null ? -1 : Array.IndexOf(kwNames, "metaclass");
        if (meta >= 0)
        {
            if (kwValues[meta] != BuiltinTypes.Type.Ref)
                throw Errors.NotImplementedError("metaclasses other than type are not supported yet");
            Value[] values = [.. kwValues[..meta], .. kwValues[(meta + 1)..]];
            string[] names = [.. kwNames![..meta], .. kwNames[(meta + 1)..]];
            return Build(args, values, names.Length == 0 ? null : names);
        }
        using var scope = new RootScope();
        int hb = scope.Add(Tuples.New(args[2..]));
        int hns = scope.Add(Dicts.New());
        Value cell = Interpreter.RunClassBody(args[0], scope[hns]);
        if (Ops.Is(cell, TypeId.Cell)) Dicts.SetStr(scope[hns], "__classcell__", cell);
        return TypeObjects.CreateClass(Strs.ToNet(args[1]), scope[hb], scope[hns], kwValues, kwNames);
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Create()
    {
        Function = Natives.NewFunction(Natives.Register("__build_class__", "__build_class__", Build, isMethod: false));
        Heap.Instance.GlobalRoots.Add(Function);
    }

    [Setup(SetupPhase.Late)]
    private static void Publish()
    {
        Value builtins = Modules.BuiltinsDict;
        if (!builtins.IsNull && Dicts.GetStr(builtins, "__build_class__").IsNull)
            Dicts.SetStr(builtins, "__build_class__", Function);
    }
}
