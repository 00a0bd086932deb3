// Per guest thread interpreter state: the data stack (chunks of Values; frames are windows
// into them so calls allocate nothing), the chain of active frames, the current exception
// (sys.exc_info()), the recursion depth. It is the mutator's root source: the collector
// visits every used slot of the data stack and every Value the frames hold.
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public sealed class ThreadState : IRootSource
{
    [ThreadStatic] private static ThreadState? _current;

    /// The interpreter state of the calling thread (created and registered with its mutator on first use).
    public static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _current ?? Attach();
    }

    /// sys.getrecursionlimit(): shared by all threads, as in CPython.
    public static int RecursionLimit = 1000;
    /// Guest frames run inline in one Execute loop, so they no longer use the .NET stack: under
    /// a huge sys.setrecursionlimit, unbounded recursion would grow the data stack until the
    /// machine runs out of memory. This cap (a few hundred MB of frames) ends it with the
    /// RecursionError a stack overflow used to give.
    public const int MaxFrames = 1_000_000;

    /// Ctrl-C was pressed: the main guest thread raises KeyboardInterrupt at its next check
    /// (loop back edges and calls).
    public static volatile bool InterruptPending;
    private static Thread? _mainThread;

    /// Makes the calling thread the one that receives KeyboardInterrupt, and routes Ctrl-C to it.
    public static void BecomeMainThread()
    {
        _mainThread = Thread.CurrentThread;
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            InterruptPending = true;
        };
    }

    public static bool IsMainThread => Thread.CurrentThread == _mainThread;

    /// Raises KeyboardInterrupt on the main guest thread when Ctrl-C was pressed.
    public static void CheckInterrupt()
    {
        if (!InterruptPending || Thread.CurrentThread != _mainThread) return;
        InterruptPending = false;
        throw new PyException(ExceptionObjects.CreateNoArgs(BuiltinTypes.KeyboardInterrupt));
    }

    private const int ChunkSlots = 1 << 18;
    private readonly List<Value[]> _chunks = new() { new Value[ChunkSlots] };
    private readonly List<int> _chunkTops = new() { 0 };
    private int _chunk;
    private int _top;
    /// _chunks[_chunk], the chunk windows are allocated from.
    private Value[] _s;

    public ThreadState() => _s = _chunks[0];

    private Frame[] _frames = new Frame[64];
    /// Number of active frames (the guest recursion depth).
    public int Depth;
    /// Levels of native recursion (RecursionGuard.Enter) that count toward the limit too.
    public int NativeDepth;
    /// The running frame: frames are pooled by depth, so it is computed rather than stored
    /// (a stored .NET reference would cost two GC write barriers per call).
    public Frame? TopFrame => Depth == 0 ? null : _frames[Depth - 1];

    /// The exception being handled (sys.exc_info()), or Null.
    public Value CurrentExc;
    /// The exception unwinding through interpreter frames right now (its traceback grows).
    public Value Propagating;
    /// Set by a re-raise: the frame it happens in adds no traceback entry.
    public bool NoTracebackEntry;
    /// Guest frames seen by an unexpected .NET exception on its way out (for the internal-error report).
    public readonly List<(string File, int Line, string Name)> InternalTrace = new();

#if !NOSTM
    /// Interpreter.Execute calls active on this thread (1 = the outermost).
    public int ExecuteNesting;
    /// The Execute call (its nesting) that broke the running transaction last and so holds
    /// the snapshot an abort goes back to; 0 while the transaction has no such point (it is
    /// inevitable then). Transactions.cs.
    public int SnapshotLevel;
    /// The frames of that Execute call as they were when the transaction began.
    public readonly FrameSnapshot Snapshot = new();
