// The native module `_heapq`: CPython's C heap algorithms (siftdown/siftup exactly as
// Modules/_heapqmodule.c, so lists end in the same order), for min-heaps and the max-heap
// helpers nlargest/merge use. vm/lib/heapq.py adds merge, nlargest and nsmallest in Python.
// Comparisons go through Ops.Lt and may run a guest __lt__: the heap is kept in a
// RootScope, and a list that changes size meanwhile is a RuntimeError, as in CPython.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class HeapqModule
{
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("_heapq");
        Value dict = Modules.DictOf(module);
        Define(dict, "heappush", 2, a => { Push(a[0], a[1], max: false); return Py.None; });
        Define(dict, "heappop", 1, a => Pop(a[0], max: false));
        Define(dict, "heapify", 1, a => { Heapify(a[0], max: false); return Py.None; });
        Define(dict, "heapreplace", 2, a => Replace(a[0], a[1], max: false));
        Define(dict, "heappushpop", 2, a => PushPop(a[0], a[1]));
        Define(dict, "_heappop_max", 1, a => Pop(a[0], max: true));
        Define(dict, "_heapify_max", 1, a => { Heapify(a[0], max: true); return Py.None; });
        Define(dict, "_heapreplace_max", 2, a => Replace(a[0], a[1], max: true));
        Modules.RegisterNative("_heapq", module);
    }

    private static void Define(Value dict, string name, int count, Func<ReadOnlySpan<Value>, Value> body)
    {
        string qual = "_heapq." + name;
        Natives.DefineFunction(dict, "_heapq", name, (args, _, kwNames) =>
        {
            if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{qual}() takes no keyword arguments");
            if (args.Length != count)
                throw Errors.TypeError(count == 1
                    ? $"{qual}() takes exactly one argument ({args.Length} given)"
                    : $"{name} expected {count} arguments, got {args.Length}");
            if (!Lists.IsList(args[0]))
                throw Errors.TypeError(count == 1
                    ? $"{name}() argument must be list, not {Ops.TypeName(args[0])}"
                    : $"{name}() argument 1 must be list, not {Ops.TypeName(args[0])}");
            return body(args);
        });
    }

    /// a < b for a min-heap, b < a for a max-heap.
    private static bool Before(Value a, Value b, bool max) => max ? Ops.Lt(b, a) : Ops.Lt(a, b);

    private static PyException SizeChanged() => Errors.RuntimeError("list changed size during iteration");

    /// Moves the item at pos up towards startpos while it is smaller than its parent.
    private static void SiftDown(RootScope rs, int hh, int startpos, int pos, bool max)
    {
        int size = Lists.Count(rs[hh]);
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            bool lt = Before(Lists.Item(rs[hh], pos), Lists.Item(rs[hh], parentpos), max);
            if (size != Lists.Count(rs[hh])) throw SizeChanged();
            if (!lt) break;
            Swap(rs[hh], pos, parentpos);
            pos = parentpos;
        }
    }

    /// Moves the smaller child up until pos is a leaf, then sifts the item there down.
    private static void SiftUp(RootScope rs, int hh, int pos, bool max)
    {
        int endpos = Lists.Count(rs[hh]), startpos = pos;
        if (pos >= endpos) throw SizeChanged();
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                bool lt = Before(Lists.Item(rs[hh], childpos), Lists.Item(rs[hh], childpos + 1), max);
                if (!lt) childpos++;
                if (endpos != Lists.Count(rs[hh])) throw SizeChanged();
            }
            Swap(rs[hh], pos, childpos);
            pos = childpos;
        }
        SiftDown(rs, hh, startpos, pos, max);
    }

    private static void Swap(Value list, int i, int j)
    {
        Value a = Lists.Item(list, i);
        Lists.SetItem(list, i, Lists.Item(list, j));
        Lists.SetItem(list, j, a);
    }

    private static void Push(Value heap, Value item, bool max)
    {
        using var rs = new RootScope();
        int hh = rs.Add(heap);
        Lists.Append(heap, item);
        SiftDown(rs, hh, 0, Lists.Count(heap) - 1, max);
    }

    private static Value Pop(Value heap, bool max)
    {
        int n = Lists.Count(heap);
        if (n == 0) throw Errors.IndexError("index out of range");
        Value last = Lists.Item(heap, n - 1);
        Lists.Resize(heap, n - 1);
        if (n == 1) return last;
        using var rs = new RootScope();
        int hh = rs.Add(heap);
        int hr = rs.Add(Lists.Item(heap, 0));
        Lists.SetItem(heap, 0, last);
        SiftUp(rs, hh, 0, max);
        return rs[hr];
    }

    private static Value Replace(Value heap, Value item, bool max)
    {
        if (Lists.Count(heap) == 0) throw Errors.IndexError("index out of range");
        using var rs = new RootScope();
        int hh = rs.Add(heap);
        int hr = rs.Add(Lists.Item(heap, 0));
        Lists.SetItem(heap, 0, item);
        SiftUp(rs, hh, 0, max);
        return rs[hr];
    }

    /// heappushpop: the item itself when it is not greater than the top.
    private static Value PushPop(Value heap, Value item)
    {
        if (Lists.Count(heap) == 0) return item;
        using var rs = new RootScope();
        int hh = rs.Add(heap), hi = rs.Add(item);
        bool topSmaller = Ops.Lt(Lists.Item(heap, 0), item);
        if (!topSmaller) return rs[hi];
        if (Lists.Count(rs[hh]) == 0) throw Errors.IndexError("index out of range");
        int hr = rs.Add(Lists.Item(rs[hh], 0));
        Lists.SetItem(rs[hh], 0, rs[hi]);
        SiftUp(rs, hh, 0, max: false);
        return rs[hr];
    }

    private static void Heapify(Value heap, bool max)
    {
        using var rs = new RootScope();
        int hh = rs.Add(heap);
        for (int i = (Lists.Count(heap) >> 1) - 1; i >= 0; i--) SiftUp(rs, hh, i, max);
    }
}
