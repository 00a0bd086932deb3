#if !NOSTM
// The state an aborted transaction goes back to (the STM build only): the frames of the
// Execute call that broke the transaction last (Transactions.cs), from that call's entry
// frame up to the frame that was running, with the live part of each one's window, and
// the thread's exception state and data-stack end. Taken right after a commit (so every
// value in it is old, and no collection moves it before the transaction ends: minor
// collections move only young objects, a major one waits for every transaction to end),
// it is no GC root of its own. Thread state outside the frames that an abort must undo
// and no `finally` block does: the `with atomic:` depth. Frames below the entry frame belong to outer Execute calls
// and native code, which are suspended in a call while this one runs: the transaction
// cannot change them before it commits or leaves this Execute call (which makes it
// inevitable). Restoring copies back into the pooled Frame objects and the data stack:
// frames above the saved top and data-stack slots above the saved end are dropped.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public sealed class FrameSnapshot
{
    private sealed class SavedFrame
    {
        public CodeInfo Code = null!;
        public Value Function, Globals, Locals, Generator, CallerExc, Thrown;
        public int Chunk, Base, Sp, Ip, LastIp, ExcDepth;
        public bool Yielded;
        public InlineReturn Returns;
        public BinaryOp Op;
        /// The window's live part, [Base, Sp).
        public Value[] Values = new Value[16];
    }

    private readonly List<SavedFrame> _frames = new();
    private int _entryDepth, _count;
    private (int Chunk, int Top, int[] ChunkTops) _stack;
    private Value _currentExc, _propagating;
    private bool _noTracebackEntry;
    private int _nativeDepth, _atomicDepth;

    /// Saves frames entryDepth .. ts.Depth - 1; the top frame's Ip and Sp must be current.
    public void Save(ThreadState ts, int entryDepth)
    {
        _entryDepth = entryDepth;
        _count = ts.Depth - entryDepth;
        while (_frames.Count < _count) _frames.Add(new SavedFrame());
        for (int i = 0; i < _count; i++) SaveFrame(ts.FrameAt(entryDepth + i), _frames[i]);
        _stack = ts.StackMark();
        _currentExc = ts.CurrentExc;
        _propagating = ts.Propagating;
        _noTracebackEntry = ts.NoTracebackEntry;
        _nativeDepth = ts.NativeDepth;
        _atomicDepth = Transactions.AtomicDepth;
    }

    private static void SaveFrame(Frame f, SavedFrame to)
    {
        to.Code = f.Code;
        to.Function = f.Function;
        to.Globals = f.Globals;
        to.Locals = f.Locals;
        to.Generator = f.Generator;
        to.CallerExc = f.CallerExc;
        to.Thrown = f.Thrown;
        to.Chunk = f.Chunk;
        to.Base = f.Base;
        to.Sp = f.Sp;
        to.Ip = f.Ip;
        to.LastIp = f.LastIp;
        to.ExcDepth = f.ExcDepth;
        to.Yielded = f.Yielded;
        to.Returns = f.Returns;
        to.Op = f.Op;
        int n = f.Sp - f.Base;
        if (to.Values.Length < n) to.Values = new Value[Math.Max(n, to.Values.Length * 2)];
        Array.Copy(f.S, f.Base, to.Values, 0, n);
    }

    /// Puts the saved frames back (after an abort) and returns the one that was running.
    public Frame Restore(ThreadState ts)
    {
        ts.ResetStack(_stack);
        ts.Depth = _entryDepth + _count;
        ts.CurrentExc = _currentExc;
        ts.Propagating = _propagating;
        ts.NoTracebackEntry = _noTracebackEntry;
        ts.NativeDepth = _nativeDepth;
        // An abort inside `with atomic:` skips the block's __exit__.
        Transactions.AtomicDepth = _atomicDepth;
        Frame f = null!;
        for (int i = 0; i < _count; i++) RestoreFrame(ts, f = ts.FrameAt(_entryDepth + i), _frames[i]);
        return f;
    }

    private static void RestoreFrame(ThreadState ts, Frame f, SavedFrame from)
    {
        f.Code = from.Code;
        f.Function = from.Function;
        f.Globals = from.Globals;
        f.Locals = from.Locals;
        f.Generator = from.Generator;
        f.CallerExc = from.CallerExc;
        f.Thrown = from.Thrown;
        f.Chunk = from.Chunk;
        f.Base = from.Base;
        f.Sp = from.Sp;
        f.Ip = from.Ip;
        f.LastIp = from.LastIp;
        f.ExcDepth = from.ExcDepth;
        f.Yielded = from.Yielded;
        f.Returns = from.Returns;
        f.Op = from.Op;
        // The chunk array now at that index (a bigger one may have replaced it meanwhile).
        Value[] s = f.S = ts.ChunkArray(from.Chunk);
        int n = from.Sp - from.Base;
        Array.Copy(from.Values, 0, s, from.Base, n);
        // The dead rest of the window may hold what the aborted transaction left there
        // (young objects that no longer exist): the collector scans it.
        s.AsSpan(from.Sp, from.Base + from.Code.FrameSize - from.Sp).Clear();
    }
}
#endif
