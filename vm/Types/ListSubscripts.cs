// list[i], list[a:b:c], their assignment and deletion, with CPython's rules: negative
// indices, "list index out of range", slice assignment of any iterable (the list itself
// included) with a length change for simple slices, and the size check of extended slices.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ListSubscripts
{
    public static Value Get(Value list, Value key)
    {
        if (Slices.IsSlice(key))
        {
            var b = ResolveSlice(ref list, key);
            return Lists.Slice(list, b.Start, b.Step, b.Length);
        }
        long i = Ops.ItemIndex(ref list, key, "list");
        int n = Lists.Count(list);
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) throw Errors.IndexError("list index out of range");
        return Lists.Item(list, (int)i);
    }

    public static void Set(Value list, Value key, Value value)
    {
        if (Slices.IsSlice(key))
        {
            AssignSlice(list, key, value);
            return;
        }
        using (var rs = new RootScope())
        {
            int hv = rs.Add(value);
            long i0 = Ops.ItemIndex(ref list, key, "list");
            value = rs[hv];
            int n = Lists.Count(list);
            long i = i0 < 0 ? i0 + n : i0;
            if ((ulong)i >= (ulong)n) throw Errors.IndexError("list assignment index out of range");
            Lists.SetItem(list, (int)i, value);
        }
    }

    public static void Delete(Value list, Value key)
    {
        if (Slices.IsSlice(key))
        {
            var b = ResolveSlice(ref list, key);
            DeleteSlice(list, b);
            return;
        }
        long i = Ops.ItemIndex(ref list, key, "list");
        int n = Lists.Count(list);
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) throw Errors.IndexError("list assignment index out of range");
        Lists.RemoveAt(list, (int)i);
    }

    private static Slices.Bounds ResolveSlice(ref Value list, Value slice)
    {
        if (HasPlainBounds(slice)) return Slices.Resolve(slice, Lists.Count(list));
        using var rs = new RootScope();
        int hl = rs.Add(list);
        var b = Slices.Resolve(slice, Lists.Count(list));
        list = rs[hl];
        return b;
    }

    /// Bounds that are small ints or None resolve without running guest code (__index__),
    /// so nothing needs rooting: slicing in loops takes this path.
    private static bool HasPlainBounds(Value slice)
        => IsPlainBound(Slices.Start(slice)) && IsPlainBound(Slices.Stop(slice)) && IsPlainBound(Slices.Step(slice));

    private static bool IsPlainBound(Value v) => v.IsSmallInt || Py.IsNone(v);

    private static void DeleteSlice(Value list, Slices.Bounds b)
    {
        if (b.Length == 0) return;
        if (b.Step < 0) b = new Slices.Bounds(b.Start + b.Step * (b.Length - 1), 0, -b.Step, b.Length);
        var items = Lists.ItemsForWrite(list);
        int n = items.Length, dst = (int)b.Start;
        long nextDeleted = b.Start, deleted = 0;
        for (int src = (int)b.Start; src < n; src++)
        {
            if (src == nextDeleted && deleted < b.Length)
            {
                deleted++;
                nextDeleted += b.Step;
                continue;
            }
            items[dst++] = items[src];
        }
        Lists.Resize(list, dst);
    }

    /// list[slice] = iterable.
    private static void AssignSlice(Value list, Value slice, Value value)
    {
        using var rs = new RootScope();
        int hl = rs.Add(list), hs = rs.Add(slice);
        Value items = Lists.IsList(value) || Tuples.IsTuple(value) ? value : ToListForSlice(value, slice);
        if (items == rs[hl]) items = Lists.Copy(items);
        int hi = rs.Add(items);
        var b = Slices.Resolve(rs[hs], Lists.Count(rs[hl]));
        list = rs[hl];
        items = rs[hi];
        var src = Tuples.IsTuple(items) ? Tuples.Items(items) : Lists.Items(items);
        if (b.Step == 1) ReplaceRange(list, b.Start, Math.Max(b.Start, b.Stop), src);
        else AssignExtended(list, b, src);
    }

    /// list(value) with PySequence_Fast's message for a non-iterable right-hand side, which
    /// depends on whether the slice is simple (step None or 1) or extended.
    private static Value ToListForSlice(Value value, Value slice)
    {
        Value step = Slices.Step(slice);
        bool simple = Py.IsNone(step) || (Ints.IsInt(step) && Ints.ToBig(step).IsOne);
        Value iterator;
        try { iterator = Ops.GetIter(value); }
        catch (PyException e) when (e.Type == BuiltinTypes.TypeError)
        {
            throw Errors.TypeError(simple ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        return ListMethods.ToList(iterator);
    }

    private static void ReplaceRange(Value list, long start, long stop, ReadOnlySpan<Value> src)
    {
        int n = Lists.Count(list), removed = (int)(stop - start), added = src.Length;
        if (added > removed) Lists.Resize(list, n + added - removed);
        var items = Lists.ItemsForWrite(list);
        if (added != removed) items.Slice((int)stop, n - (int)stop).CopyTo(items.Slice((int)start + added));
        src.CopyTo(items.Slice((int)start));
        if (added < removed) Lists.Resize(list, n + added - removed);
    }

    private static void AssignExtended(Value list, Slices.Bounds b, ReadOnlySpan<Value> src)
    {
        if (src.Length != b.Length)
            throw Errors.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {b.Length}");
        var items = Lists.ItemsForWrite(list);
        for (long i = 0, j = b.Start; i < b.Length; i++, j += b.Step) items[(int)j] = src[(int)i];
    }
}
