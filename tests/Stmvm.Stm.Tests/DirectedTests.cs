// Directed tests of the STM's parts: privatisation, write locks and the contention rule,
// read-write conflicts, inevitability, read-marker wrap-around, abort restore. Two-thread
// scenarios step through a shared Script; a thread inside a transaction waits by spinning
// on SafePoint, as a real transaction would reach safe points, so that commits can stop it.
using Stmvm.Gc;
using Xunit;
using static Stmvm.Stm.Tests.N;

namespace Stmvm.Stm.Tests;

/// Steps shared by the threads of one scenario.
public sealed class Script
{
    private volatile int _step;
    public void Advance() => Interlocked.Increment(ref _step);

    /// Waits for `step`; inside a transaction it keeps reaching safe points.
    public void WaitFor(int step, StmThread? t = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_step < step)
        {
            if (t is { InTransaction: true }) t.SafePoint();
            Thread.Yield();
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"step {step} never came (at {_step})");
        }
    }
}

[Collection("stm")]
public sealed unsafe class DirectedTests(StmFixture fx)
{
    private Heap Heap => fx.Heap;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    /// A committed old node with `slots` int slots 10, 11, ...; returns its GlobalRoots handle.
    private int CommittedNode(int slots)
    {
        int handle = -1;
        Workers.Run(Deadline, () => OnThread(t =>
        {
            t.Begin();
            long n = NewOld(7, slots);
            for (int i = 0; i < slots; i++) Set(n, i, Int(10 + i));
            handle = Heap.GlobalRoots.Add(Ref(n));
            t.Commit();
        }));
        return handle;
    }

    private void OnThread(Action<StmThread> body)
    {
        var t = StmThread.Attach(fx.Stm);
        try { body(t); }
        finally
        {
            // A failed scenario must not leave its segment held for the next tests.
            if (t.InTransaction && !t.IsInevitable)
                try { t.AbortTransaction(); } catch (StmAbortException) { }
            if (!t.InTransaction) t.Detach();
        }
    }

    private long Node(int handle) => Heap.GlobalRoots[handle].Ref;
    private long Slot(int view, long n, int i) => RawSlot(Heap.ViewBase(view), n, i);
    private StmSegment Seg(int index) => fx.Stm.Segments[index];

