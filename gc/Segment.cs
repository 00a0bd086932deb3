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

    /// Set when a collection should run at the next safe point.
    public bool CollectionRequested;

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

    internal Segment(Heap heap, int index, byte* viewBase)
    {
        Heap = heap;
        Index = index;
        Base = viewBase;
        NurseryTop = heap.NurseryStart;
        NurseryLimit = heap.NurseryEnd;
        CollectionRequested = heap.Options.Stress;
    }
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
    public static unsafe Mutator Attach(Segment segment, IRootSource? frames = null)
    {
        var m = new Mutator(segment) { Frames = frames };
        lock (_all) _all.Add(m);
        ThreadBinding.Bind(m, segment);
        return m;
    }

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
