// A segment: one view of the heap in which one thread runs at a time. It owns its
// nursery (bump allocation), the old objects its writes recorded (remembered set),
// and the objects allocated in old space while the nursery was full (overflow).
namespace Stmvm.Gc;

public sealed unsafe class Segment
{
    public readonly Heap Heap;
    public readonly int Index;
    public readonly byte* Base;

    /// Next free nursery offset and the end of the nursery (same offsets in every view).
    public long NurseryTop;
    public long NurseryLimit;

    /// Set when the running thread must stop at its next safe point: for a collection, or
    /// (with AttentionRequested) because another thread asks for something there. This one
    /// flag is all the safe point tests, so requests from other threads cost the hot path nothing.
    public bool CollectionRequested;

    /// Set by another thread (RequestAttention) together with CollectionRequested: the safe
    /// point calls Collector.AttentionHandler (the VM's GIL hand-over) before collecting.
    public volatile bool AttentionRequested;

    /// Asks the thread running in this segment to call Collector.AttentionHandler at its
    /// next safe point. Callable from any thread.
    public void RequestAttention()
    {
        AttentionRequested = true;
        Volatile.Write(ref CollectionRequested, true);
    }

    /// Set with CollectionRequested when the collector itself wants a collection (full
    /// nursery, promotion, major due), as opposed to another thread's request for attention.
    internal bool GcWanted;

    /// The collector wants a collection at the next safe point (by the segment's own thread).
    internal void RequestCollection()
    {
        GcWanted = true;
        CollectionRequested = true;
    }

    /// The STM puts back a collection request it did not serve at this safe point (it
    /// waits for one where the transaction can commit, which collects the nursery anyway).
    public void KeepCollectionRequest()
    {
        GcWanted = true;
        CollectionRequested = true;
    }

    /// Objects allocated in old space since the nursery filled up add up to several
    /// nurseries: time to collect, even inside a transaction.
    public bool OverflowIsLarge => OverflowBytes > 4 * Heap.Options.NurserySize;

    /// For the STM's safe point (its other requests share CollectionRequested): clears the
    /// flag and says whether the collector wanted a collection (GC stress: always).
    public bool TakeCollectionRequest()
    {
        bool stress = Heap.Options.Stress;
        Volatile.Write(ref CollectionRequested, stress);
        bool wanted = GcWanted;
        GcWanted = false;
        return wanted;
    }

    internal readonly List<long> Remembered = new();
    internal readonly List<long> Overflow = new();
    /// Bytes of the overflow objects allocated since the last minor collection.
    internal long OverflowBytes;

    /// Per size class, the old-space run this segment allocates small objects from (OldSpace.cs).
    internal Run?[] OldCache = null!;
    /// Small old-space bytes allocated here and not yet added to GcStats.OldBytes.
    internal long OldAllocatedBytes;
    /// The minor collector of this segment's nursery (Nursery.cs), made on first use.
    internal MinorCollection? Minor;
    /// Young object -> old-space slot reserved for it because its identity was asked for (Shadows.cs).
    internal Dictionary<long, long>? Shadows;

    /// Set by the STM while a transaction runs here: every object this segment makes old
    /// (promoted or surviving overflow objects, AllocateOld) is listed in MadeOld, so that
    /// the commit can copy it into view 0 and into the views where its page is private.
    public bool RecordMadeOld;
    public readonly List<long> MadeOld = new();

    /// Old-space pages this view maps privately (Privatize.cs): one byte per page (made at
    /// the first privatisation), and the list.
    internal byte[]? PrivatePage;
    internal readonly List<int> PrivatePages = new();

    internal Segment(Heap heap, int index, byte* viewBase)
    {
        Heap = heap;
        Index = index;
        Base = viewBase;
        NurseryTop = heap.NurseryStart;
        NurseryLimit = heap.NurseryEnd;
        CollectionRequested = heap.Options.Stress;
    }

    /// Old-space pages private to this view now.
    public int PrivatePageCount => PrivatePages.Count;
}

/// A thread that runs guest code: its segment, its root stack and its frames.
public sealed class Mutator
{
    public static Mutator Current => ThreadBinding.Mutator ?? throw new InvalidOperationException("thread not attached to the heap");

    public readonly RootStack Roots = new();
    public IRootSource? Frames;
    public Segment Segment { get; private set; }

    private static readonly List<Mutator> _all = new();

    private Mutator(Segment segment) => Segment = segment;

    /// Makes the calling thread a mutator running in `segment`.
    public static Mutator Attach(Segment segment, IRootSource? frames = null)
    {
        var m = Register(segment, frames);
        m.MakeCurrent();
        return m;
    }

    /// A mutator in `segment` whose roots the collector scans from now on, not yet current on
    /// any thread: a thread being started gets its arguments into Roots this way before it runs.
    public static Mutator Register(Segment segment, IRootSource? frames = null)
    {
        var m = new Mutator(segment) { Frames = frames };
        lock (_all) _all.Add(m);
        return m;
    }

    /// The STM moves a thread to the segment it acquired for its next transaction; call
    /// on the mutator's own thread (Mem.Base and the current segment are the thread's own:
    /// ThreadBinding.cs).
    public void MoveTo(Segment segment)
    {
        if (ThreadBinding.Mutator != this) throw new InvalidOperationException("a mutator moves only on its own thread");
        Segment = segment;
        ThreadBinding.Bind(this, segment);
    }

    /// Makes this the calling thread's mutator (ThreadBinding.cs). In the nostm build the
    /// binding is plain statics shared by every thread, so the thread that takes the GIL calls
    /// this (three stores); in the STM build it is the thread's own.
    public void MakeCurrent() => ThreadBinding.Bind(this, Segment);

    public void Detach()
    {
        lock (_all) _all.Remove(this);
        ThreadBinding.Unbind(this);
    }

    internal static Mutator[] All()
    {
        lock (_all) return _all.ToArray();
    }
}