#endif

    private static ThreadState Attach()
    {
        var ts = new ThreadState();
        Mutator.Current.Frames = ts;
        return _current = ts;
    }

    /// A new frame for `code`, linked on top of the frame chain, its window cleared but for
    /// the first `filled` slots, which the caller overwrites before the next safe point.
    /// RecursionError when the depth limit (or the process stack) is reached.
    /// Frames are pooled by depth, so a frame's Back is always the pooled frame below it:
    /// it is set once, and S and Code are stored only when they change (each store of a
    /// .NET reference costs a GC write barrier).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Frame PushFrame(CodeInfo code, int filled = 0)
    {
        int depth = Depth;
        if (depth + NativeDepth >= RecursionLimit || ((depth & 7) == 0 && (depth >= MaxFrames || !RuntimeHelpers.TryEnsureSufficientExecutionStack())))
            throw Errors.RecursionError(RecursionGuard.Message);
        Frame[] frames = _frames;
        Frame f = (uint)depth < (uint)frames.Length && frames[depth] is { } pooled ? pooled : NewFrame(depth);
        if (f.Code != code) f.Code = code;
        int n = code.FrameSize;
        Value[] s = _s;
        int start = _top;
        if (start + n > s.Length)
        {
            s = NextChunk(n);
            start = 0;
        }
        s.AsSpan(start + filled, n - filled).Clear();
        _top = start + n;
        if (f.S != s) f.S = s;
        f.Chunk = _chunk;
        f.Base = start;
        f.Sp = start + code.NLocals + code.NCells;
        f.Ip = 0;
        f.LastIp = 0;
        Depth = depth + 1;
        return f;
    }

    private Frame NewFrame(int depth)
    {
        if (depth == _frames.Length) Array.Resize(ref _frames, depth * 2);
        var f = new Frame { Back = depth == 0 ? null : _frames[depth - 1] };
        return _frames[depth] = f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PopFrame(Frame f)
    {
        FreeWindow(f.Chunk, f.Base);
        f.Clear();
        Depth--;
    }

    /// A cleared window of n slots on the data stack (also used for temporary argument lists).
    public Value[] AllocWindow(int n, out int chunk, out int start)
    {
        Value[] s = _s;
        if (_top + n > s.Length) s = NextChunk(n);
        chunk = _chunk;
        start = _top;
        s.AsSpan(start, n).Clear();
        _top += n;
        return s;
    }

    /// Frees a window and everything allocated after it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FreeWindow(int chunk, int start)
    {
        if (chunk == _chunk)
        {
            _top = start;
            return;
        }
        FreeWindowInOlderChunk(chunk, start);
    }

    private void FreeWindowInOlderChunk(int chunk, int start)
    {
        if (start == 0 && chunk > 0)
        {
            // The window opened this chunk: go back to where the previous one ended.
            _chunk = chunk - 1;
            _top = _chunkTops[_chunk];
        }
        else
        {
            _chunk = chunk;
            _top = start;
        }
        _s = _chunks[_chunk];
    }

    private Value[] NextChunk(int n)
    {
        _chunkTops[_chunk] = _top;
        _chunk++;
        if (_chunk == _chunks.Count)
        {
            _chunks.Add(new Value[Math.Max(ChunkSlots, n)]);
            _chunkTops.Add(0);
        }
        else if (_chunks[_chunk].Length < n) _chunks[_chunk] = new Value[n];
        _top = 0;
        return _s = _chunks[_chunk];
    }

    /// Frame `depth` (0 = the bottom one) of the active frames.
    internal Frame FrameAt(int depth) => _frames[depth];

    /// Where the data stack ends now, to go back to it (FrameSnapshot).
    internal (int Chunk, int Top, int[] ChunkTops) StackMark()
    {
        _chunkTops[_chunk] = _top;
        return (_chunk, _top, _chunkTops.GetRange(0, _chunk + 1).ToArray());
    }

    /// Ends the data stack where StackMark said; the chunk array now at `chunk`.
    internal Value[] ResetStack((int Chunk, int Top, int[] ChunkTops) mark)
    {
        for (int i = 0; i < mark.ChunkTops.Length; i++) _chunkTops[i] = mark.ChunkTops[i];
        _chunk = mark.Chunk;
        _top = mark.Top;
        return _s = _chunks[_chunk];
    }

    internal Value[] ChunkArray(int chunk) => _chunks[chunk];

    public void VisitRoots(RootVisitor v)
    {
        for (int i = 0; i < _chunk; i++) v.VisitAll(_chunks[i].AsSpan(0, _chunkTops[i]));
        v.VisitAll(_chunks[_chunk].AsSpan(0, _top));
        for (int i = 0; i < Depth; i++) _frames[i].VisitRoots(v);
        v.Visit(ref CurrentExc);
        v.Visit(ref Propagating);
    }
}
