// The collector's entry points used by the VM: allocation, the GC part of the write
// barrier, and safe points. Collection happens only at SafePoint (or Collect).
using System.Runtime.CompilerServices;

namespace Stmvm.Gc;

public static unsafe class Collector
{
    internal static Segment CurrentSegment
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ThreadBinding.Segment;
    }

    /// Largest object served by old space's size classes; bigger ones get pages of their own.
    public const long LargeObjectThreshold = 16 << 10;

    /// Largest object allocated in the nursery; bigger ones go straight to old space. Above
    /// LargeObjectThreshold so that mid-size objects that die young (the big ints of a
    /// computation on thousands of digits, whose every operation makes a new one) are
    /// reclaimed with the nursery instead of taking and freeing old-space pages each.
    public const long NurseryObjectLimit = 64 << 10;

    /// Allocates a zeroed object of `size` bytes (8-aligned, at least 16) with its header written.
    /// Never moves anything: a full nursery overflows into old space and asks for a collection.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Allocate(uint typeId, long size)
    {
        Segment s = CurrentSegment;
        long top = s.NurseryTop;
        long next = top + size;
        if (next <= s.NurseryLimit && size <= NurseryObjectLimit)
        {
            s.NurseryTop = next;
            *(ulong*)(Mem.Base + top) = (ulong)typeId << 32;
            return top;
        }
        return s.Heap.AllocateSlow(s, typeId, size);
    }

    /// Longest array a request may ask for: beyond it the size arithmetic could overflow, and
    /// no heap holds it anyway (HeapExhaustedException, which the VM raises as MemoryError).
    public const long MaxArrayLength = 1L << 40;

    /// Allocates an array-layout object (ValueArray or ByteArray) and writes its length word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AllocateArray(uint typeId, long length)
    {
        if ((ulong)length > MaxArrayLength) throw new HeapExhaustedException(length);
        long obj = Allocate(typeId, Layouts.SizeFor(Layouts.Get(typeId), length));
        *(long*)(Mem.Base + obj + 8) = length;
        return obj;
    }

    /// Allocates directly in old space: for objects referenced from VM-global structures.
    public static long AllocateOld(uint typeId, long size)
    {
        long obj = CurrentSegment.Heap.AllocateOldObject(typeId, size);
        BarrierCheck.Saw(obj);
        return obj;
    }

    public static long AllocateOldArray(uint typeId, long length)
    {
        if ((ulong)length > MaxArrayLength) throw new HeapExhaustedException(length);
        long obj = AllocateOld(typeId, Layouts.SizeFor(Layouts.Get(typeId), length));
        *(long*)(Mem.Base + obj + 8) = length;
        return obj;
    }

    /// The GC part of the write barrier: call before storing into `obj`.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteBarrier(long obj)
    {
        if ((*(uint*)(Mem.Base + obj) & HeaderFlags.WriteBarrier) != 0) RememberSlow(obj);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RememberSlow(long obj)
    {
        *(uint*)(Mem.Base + obj) &= ~HeaderFlags.WriteBarrier;
        CurrentSegment.Remembered.Add(obj);
    }

    private static int _promotionRequests;

    /// Asks for a minor collection at the next safe point so that young objects a VM cache
    /// wants to keep (class attributes, methods: caches hold old objects only) become old.
    /// Bounded per process: classes are usually made at start-up, and a program that keeps
    /// making them just waits for its ordinary collections.
    public static void RequestPromotion()
    {
        if (_promotionRequests >= 16 || CurrentSegment.CollectionRequested) return;
        Interlocked.Increment(ref _promotionRequests);
        CurrentSegment.RequestCollection();
    }

    /// Set by the VM: what a safe point does when another thread asked for attention
    /// (Segment.RequestAttention): the GIL hand-over. It may let other threads run guest
    /// code, and collect, before it returns.
    public static Action? AttentionHandler;

    /// Set by the VM in the STM build: the whole slow path of a safe point while the thread
    /// runs a transaction (pause for a commit, abort if doomed, collect inside the
    /// transaction); false when it does not run one.
    public static Func<bool>? TransactionalSafePoint;

    /// A safe point: every live reference is in a scanned place. Collects if asked to, after
    /// serving another thread's request for attention.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SafePoint()
    {
        BarrierCheck.SafePoint();
        if (CurrentSegment.CollectionRequested) SafePointSlow();
    }

    /// Does the next safe point have work (the test of SafePoint, for a caller that must save
    /// state before it calls its own slow path)?
    public static bool SafePointPending
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            BarrierCheck.SafePoint();
            return CurrentSegment.CollectionRequested;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SafePointSlow()
    {
        if (TransactionalSafePoint is { } stm && stm()) return;
        if (CurrentSegment.AttentionRequested)
        {
            CurrentSegment.AttentionRequested = false;
            AttentionHandler?.Invoke();
            // Other threads ran meanwhile: one of them may have collected already.
            if (!CurrentSegment.CollectionRequested) return;
        }
        Collect();
    }

    /// Runs a minor collection now (and a major one if old space has grown enough).
    public static void Collect(bool forceMajor = false) => CurrentSegment.Heap.Collect(CurrentSegment, forceMajor);

    public static bool IsYoung(long obj) => CurrentSegment.Heap.IsYoung(obj);
}
