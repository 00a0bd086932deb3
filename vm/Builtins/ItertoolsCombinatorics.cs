// itertools: product, permutations, combinations, combinations_with_replacement, with
// CPython's index algorithms (so that the order of results is the same). The pools are
// tuples made at construction; the index vectors are ByteBuffers of longs. Fields:
//   product       [A tuple of pools][B indices][index 1 once the first tuple is out]
//   permutations  [A pool][B indices (n)][C cycles (r)][index r][D True once started]
//   combinations, combinations_with_replacement  [A pool][B indices (r)][index r][D True once started]
// Nothing here runs guest code after construction.
using System.Runtime.InteropServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Itertools
{
    private static readonly string[] RepeatKeyword = ["repeat"];
    private static readonly string[] PermutationsParams = ["iterable", "r"];

    private static Value NewLongs(int n)
    {
        long buf = Collector.AllocateArray((uint)TypeId.ByteBuffer, 8L * n);
        Longs(Value.FromRef(buf)).Clear();
        return Value.FromRef(buf);
    }

    private static Span<long> Longs(Value buf)
        => MemoryMarshal.Cast<byte, long>(Mem.Bytes(buf.Ref, Off.ArrayData, (int)Mem.Load(buf.Ref, Off.Length)));

    /// The index vector in field `offset`, for reading.
    private static Span<long> ReadLongs(Value it, int offset)
    {
        Value buf = Get(it, offset);
        Barrier.Read(buf.Ref);
        return Longs(buf);
    }

    /// The index vector in field `offset`, for updating.
    private static Span<long> WriteLongs(Value it, int offset)
    {
        Value buf = Get(it, offset);
        Barrier.Write(buf.Ref);
        return Longs(buf);
    }

    /// tuple(pool[indices[i]] for i < r)
    private static Value Pick(Value pool, ReadOnlySpan<long> indices, int r)
    {
        Value result = Tuples.Uninitialized(r);
        var items = Tuples.Items(result);
        for (int i = 0; i < r; i++) items[i] = Tuples.Item(pool, (int)indices[i]);
        return result;
    }

    // ---- product ----

    private static Value NewProduct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        long repeat = 1;
        if (kwNames is { Length: > 0 })
        {
            if (kwNames.Length > 1) throw Errors.TypeError($"product() takes at most 1 keyword argument ({kwNames.Length} given)");
            Span<Value> p = stackalloc Value[1];
            ParseArgs.Bind("product", ReadOnlySpan<Value>.Empty, kwValues, kwNames, RepeatKeyword, 0, p);
            if (!p[0].IsNull) repeat = ParseArgs.Index(p[0]);
            if (repeat < 0) throw Errors.ValueError("repeat argument cannot be negative");
        }
        int nargs = repeat == 0 ? 0 : args.Length;
        if (nargs > 0 && repeat > int.MaxValue / nargs) throw Errors.MemoryError();
        int npools = (int)(nargs * repeat);
        using var rs = new RootScope();
        int hp = rs.Add(Tuples.Uninitialized(npools));
        for (int i = 0; i < nargs; i++)
        {
            Value pool = TupleMethods.ToTuple(args[i]);
            Tuples.Items(rs[hp])[i] = pool;
        }
        var pools = Tuples.Items(rs[hp]);
        for (int i = nargs; i < npools; i++) pools[i] = pools[i - nargs];
        Value indices = NewLongs(npools);
        return New(TypeId.ItProduct, 0, rs[hp], indices);
    }

    private static Value NextProduct(Value it)
    {
        Value pools = Iterators.A(it);
        int npools = Tuples.Length(pools);
        if (Iterators.Index(it) == 0)
        {
            for (int i = 0; i < npools; i++)
                if (Tuples.Length(Tuples.Item(pools, i)) == 0) return Done(it);
            Iterators.SetIndex(it, 1);
        }
        else
        {
            var indices = WriteLongs(it, Off.IterB);
            int i;
            for (i = npools - 1; i >= 0; i--)
            {
                if (++indices[i] < Tuples.Length(Tuples.Item(pools, i))) break;
                indices[i] = 0;
            }
            if (i < 0) return Done(it);
        }
        var current = ReadLongs(it, Off.IterB);
        Value result = Tuples.Uninitialized(npools);
        var items = Tuples.Items(result);
        for (int i = 0; i < npools; i++) items[i] = Tuples.Item(Tuples.Item(pools, i), (int)current[i]);
        return result;
    }

    // ---- permutations ----

    private static Value NewPermutations(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind("permutations", args, kwValues, kwNames, PermutationsParams, 1, p);
        using var rs = new RootScope();
        int hr = rs.Add(p[1].IsNull ? Py.None : p[1]);
        int hp = rs.Add(TupleMethods.ToTuple(p[0]));
        int n = Tuples.Length(rs[hp]);
        long r = n;
        if (!Py.IsNone(rs[hr]))
        {
            if (!Ints.IsInt(rs[hr])) throw Errors.TypeError("Expected int as r");
            r = ParseArgs.Index(rs[hr]);
            if (r < 0) throw Errors.ValueError("r must be non-negative");
        }
        int hi = rs.Add(NewLongs(n));
        var indices = Longs(rs[hi]);
        for (int i = 0; i < n; i++) indices[i] = i;
        int rc = (int)Math.Min(r, n);
        Value cycles = NewLongs(rc);
        var c = Longs(cycles);
        for (int i = 0; i < rc; i++) c[i] = n - i;
        return New(TypeId.ItPermutations, r, rs[hp], rs[hi], cycles, Value.Null, Value.Null);
    }

    private static Value NextPermutations(Value it)
    {
        Value pool = Iterators.A(it);
        int n = Tuples.Length(pool);
        int r = (int)Math.Min(Iterators.Index(it), int.MaxValue);
        if (Get(it, Off.IterD).IsNull)
        {
            if (r > n) return Done(it);
            Set(it, Off.IterD, Py.True);
        }
        else
        {
            if (n == 0) return Done(it);
            var indices = WriteLongs(it, Off.IterB);
            var cycles = WriteLongs(it, Off.IterC);
            int i;
            for (i = r - 1; i >= 0; i--)
            {
                if (--cycles[i] == 0)
                {
                    long first = indices[i];
                    for (int j = i; j < n - 1; j++) indices[j] = indices[j + 1];
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                }
                else
                {
                    int j = (int)cycles[i];
                    (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                    break;
                }
            }
            if (i < 0) return Done(it);
        }
        return Pick(pool, ReadLongs(it, Off.IterB), r);
    }

    // ---- combinations, combinations_with_replacement ----

    private static Value NewCombinations(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => NewCombinationsOf(TypeId.ItCombinations, "combinations", args, kwValues, kwNames);

    private static Value NewCombinationsWR(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => NewCombinationsOf(TypeId.ItCombinationsWR, "combinations_with_replacement", args, kwValues, kwNames);

    private static Value NewCombinationsOf(TypeId layout, string fname, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind(fname, args, kwValues, kwNames, PermutationsParams, 2, p);
        using var rs = new RootScope();
        int hi = rs.Add(p[0]);
        long r = ParseArgs.Index(p[1]);
        Value pool = TupleMethods.ToTuple(rs[hi]);
        if (r < 0) throw Errors.ValueError("r must be non-negative");
        if (r > int.MaxValue / 8) throw Errors.MemoryError();
        int hp = rs.Add(pool);
        Value indices = NewLongs((int)r);
        var ix = Longs(indices);
        for (int i = 0; i < r; i++) ix[i] = layout == TypeId.ItCombinations ? i : 0;
        return New(layout, r, rs[hp], indices, Value.Null, Value.Null);
    }

    private static Value NextCombinations(Value it)
    {
        Value pool = Iterators.A(it);
        int n = Tuples.Length(pool), r = (int)Iterators.Index(it);
        if (Get(it, Off.IterD).IsNull)
        {
            if (r > n) return Done(it);
            Set(it, Off.IterD, Py.True);
        }
        else
        {
            var indices = WriteLongs(it, Off.IterB);
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) return Done(it);
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        }
        return Pick(pool, ReadLongs(it, Off.IterB), r);
    }

    private static Value NextCombinationsWR(Value it)
    {
        Value pool = Iterators.A(it);
        int n = Tuples.Length(pool), r = (int)Iterators.Index(it);
        if (Get(it, Off.IterD).IsNull)
        {
            if (n == 0 && r > 0) return Done(it);
            Set(it, Off.IterD, Py.True);
        }
        else
        {
            var indices = WriteLongs(it, Off.IterB);
            int i = r - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) return Done(it);
            long index = indices[i] + 1;
            for (int j = i; j < r; j++) indices[j] = index;
        }
        return Pick(pool, ReadLongs(it, Off.IterB), r);
    }
}
