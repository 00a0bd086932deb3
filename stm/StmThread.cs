// A thread that runs transactions (c7's stm_thread_local_t plus stm_start_transaction,
// stm_commit_transaction, stm_become_inevitable, the safe point). Threads are not bound to
// segments: Begin takes any free one (waiting while all are busy) and moves the thread's
// gc Mutator there; the end of the transaction frees it.
//
//   t.Begin();
//   try { ...barriers, reads, writes, t.SafePoint()...; t.Commit(); }
//   catch (StmAbortException) { ...undo the C# side, run the transaction again... }
//
// An aborted transaction keeps its start time when it is run again (the next Begin), so it
// grows older until it wins every write-write conflict: no starvation by younger ones.
// Commit and abort are in Commit.cs and Abort.cs.
using Stmvm.Gc;

namespace Stmvm.Stm;

public sealed unsafe partial class StmThread
{
    [ThreadStatic] private static StmThread? _current;

    /// The calling thread's StmThread, if it has one.
    public static StmThread? Current => _current;

    private readonly StmCore _core;
    private readonly Mutator _mutator;
    private readonly Thread _thread;
    private StmSegment? _seg;
    /// Start time kept from an aborted attempt, or 0.
    private long _retryStartTime;
    /// Height of the root stack when the transaction began: an abort cuts it back.
    private int _rootsMark;
    /// The segment of the last transaction (Begin prefers it), or 0.
    private int _lastSegment;

    /// Called by an abort before the segment is freed: the caller's roots (frames) must be
    /// valid again when it returns (point to no object of the dropped nursery), since a
    /// collection may scan them as soon as the segment is free. The VM restores the frame
    /// snapshot taken at the transaction's start here.
    public Action? ResetRootsOnAbort;

    /// The commit number (serial order) of this thread's last committed transaction.
    public long LastCommitNumber { get; private set; }

    /// The gc Mutator (roots: its root stack and frames) of this thread.
    public Mutator Mutator => _mutator;
    public bool InTransaction => _seg != null;
    public bool IsInevitable => _seg is { Inevitable: true };
    /// Index of the segment the running transaction uses (0 outside a transaction).
    public int SegmentIndex => _seg?.Index ?? 0;

    /// Where this thread's time went (--stats).
    public readonly ThreadStats Stats;
    /// When the running transaction began (Stopwatch ticks).
    private long _beginTicks;

    private StmThread(StmCore core, Mutator mutator, string name)
    {
        _core = core;
        _mutator = mutator;
        _thread = Thread.CurrentThread;
        Stats = new ThreadStats(name);
        core.AddThreadStats(Stats);
    }

    /// Makes the calling thread able to run transactions; `frames` are its roots.
    public static StmThread Attach(StmCore core, IRootSource? frames = null, string name = "thread")
        => Adopt(core, Mutator.Attach(core.Heap.Segment(1), frames), name);

    /// Makes the calling thread, whose gc mutator is `m` already (the VM's main thread, a
    /// guest thread registered by its starter), able to run transactions.
    public static StmThread Adopt(StmCore core, Mutator m, string name = "thread")
    {
        if (_current != null) throw new InvalidOperationException("thread attached to the STM already");
        m.MakeCurrent();
        core.ThreadAttached();
        return _current = new StmThread(core, m, name);
    }

    public void Detach()
    {
        if (_seg != null) throw new InvalidOperationException("detaching inside a transaction");
        _mutator.Detach();
        _core.ThreadDetached();
        _current = null;
    }

    /// Starts a transaction: acquires a segment (waits while none is free).
    public void Begin()
    {
        CheckThread();
        if (_seg != null) throw new InvalidOperationException("a transaction is running already");
        StmSegment s;
        lock (_core.Sync)
        {
            WaitForWinner();
            long t0 = ThreadStats.Now;
            s = _core.Acquire(this, _lastSegment);
            _beginTicks = ThreadStats.Now;
            Stats.WaitTicks[(int)StmWait.Segment] += _beginTicks - t0;
            _lastSegment = s.Index;
            s.StartTime = _retryStartTime != 0 ? _retryStartTime : _core.NextStartTime();
            _retryStartTime = 0;
            NextReadVersion(s);
            s.Attention = 0;
            s.Inevitable = false;
            s.Paused = false;
            // Alone: nobody reads this view's shared pages meanwhile, and nobody can make it
            // abort; a thread that attaches waits in Acquire until it commits.
            s.DirectWrites = _core.AllowDirectWrites && _core.AttachedThreads == 1;
        }

        _seg = s;
        BudgetOnBegin();
        _rootsMark = _mutator.Roots.Top;
        _mutator.MoveTo(s.Gc);
        s.Gc.RecordMadeOld = true;
    }

    /// A transaction that lost a write-write conflict and aborted runs again only once the
    /// winner has ended (or after MaxWinnerWaitMs): run at once, it would mostly meet the
    /// winner's write locks again and abort again (Contention.cs). Under Sync, holding no segment.
    private void WaitForWinner()
    {
        StmSegment? w = _waitFor;
        if (w == null) return;
        _waitFor = null;
        long t0 = ThreadStats.Now;
        long deadline = Environment.TickCount64 + MaxWinnerWaitMs;
        while (w.Owner != null && w.StartTime == _waitForStart)
        {
            long left = deadline - Environment.TickCount64;
            if (left <= 0) break;
            Monitor.Wait(_core.Sync, (int)left);
        }
        Stats.WaitTicks[(int)StmWait.Winner] += ThreadStats.Now - t0;
    }

