// tuple: an immutable ValueArray-shaped object (length at Off.Length, items from
// Off.ArrayData). No read barrier is needed. Also the tuple hash (CPython 3.11's xxHash-based
// tuplehash, exactly) and repr. Methods and the constructor are in TupleMethods.cs.
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Tuples
{
    private static Value _empty;

    /// Start-up makes it (Setup below) if nothing before did: in the STM build an object first
    /// made inside a transaction that then aborted would be lost.
    [Setup(SetupPhase.TypeMethods)]
    private static void CreateEmpty() => _ = Empty;

    /// The shared empty tuple (old space), created on first use.
    public static Value Empty
    {
        get
        {
            if (_empty.IsNull)
                lock (Heap.Instance.GlobalRoots)
                    if (_empty.IsNull)
                    {
                        var v = Value.FromRef(Collector.AllocateOldArray((uint)TypeId.Tuple, 0));
                        Heap.Instance.GlobalRoots.Add(v);
                        _empty = v;
                    }
            return _empty;
        }
    }

    public static bool IsTuple(Value v) => Ops.Is(v, TypeId.Tuple);

    public static Value New(ReadOnlySpan<Value> items)
    {
        if (items.Length == 0) return Empty;
        long obj = Collector.AllocateArray((uint)TypeId.Tuple, items.Length);
        items.CopyTo(Mem.Values(obj, Off.ArrayData, items.Length));
        return Value.FromRef(obj);
    }

    public static Value NewOld(ReadOnlySpan<Value> items)
    {
        if (items.Length == 0) return Empty;
        long obj = Collector.AllocateOldArray((uint)TypeId.Tuple, items.Length);
        items.CopyTo(Mem.Values(obj, Off.ArrayData, items.Length));
        return Value.FromRef(obj);
    }

    public static Value Pair(Value a, Value b)
    {
        long obj = Collector.AllocateArray((uint)TypeId.Tuple, 2);
        Mem.StoreValue(obj, Off.ArrayData, a);
        Mem.StoreValue(obj, Off.ArrayData + 8, b);
        return Value.FromRef(obj);
    }

    /// A new tuple of `length` items, all Null: the caller fills Items() before publishing it.
    public static Value Uninitialized(int length)
        => length == 0 ? Empty : Value.FromRef(Collector.AllocateArray((uint)TypeId.Tuple, length));

    /// A tuple that is not an instance of a tuple subclass (which may define __iter__,
    /// __getitem__, ...): the header's type id and class tag in one compare.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe bool IsExact(Value v) => !v.IsSmallInt && *(uint*)(Mem.Ptr(v.Ref) + 4) == (uint)TypeId.Tuple;

    public static int Length(Value t) => (int)Mem.Load(t.Ref, Off.Length);

    public static Value Item(Value t, int i) => Mem.LoadValue(t.Ref, Off.ArrayData + 8 * i);

    /// The items in place (valid until the next safe point).
    public static Span<Value> Items(Value t) => Mem.Values(t.Ref, Off.ArrayData, Length(t));

    /// hash(tuple): CPython's xxHash-based algorithm; items' __hash__ may run guest code.
    public static long Hash(Value t)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        RecursionGuard.CheckStack(); // nested tuples recurse here; CPython counts no depth
        using var rs = new RootScope();
        int ht = rs.Add(t);
        int n = Length(t);
        ulong acc = Prime5;
        for (int i = 0; i < n; i++)
        {
            ulong lane = (ulong)Ops.Hash(Item(rs[ht], i));
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)n ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// Rich comparison of two tuples (lexicographic).
    public static Value Compare(Value a, Value b, Lang.CompareOp op) => Sequences.Compare(a, b, op);

    /// repr(tuple) (the body of tuple.__repr__).
    public static string Repr(Value t) => ReprWriter.Of(t);

    /// tuplerepr, into the writer of the whole repr() call (see ReprWriter).
    public static void WriteRepr(System.Text.StringBuilder sb, Value t)
    {
        int n = Length(t);
        if (n == 0)
        {
            sb.Append("()");
            return;
        }
        if (!ReprGuard.Enter(t))
        {
            sb.Append("(...)");
            return;
        }
        try
        {
            sb.Append('(');
            using var rs = new RootScope();
            int ht = rs.Add(t);
            for (int i = 0; i < n; i++)
            {
                if (i > 0) sb.Append(", ");
                ReprWriter.Append(sb, Item(rs[ht], i));
            }
            sb.Append(n == 1 ? ",)" : ")");
        }
        finally { ReprGuard.Leave(); }
    }
}
