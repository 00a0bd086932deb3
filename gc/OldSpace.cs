// Allocation in old space, and its accounting.
//
// Small objects (up to LargeObjectThreshold) come from size-class runs (SizeClasses,
// Pages). Each segment keeps, per size class, one run it allocates from without a lock
// (its cache, like c7's per-segment small_malloc_data): pop the run's free list, else
// bump inside the run. Only when that run is used up does it take the global lock to
// get a run with free slots (left by the last sweep) or a fresh run of pages.
// Large objects get whole pages of their own (LargeObjects in c7: largemalloc) under the
// lock. Old objects carry HeaderFlags.WriteBarrier from birth.
//
// Accounting: GcStats.OldBytes is the bytes of live-or-not-yet-swept old objects (slot
// sizes for small ones, whole pages for large ones). Each segment counts its own small
// allocations without atomics and adds them to the total whenever it takes the lock and
// at every collection, so OldBytes may lag by one run per size class per segment.
// The heap limit (HeapOptions.HeapLimit, read at every check so tests and the VM may
// change it) bounds the pages in use; crossing it raises HeapExhaustedException, except
// inside a collection, which must be able to finish copying whatever is live. Nearing it
// asks every segment for a major collection at its next safe point. Crossing it grants a
// reserve (GraceFraction of the limit) until the next major collection, so that the VM can
// still raise, unwind and print the MemoryError; a single request bigger than the limit
// fails at once and grants nothing (the heap is not full).
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stmvm.Gc;

public sealed unsafe partial class Heap
{
    /// Header of a free slot in a small run: no registered type has id uint.MaxValue.
    internal const ulong FreeSlotHeader = 0xFFFF_FFFF_0000_0000UL;
    /// Free page runs at least this long are given back to the kernel (punched out of the memfd)
    /// once they have stayed free for a whole collection cycle (ReleaseIdlePages).
    private const int ReleasePagesThreshold = 64;
    /// Sweeps so far: free runs remember the one that freed them.
    private int _sweeps;

    private readonly object _oldLock = new();
    private OldPages _pages = null!;
    private List<Run>[] _partial = null!;
    private MarkBits _marks = null!;
    private long _nextMajorAt;
    private long _pagesAfterMajor;
    private volatile bool _majorRequested;
    private bool _inCollection;
    /// Pages allowed beyond the limit since it was last crossed (0 after a major collection).
    private long _gracePages;
    private const int GraceFraction = 32;

    /// Pages of old space in use (small runs and large objects).
    public long OldPagesInUse { get { lock (_oldLock) return _pages.UsedPages; } }

    /// View through which the collector reads and writes old space's committed state. The
    /// free-list links of free slots are read and written only here: a page may be private
    /// (and stale there) in any segment's view.
    internal byte* OldBase => ViewBase(0);
    internal OldPages Pages => _pages;
    internal object OldLock => _oldLock;

    private void InitOldSpace()
    {
        int maxPages = OldPageCount;
        _pages = new OldPages(OldStart, maxPages);
        _partial = new List<Run>[SizeClasses.Count];
        for (int c = 0; c < _partial.Length; c++) _partial[c] = new List<Run>();
        _marks = new MarkBits(OldStart, Options.ViewSize - OldStart);
        _nextMajorAt = Options.MinMajorThreshold;
        for (int i = 1; i < _segments.Length; i++) _segments[i].OldCache = new Run?[SizeClasses.Count];
    }

    internal long AllocateOldObject(uint typeId, long size) => AllocateOldObject(Collector.CurrentSegment, typeId, size);

    /// A zeroed old object with its header (flag WriteBarrier) written.
    internal long AllocateOldObject(Segment s, uint typeId, long size)
    {
        long obj = AllocOld(s, size, zero: true);
        *(ulong*)(s.Base + obj) = ((ulong)typeId << 32) | HeaderFlags.WriteBarrier;
        if (s.RecordMadeOld) s.MadeOld.Add(obj);
        return obj;
    }

