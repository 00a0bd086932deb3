// How long a transaction runs before it breaks (commit, then begin the next): its budget,
// adapted to the abort rate (c7 breaks when the nursery is full; pypy-stm also shortens
// transactions that conflict).
//
// Time, not instructions, is counted, so that the safe point's fast path stays one flag
// test: a ticker thread signals BreakRequested to every running transaction once per
// TickMs (only while two or more threads are attached: a lone thread conflicts with no
// one, and breaks only when its nursery is full). A transaction breaks at the first
// safe point where it may (the VM decides where) once it has seen BudgetTicks ticks.
// An abort halves the thread's budget (shorter transactions lose less and conflict less);
// every commit that used its whole budget raises it by one tick, up to MaxTicks.
namespace Stmvm.Stm;

public sealed partial class StmThread
{
    public const int TickMs = 1, MaxTicks = 16;

    /// Ticks a transaction of this thread runs before it breaks.
    public int BudgetTicks { get; private set; } = 4;
    private int _ticksSeen;

    /// Called when the VM could break now: true once the transaction has used its budget.
    /// `stretch`: the VM would rather break elsewhere (an outer loop), so the transaction
    /// runs this many times its budget before it breaks here.
    public bool BudgetSpent(int stretch = 1)
    {
        StmSegment s = Seg;
        if ((s.Attention & StmSegment.BreakRequested) == 0) return false;
        Interlocked.And(ref s.Attention, ~StmSegment.BreakRequested);
        return ++_ticksSeen >= BudgetTicks * stretch;
    }

    /// Aborts since this thread's last commit: the VM runs a transaction that keeps losing
    /// as an inevitable one (it then cannot lose), so that no thread starves.
    public int AbortsInARow { get; private set; }

    /// Asks the transaction to break at the VM's next chance, as if its budget were spent.
    public void SpendBudget()
    {
        _ticksSeen = BudgetTicks * 16;
        Interlocked.Or(ref Seg.Attention, StmSegment.BreakRequested);
    }

    private void BudgetOnBegin() => _ticksSeen = 0;

    private void BudgetOnCommit()
    {
        if (_ticksSeen >= BudgetTicks && BudgetTicks < MaxTicks) BudgetTicks++;
        AbortsInARow = 0;
    }

    private void BudgetOnAbort()
    {
        BudgetTicks = Math.Max(1, BudgetTicks / 2);
        AbortsInARow++;
    }
}

public sealed partial class StmCore
{
    private int _attached;
    private Thread? _ticker;

    /// A thread attached (Attach/Adopt): the second one starts the ticker.
    internal void ThreadAttached()
    {
        if (Interlocked.Increment(ref _attached) < 2) return;
        lock (Sync)
        {
            if (_ticker != null) return;
            _ticker = new Thread(Tick) { IsBackground = true, Name = "stm budget ticker" };
            _ticker.Start();
        }
    }

    internal void ThreadDetached() => Interlocked.Decrement(ref _attached);

    internal int AttachedThreads => Volatile.Read(ref _attached);

    private void Tick()
    {
        while (true)
        {
            Thread.Sleep(StmThread.TickMs);
            if (Volatile.Read(ref _attached) < 2) continue;
            for (int i = 1; i < Segments.Length; i++)
                if (Segments[i].InTransaction) Segments[i].Signal(StmSegment.BreakRequested);
        }
    }
}
