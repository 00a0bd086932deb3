// Old-space allocation from several threads at once (each in its own segment, as in
// the STM build): per-segment caches, the refill lock and the page allocator must hand
// out every slot once. Collections stay single-threaded, as the VM guarantees.
using Stmvm.Gc;
using Xunit;
using static Stmvm.Gc.Tests.H;

namespace Stmvm.Gc.Tests;

[Collection("gc")]
public sealed class ConcurrencyTests(GcFixture fx)
{
    private Heap Heap => fx.Heap;

#if !NOSTM
    [Fact]
    public void ConcurrentOldAllocationInTwoSegments()
    {
        using var t = new TestMutator(Heap);
        const int count = 200_000;
        var heads = new int[2];
        var errors = new Exception?[2];
        var go = new ManualResetEventSlim();
        var threads = new Thread[2];
        for (int k = 0; k < 2; k++)
        {
            int me = k;
            threads[k] = new Thread(() =>
            {
                Mutator m = Mutator.Attach(Heap.Segment(me + 1));
                try
                {
                    go.Wait();
                    long head = 0;
                    var rnd = new Random(me);
                    for (int i = 0; i < count; i++)
                    {
                        uint type = i % 3 == 0 ? GcFixture.Big : GcFixture.Node;
                        long n = Collector.AllocateOld(type, type == GcFixture.Big ? 1024 : 32);
                        if (type == GcFixture.Node)
                        {
                            Mem.Store(n, GcFixture.NodeId, i);
                            Mem.StoreValue(n, GcFixture.NodeNext, head == 0 ? Value.Null : Ref(head));
                            head = n;
                        }
                        if (rnd.Next(50) == 0) Collector.AllocateOldArray(GcFixture.Bytes, rnd.Next(20_000, 60_000));
                        Collector.Allocate(GcFixture.Pair, 24); // young garbage, never collected concurrently
                    }
                    heads[me] = Heap.GlobalRoots.Add(Ref(head));
                }
                catch (Exception e) { errors[me] = e; }
                finally { m.Detach(); }
            });
            threads[k].Start();
        }
        go.Set();
        foreach (var th in threads) th.Join();
        Assert.Null(errors[0]);
        Assert.Null(errors[1]);

        Collector.Collect(forceMajor: true);   // also empties segment 2's nursery
        AssertHeapSound(Heap);
        var seen = new HashSet<long>();
        for (int k = 0; k < 2; k++)
        {
            Value v = Heap.GlobalRoots[heads[k]];
            int expect = count - 1;
            while (expect % 3 == 0) expect--;
            for (; !v.IsNull; expect--)
            {
                while (expect % 3 == 0) expect--;
                Assert.True(seen.Add(v.Ref), "two nodes share one slot");
                Assert.Equal(expect, Mem.Load(v.Ref, GcFixture.NodeId));
                v = Mem.LoadValue(v.Ref, GcFixture.NodeNext);
            }
            Assert.True(expect <= 0);
            Heap.GlobalRoots[heads[k]] = Value.Null;
        }
        Collector.Collect(forceMajor: true);
        AssertHeapSound(Heap);
    }
#endif

    [Fact]
    public void VerifyHeapOptionRunsTheVerifierAtEachCollection()
    {
        using var t = new TestMutator(Heap);
        Heap.Options.VerifyHeap = true;
        try
        {
            t.Frame[0] = Ref(NewNode(1, Value.Null, Value.Null));
            Collector.Collect();
            Collector.Collect(forceMajor: true);
            // Corrupt a reference on purpose: the next collection must notice.
            long old = t.Frame[0].Ref;
            Mem.Store(old, GcFixture.NodeData, Heap.OldStart + 8 * 1_000_001 + 2);
            Assert.Throws<HeapCorruptionException>(() => Collector.Collect());
            Mem.StoreValue(old, GcFixture.NodeData, Value.Null);
        }
        finally
        {
            Heap.Options.VerifyHeap = false;
        }
        AssertHeapSound(Heap);
    }
}