    /// The nursery is full, or the object is large: allocate it in old space as an overflow
    /// object (young until the next minor collection, so no WriteBarrier flag yet).
    internal long AllocateSlow(Segment s, uint typeId, long size)
    {
        if (size < 16 || (size & 7) != 0) throw new ArgumentException($"object size {size} is not 8-aligned and at least 16");
        long obj = AllocOld(s, size, zero: true);
        *(ulong*)(s.Base + obj) = ((ulong)typeId << 32) | HeaderFlags.Overflow;
        s.Overflow.Add(obj);
        s.OverflowBytes += size;
        // A full nursery wants a collection at once; large objects only once they add up.
        if (size <= Collector.NurseryObjectLimit || s.OverflowBytes > Options.NurserySize)
            s.RequestCollection();
        return obj;
    }

    /// Room for a nursery object being promoted: not zeroed, the caller copies over it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long AllocForPromotion(Segment s, long size) => AllocOld(s, size, zero: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long AllocOld(Segment s, long size, bool zero)
    {
        if (size > SizeClasses.MaxSmall)
        {
            // Checked before any page arithmetic: a guest can ask for 2**62 bytes.
            if (size > Options.HeapLimit && !_inCollection) throw new HeapExhaustedException(size);
            return AllocLarge(s, size, zero);
        }
        int c = SizeClasses.ClassOf(size);
        Run? r = s.OldCache[c];
        long obj;
        if (r != null && (obj = r.FreeHead) != 0)
            r.FreeHead = *(long*)(OldBase + obj + 8);
        else if (r != null && r.Bump < r.End)
        {
            obj = r.Bump;
            r.Bump += r.SlotSize;
        }
        else obj = RefillAndAllocate(s, c, size);
        s.OldAllocatedBytes += SizeClasses.Size[c];
        if (zero) NativeMemory.Clear(s.Base + obj, (nuint)size);
        return obj;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long RefillAndAllocate(Segment s, int c, long size)
    {
        Run r;
        lock (_oldLock)
        {
            FlushAccounting(s);
            if (s.OldCache[c] is { } used) used.Owner = null;
            s.OldCache[c] = null;
            Run? found = null;
            var list = _partial[c];
            while (found == null && list.Count > 0)
            {
                Run cand = list[^1];
                list.RemoveAt(list.Count - 1);
                cand.OnPartialList = false;
                if (cand.Kind == RunKind.Small && cand.Owner == null && cand.HasFreeSlot) found = cand;
            }
            r = found ?? NewSmallRun(c, size);
            r.Owner = s;
            s.OldCache[c] = r;
        }
        long obj = r.FreeHead;
        if (obj != 0) r.FreeHead = *(long*)(OldBase + obj + 8);
        else
        {
            obj = r.Bump;
            r.Bump += r.SlotSize;
        }
        return obj;
    }

    private Run NewSmallRun(int c, long requested)
    {
        Run r = AllocatePages(SizeClasses.RunPages[c], requested, out _);
        r.Kind = RunKind.Small;
        r.Class = c;
        r.SlotSize = SizeClasses.Size[c];
        r.Start = r.Bump = _pages.Offset(r.First);
        r.End = r.Start + (long)SizeClasses.SlotsPerRun[c] * r.SlotSize;
        r.FreeHead = 0;
        _pages.MapAll(r);
        return r;
    }

    private long AllocLarge(Segment s, long size, bool zero)
    {
        long obj;
        bool clean;
        lock (_oldLock)
        {
            FlushAccounting(s);
            int pages = (int)((size + PageSize - 1) / PageSize);
            Run r = AllocatePages(pages, size, out clean);
            r.Kind = RunKind.Large;
            obj = _pages.Offset(r.First);
            AddOldBytes((long)pages * PageSize);
        }
        // Fresh pages read as zero, except in a view that maps them privately (a stale copy).
        if (zero && (!clean || s.PrivatePages.Count > 0)) NativeMemory.Clear(s.Base + obj, (nuint)size);
        return obj;
    }

    /// Under _oldLock: `n` pages, or HeapExhaustedException.
    private Run AllocatePages(int n, long requested, out bool clean)
    {
        long limitPages = Options.HeapLimit / PageSize;
        // Each private page copy (STM) is a page of memory too.
        if (!_inCollection && _pages.UsedPages + Volatile.Read(ref Stats.PrivatePages) + n > limitPages + _gracePages)
        {
            if (_gracePages == 0 && n <= limitPages / GraceFraction) _gracePages = limitPages / GraceFraction;
            RequestMajor();
            throw new HeapExhaustedException(requested);
        }
        Run r = _pages.Allocate(n, out clean) ?? throw new HeapExhaustedException(requested);
        // Near the limit, ask for a major collection; not again until the pages grow some more,
        // or a heap that is simply 90% full would collect at every safe point.
        if (_pages.UsedPages > limitPages - limitPages / 8 && _pages.UsedPages > _pagesAfterMajor + limitPages / 32)
            RequestMajor();
        return r;
    }

    /// Under _oldLock, during a sweep: gives a used run back; returns the free run it became part of.
    private Run FreePages(Run r) => _pages.Free(r, _sweeps);

    /// Under _oldLock, at the start of a sweep.
    private void BeginSweep() => _sweeps++;

    /// Under _oldLock, at the end of a sweep: gives back to the kernel the long free runs that
    /// no allocation wanted since the previous sweep. Not the runs this sweep freed: a program
    /// that allocates and drops big objects (big ints, long lists) reuses their pages in the
    /// next cycle, and punching them at once cost a fallocate per freed run plus a page fault
    /// and a page clear per page reused.
    private void ReleaseIdlePages()
    {
        foreach (Run f in _pages.FreeRuns)
        {
            if (f.Pages < ReleasePagesThreshold || f.Clean || f.FreedAt == _sweeps) continue;
            // Give the memory back and get zero pages next time; harmless if unsupported.
            long off = _pages.Offset(f.First);
            if (Native.fallocate(_fd, Native.FALLOC_FL_PUNCH_HOLE | Native.FALLOC_FL_KEEP_SIZE, off, (long)f.Pages * PageSize) == 0)
                f.Clean = true;
        }
    }

    /// A large overflow object its minor collection did not reach (Nursery.cs): its pages are free again.
    internal void FreeUnreachedLarge(long obj)
    {
        lock (_oldLock)
        {
            Run r = _pages.Find(obj) ?? throw new InvalidOperationException($"overflow object 0x{obj:x} is not in a live run");
            Stats.OldBytes -= (long)r.Pages * PageSize;
            FreePages(r);
        }
    }

    /// Under _oldLock: adds a segment's uncounted small allocations to the total.
    private void FlushAccounting(Segment s)
    {
        if (s.OldAllocatedBytes != 0)
        {
            AddOldBytes(s.OldAllocatedBytes);
            s.OldAllocatedBytes = 0;
        }
        if (AccountedBytes > _nextMajorAt) s.RequestCollection();
    }

    /// Old-space bytes plus the private page copies (STM; a major collection shares them
    /// again): what the major-collection trigger counts.
    private long AccountedBytes => Stats.OldBytes + Volatile.Read(ref Stats.PrivatePages) * PageSize;

    private void AddOldBytes(long n)
    {
        Stats.OldBytes += n;
        if (Stats.OldBytes > Stats.PeakOldBytes) Stats.PeakOldBytes = Stats.OldBytes;
    }

    /// Asks every segment for a collection at its next safe point, and that it be a major one.
    public void RequestMajor()
    {
        _majorRequested = true;
        for (int i = 1; i < _segments.Length; i++) _segments[i].RequestCollection();
    }

    /// True if `obj` is the start of an object in old space (not a free slot).
    public bool IsOldObject(long obj)
    {
        if ((obj & 7) != 0) return false;
        lock (_oldLock) return IsOldObjectUnlocked(obj);
    }

    internal bool IsOldObjectUnlocked(long obj)
    {
        Run? r = _pages.Find(obj);
        if (r == null) return false;
        if (r.Kind == RunKind.Large) return obj == _pages.Offset(r.First);
        if (obj >= r.Bump || (obj - r.Start) % r.SlotSize != 0) return false;
        return *(ulong*)(OldBase + obj) != FreeSlotHeader;
    }
}
