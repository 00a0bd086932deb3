// The `builtins` module: every built-in class under its Python name, the constants, and
// the built-in functions (defined by the Builtins*.cs files of this folder, one group
// each). The interpreter falls back to BuiltinsModule.Dict for LOAD_GLOBAL / LOAD_NAME.
using System.Reflection;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BuiltinsModule
{
    public const string Name = "builtins";

    public static Value Module, Dict;

    /// Built-in classes that are not exceptions but are exposed in builtins (by Python name):
    /// those of BuiltinTypes' fields and iterator classes that have one of these names.
    private static readonly HashSet<string> PublicClasses =
    [
        "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "tuple", "list",
        "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super",
        "enumerate", "zip", "map", "filter", "reversed", "memoryview",
    ];

    [Setup(SetupPhase.Builtins)]
    private static void Setup()
    {
        Module = Modules.New(Name);
        Dict = Modules.DictOf(Module);
        AddClasses();
        AddConstants();
        BuiltinsObjects.Define(Dict);
        BuiltinsNumbers.Define(Dict);
        BuiltinsIteration.Define(Dict);
        BuiltinsIO.Define(Dict);
        Modules.RegisterNative(Name, Module);
    }

    /// Defines a built-in function of this module.
    internal static void Function(Value dict, string name, NativeFn fn) => Natives.DefineFunction(dict, Name, name, fn);

    private static void AddClasses()
    {
        var types = typeof(BuiltinTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<PyType>()
            .Concat(BuiltinTypes.ExceptionTypes).Concat(BuiltinTypes.IteratorTypes.Values);
        foreach (var type in types)
            if (type.IsException || PublicClasses.Contains(type.Name)) Dicts.SetStr(Dict, type.Name, type.Ref);
        Dicts.SetStr(Dict, "EnvironmentError", BuiltinTypes.OSError.Ref);
        Dicts.SetStr(Dict, "IOError", BuiltinTypes.OSError.Ref);
    }

    private static void AddConstants()
    {
        Dicts.SetStr(Dict, "None", Py.None);
        Dicts.SetStr(Dict, "True", Py.True);
        Dicts.SetStr(Dict, "False", Py.False);
        Dicts.SetStr(Dict, "Ellipsis", Py.Ellipsis);
        Dicts.SetStr(Dict, "NotImplemented", Py.NotImplemented);
        Dicts.SetStr(Dict, "__debug__", Py.True);
    }
}
