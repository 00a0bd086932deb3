// Instances of user subclasses of int, float, str, bytes and tuple. Those layouts have
// no class word, so such an instance is an ordinary object of the built-in layout (every
// built-in operation works on it unchanged) whose class is recorded in the header tag
// (Mem.HeaderTag, header bits 48-63) as the PyType's index; 0 means "the built-in class
// itself" (index 0 is `object`, never such a subclass). The instances are ordinary heap
// objects: young at first, moved and freed by the collector like any other. (Limitation:
// they carry no attributes of their own, and only the first 65535 classes created can
// have such instances.)
// int.__new__ and the others: value = the base's constructor(args), then a tagged copy.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BuiltinSubclasses
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSubclassInstance(Value v) => !v.IsSmallInt && Mem.HeaderTag(v.Ref) != 0;

    public static PyType ClassOf(Value v) => PyType.ByIndex(Mem.HeaderTag(v.Ref));

    /// The built-in classes that user classes may derive from through this mechanism.
    public static bool IsBase(PyType t) =>
        t == BuiltinTypes.Int || t == BuiltinTypes.Float || t == BuiltinTypes.Str || t == BuiltinTypes.Bytes
        || t == BuiltinTypes.Tuple;

    /// An instance of cls (a subclass of value's built-in class) equal to value.
    public static Value New(PyType cls, Value value)
    {
        if (cls.Index > ushort.MaxValue)
            throw Errors.NotImplementedError($"instances of '{cls.Name}': too many classes derive from built-in immutable types (at most 65535 classes in all)");
        long src = value.IsSmallInt ? Ints.NewBigObject(value.SmallInt) : value.Ref;
        uint tid = Mem.TypeId(src);
        long size = Layouts.SizeFor(Layouts.Get(tid), Mem.Load(src, Off.Length));
        long obj = Collector.Allocate(tid, size);
        Mem.Bytes(src, 8, (int)size - 8).CopyTo(Mem.Bytes(obj, 8, (int)size - 8));
        Mem.Flags(obj) |= Mem.Flags(src) & ~0xFFFFu;
        Mem.HeaderTag(obj) = (ushort)cls.Index;
        return Value.FromRef(obj);
    }


    /// A method defined by the user class of a subclass instance (not inherited from the
    /// built-in base), or Null: without one, the built-in fast paths apply.
    public static Value UserMethod(Value v, string name)
    {
        if (!IsSubclassInstance(v)) return Value.Null;
        Value m = TypeObjects.LookupInMro(ClassOf(v), name);
        return m.IsNull || Ops.Is(m, TypeId.BuiltinFunction) || Py.IsNone(m) ? Value.Null : m;
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        foreach (var t in new[] { BuiltinTypes.Int, BuiltinTypes.Float, BuiltinTypes.Str, BuiltinTypes.Bytes, BuiltinTypes.Tuple })
        {
            var baseType = t;
            var info = Natives.Register("__new__", $"{t.Name}.__new__", (args, kwValues, kwNames) =>
                NewInstance(baseType, args, kwValues, kwNames), isMethod: false);
            TypeObjects.SetTypeAttr(t, "__new__", Descriptors.NewStaticMethod(Natives.NewFunction(info)));
        }
    }

    /// int(x), float(x), str(x), bytes(x), tuple(x) return an exact instance of the built-in
    /// class even for an instance of a subclass: wraps the constructors once all are set.
    [Setup(SetupPhase.Late)]
    private static void MakeConstructorsExact()
    {
        foreach (var t in new[] { BuiltinTypes.Int, BuiltinTypes.Float, BuiltinTypes.Str, BuiltinTypes.Bytes, BuiltinTypes.Tuple })
        {
            var inner = t.Constructor;
            if (inner != null) t.Constructor = (args, kwValues, kwNames) => Exact(inner(args, kwValues, kwNames));
        }
    }

    /// v itself, or for a subclass instance an unmarked copy of its value.
    public static Value Exact(Value v)
    {
        if (!IsSubclassInstance(v)) return v;
        return (TypeId)Mem.TypeId(v.Ref) switch
        {
            TypeId.BigInt => Ints.New(Ints.ToBig(v)),
            TypeId.Float => Floats.New(Floats.Get(v)),
            TypeId.Str => Strs.New(Strs.ToNet(v)),
            TypeId.Bytes => BytesObjects.New(BytesObjects.Data(v)),
            _ => Tuples.New(Tuples.Items(v)),
        };
    }

    /// base.__new__(cls, *args, **kw).
    private static Value NewInstance(PyType baseType, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0) throw Errors.TypeError($"{baseType.Name}.__new__(): not enough arguments");
        if (!TypeObjects.IsType(args[0]))
            throw Errors.TypeError($"{baseType.Name}.__new__(X): X is not a type object ({Ops.TypeName(args[0])})");
        var cls = PyType.FromRef(args[0]);
        if (!cls.IsSubtypeOf(baseType))
            throw Errors.TypeError($"{baseType.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {baseType.Name}");
        var construct = baseType.Constructor ?? throw Errors.TypeError($"cannot create '{baseType.Name}' instances");
        Value value = construct(args[1..], kwValues, kwNames);
        return cls == baseType ? value : New(cls, value);
    }
}
