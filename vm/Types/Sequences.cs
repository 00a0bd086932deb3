// Behaviour shared by list and tuple: lexicographic rich comparison (CPython's
// list_richcompare / tuplerichcompare: identity-or-__eq__ up to the first difference, then
// that pair decides), and index/count with start/stop bounds.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class Sequences
{
    /// Length of a list or tuple (re-read on every step: a list may change during __eq__).
    public static int Length(Value seq) => Ops.Is(seq, TypeId.Tuple) ? Tuples.Length(seq) : Lists.Count(seq);

    public static Value Item(Value seq, int i) => Ops.Is(seq, TypeId.Tuple) ? Tuples.Item(seq, i) : Lists.Item(seq, i);

    /// a op b for two lists or two tuples.
    public static Value Compare(Value a, Value b, CompareOp op)
    {
        if (Length(a) != Length(b) && (op == CompareOp.Eq || op == CompareOp.Ne))
            return Py.Bool(op == CompareOp.Ne);
        int i = EqualSimplePrefix(a, b);
        using var rs = new RootScope();
        int ha = rs.Add(a), hb = rs.Add(b);
        for (; i < Length(rs[ha]) && i < Length(rs[hb]); i++)
            if (!Ops.Eq(Item(rs[ha], i), Item(rs[hb], i))) break;
        a = rs[ha];
        b = rs[hb];
        int la = Length(a), lb = Length(b);
        if (i >= la || i >= lb) return Py.Bool(CompareInts(la, lb, op));
        if (op == CompareOp.Eq) return Py.False;
        if (op == CompareOp.Ne) return Py.True;
        return Ops.Compare(Item(a, i), Item(b, i), op);
    }

    /// How many leading items are equal without a call that could run guest code (identical
    /// values, equal exact strs): those need neither roots nor a re-read of the lengths.
    private static int EqualSimplePrefix(Value a, Value b)
    {
        int n = Math.Min(Length(a), Length(b)), i = 0;
        for (; i < n; i++)
        {
            Value x = Item(a, i), y = Item(b, i);
            if (x == y) continue;
            if (Strs.IsPlainStr(x) && Strs.IsPlainStr(y) && Strs.Equal(x, y)) continue;
            break;
        }
        return i;
    }

    public static bool CompareInts(long x, long y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// seq.index(value[, start[, stop]]) of a list or tuple; `what` names it in the error.
    public static int Index(Value seq, Value value, long start, long stop, string what)
    {
        using var rs = new RootScope();
        int hs = rs.Add(seq), hv = rs.Add(value);
        ClampBounds(Length(seq), ref start, ref stop);
        for (long i = start; i < stop && i < Length(rs[hs]); i++)
            if (Ops.Eq(Item(rs[hs], (int)i), rs[hv])) return (int)i;
        throw Errors.ValueError(what == "list" ? $"{Ops.ReprOf(rs[hv])} is not in list" : "tuple.index(x): x not in tuple");
    }

    /// item in list/tuple: identity or __eq__, re-reading the length as it may change.
    public static bool Contains(Value seq, Value item)
    {
        using var rs = new RootScope();
        int hs = rs.Add(seq), hi = rs.Add(item);
        for (int i = 0; i < Length(rs[hs]); i++)
            if (Ops.Eq(Item(rs[hs], i), rs[hi])) return true;
        return false;
    }

    public static int Count(Value seq, Value value)
    {
        using var rs = new RootScope();
        int hs = rs.Add(seq), hv = rs.Add(value);
        int n = 0;
        for (int i = 0; i < Length(rs[hs]); i++)
            if (Ops.Eq(Item(rs[hs], i), rs[hv])) n++;
        return n;
    }

    /// start/stop of index(): negative counts from the end, then clipped to [0, length].
    public static void ClampBounds(long length, ref long start, ref long stop)
    {
        if (start < 0) start = Math.Max(0, start + length);
        if (stop < 0) stop = Math.Max(0, stop + length);
    }

    /// An optional start/stop argument of index(): int or __index__, clamped to the long range.
    public static long IndexArg(ReadOnlySpan<Value> args, int i, long dflt)
    {
        if (args.Length <= i) return dflt;
        if (!Ints.IsInt(args[i]) && Ops.LookupSpecial(Ops.TypeOf(args[i]), "__index__").IsNull)
            throw Errors.TypeError("slice indices must be integers or have an __index__ method");
        Value v = Ops.Index(args[i]);
        if (Ints.TryGetLong(v, out long x)) return x;
        return Ints.Sign(v) < 0 ? long.MinValue / 2 : long.MaxValue / 2;
    }
}
