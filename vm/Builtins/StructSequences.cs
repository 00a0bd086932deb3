// Named-tuple-like records of native modules (CPython's struct sequences), such as
// sys.version_info and sys.float_info: fields readable as attributes, and the behaviour of
// the tuple of their values (indexing, len, iteration, comparison, hashing). Plus
// sys.implementation, a SimpleNamespace-like object. All are created once at start-up.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static class StructSequences
{
    /// The tuple of values of each struct sequence instance (all old objects, never moved).
    private static readonly Dictionary<long, Value> _tuples = new();
    private static readonly Dictionary<PyType, string[]> _fields = new();

    public static Value VersionInfo() => New("sys", "version_info",
        ["major", "minor", "micro", "releaselevel", "serial"],
        [Value.FromSmallInt(3), Value.FromSmallInt(11), Value.FromSmallInt(7), Strs.NewOld("final"), Value.FromSmallInt(0)]);

    public static Value FloatInfo() => New("sys", "float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        [Floats.NewOld(double.MaxValue), Value.FromSmallInt(1024), Value.FromSmallInt(308), Floats.NewOld(2.2250738585072014e-308),
         Value.FromSmallInt(-1021), Value.FromSmallInt(-307), Value.FromSmallInt(15), Value.FromSmallInt(53),
         Floats.NewOld(2.220446049250313e-16), Value.FromSmallInt(2), Value.FromSmallInt(1)]);

    /// sys.implementation: namespace(name='stmvm', cache_tag=None, version=sys.version_info(...)).
    public static Value Implementation()
    {
        var type = NativeClasses.Create("SimpleNamespace", "types");
        NativeClasses.Method(type, "__repr__", NamespaceRepr);
        Value obj = NativeClasses.NewOldInstance(type);
        Instances.Set(obj, "name", Strs.NewOld("stmvm"));
        Instances.Set(obj, "cache_tag", Py.None);
        Instances.Set(obj, "version", VersionInfo());
        return obj;
    }

    private static Value NamespaceRepr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        var parts = new List<string>();
        foreach (var name in Instances.Names(args[0]))
            parts.Add($"{name}={Ops.ReprOf(Instances.Get(args[0], name))}");
        return Strs.New($"namespace({string.Join(", ", parts)})");
    }

    private static Value New(string module, string name, string[] fields, Value[] values)
    {
        var type = DefineType(module, name, fields);
        Value obj = NativeClasses.NewOldInstance(type);
        for (int i = 0; i < fields.Length; i++) Instances.Set(obj, fields[i], values[i]);
        Value tuple = Tuples.NewOld(values);
        Heap.Instance.GlobalRoots.Add(tuple);
        lock (_tuples) _tuples[obj.Ref] = tuple;
        return obj;
    }

    private static PyType DefineType(string module, string name, string[] fields)
    {
        var type = NativeClasses.Create(name, module);
        _fields[type] = fields;
        NativeClasses.Method(type, "__repr__", Repr);
        NativeClasses.Method(type, "__len__", (a, _, k) => Ints.New(Tuples.Length(Self("__len__", a, k, 0))));
        NativeClasses.Method(type, "__getitem__", (a, _, k) => Ops.GetItem(Self("__getitem__", a, k, 1), a[1]));
        NativeClasses.Method(type, "__iter__", (a, _, k) => Ops.GetIter(Self("__iter__", a, k, 0)));
        NativeClasses.Method(type, "__hash__", (a, _, k) => Ints.New(Ops.Hash(Self("__hash__", a, k, 0))));
        foreach (var (dunder, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt),
                     ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            NativeClasses.Method(type, dunder, (a, _, k) => Ops.Compare(Self(dunder, a, k, 1), AsTuple(a[1]), op));
        return type;
    }

    /// The value tuple of a struct sequence, or v itself for anything else.
    private static Value AsTuple(Value v) => !v.IsSmallInt && _tuples.TryGetValue(v.Ref, out var t) ? t : v;

    private static Value Self(string method, ReadOnlySpan<Value> args, string[]? kwNames, int extra)
    {
        Args.NoKeywords(method, kwNames);
        if (args.Length != 1 + extra) throw Errors.TypeError($"{method}() takes exactly {extra + 1} argument{(extra == 0 ? "" : "s")} ({args.Length} given)");
        Value t = AsTuple(args[0]);
        if (t == args[0]) throw Errors.TypeError($"descriptor '{method}' requires a struct sequence");
        return t;
    }

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value t = Self("__repr__", args, kwNames, 0);
        var type = Ops.TypeOf(args[0]);
        var fields = _fields[type];
        var parts = new string[fields.Length];
        for (int i = 0; i < fields.Length; i++) parts[i] = $"{fields[i]}={Ops.ReprOf(Tuples.Item(t, i))}";
        return Strs.New($"{Strs.ToNet(TypeObjects.ModuleOf(type))}.{type.Name}({string.Join(", ", parts)})");
    }
}
