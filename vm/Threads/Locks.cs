// _thread.lock and _thread.RLock. A lock is a heap instance whose state lives in hidden
// slots (count of acquisitions, owner's ident for RLock), read and changed only by the
// thread holding the GIL, so it needs no .NET lock of its own and leaves nothing behind
// when it dies. A thread that finds it taken parks (LockParking) with the GIL let go and
// looks again when some lock is released or its timeout passes.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class Locks
{
    private const string HCount = "\u0001count", HOwner = "\u0001owner";
    /// CPython's _thread.TIMEOUT_MAX on 64-bit Linux (PY_TIMEOUT_MAX in seconds).
    public const double TimeoutMax = 9223372036.0;

    public static PyType LockType = null!, RLockType = null!;
    private static readonly string[] AcquireParams = ["blocking", "timeout"];

    public static void Define(Value moduleDict)
    {
        LockType = NativeClasses.Create("lock", "_thread");
        foreach (string name in new[] { "acquire", "acquire_lock" }) NativeClasses.Method(LockType, name, (a, kv, kn) => Acquire(a, kv, kn, false));
        NativeClasses.Method(LockType, "__enter__", (a, kv, kn) => Acquire(a, kv, kn, false));
        foreach (string name in new[] { "release", "release_lock" }) NativeClasses.Method(LockType, name, (a, _, kn) => { Self(a, kn, 0); Release(a[0]); return Py.None; });
        NativeClasses.Method(LockType, "__exit__", (a, _, _) => { Release(a[0]); return Py.None; });
        foreach (string name in new[] { "locked", "locked_lock" }) NativeClasses.Method(LockType, name, (a, _, kn) => { Self(a, kn, 0); return Py.Bool(Count(a[0]) != 0); });
        NativeClasses.Method(LockType, "__repr__", (a, _, _) =>
            Strs.New($"<{(Count(a[0]) != 0 ? "locked" : "unlocked")} _thread.lock object at {ObjectMethods.Address(a[0])}>"));
        Dicts.SetStr(moduleDict, "LockType", LockType.Ref);

        RLockType = NativeClasses.Create("RLock", "_thread");
        RLockType.Flags |= TypeFlags.Instantiable;
        RLockType.Constructor = (_, _, _) => New(RLockType);
        NativeClasses.Method(RLockType, "acquire", (a, kv, kn) => Acquire(a, kv, kn, true));
        NativeClasses.Method(RLockType, "__enter__", (a, kv, kn) => Acquire(a, kv, kn, true));
        NativeClasses.Method(RLockType, "release", (a, _, kn) => { Self(a, kn, 0); ReleaseOwned(a[0]); return Py.None; });
        NativeClasses.Method(RLockType, "__exit__", (a, _, _) => { ReleaseOwned(a[0]); return Py.None; });
        NativeClasses.Method(RLockType, "_is_owned", (a, _, kn) => { Self(a, kn, 0); return Py.Bool(IsOwned(a[0])); });
        NativeClasses.Method(RLockType, "_recursion_count", (a, _, kn) => { Self(a, kn, 0); return Ints.New(IsOwned(a[0]) ? Count(a[0]) : 0); });
        NativeClasses.Method(RLockType, "_release_save", ReleaseSave);
        NativeClasses.Method(RLockType, "_acquire_restore", AcquireRestore);
        NativeClasses.Method(RLockType, "__repr__", (a, _, _) =>
        {
            long n = Count(a[0]);
            return Strs.New($"<{(n != 0 ? "locked" : "unlocked")} _thread.RLock object owner={(n != 0 ? Owner(a[0]) : 0)} count={n} at {ObjectMethods.Address(a[0])}>");
        });
        Dicts.SetStr(moduleDict, "RLock", RLockType.Ref);
    }

    /// A new unlocked lock of `type`.
    public static Value New(PyType type)
    {
        long obj = Collector.Allocate((uint)TypeId.Instance, Off.InstanceSlots + 8 * Off.InstanceInlineSlots);
        Mem.StoreValue(obj, Off.Class, type.Ref);
        return Value.FromRef(obj);
    }

    private static void Self(ReadOnlySpan<Value> args, string[]? kwNames, int max)
    {
        if (args.Length - 1 > max) throw Errors.TypeError($"expected at most {max} arguments, got {args.Length - 1}");
    }

    private static long Count(Value self)
    {
        Value c = Instances.Get(self, HCount);
        return c.IsNull ? 0 : c.SmallInt;
    }

    private static long Owner(Value self)
    {
        Value o = Instances.Get(self, HOwner);
        return o.IsNull ? 0 : o.SmallInt;
    }

    private static void SetState(Value self, long count, long owner)
    {
        Instances.Set(self, HCount, Value.FromSmallInt(count));
        Instances.Set(self, HOwner, Value.FromSmallInt(owner));
    }

    private static bool IsOwned(Value self) => Count(self) != 0 && Owner(self) == GuestThreads.Ident;

    /// Takes the lock if it is free (or, reentrant, already ours); under the GIL.
    public static bool TryTake(Value self, bool reentrant)
    {
        long n = Count(self);
        if (n == 0)
        {
            SetState(self, 1, GuestThreads.Ident);
            return true;
        }
        if (!reentrant || Owner(self) != GuestThreads.Ident) return false;
        SetState(self, n + 1, GuestThreads.Ident);
        return true;
    }

    private static Value Acquire(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, bool reentrant)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind("acquire", args[1..], kwValues, kwNames, AcquireParams, 0, p);
        bool blocking = p[0].IsNull || Ops.IndexAsLong(p[0]) != 0;
        double timeout = p[1].IsNull ? -1 : Floats.IsFloat(p[1]) ? Floats.Get(p[1]) : Ops.IndexAsLong(p[1]);
        if (!blocking && timeout != -1) throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.ValueError("timeout value must be positive");
        if (timeout >= 9.2e18) throw Errors.OverflowError("timestamp out of range for platform time_t");
        if (timeout > TimeoutMax) throw Errors.OverflowError("timeout value is too large");
        if (TryTake(args[0], reentrant)) return Py.True;
        if (!blocking) return Py.False;
        return Py.Bool(LockParking.Wait(args, reentrant, timeout));
    }

    /// Releases a plain lock; any thread may.
    public static void Release(Value self)
    {
        if (Count(self) == 0) throw Errors.RuntimeError("release unlocked lock");
        SetState(self, 0, 0);
        Scheduler.LockReleased();
    }

    private static void ReleaseOwned(Value self)
    {
        if (!IsOwned(self)) throw Errors.RuntimeError("cannot release un-acquired lock");
        long n = Count(self) - 1;
        SetState(self, n, n == 0 ? 0 : Owner(self));
        if (n == 0) Scheduler.LockReleased();
    }

    /// RLock._release_save(): releases every level; returns (count, owner) for _acquire_restore.
    private static Value ReleaseSave(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self(args, kwNames, 0);
        long n = Count(args[0]);
        if (n == 0) throw Errors.RuntimeError("cannot release un-acquired lock");
        long owner = Owner(args[0]);
        SetState(args[0], 0, 0);
        Scheduler.LockReleased();
        return Tuples.Pair(Ints.New(n), Ints.New(owner));
    }

    /// RLock._acquire_restore((count, owner)): blocks until it has the lock, then restores the levels.
    private static Value AcquireRestore(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self(args, kwNames, 1);
        if (args.Length != 2 || !Ops.Is(args[1], TypeId.Tuple) || Tuples.Length(args[1]) != 2)
            throw Errors.TypeError("_acquire_restore() argument 1 must be tuple of (count, owner)");
        if (!TryTake(args[0], true)) LockParking.Wait(args, true, -1);
        var state = Tuples.Items(args[1]);
        SetState(args[0], Ops.IndexAsLong(state[0]), Ops.IndexAsLong(state[1]));
        return Py.None;
    }
}

