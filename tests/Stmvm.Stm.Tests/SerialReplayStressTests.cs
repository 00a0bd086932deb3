// Issue 4, 6(a): the randomized stress of the STM against a serial replay.
//
// More threads than segments run random transactions over a shared graph of nodes reached
// from an old root node (a GlobalRoots entry): they read slots (following links), write
// ints and links, allocate nodes (young or straight into old space; some spanning pages,
// some large), keep nodes in their frames, hit safe points (where GC stress collects),
// yield, and some become inevitable. An aborted transaction is
// run again (with other random choices). Every COMMITTED transaction's log (each read
// with the value it saw, each write, each allocation) is kept with its commit number.
//
// Afterwards the logs are replayed serially in commit order on a plain C# model: every
// logged read must see exactly the model's value at that point (serializability: each
// transaction saw a consistent snapshot that no commit between its reads and its own
// commit changed), and the final graph in every view (view 0 and each segment's, whose
// private pages must have received every commit) must equal the model's. Then a major
// collection at quiescence and the heap verifier. Each run has a deadline: a deadlock or
// livelock fails it.
using Stmvm.Gc;
using Xunit;
using Xunit.Abstractions;

namespace Stmvm.Stm.Tests;

[Collection("stm")]
public sealed unsafe class SerialReplayStressTests(StmFixture fx, ITestOutputHelper output)
{
    private enum OpKind : byte { Read, Write, Alloc }

    /// One logged operation. Slot contents are "codes": 0 null, odd a tagged small int, even
    /// the node id times two (ids, unlike addresses, survive promotion).
    private readonly record struct Op(OpKind Kind, long Node, int Index, long Code);

    private const long RootId = 1;
    private const int RootSlots = 16;
    private static long _nextId = 1000;
    /// GlobalRoots handle of the root node of the current run.
    private int _rootHandle;

