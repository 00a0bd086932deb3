// Which heap segment the calling thread runs in: its Mutator, its Segment and that segment's
// view base (Mem.Base, read by every object access, Collector.CurrentSegment by every
// allocation, Mutator.Current by every root scope). Mutator.Attach binds them, and
// Mutator.MoveTo rebinds a thread the STM moves to another segment.
//
// The non-STM build has one mutator: plain statics. The STM build gives each thread its own
// segment view, so the binding is per thread; but a [ThreadStatic] read is not one load:
// libcoreclr is a shared library, so JIT'd code calls the runtime's TLS getter
// (__tls_get_addr) and null-checks the thread's static block on every read; that alone made
// the STM build 1.2-1.5x slower than the non-STM one on one thread. So the STM build keeps
// the binding in plain statics too while only one thread has ever bound (every serial
// program: "solo"), and reads the thread statics only once a second thread has bound
// (_multi: set once, never cleared). Why a thread never reads another thread's binding:
// a thread other than the solo thread sets _multi itself, under the lock, before it
// returns from Bind, so its own reads see _multi; the solo thread may keep reading the
// plain statics (a stale _multi), which hold its own binding, since only the solo thread
// writes them and only before _multi is set.
using System.Runtime.CompilerServices;

namespace Stmvm.Gc;

public static unsafe class ThreadBinding
{
#if NOSTM
    private static byte* _base;
    private static Segment _segment = null!;
    private static Mutator? _mutator;

    public static byte* Base
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _base;
    }

    internal static Segment Segment
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _segment;
    }

    internal static Mutator? Mutator
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _mutator;
    }

    internal static void Bind(Mutator? m, Segment s)
    {
        _mutator = m;
        _segment = s;
        _base = s.Base;
    }

    internal static void Unbind(Mutator m)
    {
        if (_mutator == m) _mutator = null;
    }
#else
    private static bool _multi;
    /// The managed thread id of the solo thread (0: none has bound yet).
    private static int _soloThread;
    private static byte* _soloBase;
    private static Segment _soloSegment = null!;
    private static Mutator? _soloMutator;

    [ThreadStatic] private static byte* _base;
    [ThreadStatic] private static Segment? _segment;
    [ThreadStatic] private static Mutator? _mutator;

    private static readonly object _lock = new();

    public static byte* Base
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _multi ? MultiBase() : _soloBase;
    }

    internal static Segment Segment
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _multi ? MultiSegment() : _soloSegment;
    }

    internal static Mutator? Mutator
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _multi ? MultiMutator() : _soloMutator;
    }

    // Several threads: the binding found from the stack address (StackSlots.cs), else (an
    // unregistered or shared stack granule) the thread statics. Out of line, as the
    // thread-static reads: inlined at each of the hundreds of object accesses in the
    // interpreter loop, they made the serial path (solo) up to 2x slower.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte* MultiBase()
    {
        byte* b = StackSlots.Base();
        return b != null ? b : _base;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Segment MultiSegment() => StackSlots.Segment() ?? _segment!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Mutator? MultiMutator() => StackSlots.Mutator() ?? _mutator;

    internal static void Bind(Mutator? m, Segment s)
    {
        _mutator = m;
        _segment = s;
        _base = s.Base;
        StackSlots.Register(m, s);
        lock (_lock)
        {
            if (_multi) return;
            int me = Environment.CurrentManagedThreadId;
            if (_soloThread != 0 && _soloThread != me)
            {
                _multi = true;
                return;
            }
            _soloThread = me;
            _soloMutator = m;
            _soloSegment = s;
            _soloBase = s.Base;
        }
    }

    internal static void Unbind(Mutator m)
    {
        if (_mutator == m)
        {
            _mutator = null;
            StackSlots.Unregister();
        }
        lock (_lock)
            if (!_multi && _soloThread == Environment.CurrentManagedThreadId && _soloMutator == m)
                _soloMutator = null;
    }
#endif
}
