// Instances of user subclasses of int, float, str, bytes and tuple. Those layouts have
// no class word, so such an instance is an ordinary object of the built-in layout (every
// built-in operation works on it unchanged) marked with the header bit InstanceFlag, and
// its class is kept in a side table keyed by the object. Such instances are allocated in
// old space, where objects never move, so the key stays valid. (Limitations: the table
// keeps an entry after its object dies; the instances carry no attributes of their own.)
// int.__new__ and the others: value = the base's constructor(args), then a marked copy.
using System.Collections.Concurrent;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class BuiltinSubclasses
{
    /// Header bit: the object is an instance of a user subclass; its class is in the side table.
    public const uint InstanceFlag = HeaderFlags.FirstVmBit << 1;

    private static readonly ConcurrentDictionary<long, PyType> _classes = new();

    public static bool IsSubclassInstance(Value v) => !v.IsSmallInt && (Mem.Flags(v.Ref) & InstanceFlag) != 0;

    public static PyType ClassOf(Value v) => _classes[v.Ref];

    /// The built-in classes that user classes may derive from through this mechanism.
    public static bool IsBase(PyType t) =>
        t == BuiltinTypes.Int || t == BuiltinTypes.Float || t == BuiltinTypes.Str || t == BuiltinTypes.Bytes
        || t == BuiltinTypes.Tuple;

    /// An instance of cls (a subclass of value's built-in class) equal to value.
    public static Value New(PyType cls, Value value)
    {
        long src = value.IsSmallInt ? BigIntOf(value.SmallInt) : value.Ref;
        uint tid = Mem.TypeId(src);
        long size = Layouts.SizeFor(Layouts.Get(tid), Mem.Load(src, Off.Length));
        long obj = Collector.AllocateOld(tid, size);
        Mem.Bytes(src, 8, (int)size - 8).CopyTo(Mem.Bytes(obj, 8, (int)size - 8));
        Mem.Flags(obj) |= (Mem.Flags(src) & ~0xFFFFu) | InstanceFlag;
        Barrier.Write(obj);
        _classes[obj] = cls;
        return Value.FromRef(obj);
    }

    /// A (young, unnormalized) BigInt object holding a small int's value.
    private static long BigIntOf(long v)
    {
        var big = new System.Numerics.BigInteger(v);
        int n = big.GetByteCount();
        long obj = Collector.AllocateArray((uint)TypeId.BigInt, n);
        big.TryWriteBytes(Mem.Bytes(obj, Off.ArrayData, n), out _);
        return obj;
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