    /// Seeds 1..12 (STMVM_STM_SEEDS=n for a longer soak), each without and with GC stress;
    /// every other seed mixes inevitable transactions in.
    public static IEnumerable<object[]> Cases()
    {
        int n = int.TryParse(Environment.GetEnvironmentVariable("STMVM_STM_SEEDS"), out int k) ? k : 12;
        for (int seed = 1; seed <= n; seed++)
        {
            yield return [seed, false, seed % 2 == 0];
            yield return [seed, true, seed % 2 == 1];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CommittedTransactionsEqualASerialReplay(int seed, bool gcStress, bool inevitable)
    {
        Heap heap = fx.Heap;
        heap.Options.Stress = gcStress;
        heap.Options.VerifyHeap = gcStress;
        var stats0 = Snapshot(fx.Stm.Stats);
        try
        {
            Run(seed, gcStress, inevitable, threads: 6, txPerThread: gcStress ? 60 : 150);
        }
        finally
        {
            heap.Options.Stress = false;
            heap.Options.VerifyHeap = false;
        }
        var s = fx.Stm.Stats;
        output.WriteLine($"seed {seed} stress {gcStress} inevitable {inevitable}: commits {s.Commits - stats0[0]}, " +
                         $"aborts ww {s.AbortsOf(AbortKind.WriteWrite) - stats0[1]} rw {s.AbortsOf(AbortKind.ReadWrite) - stats0[2]} " +
                         $"inev {s.AbortsOf(AbortKind.Inevitable) - stats0[3]}, majors {s.MajorCollections - stats0[4]}, " +
                         $"private pages now {heap.Stats.PrivatePages}");
    }

    private static long[] Snapshot(StmStats s) => [s.Commits, s.AbortsOf(AbortKind.WriteWrite), s.AbortsOf(AbortKind.ReadWrite),
        s.AbortsOf(AbortKind.Inevitable), s.MajorCollections];

    private void Run(int seed, bool gcStress, bool inevitable, int threads, int txPerThread)
    {
        var committed = new List<(long Number, Op[] Log)>();

        // The initial graph, by one committed transaction (logged like the others).
        Workers.Run(TimeSpan.FromSeconds(20), () =>
        {
            var frames = new Frames();
            var t = StmThread.Attach(fx.Stm, frames);
            try
            {
                var rnd = new Random(seed);
                var log = new List<Op>();
                t.Begin();
                long root = N.NewOld(RootId, RootSlots);
                log.Add(new Op(OpKind.Alloc, RootId, RootSlots, 0));
                _rootHandle = fx.Heap.GlobalRoots.Add(N.Ref(root));
                for (int k = 0; k < RootSlots; k++)
                {
                    long id = Interlocked.Increment(ref _nextId);
                    int len = 4;
                    long n = N.New(id, len);
                    log.Add(new Op(OpKind.Alloc, id, len, 0));
                    for (int i = 0; i < len; i++)
                    {
                        long v = rnd.Next(1000);
                        N.Set(n, i, N.Int(v));
                        log.Add(new Op(OpKind.Write, id, i, (v << 1) | 1));
                    }
                    N.Set(root, k, N.Ref(n));
                    log.Add(new Op(OpKind.Write, RootId, k, id << 1));
                }
                committed.Add((t.Commit(), log.ToArray()));
            }
            finally
            {
                frames.Clear();
                t.Detach();
            }
        });

        var bodies = new Action[threads];
        for (int w = 0; w < threads; w++)
        {
            int me = w;
            bodies[w] = () => Worker(seed * 100 + me, txPerThread, inevitable, gcStress, committed);
        }
        Workers.Run(TimeSpan.FromSeconds(40), bodies);

        committed.Sort((a, b) => a.Number.CompareTo(b.Number));
        for (int i = 1; i < committed.Count; i++)
            Assert.True(committed[i].Number > committed[i - 1].Number, "two commits share a number");
        var model = Replay(committed);
        long rootRef = fx.Heap.GlobalRoots[_rootHandle].Ref;
        for (int v = 0; v <= StmFixture.Segments; v++) CompareView(v, rootRef, model);

        fx.Stm.CollectMajor();
        Assert.Equal(0, fx.Heap.Stats.PrivatePages);
        fx.Heap.Verify();
        for (int v = 0; v <= StmFixture.Segments; v++) CompareView(v, rootRef, model);
        fx.Heap.GlobalRoots[_rootHandle] = Value.Null;
    }

    private void Worker(int seed, int count, bool inevitable, bool gcStress, List<(long, Op[])> committed)
    {
        var frames = new Frames();
        var t = StmThread.Attach(fx.Stm, frames);
        t.ResetRootsOnAbort = frames.Clear;
        var rnd = new Random(seed);
        var log = new List<Op>();
        try
        {
            for (int done = 0; done < count;)
            {
                log.Clear();
                t.Begin();
                try
                {
                    Transaction(t, frames, rnd, log, inevitable && rnd.Next(10) == 0, gcStress);
                    long n = t.Commit();
                    lock (committed) committed.Add((n, log.ToArray()));
                    done++;
                }
                catch (StmAbortException)
                {
                    Assert.False(t.InTransaction);
                }
                frames.Clear();
            }
        }
        finally
        {
            // A failure inside a transaction leaves it running: keep the thread attached
            // rather than hide the failure behind Detach's.
            if (!t.InTransaction) t.Detach();
        }
    }

    private static long Code(Value v) => v.IsRef ? N.Id(v.Ref) << 1 : v.Bits;

    private void Transaction(StmThread t, Frames f, Random rnd, List<Op> log, bool goInevitable, bool gcStress)
    {
        Value[] fr = f.Slots;
        fr[0] = fx.Heap.GlobalRoots[_rootHandle];
        int ops = rnd.Next(3, gcStress ? 25 : 40);
        int inevitableAt = goInevitable ? rnd.Next(ops) : -1;
        for (int i = 0; i < ops; i++)
        {
            if (i == inevitableAt) t.BecomeInevitable();
            long cur = fr[0].Ref;
            long curId = N.Id(cur);
            int len = N.Length(cur);
            int op = rnd.Next(100);
            int h = 1 + rnd.Next(fr.Length - 1);
            if (op < 30)
            {
                int idx = rnd.Next(len);
                Value v = N.Get(cur, idx);
                log.Add(new Op(OpKind.Read, curId, idx, Code(v)));
                if (v.IsRef && rnd.Next(3) != 0) fr[0] = v;
            }
            else if (op < 38) fr[0] = fx.Heap.GlobalRoots[_rootHandle];
            else if (op < 52)
            {
                int idx = rnd.Next(len);
                long x = rnd.Next(1_000_000);
                N.Set(cur, idx, N.Int(x));
                log.Add(new Op(OpKind.Write, curId, idx, (x << 1) | 1));
            }
            else if (op < 62)
            {
                int idx = rnd.Next(len);
                Value v = fr[h];
                N.Set(cur, idx, v);
                log.Add(new Op(OpKind.Write, curId, idx, Code(v)));
            }
            else if (op < 70)
            {
                int r = rnd.Next(100);
                int n = r < 4 ? 600 : r < 6 ? 2500 : rnd.Next(1, 7);  // 600 slots span pages; 2500 is a large object
                long id = Interlocked.Increment(ref _nextId);
                long node = r % 10 == 9 ? N.NewOld(id, n) : N.New(id, n);   // some straight into old space
                log.Add(new Op(OpKind.Alloc, id, n, 0));
                int fill = Math.Min(n, 3);
                for (int k = 0; k < fill; k++)
                {
                    N.Set(node, k, N.Int(k + id));
                    log.Add(new Op(OpKind.Write, id, k, ((k + id) << 1) | 1));
                }
                fr[h] = N.Ref(node);
            }
            else if (op < 78) fr[h] = fr[0];
            else if (op < 92)
            {
                t.SafePoint();
                if (rnd.Next(4) == 0) Thread.Yield();
            }
            else Thread.SpinWait(rnd.Next(200));
        }
        t.SafePoint();
    }

    private static Dictionary<long, long[]> Replay(List<(long Number, Op[] Log)> committed)
    {
        var model = new Dictionary<long, long[]>();
        foreach (var (number, log) in committed)
            foreach (Op op in log)
                switch (op.Kind)
                {
                    case OpKind.Alloc:
                        Assert.True(model.TryAdd(op.Node, new long[op.Index]), $"node {op.Node} allocated twice");
                        break;
                    case OpKind.Read:
                        long seen = model[op.Node][op.Index];
                        if (seen != op.Code)
                            Assert.Fail($"commit {number}: read of node {op.Node}[{op.Index}] saw {op.Code}, the serial replay has {seen}");
                        break;
                    case OpKind.Write:
                        model[op.Node][op.Index] = op.Code;
                        break;
                }
        return model;
    }

    /// Walks the graph from the root through view `v` and compares it with the model.
    private void CompareView(int v, long rootRef, Dictionary<long, long[]> model)
    {
        byte* b = fx.Heap.ViewBase(v);
        var seen = new Dictionary<long, long>();   // id -> address
        var stack = new Stack<(long Ref, long Id)>();
        stack.Push((rootRef, RootId));
        while (stack.Count > 0)
        {
            var (r, id) = stack.Pop();
            if (seen.TryGetValue(id, out long at))
            {
                Assert.True(at == r, $"view {v}: node {id} at two addresses");
                continue;
            }
            seen[id] = r;
            Assert.True(*(long*)(b + r + StmFixture.IdOffset) == id, $"view {v}: node at 0x{r:x} has id {*(long*)(b + r + StmFixture.IdOffset)}, expected {id}");
            Assert.True((*(uint*)(b + r) & HeaderFlags.WriteBarrier) != 0, $"view {v}: node {id} lacks its write-barrier flag");
            Assert.Equal(0, fx.Stm.Locks.Owner(r));
            long[] m = model[id];
            Assert.Equal(m.Length, *(long*)(b + r + 8));
            for (int i = 0; i < m.Length; i++)
            {
                long raw = N.RawSlot(b, r, i);
                if (raw != 0 && (raw & 1) == 0)
                {
                    long target = *(long*)(b + raw + StmFixture.IdOffset);
                    if (m[i] != target << 1) Assert.Fail($"view {v}: node {id}[{i}] links to node {target}, the replay has code {m[i]}");
                    stack.Push((raw, target));
                }
                else if (raw != m[i]) Assert.Fail($"view {v}: node {id}[{i}] holds {raw}, the replay has {m[i]}");
            }
        }
    }
}
