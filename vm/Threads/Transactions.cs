#if !NOSTM
// Who runs guest code in the STM build: every guest thread, at once, each inside
// transactions (stm/); this replaces Gil.cs of the non-STM build behind Scheduler.cs.
//
// Where a transaction breaks (commit, then begin the next one): only at the back edges and
// returns of Interpreter.Execute (BreakPoint), once the budget is spent (stm/Budget.cs) or
// the nursery is full, and never inside `with atomic:`. The Execute call that breaks saves
// its frames (ThreadState.Snapshot) and becomes the transaction's SnapshotLevel: an abort,
// thrown as StmAbortException from any safe point below it, unwinds to that call, which
// rolls the heap back (StmThread.CompleteAbort), restores the frames and runs again.
//
// A transaction with no such point to go back to must not abort, so it is inevitable:
//   - one begun by native code: a thread's start, after a blocking call (EndBlocking),
//     after start_new_thread; it breaks at its first chance to become abortable again;
//   - one whose SnapshotLevel call returns or raises into native code: that code goes on
//     in C# state a restore could not rebuild, so the transaction becomes inevitable first
//     (Interpreter.LeaveExecute), and breaks at the next chance in an outer Execute;
//   - one that does something that cannot be undone (BeforeIrreversible: flushing output,
//     file I/O, reading input).
// Inevitable transactions run in parallel with the others; only one at a time may be
// inevitable (stm/StmCore.cs), so these windows are kept short.
//
// Output written inside a transaction waits in a per-thread list and reaches its stream
// when the transaction commits (dropped if it aborts), so it appears in commit order; an
// inevitable transaction writes at once (its pending output first).
using Stmvm.Gc;
using Stmvm.Stm;

namespace Stmvm.Vm;

public static class Transactions
{
    private static StmCore _core = null!;
    [ThreadStatic] private static StmThread? _thread;
    [ThreadStatic] private static List<(BufferedOutput To, string Text)>? _output;
    [ThreadStatic] private static bool _notifyLocksAtCommit;

    private const int NestedStretch = 4;
    /// A transaction aborted this many times in a row runs again as an inevitable one.
    private const int MaxAbortsInARow = 8;

