// The `type` class: calling it (type(x) gives x's class; type(name, bases, dict) makes a
// class), its attributes (__name__, __qualname__, __module__, __bases__, __base__, __mro__,
// __dict__) and methods (mro, __subclasses__, __call__, __repr__, __instancecheck__,
// __subclasscheck__).
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class TypeMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var t = BuiltinTypes.Type;
        t.Constructor = Construct;
        NativeProperties.Define(t, "__name__", c => Field(c, Off.TypeName), (c, v) => SetName(c, v, Off.TypeName, "__name__"));
        NativeProperties.Define(t, "__qualname__", c => Field(c, Off.TypeQualName),
            (c, v) => SetName(c, v, Off.TypeQualName, "__qualname__"));
        NativeProperties.Define(t, "__module__", c => TypeObjects.ModuleOf(Of(c)), SetModule);
        NativeProperties.Define(t, "__bases__", c => Field(c, Off.TypeBases));
        NativeProperties.Define(t, "__base__", c => Of(c).Base?.Ref ?? Py.None);
        NativeProperties.Define(t, "__mro__", c => Field(c, Off.TypeMro));
        NativeProperties.Define(t, "__dict__", c => Dicts.Copy(TypeObjects.DictOf(Of(c))));
        NativeProperties.Define(t, "__annotations__", Annotations, SetAnnotations);
        BuiltinDunders.Method(t, "mro", 0, (c, _) => Lists.FromSpan(Tuples.Items(Field(c, Off.TypeMro))));
        BuiltinDunders.Method(t, "__subclasses__", 0, (c, _) =>
            Lists.FromSpan(TypeObjects.SubclassesOf(Of(c)).Select(s => s.Ref).ToArray()));
        BuiltinDunders.Method(t, "__repr__", 0, (c, _) => Strs.New(TypeObjects.Repr(Of(c))));
        BuiltinDunders.Method(t, "__instancecheck__", 1, (c, a) => Py.Bool(Ops.IsInstance(a[0], Of(c))));
        BuiltinDunders.Method(t, "__subclasscheck__", 1, (c, a) =>
            Py.Bool(TypeObjects.IsType(a[0]) && PyType.FromRef(a[0]).IsSubtypeOf(Of(c))));
        BuiltinDunders.MethodKw(t, "__call__", (c, args, kwValues, kwNames) =>
            TypeObjects.CallType(Of(c), args, kwValues, kwNames));
    }

    private static PyType Of(Value cls) => PyType.FromRef(cls);

    /// type.__annotations__: the class's own (never a base's), made empty on first use, as
    /// CPython 3.10+; built-in types have none.
    private static Value Annotations(Value cls)
    {
        PyType type = Of(cls);
        Value own = Dicts.GetStr(TypeObjects.DictOf(type), "__annotations__");
        if (!own.IsNull) return own;
        if (type.IsBuiltin) throw Errors.AttributeError($"type object '{type.Name}' has no attribute '__annotations__'");
        Value d = Dicts.New();
        TypeObjects.SetTypeAttr(type, "__annotations__", d);
        return d;
    }

    private static void SetAnnotations(Value cls, Value v)
    {
        PyType type = Of(cls);
        if (type.IsBuiltin) throw Errors.TypeError($"cannot set '__annotations__' attribute of immutable type '{type.Name}'");
        TypeObjects.SetTypeAttr(type, "__annotations__", v);
    }

    private static Value Field(Value cls, int offset)
    {
        Barrier.Read(cls.Ref);
        return Mem.LoadValue(cls.Ref, offset);
    }

    private static void SetName(Value cls, Value name, int offset, string attr)
    {
        var type = Of(cls);
        if (type.IsBuiltin) throw Errors.TypeError($"cannot set '{attr}' attribute of immutable type '{type.Name}'");
        if (!Strs.IsStr(name))
            throw Errors.TypeError($"can only assign string to {type.Name}.{attr}, not '{Ops.TypeName(name)}'");
        string s = Strs.ToNet(name);
        Barrier.Write(cls.Ref);
        Mem.StoreValue(cls.Ref, offset, Strs.NewOld(s));
        if (offset == Off.TypeName) type.Name = s;
    }

    private static void SetModule(Value cls, Value module)
    {
        var type = Of(cls);
        if (type.IsBuiltin) throw Errors.TypeError($"cannot set '__module__' attribute of immutable type '{type.Name}'");
        TypeObjects.SetTypeAttr(type, "__module__", module);
    }

    /// type(x) or type(name, bases, dict, **kwds).
    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 1 && kwNames is not { Length: > 0 }) return Ops.ClassOf(args[0]);
        if (args.Length != 3) throw Errors.TypeError("type() takes 1 or 3 arguments");
        if (!Strs.IsStr(args[0]))
            throw Errors.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(args[0])}");
        if (!Dicts.IsDict(args[2]))
            throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(args[2])}");
        return TypeObjects.CreateClass(Strs.ToNet(args[0]), args[1], args[2], kwValues, kwNames);
    }
}
