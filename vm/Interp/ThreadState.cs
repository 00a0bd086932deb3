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

    private Frame[] _frames = new Frame[64];
    /// Number of active frames (the guest recursion depth).
    public int Depth;
    /// Levels of native recursion (RecursionGuard.Enter) that count toward the limit too.
    public int NativeDepth;
    public Frame? TopFrame;

    /// The exception being handled (sys.exc_info()), or Null.
    public Value CurrentExc;
    /// The exception unwinding through interpreter frames right now (its traceback grows).
    public Value Propagating;
    /// Set by a re-raise: the frame it happens in adds no traceback entry.
    public bool NoTracebackEntry;
    /// Guest frames seen by an unexpected .NET exception on its way out (for the internal-error report).
    public readonly List<(string File, int Line, string Name)> InternalTrace = new();

    private static ThreadState Attach()
    {
        var ts = new ThreadState();
        Mutator.Current.Frames = ts;
        return _current = ts;
    }

    /// A new frame for `code`, its window cleared, linked on top of the frame chain.
    /// RecursionError when the depth limit (or the process stack) is reached.
    public Frame PushFrame(CodeInfo code)
    {
        if (Depth + NativeDepth >= RecursionLimit || ((Depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            throw Errors.RecursionError(RecursionGuard.Message);
        if (Depth == _frames.Length) Array.Resize(ref _frames, Depth * 2);
        var f = _frames[Depth] ??= new Frame();
        f.Code = code;
        f.S = AllocWindow(code.FrameSize, out f.Chunk, out f.Base);
        f.Sp = f.StackBase;
        f.Ip = 0;
        f.LastIp = 0;
        f.Back = TopFrame;
        TopFrame = f;
        Depth++;
        return f;
    }

    public void PopFrame(Frame f)
    {
        FreeWindow(f.Chunk, f.Base);
        TopFrame = f.Back;
        f.Clear();
        Depth--;
    }

    /// A cleared window of n slots on the data stack (also used for temporary argument lists).
    public Value[] AllocWindow(int n, out int chunk, out int start)
    {
        Value[] s = _chunks[_chunk];
        if (_top + n > s.Length) s = NextChunk(n);
        chunk = _chunk;
        start = _top;
        Array.Clear(s, start, n);
        _top += n;
        return s;
    }

    /// Frees a window and everything allocated after it.
    public void FreeWindow(int chunk, int start)
    {
        if (start == 0 && chunk > 0)
        {
            // The window opened this chunk: go back to where the previous one ended.
            _chunk = chunk - 1;
            _top = _chunkTops[_chunk];
            return;
        }
        _chunk = chunk;
        _top = start;
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
        return _chunks[_chunk];
    }

    public void VisitRoots(RootVisitor v)
    {
        for (int i = 0; i < _chunk; i++) v.VisitAll(_chunks[i].AsSpan(0, _chunkTops[i]));
        v.VisitAll(_chunks[_chunk].AsSpan(0, _top));
        for (int i = 0; i < Depth; i++) _frames[i].VisitRoots(v);
        v.Visit(ref CurrentExc);
        v.Visit(ref Propagating);
    }
}
