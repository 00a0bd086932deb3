// list.sort(key=None, reverse=False) and sorted(): stable, comparing with `<` only
// (Ops.Lt, which may run guest code). As CPython's timsort: the list is emptied, key values
// are computed (a failing key function restores the list), the list stays empty during the
// sort ("list modified during sort" if it changed), reverse sorts the reversed list and
// reverses the result; runs are found and extended to minrun by binary insertion exactly as
// timsort does (so short lists see CPython's comparisons), then merged bottom-up. Keys and
// values live in rooted ValueArrays; the sort permutes indices.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ListSort
{
    /// The storage of a list being sorted: any mutation during the sort replaces it. Made at
    /// start-up: in the STM build an object first made inside a transaction that then
    /// aborted would be lost.
    private static Value Marker;

    [Setup(SetupPhase.TypeMethods)]
    private static void CreateMarker()
    {
        Marker = Value.FromRef(Collector.AllocateOldArray((uint)TypeId.ValueArray, 0));
        Heap.Instance.GlobalRoots.Add(Marker);
    }

    /// Sorts list in place; key is a callable or None.
    public static void Sort(Value list, Value key, bool reverse)
    {
        int n = Lists.Count(list);
        if (n < 2 && Py.IsNone(key)) return;
        using var rs = new RootScope();
        int hl = rs.Add(list);
        int hv = rs.Add(NewArray(Lists.Items(list)));
        SetStorage(list, Marker, 0);
        var perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = reverse ? n - 1 - i : i;
        int hk = hv;
        if (!Py.IsNone(key))
        {
            try
            {
                hk = rs.Add(ComputeKeys(key, rs[hv], n));
            }
            catch (PyException)
            {
                Restore(rs[hl], rs[hv], Enumerable.Range(0, n).ToArray());
                throw;
            }
        }
        bool modified;
        try
        {
            if (!TrySortPlain(rs[hk], perm, reverse)) new Sorter(rs, hk, perm).Run();
        }
        finally
        {
            if (reverse) Array.Reverse(perm);
            modified = Restore(rs[hl], rs[hv], perm);
        }
        if (modified) throw Errors.ValueError("list modified during sort");
    }

    /// When every key is a small int, or every key a str, no comparison can run guest code:
    /// sort with .NET's sort, ties broken by position in perm (stable), as CPython's
    /// pre-checked homogeneous compares. False for other keys.
    private static bool TrySortPlain(Value keys, int[] perm, bool reverse)
    {
        int n = perm.Length;
        Stm.Barrier.Read(keys.Ref);
        var k = Mem.Values(keys.Ref, Off.ArrayData, n).ToArray();
        bool ints = true, strs = true;
        foreach (var v in k)
        {
            ints &= v.IsSmallInt;
            strs &= Strs.IsPlainStr(v);
        }
        if (ints)
        {
            SortInts(k, perm);
            return true;
        }
        if (!strs) return false;
        var position = new int[n];
        for (int i = 0; i < n; i++) position[perm[i]] = i;
        Array.Sort(perm, (a, b) => Strs.Compare(k[a], k[b]) is var c && c != 0 ? c : position[a].CompareTo(position[b]));
        return true;
    }

    /// Sorts perm by small-int keys: .NET's primitive sort, then equal keys back in position order.
    private static void SortInts(Value[] k, int[] perm)
    {
        int n = perm.Length;
        var keys = new long[n];
        var pos = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = k[perm[i]].SmallInt;
            pos[i] = i;
        }
        Array.Sort(keys, pos);
        for (int start = 0, end; start < n; start = end)
        {
            for (end = start + 1; end < n && keys[end] == keys[start]; end++) { }
            if (end - start > 1) Array.Sort(pos, start, end - start);
        }
        var sorted = new int[n];
        for (int i = 0; i < n; i++) sorted[i] = perm[pos[i]];
        sorted.CopyTo(perm, 0);
    }

    private static Value NewArray(ReadOnlySpan<Value> items)
    {
        long a = Collector.AllocateArray((uint)TypeId.ValueArray, items.Length);
        items.CopyTo(Mem.Values(a, Off.ArrayData, items.Length));
        return Value.FromRef(a);
    }

    private static Value ComputeKeys(Value key, Value values, int n)
    {
        using var rs = new RootScope();
        int hkey = rs.Add(key), hv = rs.Add(values);
        int hk = rs.Add(Value.FromRef(Collector.AllocateArray((uint)TypeId.ValueArray, n)));
        for (int i = 0; i < n; i++)
        {
            Stm.Barrier.Read(rs[hv].Ref);
            Value k = Ops.Call(rs[hkey], [Mem.LoadValue(rs[hv].Ref, Off.ArrayData + 8 * i)]);
            Mem.StoreValue(rs[hk].Ref, Off.ArrayData + 8 * i, k);
        }
        return rs[hk];
    }

    private static void SetStorage(Value list, Value storage, int count)
    {
        Stm.Barrier.Write(list.Ref);
        Mem.StoreValue(list.Ref, Off.ListStorage, storage);
        Mem.StoreValue(list.Ref, Off.ListCount, Value.FromSmallInt(count));
    }

    /// Puts the values back in perm order; true if the list was changed during the sort.
    private static bool Restore(Value list, Value values, int[] perm)
    {
        Stm.Barrier.Read(list.Ref);
        bool modified = Mem.LoadValue(list.Ref, Off.ListStorage) != Marker || Lists.Count(list) != 0;
        long storage = Collector.AllocateArray((uint)TypeId.ValueArray, perm.Length);
        Stm.Barrier.Read(values.Ref);
        for (int i = 0; i < perm.Length; i++)
            Mem.StoreValue(storage, Off.ArrayData + 8 * i, Mem.LoadValue(values.Ref, Off.ArrayData + 8 * perm[i]));
        SetStorage(list, Value.FromRef(storage), perm.Length);
        return modified;
    }

    /// The sort proper over a permutation of indices into the rooted key array.
    private readonly ref struct Sorter(RootScope rs, int keysHandle, int[] perm)
    {
        private readonly RootScope _rs = rs;
        private readonly int[] _perm = perm;

        private bool Less(int a, int b)
        {
            long keys = _rs[keysHandle].Ref;
            Stm.Barrier.Read(keys);
            return Ops.Lt(Mem.LoadValue(keys, Off.ArrayData + 8 * a), Mem.LoadValue(keys, Off.ArrayData + 8 * b));
        }

        public void Run()
        {
            int n = _perm.Length, lo = 0, minRun = MinRun(n);
            var runs = new List<(int Start, int Length)>();
            while (lo < n)
            {
                int len = CountRun(lo, n, out bool descending);
                if (descending) Array.Reverse(_perm, lo, len);
                if (len < minRun)
                {
                    int force = Math.Min(minRun, n - lo);
                    BinaryInsertion(lo, lo + force, lo + len);
                    len = force;
                }
                runs.Add((lo, len));
                lo += len;
            }
            MergeAll(runs);
        }

        private static int MinRun(int n)
        {
            int r = 0;
            while (n >= 64)
            {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /// timsort's count_run: a non-descending run, or a strictly descending one.
        private int CountRun(int lo, int hi, out bool descending)
        {
            descending = false;
            if (lo + 1 == hi) return 1;
            int n = 2, i = lo + 2;
            if (Less(_perm[lo + 1], _perm[lo]))
            {
                descending = true;
                for (; i < hi && Less(_perm[i], _perm[i - 1]); i++) n++;
            }
            else
            {
                for (; i < hi && !Less(_perm[i], _perm[i - 1]); i++) n++;
            }
            return n;
        }

        /// timsort's binarysort: [lo, start) is sorted; inserts start..hi-1.
        private void BinaryInsertion(int lo, int hi, int start)
        {
            if (lo == start) start++;
            for (; start < hi; start++)
            {
                int pivot = _perm[start], l = lo, r = start;
                do
                {
                    int p = l + ((r - l) >> 1);
                    if (Less(pivot, _perm[p])) r = p;
                    else l = p + 1;
                } while (l < r);
                Array.Copy(_perm, l, _perm, l + 1, start - l);
                _perm[l] = pivot;
            }
        }

        private void MergeAll(List<(int Start, int Length)> runs)
        {
            while (runs.Count > 1)
            {
                var merged = new List<(int, int)>();
                for (int i = 0; i + 1 < runs.Count; i += 2)
                {
                    Merge(runs[i].Start, runs[i + 1].Start, runs[i + 1].Start + runs[i + 1].Length);
                    merged.Add((runs[i].Start, runs[i].Length + runs[i + 1].Length));
                }
                if (runs.Count % 2 == 1) merged.Add(runs[^1]);
                runs = merged;
            }
        }

        /// Stable merge of [lo, mid) and [mid, hi); on an exception the permutation stays whole.
        private void Merge(int lo, int mid, int hi)
        {
            int[] left = _perm[lo..mid];
            int i = 0, j = mid, k = lo;
            try
            {
                while (i < left.Length && j < hi)
                    _perm[k++] = Less(_perm[j], left[i]) ? _perm[j++] : left[i++];
            }
            finally
            {
                Array.Copy(left, i, _perm, k, left.Length - i);
            }
        }
    }
}
