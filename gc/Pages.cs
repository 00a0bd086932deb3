// The page allocator of old space: hands out runs of consecutive 4 KiB pages.
//
// Old space [OldStart, ViewSize) is a sequence of pages. Pages [0, Top) are tiled by
// runs: every page belongs to exactly one run, which is free, a small-object run (one
// size class, see SizeClasses) or one large object. Pages at and above Top were never
// used and are still zero. The run descriptors live here, in C# memory, not in the heap:
// the heap's old pages are shared between segment views and will be privatized by the
// STM, so the collector's bookkeeping must not live in them (c7 keeps its page flags
// outside the segments too).
//
// Free runs are coalesced with their neighbours (boundary tags: RunAt is exact for the
// first and the last page of every run) and found again by best fit (smallest free run
// that is long enough, lowest address among equals). Small runs also record themselves
// at every one of their pages so that any address in them can be mapped back to its run
// (the verifier and the future STM need this); large runs record only first and last page.
namespace Stmvm.Gc;

internal enum RunKind : byte { Free, Small, Large, Dead }

/// A run of pages: a free run, a small-object run or a large object.
internal sealed class Run
{
    public int First, Pages;
    public RunKind Kind;
    /// Free runs: every page is known to be zero (never used, or given back to the kernel).
    public bool Clean;
    /// Free runs: the sweep (Heap's count) that last freed pages into this run.
    public int FreedAt;

    // Small runs only.
    public int Class, SlotSize;
    /// First slot and end of the last whole slot (heap offsets).
    public long Start, End;
    /// Slots in [Bump, End) were never handed out since the run was created or last swept.
    public long Bump;
    /// Free slots below Bump, linked through their word at offset 8 (0: none).
    public long FreeHead;
    /// The segment whose allocation cache holds this run, if any.
    public Segment? Owner;
    public bool OnPartialList;

    public bool HasFreeSlot => FreeHead != 0 || Bump < End;
}

internal sealed class OldPages
{
    private readonly long _start;
    private readonly int _maxPages;
    private readonly Run?[] _runAt;
    private int _top;
    private readonly SortedSet<Run> _free = new(BySizeThenAddress.Instance);

    /// Pages in used (small or large) runs.
    public long UsedPages { get; private set; }
    public int Top => _top;
    public int MaxPages => _maxPages;
    public int FreeRunCount => _free.Count;

    public OldPages(long oldStart, int maxPages)
    {
        _start = oldStart;
        _maxPages = maxPages;
        _runAt = new Run?[maxPages];
    }

    public long Offset(int page) => _start + (long)page * Heap.PageSize;
    public int PageOf(long offset) => (int)((offset - _start) / Heap.PageSize);

    /// The run that starts at, or (for small runs) covers, `page`; null or stale otherwise.
    public Run? RunAt(int page) => (uint)page < (uint)_top ? _runAt[page] : null;

    /// The live run containing `offset`, if `offset` lies in a small run or is a large run's start.
    public Run? Find(long offset)
    {
        if (offset < _start) return null;
        long p = (offset - _start) / Heap.PageSize;
        if (p >= _top) return null;
        Run? r = _runAt[p];
        if (r == null || r.Kind is RunKind.Free or RunKind.Dead) return null;
        if (p < r.First || p >= r.First + r.Pages) return null;
        return r;
    }

    /// Takes `n` pages; null when the address space of old space is used up.
    /// The new run is marked used (kind Dead until the caller sets it) and mapped at its ends.
    public Run? Allocate(int n, out bool clean)
    {
        Run? found = null;
        if (_free.Count > 0)
        {
            var view = _free.GetViewBetween(Probe(n, -1), Probe(int.MaxValue, int.MaxValue));
            found = view.Min;
        }
        Run r;
        if (found != null)
        {
            _free.Remove(found);
            clean = found.Clean;
            r = new Run { First = found.First, Pages = n };
            if (found.Pages > n)
            {
                var rest = new Run { First = found.First + n, Pages = found.Pages - n, Kind = RunKind.Free, Clean = found.Clean, FreedAt = found.FreedAt };
                MapEnds(rest);
                _free.Add(rest);
            }
            found.Kind = RunKind.Dead;
        }
        else
        {
            if (_top + (long)n > _maxPages) { clean = false; return null; }
            r = new Run { First = _top, Pages = n };
            _top += n;
            clean = true;
        }
        r.Kind = RunKind.Dead;
        MapEnds(r);
        UsedPages += n;
        return r;
    }

    /// Records a small run at every one of its pages.
    public void MapAll(Run r)
    {
        for (int p = r.First; p < r.First + r.Pages; p++) _runAt[p] = r;
    }

    /// The free runs, smallest first.
    public IEnumerable<Run> FreeRuns => _free;

    /// Gives a used run back during sweep number `sweep`; returns the free run it became part
    /// of (merged with free neighbours).
    public Run Free(Run r, int sweep)
    {
        UsedPages -= r.Pages;
        r.Kind = RunKind.Dead;
        r.Owner = null;
        int first = r.First, n = r.Pages;
        if (first > 0 && _runAt[first - 1] is { Kind: RunKind.Free } left && left.First + left.Pages == first)
        {
            _free.Remove(left);
            left.Kind = RunKind.Dead;
            first = left.First;
            n += left.Pages;
        }
        int after = r.First + r.Pages;
        if (after < _top && _runAt[after] is { Kind: RunKind.Free } right && right.First == after)
        {
            _free.Remove(right);
            right.Kind = RunKind.Dead;
            n += right.Pages;
        }
        var f = new Run { First = first, Pages = n, Kind = RunKind.Free, Clean = false, FreedAt = sweep };
        MapEnds(f);
        _free.Add(f);
        return f;
    }

    private void MapEnds(Run r)
    {
        _runAt[r.First] = r;
        _runAt[r.First + r.Pages - 1] = r;
    }

    private static Run Probe(int pages, int first) => new() { Pages = pages, First = first };

    private sealed class BySizeThenAddress : IComparer<Run>
    {
        public static readonly BySizeThenAddress Instance = new();
        public int Compare(Run? a, Run? b)
        {
            int c = a!.Pages.CompareTo(b!.Pages);
            return c != 0 ? c : a.First.CompareTo(b.First);
        }
    }
}
