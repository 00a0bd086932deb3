// Guest threads: each is a .NET thread (with the main guest thread's 64 MiB stack) with its
// own ThreadState and gc Mutator (root stack and frames) in the main thread's segment, and
// runs only while it holds the GIL. Also the idents (_thread.get_ident), the count of
// running threads (_thread._count), the per-thread sentinel lock that threading's join()
// waits on, and the end of the process: waiting for the non-daemon threads.
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static partial class GuestThreads
{
    /// As Cli's main guest thread: deep guest recursion needs the room.
    private const int StackBytes = 64 << 20;

    // The new thread's mutator root stack holds, until it ends: the callable, the argument
    // tuple, the keyword dict (Null for none) and the sentinel lock (Null until _set_sentinel).
    private const int RootFunc = 0, RootArgs = 1, RootKwargs = 2, RootSentinel = 3;

    [ThreadStatic] private static long _ident;
    [ThreadStatic] private static Mutator? _mutator;
    private static long _lastIdent;
    private static int _running;

    /// The calling guest thread's ident (the main thread gets one on first use).
    public static long Ident => _ident != 0 ? _ident : _ident = Interlocked.Increment(ref _lastIdent);

    /// Threads started by start_new_thread that have not ended yet.
    public static int Running => Volatile.Read(ref _running);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();

    public static long NativeId => GetTid();

    /// Starts func(*args, **kwargs) on a new thread; returns its ident. The caller holds the
    /// GIL; the new thread waits for it.
    public static long Start(Value func, Value args, Value kwargs)
    {
        Mutator m = Mutator.Register(Mutator.Current.Segment);
        m.Roots.Push(func);
        m.Roots.Push(args);
        m.Roots.Push(kwargs);
        m.Roots.Push(Value.Null);
        long ident = Interlocked.Increment(ref _lastIdent);
        Interlocked.Increment(ref _running);
        var t = new Thread(() => Run(m, ident), StackBytes) { IsBackground = true };
        t.Start();
        return ident;
    }

    private static void Run(Mutator m, long ident)
    {
        _ident = ident;
        _mutator = m;
        Scheduler.Acquire(m);
        try
        {
            var ts = ThreadState.Current;
            bool hasKw = !m.Roots[RootKwargs].IsNull;
            Value[] w = ts.AllocWindow(3, out int chunk, out int start);
            try
            {
                w[start] = m.Roots[RootFunc];
                w[start + 1] = m.Roots[RootArgs];
                w[start + 2] = m.Roots[RootKwargs];
                Interpreter.CallEx(ts, w, start, hasKw);
            }
            finally
            {
                ts.FreeWindow(chunk, start);
            }
        }
        catch (PyException e)
        {
            ReportUncaught(e.Exc, m);
        }
        catch (Exception e) when (ResourceErrors.AsGuestError(e) is { } pe)
        {
            ReportUncaught(pe.Exc, m);
        }
        catch (Exception e)
        {
            StdStreams.Err.Write($"stmvm: internal error in thread: {e.GetType().FullName}: {e.Message}\n" +
                (Environment.GetEnvironmentVariable("STMVM_DEBUG") == "1" ? e + "\n" : ""));
        }
        finally
        {
            End(m);
        }
    }

    /// CPython's report of an exception that ends a bare _thread thread (through
    /// sys.unraisablehook); SystemExit ends the thread silently.
    private static void ReportUncaught(Value exc, Mutator m)
    {
        try
        {
            if (Ops.TypeOf(exc).IsSubtypeOf(BuiltinTypes.SystemExit)) return;
            using var scope = new RootScope();
            int h = scope.Add(exc);
            string func = Ops.ReprOf(m.Roots[RootFunc]);
            StdStreams.Err.Write($"Exception ignored in thread started by: {func}\n" + Tracebacks.Format(scope[h]));
        }
        catch (PyException)
        {
            // A failing repr: the thread ends all the same, as CPython's does.
        }
    }

    /// The thread's last steps, still under the GIL: release the sentinel (join() returns),
    /// stop being scanned by the collector, let the GIL go.
    private static void End(Mutator m)
    {
        Value sentinel = m.Roots[RootSentinel];
        if (!sentinel.IsNull)
        {
            try { Locks.Release(sentinel); }
            catch (PyException) { }
        }
        Interlocked.Decrement(ref _running);
        m.Roots.Top = 0;
        Scheduler.Release(m);
    }

    /// _thread._set_sentinel(): a lock, held now, released when the calling thread ends.
    public static Value NewSentinel()
    {
        Value lk = Locks.New(Locks.LockType);
        Locks.TryTake(lk, false);
        if (_mutator != null) _mutator.Roots[RootSentinel] = lk;
        return lk;
    }

    /// At the end of the main program (CPython's wait_for_thread_shutdown): if `threading` was
    /// imported, threading._shutdown() joins the non-daemon threads.
    public static void WaitForShutdown()
    {
        Value threading = Modules.Loaded("threading");
        if (threading.IsNull) return;
        try
        {
            Value shutdown = Ops.GetAttrOrNull(threading, "_shutdown");
            if (!shutdown.IsNull) Ops.Call(shutdown, []);
        }
        catch (PyException e)
        {
            StdStreams.FlushAll();
            StdStreams.Err.Write("Exception ignored in: <module 'threading'>\n" + Tracebacks.Format(e.Exc));
        }
    }
}
