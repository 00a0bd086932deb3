// The heap: one memfd backing N+1 views of ViewSize bytes at consecutive addresses.
// View 0 holds the committed state; views 1..N belong to the segments threads run in.
// Every view maps the same file pages for old space, so a reference (an offset) means
// the same object in every view. Inside each view:
//   [0, PageSize)                 null page, inaccessible: catches a null dereference
//   [ThreadLocalStart, +64 KiB)   thread-local area (private memory)
//   [ReadMarkerStart, +S/16)      read markers, one byte per 16 bytes of view (private)
//   [NurseryStart, NurseryEnd)    the segment's nursery (private memory)
//   [OldStart, ViewSize)          old space: size-class pages, then large objects (shared)
using System.Runtime.CompilerServices;

namespace Stmvm.Gc;

public sealed class HeapOptions
{
    /// Segments that run threads (views 1..N); view 0 is the committed state.
    public int Segments = 1;
    public long ViewSize = 4L << 30;
    public long NurserySize = 4L << 20;
    /// Old-space bytes beyond which allocation raises HeapExhaustedException (MemoryError).
    public long HeapLimit = 3L << 30;
    /// Collect at every safe point (--gc-stress).
    public bool Stress;
    /// A major collection runs when old space has grown by this factor since the last one.
    public double MajorGrowthFactor = 1.8;
    /// Old space below this many bytes never triggers a major collection.
    public long MinMajorThreshold = 32L << 20;
    /// Under Stress, every this-many-th collection is a major one.
    public int StressMajorInterval = 64;
    /// Run the heap verifier after every collection (slow; for tests and debugging).
    public bool VerifyHeap;
}

/// Thrown by allocation when the heap limit is reached; the VM turns it into MemoryError.
public sealed class HeapExhaustedException(long requested) : Exception($"heap exhausted allocating {requested} bytes")
{
    public long Requested { get; } = requested;
}

public sealed unsafe partial class Heap
{
    public const int PageSize = 4096;
    public const long ThreadLocalStart = PageSize;
    public const long ThreadLocalSize = 64 << 10;
    public const long ReadMarkerStart = ThreadLocalStart + ThreadLocalSize;

    public static Heap Instance { get; private set; } = null!;

    public HeapOptions Options { get; }
    public GlobalRoots GlobalRoots { get; } = new();
    public GcStats Stats { get; } = new();

    public long ReadMarkerSize { get; }
    public long NurseryStart { get; }
    public long NurseryEnd { get; }
    public long OldStart { get; }
    /// Pages of old space in one view.
    public int OldPageCount { get; }

    private readonly byte* _reservation;
    private readonly int _fd;
    private readonly Segment[] _segments;

    private Heap(HeapOptions options)
    {
        Options = options;
        long s = options.ViewSize;
        ReadMarkerSize = RoundUp(s / 16, PageSize);
        NurseryStart = ReadMarkerStart + ReadMarkerSize;
        NurseryEnd = NurseryStart + RoundUp(options.NurserySize, PageSize);
        OldStart = RoundUp(NurseryEnd, 1 << 20);

        int views = options.Segments + 1;
        nint res = Native.mmap(0, (nuint)(s * views), Native.PROT_NONE,
            Native.MAP_PRIVATE | Native.MAP_ANONYMOUS | Native.MAP_NORESERVE, -1, 0);
        Native.Check(res != Native.MapFailed, "reserving the heap's address space");
        _reservation = (byte*)res;

        _fd = Native.memfd_create("stmvm-heap", 0);
        Native.Check(_fd >= 0, "memfd_create");
        // One view's worth of shared pages, plus room for each segment's private page copies.
        Native.Check(Native.ftruncate(_fd, s * views) == 0, "ftruncate");

        for (int v = 0; v < views; v++) MapView(v);
        OldPageCount = (int)Math.Min(int.MaxValue, (s - OldStart) / PageSize);

        _segments = new Segment[views];
        for (int i = 1; i < views; i++) _segments[i] = new Segment(this, i, ViewBase(i));
        InitOldSpace();
    }

    public static Heap Create(HeapOptions options)
    {
        if (Instance != null) throw new InvalidOperationException("the heap exists already");
        return Instance = new Heap(options);
    }

    public int SegmentCount => Options.Segments;
    public byte* ViewBase(int view) => _reservation + view * Options.ViewSize;
    public Segment Segment(int index) => _segments[index];

    private void MapView(int view)
    {
        byte* b = ViewBase(view);
        // Private memory: thread-local area, read markers, nursery.
        MapAnonymous(b + ThreadLocalStart, NurseryEnd - ThreadLocalStart);
        // Shared old space: the same file pages in every view.
        nint m = Native.mmap((nint)(b + OldStart), (nuint)(Options.ViewSize - OldStart),
            Native.PROT_READ | Native.PROT_WRITE, Native.MAP_SHARED | Native.MAP_FIXED, _fd, OldStart);
        Native.Check(m != Native.MapFailed, "mapping old space");
    }

    private static void MapAnonymous(byte* at, long size)
    {
        nint m = Native.mmap((nint)at, (nuint)size, Native.PROT_READ | Native.PROT_WRITE,
            Native.MAP_PRIVATE | Native.MAP_ANONYMOUS | Native.MAP_FIXED | Native.MAP_NORESERVE, -1, 0);
        Native.Check(m != Native.MapFailed, "mapping private memory");
    }

    private static long RoundUp(long v, long to) => (v + to - 1) / to * to;

    public bool IsYoung(long obj) => obj >= NurseryStart && obj < NurseryEnd;
}

public sealed class GcStats
{
    /// Old-space pages mapped privately by some segment (STM), each a page of memory more.
    public long PrivatePages;
    public long MinorCollections, MajorCollections;
    public long MinorPauseTicks, MajorPauseTicks, MaxPauseTicks;
    public long BytesPromoted;
    public long OldBytes, PeakOldBytes;
}
