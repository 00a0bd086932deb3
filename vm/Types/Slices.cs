// slice objects: slice(stop), slice(start, stop[, step]), their attributes, indices(),
// repr and equality, and the index arithmetic every sequence shares (CPython's
// PySlice_Unpack + PySlice_AdjustIndices), so str, bytes, tuple, list and range slice alike.
using System.Numerics;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class Slices
{
    /// A slice's resolved bounds for a sequence of a given length.
    public readonly record struct Bounds(long Start, long Stop, long Step, long Length);

    public static Value New(Value start, Value stop, Value step)
    {
        long obj = Collector.Allocate((uint)TypeId.Slice, 32);
        Mem.StoreValue(obj, Off.SliceStart, start);
        Mem.StoreValue(obj, Off.SliceStop, stop);
        Mem.StoreValue(obj, Off.SliceStep, step);
        return Value.FromRef(obj);
    }

    public static bool IsSlice(Value v) => Ops.Is(v, TypeId.Slice);
    public static Value Start(Value s) => Mem.LoadValue(s.Ref, Off.SliceStart);
    public static Value Stop(Value s) => Mem.LoadValue(s.Ref, Off.SliceStop);
    public static Value Step(Value s) => Mem.LoadValue(s.Ref, Off.SliceStep);

    /// The slice applied to a sequence of `length` items (may call __index__ of the bounds).
    public static Bounds Resolve(Value slice, long length)
    {
        Unpack(slice, out long start, out long stop, out long step);
        long n = AdjustIndices(length, ref start, ref stop, step);
        return new Bounds(start, stop, step, n);
    }

    /// PySlice_Unpack: None defaults, clamping of huge values, "slice step cannot be zero".
    public static void Unpack(Value slice, out long start, out long stop, out long step)
    {
        using var rs = new RootScope();
        int hs = rs.Add(slice);
        Value stepV = Step(slice);
        if (Py.IsNone(stepV)) step = 1;
        else
        {
            step = ClampedIndex(stepV);
            if (step == 0) throw Errors.ValueError("slice step cannot be zero");
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        Value startV = Start(rs[hs]);
        start = Py.IsNone(startV) ? (step < 0 ? long.MaxValue : 0) : ClampedIndex(startV);
        Value stopV = Stop(rs[hs]);
        stop = Py.IsNone(stopV) ? (step < 0 ? long.MinValue : long.MaxValue) : ClampedIndex(stopV);
    }

    /// _PyEval_SliceIndex: an int or __index__ object, clamped to the long range.
    private static long ClampedIndex(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        if (!Ints.IsInt(v) && Ops.LookupSpecial(Ops.TypeOf(v), "__index__").IsNull)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        Value i = Ops.Index(v);
        if (Ints.TryGetLong(i, out long x)) return x;
        return Ints.Sign(i) < 0 ? long.MinValue : long.MaxValue;
    }

    /// PySlice_AdjustIndices: the number of items selected; start/stop clipped to the sequence.
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0) return stop < start ? (start - stop - 1) / -step + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    public static string Repr(Value s)
    {
        using var rs = new RootScope();
        int hs = rs.Add(s);
        string a = Ops.ReprOf(Start(s));
        string b = Ops.ReprOf(Stop(rs[hs]));
        string c = Ops.ReprOf(Step(rs[hs]));
        return $"slice({a}, {b}, {c})";
    }

    /// slice.indices(length): (start, stop, step) with big-int arithmetic as CPython's.
    public static Value Indices(Value s, Value lengthArg)
    {
        BigInteger length = Ints.ToBig(Ops.Index(lengthArg));
        if (length < 0) throw Errors.ValueError("length should not be negative");
        BigInteger step = Py.IsNone(Step(s)) ? 1 : BigIndex(Step(s));
        if (step.IsZero) throw Errors.ValueError("slice step cannot be zero");
        BigInteger lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        BigInteger start = Py.IsNone(Start(s)) ? (step < 0 ? upper : lower) : Clip(BigIndex(Start(s)), length, lower, upper);
        BigInteger stop = Py.IsNone(Stop(s)) ? (step < 0 ? lower : upper) : Clip(BigIndex(Stop(s)), length, lower, upper);
        return Tuples.New([Ints.New(start), Ints.New(stop), Ints.New(step)]);
    }

    private static BigInteger BigIndex(Value v)
    {
        if (!Ints.IsInt(v) && Ops.LookupSpecial(Ops.TypeOf(v), "__index__").IsNull)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ints.ToBig(Ops.Index(v));
    }

    private static BigInteger Clip(BigInteger x, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (x < 0)
        {
            x += length;
            return x < lower ? lower : x;
        }
        return x > upper ? upper : x;
    }

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("slice", args, kwNames, 1, 3);
        if (args.Length == 1) return New(Py.None, args[0], Py.None);
        return New(args[0], args[1], args.Length == 3 ? args[2] : Py.None);
    }

    /// Rich comparison: as the tuples (start, stop, step).
    private static Value Compare(Value a, Value b, CompareOp op)
    {
        if (!IsSlice(b)) return Py.NotImplemented;
        Value ta = Tuples.New([Start(a), Stop(a), Step(a)]);
        Value tb = Tuples.New([Start(b), Stop(b), Step(b)]);
        return Tuples.Compare(ta, tb, op);
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var t = BuiltinTypes.Slice;
        t.Constructor = Construct;
        NativeProperties.Define(t, "start", Start);
        NativeProperties.Define(t, "stop", Stop);
        NativeProperties.Define(t, "step", Step);
        BuiltinDunders.Method(t, "indices", 1, (self, a) => Indices(self, a[0]));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Repr(self)));
        BuiltinDunders.DefineCompare(t, IsSlice, Compare);
        TypeObjects.SetTypeAttr(t, "__hash__", Py.None);
    }
}
