// The STM build's per-thread binding (gc/ThreadBinding.cs, gc/StackSlots.cs): with many
// threads bound at once, each always sees its own view base, segment and mutator, at any
// stack depth (deep recursion reaches granules of its stack other than the first), while
// threads come and go (their stacks' granules are reused) and move between segments.
using Stmvm.Gc;
using Xunit;

namespace Stmvm.Gc.Tests;

[Collection("gc")]
public sealed class ThreadBindingTests(GcFixture fx)
{
#if !NOSTM
    private static unsafe bool SeesOwn(Mutator m, Segment s, int depth)
    {
        if (depth > 0 && !SeesOwn(m, s, depth - 1)) return false;
        return Mem.Base == s.Base && Mutator.Current == m;
    }

    [Fact]
    public void EveryThreadSeesItsOwnBinding()
    {
        Heap heap = fx.Heap;
        int segments = heap.SegmentCount;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = new List<Thread>();
        for (int round = 0; round < 4; round++)
        {
            for (int k = 0; k < 12; k++)
            {
                int me = k;
                var t = new Thread(() =>
                {
                    Mutator m = Mutator.Attach(heap.Segment(1 + me % segments));
                    try
                    {
                        var rnd = new Random(me);
                        for (int i = 0; i < 2000; i++)
                        {
                            Segment s = heap.Segment(1 + rnd.Next(segments));
                            m.MoveTo(s);
                            if (!SeesOwn(m, s, rnd.Next(0, 3000)))
                            {
                                failures.Add($"thread {me}, step {i}");
                                return;
                            }
                        }
                    }
                    finally
                    {
                        m.MoveTo(heap.Segment(1));
                        m.Detach();
                    }
                }, 16 << 20);
                threads.Add(t);
                t.Start();
            }
            foreach (var t in threads) t.Join();
            threads.Clear();
        }
        Assert.Empty(failures);
    }
#endif
}