    /// `with atomic:` depth of the calling thread: while positive the transaction never breaks.
    [ThreadStatic] public static int AtomicDepth;

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        _core = StmCore.Init(Heap.Instance);
        _core.AllowDirectWrites = true;
        Collector.TransactionalSafePoint = SafePointSlow;
        // STMVM_STM_WATCH=SECONDS: the STM's coordination state on stderr that often (a hang's first clue).
        if (int.TryParse(Environment.GetEnvironmentVariable("STMVM_STM_WATCH"), out int every) && every > 0)
            new Thread(() =>
            {
                while (true)
                {
                    Thread.Sleep(every * 1000);
                    Console.Error.WriteLine("stm watch: " + _core.DescribeState());
                }
            }) { IsBackground = true }.Start();
    }

    /// The main thread, once the VM is set up: joins the STM and begins its first transaction.
    public static void StartMain()
    {
        // Nothing young is left from start-up: the first transaction may get another segment.
        Collector.Collect();
        Attach(Mutator.Current, "main thread");
    }

    /// A new guest thread (its mutator registered by its starter): joins the STM and begins.
    public static void Acquire(Mutator m) => Attach(m, $"thread {GuestThreads.Ident}");

    private static void Attach(Mutator m, string name)
    {
        var t = _thread = StmThread.Adopt(_core, m, name);
        t.DeferRollback = true;
        t.ResetRootsOnAbort = OnAbort;
        t.BeginInevitable();
    }

    /// The thread ends: commits its last transaction (inevitable by then: its outermost
    /// Execute call has returned) and leaves the STM.
    public static void Release()
    {
        StmThread t = _thread!;
        BeforeIrreversible();
        Commit(t);
        t.Detach();
        _thread = null;
    }

    /// Before a call that may block: commits (the wait happens outside any transaction).
    /// Inside `with atomic:` the transaction becomes inevitable instead and blocks holding
    /// its segment (as in pypy-stm: waiting there for another thread is a deadlock).
    public static Mutator? BeginBlocking()
    {
        StmThread? t = _thread;
        if (t == null) return null;
        if (AtomicDepth > 0)
        {
            BeforeIrreversible();
            return null;
        }
        Commit(t);
        ThreadState.Current.SnapshotLevel = 0;
        return t.Mutator;
    }

    /// After the blocking call: an inevitable transaction again (native code goes on).
    public static void EndBlocking(Mutator? m)
    {
        if (m != null) _thread!.BeginInevitable();
    }

    /// Commits now and goes on in an inevitable transaction: start_new_thread, so that the
    /// new thread finds the objects it is given committed (and old).
    public static void CommitNow()
    {
        if (AtomicDepth > 0) return;
        StmThread t = _thread!;
        Commit(t);
        ThreadState.Current.SnapshotLevel = 0;
        t.BeginInevitable();
    }

    /// Leaving the outermost atomic block: a break that was held back happens at the next chance.
    public static void AfterAtomic()
    {
        if (_thread is { BreakRequested: true }) Mutator.Current.Segment.CollectionRequested = true;
    }

    /// Before something that cannot be undone: the transaction becomes inevitable (its
    /// pending output is written first). May abort (then nothing was done yet).
    public static void BeforeIrreversible()
    {
        StmThread? t = _thread;
        if (t == null || !t.InTransaction || t.IsInevitable) return;
        t.BecomeInevitable();
        WriteOutput();
    }

    /// Time every thread spent in transactions so far, committed or aborted (the conflict log's last line).
    public static double TransactionSeconds()
    {
        var total = new ThreadStats("total");
        foreach (ThreadStats s in _core.AllThreadStats()) total.Add(s);
        return (total.RunningTicks + total.AbortedTicks.Sum()) / (double)System.Diagnostics.Stopwatch.Frequency;
    }

    /// --stats: one line per thread (its record, stm/ThreadStats.cs), then the totals.
    public static string FormatStats()
    {
        var sb = new System.Text.StringBuilder();
        var total = new ThreadStats("total");
        foreach (ThreadStats s in _core.AllThreadStats())
        {
            sb.Append("stm: ").Append(s.Format()).Append('\n');
            total.Add(s);
        }
        sb.Append("stm: ").Append(total.Format()).Append('\n');
        sb.Append($"stm: {_core.Stats.MajorCollections} major collections, {Heap.Instance.Stats.PrivatePages} private pages now\n");
        return sb.ToString();
    }

    /// pypystm.hint_commit_soon(): break at the next back edge or return (outside atomic).
    public static void HintCommitSoon()
    {
        if (_thread is not { InTransaction: true } t) return;
        t.SpendBudget();
        Mutator.Current.Segment.CollectionRequested = true;
    }

    /// Makes obj (old, new, immutable) readable by every thread now (StmThread.PublishNow).
    public static void Publish(long obj)
    {
        if (_thread is { InTransaction: true } t) t.PublishNow(obj);
    }

    /// Output of the running transaction: true if kept until its commit.
    public static bool Defer(BufferedOutput to, string text)
    {
        StmThread? t = _thread;
        if (t == null || !t.InTransaction || t.IsInevitable) return false;
        (_output ??= new()).Add((to, text));
        return true;
    }

    /// Lock waiters are woken once the releasing transaction has committed: before, they
    /// would still see the lock taken.
    public static void NotifyLocksAtCommit()
    {
        if (_thread is { InTransaction: true }) _notifyLocksAtCommit = true;
        else LockParking.NotifyRelease();
    }

    private static void Commit(StmThread t)
    {
        t.Commit();
        WriteOutput();
        if (_notifyLocksAtCommit)
        {
            _notifyLocksAtCommit = false;
            LockParking.NotifyRelease();
        }
    }

    private static void WriteOutput()
    {
        List<(BufferedOutput To, string Text)>? output = _output;
        if (output == null || output.Count == 0) return;
        foreach (var (to, text) in output) to.WriteNow(text);
        output.Clear();
    }

    /// StmThread.ResetRootsOnAbort: before the segment is freed, the frames must hold no
    /// object of the dropped nursery: the snapshot goes back in; the output is dropped.
    private static void OnAbort()
    {
        _output?.Clear();
        _notifyLocksAtCommit = false;
        ThreadState ts = ThreadState.Current;
        if (ts.SnapshotLevel != 0) ts.Snapshot.Restore(ts);
    }

    /// Called by the Execute call at SnapshotLevel when it catches the abort: rolls back,
    /// restores the frames and begins again. Returns the frame to go on with.
    public static Frame Retry(ThreadState ts)
    {
        StmThread t = _thread!;
        t.CompleteAbort();
        if (t.AbortsInARow >= MaxAbortsInARow) t.BeginInevitableAfterAborts();
        else t.Begin();
        return ts.FrameAt(ts.Depth - 1);
    }

    /// The Execute call at SnapshotLevel is about to return or raise into native code.
    /// May abort (then the caller is still inside that call, and retries).
    public static void LeaveExecute(ThreadState ts)
    {
        BeforeIrreversible();
        ts.SnapshotLevel = 0;
    }

    /// The slow path of a safe point where the transaction cannot break (anywhere but
    /// Execute's back edges and returns): pause for a commit, abort if doomed, collect the
    /// nursery inside the transaction if the GC asked. False outside a transaction.
    private static bool SafePointSlow()
    {
        StmThread? t = _thread;
        if (t == null || !t.InTransaction) return false;
        Segment gc = Mutator.Current.Segment;
        bool collect = gc.TakeCollectionRequest();
        t.HandleAttention();
        // A full nursery waits for the next back edge or return, where the transaction
        // commits (and so collects it, and publishes what it made old), unless allocation
        // has gone on for long without one (inside `atomic`, or native code calling guest
        // code in a loop): then the nursery is collected inside the transaction.
        if (Heap.Instance.Options.Stress || (collect && (AtomicDepth > 0 || gc.OverflowIsLarge))) t.CollectMinor();
        else if (collect) gc.KeepCollectionRequest();
        // A break asked for here waits for the next back edge or return: keep it asked.
        if (AtomicDepth == 0 && t.BreakRequested) gc.CollectionRequested = true;
        return true;
    }

    /// A safe point at a back edge or return of Execute call `level`, whose frames from
    /// entryDepth up are complete (the running one's Ip and Sp stored): breaks the
    /// transaction here if it should, else as SafePointSlow.
    public static void BreakPoint(ThreadState ts, int entryDepth, int level)
    {
        StmThread? t = _thread;
        if (t == null || !t.InTransaction)
        {
            Collector.SafePoint();
            return;
        }
        Segment gc = Mutator.Current.Segment;
        bool collect = gc.TakeCollectionRequest();
        t.HandleAttention();
        // A nested Execute call (a generator, guest code called from native code) breaks
        // only well past the budget: when it returns, the transaction must become
        // inevitable, since the native code it returns into cannot be gone back to.
        if (AtomicDepth == 0 && (collect || t.IsInevitable || (t.WritesInPlace && t.BreakRequested)
                                 || t.BudgetSpent(level == 1 ? 1 : NestedStretch)))
        {
            Commit(t);
            t.Begin();
            ts.Snapshot.Save(ts, entryDepth);
            ts.SnapshotLevel = level;
        }
        else if (collect || Heap.Instance.Options.Stress) t.CollectMinor();
    }
}
#endif
