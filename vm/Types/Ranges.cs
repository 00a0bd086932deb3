// range: an immutable arithmetic sequence. Bounds are ints of any size (small ints take
// the fast paths, big ones go through BigInteger); the length is computed once at
// construction. len, indexing, slicing, membership (arithmetic for ints), index, count,
// equality and hash as CPython's rangeobject.c, repr "range(0, 10)" / "range(0, 10, 2)".
using System.Numerics;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class Ranges
{
    public static Value Start(Value r) => Mem.LoadValue(r.Ref, Off.RangeStart);
    public static Value Stop(Value r) => Mem.LoadValue(r.Ref, Off.RangeStop);
    public static Value Step(Value r) => Mem.LoadValue(r.Ref, Off.RangeStep);
    public static Value LengthValue(Value r) => Mem.LoadValue(r.Ref, Off.RangeLength);

    public static bool IsRange(Value v) => Ops.Is(v, TypeId.Range);

    public static Value New(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger length = ComputeLength(start, stop, step);
        long obj = Collector.Allocate((uint)TypeId.Range, Off.RangeLength + 8);
        Mem.StoreValue(obj, Off.RangeStart, Ints.New(start));
        Mem.StoreValue(obj, Off.RangeStop, Ints.New(stop));
        Mem.StoreValue(obj, Off.RangeStep, Ints.New(step));
        Mem.StoreValue(obj, Off.RangeLength, Ints.New(length));
        return Value.FromRef(obj);
    }

    private static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
        if (step < 0 && start > stop) return (start - stop - 1) / -step + 1;
        return 0;
    }

    /// len(range); OverflowError when it does not fit (as CPython's ssize_t).
    public static long Length(Value r)
    {
        Value n = LengthValue(r);
        if (n.IsSmallInt) return n.SmallInt;
        throw Errors.OverflowError("Python int too large to convert to C ssize_t");
    }

    /// The i-th item (i already known to be in range).
    public static Value ItemAt(Value r, BigInteger i)
    {
        Value start = Start(r), step = Step(r);
        if (start.IsSmallInt && step.IsSmallInt && i >= long.MinValue && i <= long.MaxValue)
        {
            Int128 x = (Int128)start.SmallInt + (Int128)(long)i * step.SmallInt;
            if (x >= long.MinValue && x <= long.MaxValue) return Ints.New((long)x);
        }
        return Ints.New(Ints.ToBig(start) + i * Ints.ToBig(step));
    }

    /// range[index] for an int index; IndexError "range object index out of range".
    public static Value GetItem(Value r, Value index)
    {
        BigInteger i = Ints.ToBig(index), n = Ints.ToBig(LengthValue(r));
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.IndexError("range object index out of range");
        return ItemAt(r, i);
    }

    /// range[slice]: another range.
    public static Value GetSlice(Value r, Value slice)
    {
        var idx = Tuples.Items(Slices.Indices(slice, LengthValue(r)));
        BigInteger start = Ints.ToBig(Start(r)), step = Ints.ToBig(Step(r));
        BigInteger s0 = Ints.ToBig(idx[0]), s1 = Ints.ToBig(idx[1]), s2 = Ints.ToBig(idx[2]);
        return New(start + s0 * step, start + s1 * step, step * s2);
    }

    /// x in range: arithmetic for ints, else equality with each item.
    public static bool Contains(Value r, Value x)
    {
        if (IsPlainInt(x)) return ContainsInt(r, Ints.ToBig(x));
        return IndexByEquality(r, x) >= 0;
    }

    /// An exact int or a bool (CPython's arithmetic paths; int subclasses compare by __eq__).
    private static bool IsPlainInt(Value x) => x.IsSmallInt || Ops.Is(x, TypeId.BigInt) || Ops.Is(x, TypeId.Bool);

    private static bool ContainsInt(Value r, BigInteger x)
    {
        BigInteger start = Ints.ToBig(Start(r)), stop = Ints.ToBig(Stop(r)), step = Ints.ToBig(Step(r));
        bool inBounds = step > 0 ? start <= x && x < stop : stop < x && x <= start;
        return inBounds && BigInteger.Remainder(x - start, step).IsZero;
    }

    private static long IndexByEquality(Value r, Value x)
    {
        using var rs = new RootScope();
        int hr = rs.Add(r), hx = rs.Add(x);
        long n = Length(r);
        for (long i = 0; i < n; i++)
            if (Ops.Eq(ItemAt(rs[hr], i), rs[hx])) return i;
        return -1;
    }

    private static Value Index(Value r, Value x)
    {
        if (IsPlainInt(x))
        {
            BigInteger v = Ints.ToBig(x);
            if (ContainsInt(r, v)) return Ints.New((v - Ints.ToBig(Start(r))) / Ints.ToBig(Step(r)));
        }
        else
        {
            long i = IndexByEquality(r, x);
            if (i >= 0) return Ints.New(i);
        }
        throw Errors.ValueError($"{Ops.ReprOf(x)} is not in range");
    }

    private static Value Count(Value r, Value x)
    {
        if (IsPlainInt(x)) return Ints.New(ContainsInt(r, Ints.ToBig(x)) ? 1 : 0);
        using var rs = new RootScope();
        int hr = rs.Add(r), hx = rs.Add(x);
        long n = Length(r), count = 0;
        for (long i = 0; i < n; i++)
            if (Ops.Eq(ItemAt(rs[hr], i), rs[hx])) count++;
        return Ints.New(count);
    }

    /// Two ranges are equal when they describe the same sequence.
    public static bool Equal(Value a, Value b)
    {
        if (a == b) return true;
        BigInteger n = Ints.ToBig(LengthValue(a));
        if (n != Ints.ToBig(LengthValue(b))) return false;
        if (n.IsZero) return true;
        if (Ints.ToBig(Start(a)) != Ints.ToBig(Start(b))) return false;
        return n.IsOne || Ints.ToBig(Step(a)) == Ints.ToBig(Step(b));
    }

    public static long Hash(Value r)
    {
        Value n = LengthValue(r);
        BigInteger len = Ints.ToBig(n);
        Value t = len.IsZero ? Tuples.New([n, Py.None, Py.None])
            : len.IsOne ? Tuples.New([n, Start(r), Py.None])
            : Tuples.New([n, Start(r), Step(r)]);
        return Tuples.Hash(t);
    }

    public static string Repr(Value r)
    {
        string s = $"range({Ints.ToDecimal(Start(r))}, {Ints.ToDecimal(Stop(r))}";
        Value step = Step(r);
        return step.IsSmallInt && step.SmallInt == 1 ? s + ")" : s + $", {Ints.ToDecimal(step)})";
    }

    /// reversed(range): an iterator from the last item down.
    public static Value Reversed(Value r)
    {
        BigInteger n = Ints.ToBig(LengthValue(r)), step = Ints.ToBig(Step(r));
        BigInteger last = Ints.ToBig(Start(r)) + (n - 1) * step;
        return Iterators.NewRangeIter(Ints.New(last), Ints.New(-step), LengthValue(r));
    }

    private static BigInteger IntArg(Value v) => Ints.ToBig(Ops.Index(v));

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("range() takes no keyword arguments");
        Args.Range("range", args, kwNames, 1, 3);
        if (args.Length == 1) return New(0, IntArg(args[0]), 1);
        BigInteger start = IntArg(args[0]), stop = IntArg(args[1]);
        BigInteger step = args.Length == 3 ? IntArg(args[2]) : 1;
        if (step.IsZero) throw Errors.ValueError("range() arg 3 must not be zero");
        return New(start, stop, step);
    }

    private static Value CompareRanges(Value a, Value b, CompareOp op)
    {
        if (!IsRange(b) || (op != CompareOp.Eq && op != CompareOp.Ne)) return Py.NotImplemented;
        return Py.Bool(Equal(a, b) == (op == CompareOp.Eq));
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var t = BuiltinTypes.Range;
        t.Constructor = Construct;
        NativeProperties.Define(t, "start", Start);
        NativeProperties.Define(t, "stop", Stop);
        NativeProperties.Define(t, "step", Step);
        BuiltinDunders.Method(t, "index", 1, (self, a) => Index(self, a[0]));
        BuiltinDunders.Method(t, "count", 1, (self, a) => Count(self, a[0]));
        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Ints.New(Length(self)));
        BuiltinDunders.Method(t, "__bool__", 0, (self, _) => Py.Bool(!Ints.ToBig(LengthValue(self)).IsZero));
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Contains(self, a[0])));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) => Ops.GetItem(self, a[0]));
        BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Ops.GetIter(self));
        BuiltinDunders.Method(t, "__reversed__", 0, (self, _) => Reversed(self));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Repr(self)));
        BuiltinDunders.Method(t, "__hash__", 0, (self, _) => Ints.New(Hash(self)));
        BuiltinDunders.DefineCompare(t, IsRange, CompareRanges);
    }
}
