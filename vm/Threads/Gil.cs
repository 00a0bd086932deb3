#if NOSTM
// Who may run guest code now in stmvm-nostm: the global interpreter lock (the STM build
// runs transactions instead: Transactions.cs; the VM calls either through Scheduler.cs):
//   Acquire / Release       a guest thread starts and ends holding the GIL;
//   BeginBlocking/EndBlocking  around a call that may block (lock wait, sleep, stdin):
//                           the GIL is let go unless the thread is inside `with atomic:`;
//   the safe-point hook     a thread that has waited SwitchInterval for the GIL asks the
//                           holder to drop it (Segment.RequestAttention, which folds into
//                           the safe point's existing collection check); the holder hands
//                           it over at its next safe point (OnAttention).
// A thread that lets the GIL go keeps every live reference in its frames or RootScopes
// (what a safe point guarantees), so that another thread may collect meanwhile; it re-reads
// them after taking the GIL back.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Gil
{
    /// How long a thread waits for the GIL before asking the holder to drop it (CPython's
    /// sys.getswitchinterval(), 5 ms).
    public const int SwitchIntervalMs = 5;

    private static readonly object _lock = new();
    /// Held from start-up by the thread that initializes the VM (the main guest thread).
    private static bool _held = true;
    private static Mutator? _holder;
    private static int _waiting;
    /// Incremented at every hand-over: a waiter that sees it unchanged after SwitchInterval
    /// asks for a drop, and a thread that dropped the GIL waits for it to move.
    private static long _switches;
    private static bool _dropRequested;

    /// `with atomic:` depth of the calling thread: while positive the GIL is never let go.
    [ThreadStatic] public static int AtomicDepth;

    /// The thread that initializes the VM holds the GIL from then on.
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        _holder = Mutator.Current;
        Collector.AttentionHandler = OnAttention;
    }

    /// Blocks until the calling thread holds the GIL, then makes `m` its mutator.
    public static void Acquire(Mutator m)
    {
        lock (_lock)
        {
            if (_held) WaitWhile(_switches, mustSwitch: false);
            Take(m);
        }
        m.MakeCurrent();
    }

    /// Lets the GIL go for good (the calling thread ends).
    public static void Release()
    {
        lock (_lock) Free();
    }

    /// Lets the GIL go around a call that may block, unless inside `with atomic:` (there the
    /// call blocks holding it, as in pypy-stm's atomic blocks). Returns what EndBlocking needs.
    public static Mutator? BeginBlocking()
    {
        if (AtomicDepth > 0) return null;
        Mutator m = Mutator.Current;
        lock (_lock) Free();
        return m;
    }

    /// Takes the GIL back after BeginBlocking.
    public static void EndBlocking(Mutator? m)
    {
        if (m != null) Acquire(m);
    }

    /// Leaving the outermost atomic block: honour a drop request that arrived inside it.
    public static void AfterAtomic()
    {
        if (Volatile.Read(ref _dropRequested)) Collector.SafePoint();
    }

    /// The safe-point hook (Collector.AttentionHandler): hands the GIL to a waiting thread,
    /// waits until one has taken it (CPython's FORCE_SWITCHING: the dropping thread must not
    /// just take it back), then queues for it again.
    private static void OnAttention()
    {
        if (AtomicDepth > 0) return;
        Mutator m = Mutator.Current;
        lock (_lock)
        {
            if (!_dropRequested || _holder != m) return;
            _dropRequested = false;
            if (_waiting == 0) return;
            long before = _switches;
            Free();
            WaitWhile(before, mustSwitch: true);
            Take(m);
        }
        m.MakeCurrent();
    }

    /// Waits (holding _lock) until the GIL is free and, with mustSwitch, has changed hands
    /// since `before`. Every SwitchInterval without a hand-over asks the holder to drop it.
    private static void WaitWhile(long before, bool mustSwitch)
    {
        _waiting++;
        long seen = _switches;
        while (_held || (mustSwitch && _switches == before))
        {
            Monitor.Wait(_lock, SwitchIntervalMs);
            if (!_held) continue;
            if (_switches != seen) seen = _switches;
            else RequestDrop();
        }
        _waiting--;
    }

    private static void Take(Mutator m)
    {
        _held = true;
        _holder = m;
        _switches++;
        _dropRequested = false;
        if (_waiting > 0) Monitor.PulseAll(_lock);
    }

    private static void Free()
    {
        _held = false;
        _holder = null;
        if (_waiting > 0) Monitor.PulseAll(_lock);
    }

    private static void RequestDrop()
    {
        if (_holder == null) return;
        _dropRequested = true;
        _holder.Segment.RequestAttention();
    }
}
#endif
