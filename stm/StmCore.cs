// The STM's shared state and its coordination (c7's sync.c): the segment pool, the
// stop-the-world that commits run under, inevitability, and the major collection that
// waits for every transaction to end.
//
// One monitor (Sync) guards all of it. Every wait happens under it with Monitor.Wait, and
// every waiting thread that holds a segment first marks itself Paused: it is at a safe point
// (it holds no torn data and touches no shared memory until woken), so a committer never
// waits for it. The waits:
//   - Begin: for a free segment, for the end of a stop-the-world, for a pending major
//     collection (the thread holds no segment yet). A major collection waits for every
//     running transaction to end (they may not start new ones), so it sees no private state:
//     it marks through view 0 and shares every private page again afterwards;
//   - a safe point or a commit while another thread owns the stop-the-world (Paused);
//   - BecomeInevitable while another transaction is inevitable (Paused);
//   - the stop-the-world owner, for every other transaction to be Paused.
// Nobody waits while not Paused except the owner, and there is one owner at a time, so
// there is no cycle. Write-write conflicts never wait: one side is doomed at once
// (Contention.cs).
using Stmvm.Gc;

namespace Stmvm.Stm;

public sealed unsafe partial class StmCore
{
    public static StmCore Instance { get; private set; } = null!;

    /// Byte of the view's thread-local area holding the running transaction's read version
    /// (0 outside a transaction): the read barrier copies it into the marker.
    public const long ReadVersionSlot = Heap.ThreadLocalStart;

    public readonly Heap Heap;
    /// The conflict log (--stm-log), or null.
    public IConflictLog? Log;
    /// Let a transaction begun while its thread is the only one attached write in place
    /// (set by the VM; see Begin). Such a transaction cannot abort, so the tests that abort
    /// on purpose leave it off.
    public bool AllowDirectWrites;
    public readonly StmStats Stats = new();
    internal readonly object Sync = new();
    internal readonly StmSegment[] Segments; // [1..N]; [0] unused (view 0)
    internal readonly WriteLocks Locks;

    /// The segment whose commit has stopped the world, or null (Sync).
    internal StmSegment? StwOwner;
    /// The inevitable transaction's segment, or null (Sync).
    internal StmSegment? InevitableOwner;
    /// A major collection waits for every transaction to end; no new one starts meanwhile (Sync).
    internal bool MajorPending;
    private int _inUse;
    private long _clock;
    /// Commits so far: a committed transaction's number in the serial order (Sync).
    internal long CommitCount;

    private StmCore(Heap heap)
    {
        Heap = heap;
        Segments = new StmSegment[heap.SegmentCount + 1];
        for (int i = 1; i <= heap.SegmentCount; i++) Segments[i] = new StmSegment(heap.Segment(i));
        Locks = new WriteLocks(heap);
    }

    /// Sets the STM up over the heap (once per process, like Heap.Create).
    public static StmCore Init(Heap heap)
    {
        if (heap.SegmentCount > 254) throw new ArgumentException("write locks hold a segment index in a byte");
        if (Instance != null) throw new InvalidOperationException("the STM is set up already");
        return Instance = new StmCore(heap);
    }

    internal long NextStartTime() => Interlocked.Increment(ref _clock);

    /// Under Sync: waits until no stop-the-world of another segment is in progress, Paused meanwhile.
    internal void WaitWhileStopped(StmSegment me)
    {
        while (StwOwner != null && StwOwner != me) PausedWait(me, StmWait.SafePoint);
    }

    /// Under Sync: one Monitor.Wait, counted as paused at a safe point.
    internal void PausedWait(StmSegment me, StmWait why)
    {
        long t0 = ThreadStats.Now;
        me.Paused = true;
        Monitor.PulseAll(Sync);
        Monitor.Wait(Sync);
        me.Paused = false;
        if (me.Owner is { } t) t.Stats.WaitTicks[(int)why] += ThreadStats.Now - t0;
    }

    private readonly List<ThreadStats> _threadStats = new();

    internal void AddThreadStats(ThreadStats s)
    {
        lock (_threadStats) _threadStats.Add(s);
    }

    /// Every thread's record so far (--stats), in the order they attached.
    public ThreadStats[] AllThreadStats()
    {
        lock (_threadStats) return _threadStats.ToArray();
    }

