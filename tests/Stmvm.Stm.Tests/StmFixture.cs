// The heap and the STM are process-wide singletons: every test class of this assembly
// shares one heap of 4 segments through the "stm" collection, tests run one at a time, and
// each test runs its transactions on threads it starts (Worker) and joins with a timeout,
// so that a deadlock fails the test instead of hanging the run.
//
// Test objects are "nodes": value arrays (length at 8, raw node id at 16, slots from 24)
// whose slots hold small ints, links to other nodes, or null. Node ids identify nodes
// across moves (a young node changes address when it is promoted).
using Stmvm.Gc;
using Xunit;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Stmvm.Stm.Tests;

public sealed class StmFixture
{
    public const uint Node = 930;
    public const int IdOffset = 16, FirstSlot = 24;
    public const int Segments = 4;

    public Heap Heap { get; }
    public StmCore Stm { get; }

    public StmFixture()
    {
        Heap = Heap.Create(new HeapOptions
        {
            Segments = Segments,
            ViewSize = 1L << 30,
            NurserySize = 64 << 10,   // small: transactions overflow it and collect mid-way
            HeapLimit = 512L << 20,
            MinMajorThreshold = 4L << 20,
            StressMajorInterval = 16,
        });
        Layouts.Register(Node, GcLayout.Values("node", 24, 24));
        Stm = StmCore.Init(Heap);
    }
}

[CollectionDefinition("stm")]
public sealed class StmCollection : ICollectionFixture<StmFixture>;

/// A thread attached to the STM with a frame array the collector scans and updates.
public sealed class Frames : IRootSource
{
    public readonly Value[] Slots = new Value[8];
    public void VisitRoots(RootVisitor visitor) => visitor.VisitAll(Slots);
    public void Clear() => Array.Clear(Slots);
}

/// Runs bodies on background threads and joins them under a deadline.
public static class Workers
{
    public static void Run(TimeSpan timeout, params Action[] bodies)
    {
        var errors = new Exception?[bodies.Length];
        var threads = new Thread[bodies.Length];
        for (int i = 0; i < bodies.Length; i++)
        {
            int k = i;
            threads[i] = new Thread(() =>
            {
                try { bodies[k](); }
                catch (Exception e) { errors[k] = e; }
            }) { IsBackground = true, Name = $"stm-worker-{k}" };
            threads[i].Start();
        }
        var deadline = DateTime.UtcNow + timeout;
        foreach (var t in threads)
        {
            var left = deadline - DateTime.UtcNow;
            if (left < TimeSpan.Zero || !t.Join(left))
                Assert.Fail($"{t.Name} did not finish within {timeout.TotalSeconds} s: deadlock or livelock\n"
                            + StmCore.Instance.DescribeState() + "\n" + string.Join("\n", errors.Where(e => e != null)));
        }
        foreach (var e in errors)
            if (e != null) throw new Exception("worker failed", e);
    }
}

/// Node helpers: every access goes through StmBarrier, as the VM's will.
public static unsafe class N
{
    public static long New(long id, int length)
    {
        long n = Collector.AllocateArray(StmFixture.Node, length);
        Mem.Store(n, StmFixture.IdOffset, id);
        return n;
    }

    public static long NewOld(long id, int length)
    {
        long n = Collector.AllocateOldArray(StmFixture.Node, length);
        Mem.Store(n, StmFixture.IdOffset, id);
        return n;
    }

    /// Slots of a node (its array length: the raw id word is part of the base size).
    public static int Length(long n) => (int)Mem.Load(n, 8);
    public static long Id(long n) => Mem.Load(n, StmFixture.IdOffset);

    public static Value Get(long n, int i)
    {
        StmBarrier.Read(n);
        return Mem.LoadValue(n, StmFixture.FirstSlot + 8 * i);
    }

    public static void Set(long n, int i, Value v)
    {
        StmBarrier.Write(n);
        Mem.StoreValue(n, StmFixture.FirstSlot + 8 * i, v);
    }

    public static Value Int(long v) => Value.FromSmallInt(v);
    public static Value Ref(long r) => Value.FromRef(r);

    /// The raw slot word of node `n` as seen through view base `b` (no barrier: checks only).
    public static long RawSlot(byte* b, long n, int i) => *(long*)(b + n + StmFixture.FirstSlot + 8 * i);
}
