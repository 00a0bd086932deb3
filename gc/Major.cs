// Major collection: non-moving mark and sweep of old space (c7's gcpage.c).
//
// It always runs right after every nursery has been emptied (Collect.cs), so every
// reference it meets is an old object. Roots: the global root table (VM structures)
// and every mutator's frames and root stack. Marking uses an explicit stack and the
// side bitmap (MarkBits), so deep structures never recurse and old pages are not
// written while marking.
//
// Sweep walks the runs of old space in address order:
//   - a small run rebuilds its free list from its unmarked slots (each gets the free-slot
//     header and a link), lowering its bump pointer over free slots at its end; a run
//     with no live slot goes back to the page allocator whole; a run with free slots
//     goes on its size class's partial list for the allocators to pick up;
//   - a large object whose head is unmarked gives back its pages.
// Freed pages merge with free neighbours; long free runs that stayed free since the previous
// sweep are given back to the kernel.
// Segment allocation caches are emptied first (their runs are swept like the others)
// and OldBytes becomes exactly the bytes that survived.
namespace Stmvm.Gc;

internal sealed unsafe class MajorCollection : RootVisitor
{
    private readonly Heap _heap;
    private readonly MarkBits _marks;
    private readonly byte* _b;
    private long[] _stack = new long[4096];
    private int _sp;
    public long MarkedObjects;

    public MajorCollection(Heap heap, MarkBits marks, byte* oldBase)
    {
        _heap = heap;
        _marks = marks;
        _b = oldBase;
    }

    public void Mark()
    {
        MarkedObjects = 0;
        _heap.GlobalRoots.VisitRoots(this);
        foreach (Mutator m in Mutator.All())
        {
            m.Frames?.VisitRoots(this);
            m.Roots.VisitRoots(this);
        }
        while (_sp > 0)
        {
            long obj = _stack[--_sp];
            ObjectWalk.ValueRange(_b, obj, out long first, out long end);
            for (long* p = (long*)(_b + obj + first), e = (long*)(_b + obj + end); p < e; p++)
            {
                long v = *p;
                if ((v & 1) == 0 && v != 0) MarkRef(v);
            }
        }
    }

    public override void Visit(ref long slot)
    {
        long v = slot;
        if (Value.IsRefBits(v)) MarkRef(v);
    }

    private void MarkRef(long v)
    {
        if (v < _heap.OldStart)
            throw new InvalidOperationException($"major collection found a reference 0x{v:x} outside old space (young or invalid)");
        if (!_marks.TrySet(v)) return;
        MarkedObjects++;
        if (_sp == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_sp++] = v;
    }
}

public sealed unsafe partial class Heap
{
    private MajorCollection? _major;

    /// Marks from the roots and sweeps old space. Every nursery must be empty.
    private void MajorCollect()
    {
        _major ??= new MajorCollection(this, _marks, OldBase);
        _major.Mark();
        Sweep();
        _majorRequested = false;
        _gracePages = 0;
        _pagesAfterMajor = _pages.UsedPages;
        _nextMajorAt = Math.Max(Options.MinMajorThreshold, (long)(Stats.OldBytes * Options.MajorGrowthFactor));
    }

    private void Sweep()
    {
        byte* b = OldBase;
        lock (_oldLock)
        {
            BeginSweep();
            for (int i = 1; i < _segments.Length; i++)
            {
                Segment s = _segments[i];
                FlushAccounting(s);
                for (int c = 0; c < s.OldCache.Length; c++)
                {
                    if (s.OldCache[c] is { } r) r.Owner = null;
                    s.OldCache[c] = null;
                }
            }
            foreach (var list in _partial)
            {
                foreach (Run r in list) r.OnPartialList = false;
                list.Clear();
            }

            long live = 0;
            int p = 0;
            while (p < _pages.Top)
            {
                Run r = _pages.RunAt(p)!;
                switch (r.Kind)
                {
                    case RunKind.Small:
                    {
                        long liveSlots = SweepSmallRun(b, r);
                        if (liveSlots == 0)
                        {
                            Run f = FreePages(r);
                            p = f.First + f.Pages;
                            continue;
                        }
                        live += liveSlots * r.SlotSize;
                        if (r.HasFreeSlot)
                        {
                            _partial[r.Class].Add(r);
                            r.OnPartialList = true;
                        }
                        break;
                    }
                    case RunKind.Large:
                        if (!_marks.IsSet(_pages.Offset(r.First)))
                        {
                            Run f = FreePages(r);
                            p = f.First + f.Pages;
                            continue;
                        }
                        live += (long)r.Pages * PageSize;
                        break;
                    case RunKind.Free:
                        break;
                    default:
                        throw new InvalidOperationException($"old space page {p}: run in state {r.Kind}");
                }
                p = r.First + r.Pages;
            }
            // Allocators pop from the end: make them take low addresses first.
            foreach (var list in _partial) list.Reverse();
            _marks.Clear((long)_pages.Top * PageSize);
            ReleaseIdlePages();
            Stats.OldBytes = live;
        }
    }

    /// Rebuilds a small run's free list; returns its live slot count.
    private long SweepSmallRun(byte* b, Run r)
    {
        int size = r.SlotSize;
        long o = r.Bump - size;
        // Trailing free slots return to the never-allocated part.
        while (o >= r.Start && !_marks.IsSet(o)) o -= size;
        r.Bump = o + size;
        long head = 0, liveSlots = 0;
        for (; o >= r.Start; o -= size)
        {
            if (_marks.IsSet(o)) { liveSlots++; continue; }
            *(ulong*)(b + o) = FreeSlotHeader;
            *(long*)(b + o + 8) = head;
            head = o;
        }
        r.FreeHead = head;
        return liveSlots;
    }
}