    /// Under Sync: a free segment for `t`, waiting while none is free, a stop-the-world runs
    /// or a major collection is pending (the first thread to find no transaction running
    /// runs it: every thread's roots are valid then, which they are not inside Release
    /// when an abort has just dropped a nursery that the aborted frames still point to).
    /// `preferred`: the segment the thread ran in last (0: none), taken if free: its pages
    /// privatised by earlier transactions are likely to be written again.
    internal StmSegment Acquire(StmThread t, int preferred)
    {
        while (true)
        {
            if (StwOwner == null && MajorPending && _inUse == 0)
            {
                long t0 = ThreadStats.Now;
                RunMajor(Segments[1]);
                t.Stats.MajorCollections++;
                t.Stats.MajorGcTicks += ThreadStats.Now - t0;
            }
            if (StwOwner == null && !MajorPending && !AnyDirectWriter())
            {
                if (preferred != 0 && Segments[preferred].Owner == null) return Take(t, Segments[preferred]);
                for (int i = 1; i < Segments.Length; i++)
                    if (Segments[i].Owner == null) return Take(t, Segments[i]);
            }
            Monitor.Wait(Sync);
        }
    }

    /// Under Sync: is a transaction writing in place (a thread that was alone until another
    /// attached)? No other transaction may begin before it ends: it would see its writes.
    private bool AnyDirectWriter()
    {
        for (int i = 1; i < Segments.Length; i++)
            if (Segments[i].DirectWrites)
            {
                Segments[i].Signal(StmSegment.BreakRequested);
                return true;
            }
        return false;
    }

    private StmSegment Take(StmThread t, StmSegment s)
    {
        s.Owner = t;
        _inUse++;
        return s;
    }

    /// Under Sync, by the segment's own thread at the end of its transaction (commit or
    /// abort, its nursery empty and its locks released): frees the segment.
    internal void Release(StmSegment s)
    {
        s.Owner = null;
        s.Paused = false;
        _inUse--;
        Monitor.PulseAll(Sync);
    }

    /// Under Sync with no transaction running: a major collection (the nurseries are empty,
    /// view 0 holds every committed object), then every private page is shared again.
    private void RunMajor(StmSegment caller)
    {
        Heap.Collect(caller.Gc, forceMajor: true);
        for (int i = 1; i < Segments.Length; i++) Heap.Reshare(Segments[i].Gc);
        MajorPending = false;
        Stats.MajorCollections++;
    }

    /// Under Sync: stops the world for `me`: every other running transaction pauses at its
    /// next safe point. Returns with StwOwner == me and every other transaction Paused.
    internal void StopTheWorld(StmSegment me)
    {
        StwOwner = me;
        for (int i = 1; i < Segments.Length; i++)
            if (Segments[i] != me) Segments[i].Signal(StmSegment.PauseRequested);
        while (true)
        {
            bool all = true;
            for (int i = 1; i < Segments.Length; i++)
            {
                StmSegment s = Segments[i];
                if (s != me && s.InTransaction && !s.Paused) { all = false; break; }
            }
            if (all) return;
            Monitor.Wait(Sync);
        }
    }

    /// Under Sync: lets the others go on.
    internal void ResumeTheWorld()
    {
        for (int i = 1; i < Segments.Length; i++) Interlocked.And(ref Segments[i].Attention, ~StmSegment.PauseRequested);
        StwOwner = null;
        Monitor.PulseAll(Sync);
    }

    /// Runs a major collection now if no transaction runs (tests, shutdown); else it runs
    /// once the running transactions have ended, and no new one starts before.
    public void CollectMajor()
    {
        lock (Sync)
        {
            MajorPending = true;
            if (_inUse == 0) RunMajor(Segments[1]);
        }
    }

    /// The coordination state, for a test that timed out or a debugger.
    public string DescribeState()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"stw owner {StwOwner?.Index ?? 0}, inevitable {InevitableOwner?.Index ?? 0}, major pending {MajorPending}, in use {_inUse}, commits {CommitCount}");
        for (int i = 1; i < Segments.Length; i++)
        {
            StmSegment g = Segments[i];
            sb.Append($"; seg {i}: owner {(g.Owner == null ? "-" : "t")}, paused {g.Paused}, attention {g.Attention}, start {g.StartTime}, modified {g.Modified.Count}");
        }
        return sb.ToString();
    }

    /// Under Sync: asks for a major collection at the end of the last running transaction.
    internal void RequestMajor() => MajorPending = true;
}
