// The methods of `object` (the defaults every class inherits: __new__/__init__ with
// CPython's argument checks, __repr__, __str__, __eq__/__ne__ and the other comparisons
// returning NotImplemented, identity __hash__, __class__, __dict__, explicit
// __getattribute__/__setattr__/__delattr__, __init_subclass__, __format__) and the reprs
// of the singletons None, True/False, Ellipsis and NotImplemented. `type`'s own
// methods and attributes: TypeMethods.cs.
using Stmvm.Gc;
using Stmvm.Lang;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class ObjectMethods
{
    /// The built-in functions object.__new__, object.__init__, object.__str__, object.__hash__
    /// and the function inside the classmethod object.__init_subclass__ (compared against by
    /// the type-call protocol and by Ops to skip work when a class does not override them).
    public static Value New, Init, Str, Hash, InitSubclass;

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var o = BuiltinTypes.Object;
        New = Define(o, "__new__", ObjectNew);
        Init = Define(o, "__init__", ObjectInit);
        Str = Define(o, "__str__", (args, _, _) => Ops.Repr(Self("__str__", args, 0)));
        Hash = Define(o, "__hash__", (args, _, _) => Ints.New(Ops.IdentityHash(Self("__hash__", args, 0))));
        Define(o, "__repr__", (args, _, _) => Strs.New(DefaultRepr(Self("__repr__", args, 0))));
        Define(o, "__format__", Format);
        Define(o, "__getattribute__", GetAttribute);
        Define(o, "__setattr__", (args, _, _) => SetAttribute(args));
        Define(o, "__delattr__", (args, _, _) => DelAttribute(args));
        Define(o, "__eq__", (args, _, _) => Self("__eq__", args, 1) == args[1] ? Py.True : Py.NotImplemented);
        Define(o, "__ne__", NotEqual);
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Define(o, name, (args, _, _) => { Self(name, args, 1); return Py.NotImplemented; });
        InitSubclass = Natives.NewFunction(
            Natives.Register("__init_subclass__", "object.__init_subclass__", InitSubclassDefault, isMethod: false));
        TypeObjects.SetTypeAttr(o, "__init_subclass__", Descriptors.NewClassMethod(InitSubclass));
        NativeProperties.Define(o, "__class__", Ops.ClassOf, SetClass);
        NativeProperties.Define(o, "__dict__", GetDict, SetDict);
        DefineSingletons();
    }

    private static Value Define(PyType type, string name, NativeFn fn)
    {
        Natives.DefineMethod(type, name, fn);
        return Dicts.GetStr(TypeObjects.DictOf(type), name);
    }

    /// args[0] (self) and exactly `extra` more positional arguments.
    private static Value Self(string name, ReadOnlySpan<Value> args, int extra)
    {
        if (args.Length != extra + 1)
        {
            if (args.Length == 0) throw Errors.TypeError($"descriptor '{name}' of 'object' object needs an argument");
            throw Errors.TypeError($"expected {extra} argument{(extra == 1 ? "" : "s")}, got {args.Length - 1}");
        }
        return args[0];
    }

    private static bool HasExcessArgs(ReadOnlySpan<Value> args, string[]? kwNames) =>
        args.Length > 1 || kwNames is { Length: > 0 };

    private static Value ObjectNew(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0) throw Errors.TypeError("object.__new__(): not enough arguments");
        if (!TypeObjects.IsType(args[0]))
            throw Errors.TypeError($"object.__new__(X): X is not a type object ({Ops.TypeName(args[0])})");
        var t = PyType.FromRef(args[0]);
        if (HasExcessArgs(args, kwNames))
        {
            if (TypeObjects.LookupInMro(t, "__new__") != New)
                throw Errors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (TypeObjects.LookupInMro(t, "__init__") == Init) throw Errors.TypeError($"{t.Name}() takes no arguments");
        }
        if (t.IsBuiltin && t != BuiltinTypes.Object)
            throw Errors.TypeError($"object.__new__({t.Name}) is not safe, use {t.Name}.__new__()");
        return TypeObjects.Allocate(t);
    }

    private static Value ObjectInit(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0) throw Errors.TypeError("descriptor '__init__' of 'object' object needs an argument");
        if (!HasExcessArgs(args, kwNames)) return Py.None;
        var t = Ops.TypeOf(args[0]);
        if (TypeObjects.LookupInMro(t, "__init__") != Init)
            throw Errors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        if (TypeObjects.LookupInMro(t, "__new__") == New)
            throw Errors.TypeError($"{t.Name}.__init__() takes exactly one argument (the instance to initialize)");
        return Py.None;
    }

    /// "<__main__.A object at 0x7f...>", "<object object at 0x...>"
    public static string DefaultRepr(Value obj)
    {
        var t = Ops.TypeOf(obj);
        Value module = TypeObjects.ModuleOf(t);
        string name = Strs.IsStr(module) && !Strs.EqualsNet(module, "builtins")
            ? $"{Strs.ToNet(module)}.{TypeObjects.QualNameOf(t)}" : t.Name;
        return $"<{name} object at {Address(obj)}>";
    }

    /// The identity of obj as CPython prints addresses: "0x7f3a...".
    public static string Address(Value obj) => $"0x{Identity.Of(obj.Ref):x}";

    private static Value Format(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__format__", args, 1);
        if (!Strs.IsStr(args[1])) throw Errors.TypeError($"__format__() argument must be str, not {Ops.TypeName(args[1])}");
        if (Strs.Length(args[1]) != 0)
            throw Errors.TypeError($"unsupported format string passed to {Ops.TypeName(self)}.__format__");
        return Ops.Str(self);
    }

    private static string NameArg(ReadOnlySpan<Value> args)
    {
        if (!Strs.IsStr(args[1])) throw Errors.TypeError($"attribute name must be string, not '{Ops.TypeName(args[1])}'");
        return Strs.ToNet(args[1]);
    }

    private static Value GetAttribute(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__getattribute__", args, 1);
        string name = NameArg(args);
        Value v = Ops.GenericFindAttr(self, Ops.TypeOf(self), name);
        if (v.IsNull) throw Errors.AttributeError($"'{Ops.TypeName(self)}' object has no attribute '{name}'");
        return v;
    }

    private static Value SetAttribute(ReadOnlySpan<Value> args)
    {
        Value self = Self("__setattr__", args, 2);
        Ops.GenericSetAttr(self, Ops.TypeOf(self), NameArg(args), args[2]);
        return Py.None;
    }

    private static Value DelAttribute(ReadOnlySpan<Value> args)
    {
        Value self = Self("__delattr__", args, 1);
        Ops.GenericDelAttr(self, Ops.TypeOf(self), NameArg(args));
        return Py.None;
    }

    /// object.__ne__: the inverse of self.__eq__(other) unless that is NotImplemented.
    private static Value NotEqual(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__ne__", args, 1);
        Value r = Ops.TryCompareMethod(self, args[1], CompareOp.Eq);
        return r == Py.NotImplemented ? r : Py.Bool(!Ops.Truth(r));
    }

    private static Value InitSubclassDefault(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 } && args.Length == 1 && TypeObjects.IsType(args[0]))
            throw Errors.TypeError($"{PyType.FromRef(args[0]).Name}.__init_subclass__() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"__init_subclass__() takes no arguments ({args.Length - 1} given)");
        return Py.None;
    }

    private static Value GetDict(Value obj)
    {
        if (!Ops.CanHaveAttributes(obj, Ops.TypeOf(obj)))
            throw Errors.AttributeError($"'{Ops.TypeName(obj)}' object has no attribute '__dict__'");
        return Instances.GetDict(obj);
    }

    private static void SetDict(Value obj, Value dict)
    {
        GetDict(obj);
        if (!Dicts.IsDict(dict)) throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{Ops.TypeName(dict)}'");
        Instances.SetDict(obj, dict);
    }

    /// obj.__class__ = cls: both user classes (or the same built-in base) with the same layout and slots.
    private static void SetClass(Value obj, Value cls)
    {
        if (!TypeObjects.IsType(cls))
            throw Errors.TypeError($"__class__ must be set to a class, not '{Ops.TypeName(cls)}' object");
        var from = Ops.TypeOf(obj);
        var to = PyType.FromRef(cls);
        if (!Instances.HasStorage(obj) || to.IsBuiltin || from.IsBuiltin)
            throw Errors.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (to.InstanceLayout != from.InstanceLayout || (to.Flags & TypeFlags.NoDict) != (from.Flags & TypeFlags.NoDict))
            throw Errors.TypeError($"__class__ assignment: '{to.Name}' object layout differs from '{from.Name}'");
        Barrier.Write(obj.Ref);
        Mem.StoreValue(obj.Ref, Off.Class, cls);
    }

    /// Reprs of None, True/False, Ellipsis, NotImplemented; calling NoneType, ellipsis and
    /// NotImplementedType gives the singleton.
    private static void DefineSingletons()
    {
        foreach (var t in new[] { BuiltinTypes.NoneType, BuiltinTypes.Bool, BuiltinTypes.EllipsisType, BuiltinTypes.NotImplementedType })
            Natives.DefineMethod(t, "__repr__", (args, _, _) => Ops.Repr(Self("__repr__", args, 0)));
        foreach (var (t, v) in new[] { (BuiltinTypes.NoneType, Py.None), (BuiltinTypes.EllipsisType, Py.Ellipsis),
                     (BuiltinTypes.NotImplementedType, Py.NotImplemented) })
            t.Constructor = (args, _, kwNames) => args.Length > 0 || kwNames is { Length: > 0 }
                ? throw Errors.TypeError($"{t.Name} takes no arguments") : v;
        Natives.DefineMethod(BuiltinTypes.NoneType, "__bool__", (args, _, _) => { Self("__bool__", args, 0); return Py.False; });
    }
}