    private const int MaxWinnerWaitMs = 20;
    private StmSegment? _waitFor;
    private long _waitForStart;

    /// Steps the segment's read version; on wrap-around clears its read markers first.
    private void NextReadVersion(StmSegment s)
    {
        byte v = (byte)(s.ReadVersion + 1);
        if (v == 0)
        {
            Heap h = _core.Heap;
            Native.Check(Native.madvise((nint)(s.Base + Heap.ReadMarkerStart), (nuint)h.ReadMarkerSize, Native.MADV_DONTNEED) == 0,
                "clearing the read markers");
            v = 1;
        }
        s.ReadVersion = v;
        s.Base[StmCore.ReadVersionSlot] = v;
    }

    /// A safe point: pauses if a commit asked, aborts (throws) if doomed, collects the
    /// nursery if the GC asked.
    public void SafePoint()
    {
        BarrierCheck.SafePoint();
        StmSegment s = Seg;
        if (s.Attention != 0) HandleAttention();
        if (s.Gc.CollectionRequested) CollectMinor();
    }

    /// The transactional part of a safe point: pauses while another transaction's commit has
    /// stopped the world, aborts (throws) if doomed.
    public void HandleAttention()
    {
        StmSegment s = Seg;
        if ((s.Attention & (StmSegment.PauseRequested | StmSegment.DoomedBit)) == 0) return;
        lock (_core.Sync) _core.WaitWhileStopped(s);
        if (s.Doomed) AbortNow(s, s.DoomKind);
    }

    /// Does the transaction write in place (its thread was alone when it began)? It should
    /// break as soon as another thread waits to begin (then BreakRequested is set).
    public bool WritesInPlace => _seg is { DirectWrites: true };

    /// Was the transaction asked to break (it has run for its budget: Budget.cs)?
    public bool BreakRequested => _seg != null && (_seg.Attention & StmSegment.BreakRequested) != 0;

    /// A minor collection inside the transaction (the objects it makes old are published at
    /// commit); a major collection it calls for waits until no transaction runs.
    public void CollectMinor()
    {
        StmSegment s = Seg;
        long t0 = ThreadStats.Now;
        bool major = _core.Heap.CollectMinor(s.Gc);
        Stats.MinorCollections++;
        Stats.MinorGcTicks += ThreadStats.Now - t0;
        if (major)
            lock (_core.Sync) _core.RequestMajor();
    }

    /// Makes the running transaction inevitable: it will not abort. Waits (paused) while
    /// another transaction is inevitable; aborts if doomed meanwhile.
    public void BecomeInevitable()
    {
        StmSegment s = Seg;
        if (s.Inevitable) return;
        // For the log: the first transaction waited for, how long (recorded outside Sync).
        string? waitedFor = null;
        object? waitedForAt = null;
        long waited = 0;
        bool done = false;
        lock (_core.Sync)
        {
            while (true)
            {
                _core.WaitWhileStopped(s);
                if (s.Doomed) break;
                if (_core.InevitableOwner == null)
                {
                    _core.InevitableOwner = s;
                    s.Inevitable = true;
                    if (_core.Log is { } log) s.InevitableAt = _inevitableBecause ?? log.Here();
                    _inevitableBecause = null;
                    done = true;
                    break;
                }
                if (waited == 0)
                {
                    waitedFor = _core.InevitableOwner.Owner?.Stats.Name ?? "?";
                    waitedForAt = _core.InevitableOwner.InevitableAt;
                }
                long t0 = ThreadStats.Now;
                _core.PausedWait(s, StmWait.Inevitable);
                waited += ThreadStats.Now - t0;
            }
        }
        if (waitedFor != null && _core.Log is { } l)
            l.Record(new ConflictEvent(ConflictKind.WaitInevitable, Stats.Name, waitedFor, l.Here(), waitedForAt, waited));
        if (!done) AbortNow(s, s.DoomKind);
    }

    /// Ends the transaction before a blocking call (commits it).
    public void LeaveForBlocking() => Commit();

    /// Starts a new transaction after a blocking call.
    public void Reenter() => Begin();

    /// Starts a transaction that is inevitable from the start: for code that has no point to
    /// go back to if it aborted (the VM's native code between its transaction breaks). A
    /// fresh transaction has read and written nothing, so it cannot be doomed while it waits.
    public void BeginInevitable()
    {
        Begin();
        BecomeInevitable();
    }

    /// BeginInevitable for a transaction that aborted too often in a row: for the conflict
    /// log, it became inevitable because of its last conflict, so that is its location.
    public void BeginInevitableAfterAborts()
    {
        _inevitableBecause = _lastAbortAt;
        BeginInevitable();
    }

    /// Conflict log: where the last abort happened, and the reason location the next
    /// BecomeInevitable notes instead of the current one.
    private object? _lastAbortAt, _inevitableBecause;

    /// Aborts the running transaction on purpose (throws StmAbortException).
    public void AbortTransaction()
    {
        StmSegment s = Seg;
        if (s.Inevitable) throw new InvalidOperationException("an inevitable transaction cannot abort");
        AbortNow(s, AbortKind.Explicit);
    }

    private StmSegment Seg => _seg ?? throw new InvalidOperationException("no transaction is running");

    private void CheckThread()
    {
        if (Thread.CurrentThread != _thread) throw new InvalidOperationException("an StmThread is used only by the thread that attached it");
    }
}