    [Fact]
    public void WritesStayInThePrivatePageUntilCommit()
    {
        int h = CommittedNode(4);
        long x = Node(h);
        long privateBefore = Heap.Stats.PrivatePages;
        Workers.Run(Deadline, () => OnThread(t =>
        {
            t.Begin();
            int me = t.SegmentIndex;
            int other = me == 1 ? 2 : 1;
            bool wasPrivate = Heap.IsPrivate(Heap.Segment(me), Heap.OldPageOf(x));
            Set(x, 0, Int(99));
            Assert.True(Heap.IsPrivate(Heap.Segment(me), Heap.OldPageOf(x)));
            Assert.False(Heap.IsPrivate(Heap.Segment(other), Heap.OldPageOf(x)) && !wasPrivate);
            Assert.Equal(Int(99).Bits, Slot(me, x, 0));
            Assert.Equal(Int(10).Bits, Slot(0, x, 0));           // committed state untouched
            if (!Heap.IsPrivate(Heap.Segment(other), Heap.OldPageOf(x)))
                Assert.Equal(Int(10).Bits, Slot(other, x, 0));   // another view sees the committed state
            Assert.Equal((byte)me, fx.Stm.Locks.Owner(x));
            Assert.Equal(0u, *(uint*)(Heap.ViewBase(me) + x) & HeaderFlags.WriteBarrier);
            Assert.NotEqual(0u, *(uint*)(Heap.ViewBase(0) + x) & HeaderFlags.WriteBarrier);
            t.Commit();
            Assert.Equal(Int(99).Bits, Slot(0, x, 0));
            Assert.Equal(Int(99).Bits, Slot(me, x, 0));
            Assert.Equal(0, fx.Stm.Locks.Owner(x));
            Assert.NotEqual(0u, *(uint*)(Heap.ViewBase(me) + x) & HeaderFlags.WriteBarrier);
            Assert.True(Heap.IsPrivate(Heap.Segment(me), Heap.OldPageOf(x)));   // pages stay private
        }));
        Assert.True(Heap.Stats.PrivatePages >= privateBefore);
        fx.Stm.CollectMajor();                                   // shares every page again
        Assert.Equal(0, Heap.Stats.PrivatePages);
        Assert.Equal(Int(99).Bits, Slot(1, x, 0));
        Heap.GlobalRoots[h] = Value.Null;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WriteWriteConflictTheOlderWins(bool youngerWritesFirst)
    {
        int h = CommittedNode(2);
        long x = Node(h);
        var script = new Script();
        AbortKind? youngerAbort = null;
        Workers.Run(Deadline,
            () => OnThread(t => // older
            {
                t.Begin();
                script.Advance();                      // 1: older has begun
                script.WaitFor(youngerWritesFirst ? 3 : 2, t);
                Set(x, 0, Int(1));
                Assert.Equal((byte)t.SegmentIndex, fx.Stm.Locks.Owner(x));
                script.Advance();
                script.WaitFor(youngerWritesFirst ? 5 : 4, t); // younger has aborted
                t.Commit();
            }),
            () => OnThread(t => // younger
            {
                script.WaitFor(1);
                t.Begin();
                script.Advance();                      // 2
                if (youngerWritesFirst)
                {
                    Set(x, 0, Int(2));                 // takes the lock
                    script.Advance();                  // 3
                    script.WaitFor(4);                 // the older took it over and doomed us (no safe point meanwhile: it would abort)
                }
                else
                {
                    script.WaitFor(3, t);              // the older holds the lock
                    Set(x, 0, Int(2));                 // loses at once, writes its private copy
                    Assert.Equal(Int(2).Bits, Slot(t.SegmentIndex, x, 0));
                }
                int seg = t.SegmentIndex;
                var e = Assert.Throws<StmAbortException>(() => t.SafePoint());
                youngerAbort = e.Kind;
                Assert.Equal(Int(10).Bits, Slot(seg, x, 0));       // restored from view 0
                Assert.False(t.InTransaction);
                script.Advance();
            }));
        Assert.Equal(AbortKind.WriteWrite, youngerAbort);
        Assert.Equal(Int(1).Bits, Slot(0, x, 0));
        Assert.Equal(0, fx.Stm.Locks.Owner(x));
        Heap.GlobalRoots[h] = Value.Null;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ACommitDoomsTheReadersOfWhatItWrote(bool readerInevitable)
    {
        int h = CommittedNode(2);
        long x = Node(h);
        var script = new Script();
        AbortKind? readerAbort = null, writerAbort = null;
        Workers.Run(Deadline,
            () => OnThread(t => // reader
            {
                t.Begin();
                if (readerInevitable) t.BecomeInevitable();
                Assert.Equal(Int(10), Get(x, 0));
                script.Advance();                      // 1: has read
                try
                {
                    script.WaitFor(2, t);              // the writer has tried to commit
                    t.Commit();
                }
                catch (StmAbortException e) { readerAbort = e.Kind; }
            }),
            () => OnThread(t => // writer
            {
                script.WaitFor(1);
                t.Begin();
                Set(x, 0, Int(5));
                try { t.Commit(); }
                catch (StmAbortException e) { writerAbort = e.Kind; }
                script.Advance();
            }));
        if (readerInevitable)
        {
            Assert.Null(readerAbort);
            Assert.Equal(AbortKind.Inevitable, writerAbort);
            Assert.Equal(Int(10).Bits, Slot(0, x, 0));
        }
        else
        {
            Assert.Equal(AbortKind.ReadWrite, readerAbort);
            Assert.Null(writerAbort);
            Assert.Equal(Int(5).Bits, Slot(0, x, 0));
        }
        Assert.Equal(0, fx.Stm.Locks.Owner(x));
        Heap.GlobalRoots[h] = Value.Null;
    }

    [Fact]
    public void OnlyOneInevitableAtATime()
    {
        var script = new Script();
        bool secondWasInevitableEarly = false;
        Workers.Run(Deadline,
            () => OnThread(t =>
            {
                t.Begin();
                t.BecomeInevitable();
                script.Advance();                      // 1
                script.WaitFor(2, t);
                Thread.Sleep(50);
                secondWasInevitableEarly = fx.Stm.InevitableOwner != null && fx.Stm.InevitableOwner.Index != t.SegmentIndex;
                t.Commit();
            }),
            () => OnThread(t =>
            {
                script.WaitFor(1);
                t.Begin();
                script.Advance();                      // 2
                t.BecomeInevitable();                  // waits (paused) for the first to commit
                Assert.True(t.IsInevitable);
                t.Commit();
            }));
        Assert.False(secondWasInevitableEarly);
        Assert.Null(fx.Stm.InevitableOwner);
    }

    [Fact]
    public void ReadMarkersAreClearedWhenTheVersionWrapsAround()
    {
        int h = CommittedNode(2);
        long x = Node(h);
        Workers.Run(Deadline, () => OnThread(t =>
        {
            t.Begin();
            StmSegment s = Seg(t.SegmentIndex);
            Get(x, 0);
            byte v = s.ReadVersion;
            long marker = Heap.ReadMarkerStart + (x >> 4);
            Assert.Equal(v, s.Base[marker]);
            t.Commit();
            // The same segment comes back while no other thread runs: 255 transactions later
            // the version is v again, and the marker must have been cleared on the way.
            for (int i = 0; i < 255; i++)
            {
                t.Begin();
                Assert.Same(s, Seg(t.SegmentIndex));
                Assert.NotEqual(0, s.ReadVersion);
                if (s.ReadVersion == v) Assert.Equal(0, s.Base[marker]);
                t.Commit();
            }
            t.Begin();
            Assert.NotEqual(v, s.Base[marker]);
            Assert.NotEqual(s.ReadVersion, s.Base[marker]);
            t.Commit();
        }));
        Heap.GlobalRoots[h] = Value.Null;
    }

    [Fact]
    public void AbortRestoresCommittedBytesAndDropsYoungObjects()
    {
        int h = CommittedNode(3);
        long x = Node(h);
        long aborts = fx.Stm.Stats.AbortsOf(AbortKind.Explicit);
        Workers.Run(Deadline, () => OnThread(t =>
        {
            t.Begin();
            StmSegment s = Seg(t.SegmentIndex);
            int seg = s.Index;
            Set(x, 0, Int(-1));
            long young = New(5000, 2);
            Set(young, 0, Int(3));
            Set(x, 1, Ref(young));
            long old = NewOld(5001, 2);
            Set(old, 0, Ref(young));
            Set(x, 2, Ref(old));
            Assert.True(s.Gc.NurseryTop > Heap.NurseryStart);
            Assert.Throws<StmAbortException>(() => t.AbortTransaction());
            for (int i = 0; i < 3; i++) Assert.Equal(Int(10 + i).Bits, Slot(seg, x, i));
            Assert.Equal(*(ulong*)(Heap.ViewBase(0) + x), *(ulong*)(Heap.ViewBase(seg) + x));   // header, flags included
            Assert.Equal(0, fx.Stm.Locks.Owner(x));
            Assert.Equal(Heap.NurseryStart, s.Gc.NurseryTop);
            Assert.Empty(s.Gc.MadeOld);
            Assert.Empty(s.Modified);
            Assert.False(t.InTransaction);
            // The transaction runs again and commits.
            t.Begin();
            Set(x, 0, Int(-2));
            t.Commit();
        }));
        Assert.Equal(aborts + 1, fx.Stm.Stats.AbortsOf(AbortKind.Explicit));
        Assert.Equal(Int(-2).Bits, Slot(0, x, 0));
        fx.Stm.CollectMajor();   // the aborted objects were garbage: the heap is sound without them
        Heap.Verify();
        Heap.GlobalRoots[h] = Value.Null;
    }
}
