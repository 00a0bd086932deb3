// The _thread module (CPython's Modules/_threadmodule.c, what threading.py needs):
// start_new_thread, locks (Locks.cs), idents, _count, stack_size, TIMEOUT_MAX, error,
// _set_sentinel, and _format_exception (the traceback text threading.excepthook prints).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class ThreadModule
{
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("_thread");
        Value d = Modules.DictOf(module);
        Locks.Define(d);
        foreach (string name in new[] { "start_new_thread", "start_new" }) Natives.DefineFunction(d, "_thread", name, StartNewThread);
        foreach (string name in new[] { "allocate_lock", "allocate" })
            Natives.DefineFunction(d, "_thread", name, (a, _, kn) => { Args.Exactly(name, a, kn, 0); return Locks.New(Locks.LockType); });
        Natives.DefineFunction(d, "_thread", "get_ident", (a, _, kn) => { Args.Exactly("get_ident", a, kn, 0); return Ints.New(GuestThreads.Ident); });
        Natives.DefineFunction(d, "_thread", "get_native_id", (a, _, kn) => { Args.Exactly("get_native_id", a, kn, 0); return Ints.New(GuestThreads.NativeId); });
        Natives.DefineFunction(d, "_thread", "_count", (a, _, kn) => { Args.Exactly("_count", a, kn, 0); return Ints.New(GuestThreads.Running); });
        Natives.DefineFunction(d, "_thread", "_set_sentinel", (a, _, kn) => { Args.Exactly("_set_sentinel", a, kn, 0); return GuestThreads.NewSentinel(); });
        Natives.DefineFunction(d, "_thread", "stack_size", StackSize);
        Natives.DefineFunction(d, "_thread", "_format_exception", (a, _, kn) =>
        {
            Args.Exactly("_format_exception", a, kn, 1);
            return Strs.New(Tracebacks.Format(a[0]));
        });
        foreach (string name in new[] { "exit", "exit_thread" })
            Natives.DefineFunction(d, "_thread", name, (a, _, kn) =>
            {
                Args.Exactly(name, a, kn, 0);
                throw new PyException(ExceptionObjects.CreateNoArgs(BuiltinTypes.SystemExit));
            });
        Dicts.SetStr(d, "error", BuiltinTypes.RuntimeError.Ref);
        Dicts.SetStr(d, "TIMEOUT_MAX", Floats.NewOld(Locks.TimeoutMax));
        Modules.RegisterNative("_thread", module);
    }

    private static Value StartNewThread(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("start_new_thread", args, kwNames, 2, 3);
        if (!BuiltinsObjects.IsCallable(args[0])) throw Errors.TypeError("first arg must be callable");
        if (!Ops.Is(args[1], TypeId.Tuple)) throw Errors.TypeError("2nd arg must be a tuple");
        if (args.Length == 3 && !Dicts.IsDict(args[2])) throw Errors.TypeError("optional 3rd arg must be a dictionary");
        // The new thread must find what it is given committed (args live in the caller's
        // frame, which the commit's collection updates: read them after it).
        Scheduler.CommitNow();
        return Ints.New(GuestThreads.Start(args[0], args[1], args.Length == 3 ? args[2] : Value.Null));
    }

    /// stack_size([size]): the size is not configurable (every guest thread gets 64 MiB); 0
    /// means "the default", as CPython reports before any change.
    private static Value StackSize(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("stack_size", args, kwNames, 0, 1);
        if (args.Length == 1)
        {
            long size = Ops.IndexAsLong(args[0]);
            if (size != 0 && size < 32768) throw Errors.ValueError("size not valid: 32768 bytes");
            if (size != 0) throw Errors.NotImplementedError("_thread.stack_size(): setting the stack size is not supported");
        }
        return Value.FromSmallInt(0);
    }
}