/// Where threads wait for a lock held by another thread: one .NET monitor for all guest
/// locks, pulsed at every release that someone may be waiting for. A parked thread has let
/// the GIL go; its lock object is in args[0] (the caller's frame stack, which the collector
/// updates), so it is re-read after the GIL is taken back.
internal static class LockParking
{
    private static readonly object _park = new();
    private static long _releases;
    private static int _parked;
    /// The main thread wakes this often to see Ctrl-C.
    private const int InterruptPollMs = 50;

    /// Waits until TryTake(args[0]) succeeds (true) or `timeout` seconds pass (-1: forever; false).
    public static bool Wait(ReadOnlySpan<Value> args, bool reentrant, double timeout)
    {
        long deadline = timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        while (true)
        {
            long seen;
            lock (_park)
            {
                seen = _releases;
                _parked++;
            }
            bool main = ThreadState.IsMainThread;
            Mutator? held = Scheduler.BeginBlocking();
            try
            {
                lock (_park)
                {
                    while (_releases == seen && !(main && ThreadState.InterruptPending))
                    {
                        long left = deadline - Environment.TickCount64;
                        if (left <= 0) break;
                        Monitor.Wait(_park, (int)Math.Min(left, InterruptPollMs));
                    }
                }
            }
            finally
            {
                lock (_park) _parked--;
                Scheduler.EndBlocking(held);
            }
            if (ThreadState.InterruptPending) ThreadState.CheckInterrupt();
            if (Locks.TryTake(args[0], reentrant)) return true;
            if (Environment.TickCount64 >= deadline) return false;
            // Inside `with atomic:` the GIL was kept: the holder cannot release it. As pypy-stm, wait on.
        }
    }

    /// A lock was released (under the GIL): wake the parked threads so they look again.
    public static void NotifyRelease()
    {
        if (Volatile.Read(ref _parked) == 0) return;
        lock (_park)
        {
            _releases++;
            Monitor.PulseAll(_park);
        }
    }
}
