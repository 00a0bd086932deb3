// The heap is a process-wide singleton (Heap.Create once): every test class of this
// assembly shares one heap through the "gc" collection, tests run one at a time, and
// each test attaches its own thread as a mutator (TestMutator) and detaches at the end,
// so no root of an earlier test keeps anything alive.
using Stmvm.Gc;
using Xunit;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Stmvm.Gc.Tests;

public sealed class GcFixture
{
    // Type ids far from the VM's (the VM is not loaded in this assembly anyway).
    public const uint Node = 900;    // raw id at 8; values: next at 16, data at 24
    public const uint Arr = 901;     // value array: length at 8, elements from 16
    public const uint Bytes = 902;   // byte array: length at 8, bytes from 16
    public const uint Pair = 903;    // values at 8 and 16
    public const uint Big = 904;     // fixed 1024 bytes, values from 8

    public const int NodeNext = 16, NodeData = 24, NodeId = 8;

    public Heap Heap { get; }

    public GcFixture()
    {
        Heap = Heap.Create(new HeapOptions
        {
            Segments = 2, // the second segment only for the concurrent-allocation test
            NurserySize = 256 << 10,
            HeapLimit = 2L << 30,
            MinMajorThreshold = 8L << 20,
        });
        Layouts.Register(Node, GcLayout.Fixed("node", 32, 16));
        Layouts.Register(Arr, GcLayout.Values("arr", 16, 16));
        Layouts.Register(Bytes, GcLayout.Bytes("bytes", 16, 16));
        Layouts.Register(Pair, GcLayout.Fixed("pair", 24, 8));
        Layouts.Register(Big, GcLayout.Fixed("big", 1024, 8));
    }
}

[CollectionDefinition("gc")]
public sealed class GcCollection : ICollectionFixture<GcFixture>;

/// The calling thread as a mutator, with a frame array the collector scans as roots.
public sealed class TestMutator : IRootSource, IDisposable
{
    public readonly Mutator Mutator;
    public readonly Value[] Frame;
    public Segment Segment => Mutator.Segment;

    public TestMutator(Heap heap, int frameSlots = 64)
    {
        Frame = new Value[frameSlots];
        Mutator = Mutator.Attach(heap.Segment(1), this);
        // Start every test with an empty nursery and no pending work of an earlier test.
        Collector.Collect();
    }

    public void VisitRoots(RootVisitor visitor) => visitor.VisitAll(Frame);

    public void Dispose()
    {
        Array.Clear(Frame);
        Mutator.Roots.Top = 0;
        Mutator.Detach();
    }
}

/// Small helpers to build and read test objects.
public static class H
{
    public static long NewNode(long id, Value next, Value data)
    {
        long n = Collector.Allocate(GcFixture.Node, 32);
        Mem.Store(n, GcFixture.NodeId, id);
        Mem.StoreValue(n, GcFixture.NodeNext, next);
        Mem.StoreValue(n, GcFixture.NodeData, data);
        return n;
    }

    public static Value Int(long v) => Value.FromSmallInt(v);
    public static Value Ref(long r) => Value.FromRef(r);

    /// Stores with the write barrier, as the VM must.
    public static void Set(long obj, int offset, Value v)
    {
        Collector.WriteBarrier(obj);
        Mem.StoreValue(obj, offset, v);
    }

    public static void AssertHeapSound(Heap heap, bool allowYoung = false)
    {
        var errors = HeapVerifier.Check(heap, allowYoung);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
