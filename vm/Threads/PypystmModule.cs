// The pypystm module, named and shaped as pypy-stm's so that its programs run unchanged:
// atomic and exclusive_atomic (nestable context managers: while inside, the thread's
// transaction does not break (stmvm) or the thread keeps the GIL (stmvm-nostm), so the
// block runs as one piece; blocking calls inside do not let go), is_atomic(),
// getsegmentlimit() (1 in stmvm-nostm, the --segments value in stmvm) and
// hint_commit_soon() (stmvm: break the transaction at the next chance; nostm: nothing to
// commit) and count() (a new integer at every call, without conflicts: from a process-wide
// counter outside the heap, so numbers taken by an aborted transaction are skipped; unique
// and increasing in time, as pypy-stm's, not a count of calls).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class PypystmModule
{
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("pypystm");
        Value d = Modules.DictOf(module);
        var atomicType = NativeClasses.Create("atomic", "pypystm");
        NativeClasses.Method(atomicType, "__enter__", (_, _, _) => { Scheduler.AtomicDepth++; return Py.None; });
        NativeClasses.Method(atomicType, "__exit__", (_, _, _) => { Leave(); return Py.None; });
        var exclusiveType = NativeClasses.Create("exclusive_atomic", "pypystm");
        NativeClasses.Method(exclusiveType, "__enter__", (_, _, _) =>
        {
            if (Scheduler.AtomicDepth > 0) throw Errors.RuntimeError("exclusive_atomic block can't be entered inside another atomic block");
            Scheduler.AtomicDepth++;
            return Py.None;
        });
        NativeClasses.Method(exclusiveType, "__exit__", (_, _, _) => { Leave(); return Py.None; });
        Dicts.SetStr(d, "atomic", NativeClasses.NewOldInstance(atomicType));
        Dicts.SetStr(d, "exclusive_atomic", NativeClasses.NewOldInstance(exclusiveType));
        Natives.DefineFunction(d, "pypystm", "is_atomic", (a, _, kn) => { Args.Exactly("is_atomic", a, kn, 0); return Py.Bool(Scheduler.AtomicDepth > 0); });
        Natives.DefineFunction(d, "pypystm", "getsegmentlimit", (a, _, kn) =>
        {
            Args.Exactly("getsegmentlimit", a, kn, 0);
            return Value.FromSmallInt(Heap.Instance.SegmentCount);
        });
        Natives.DefineFunction(d, "pypystm", "hint_commit_soon", (a, _, kn) =>
        {
            Args.Exactly("hint_commit_soon", a, kn, 0);
            Scheduler.HintCommitSoon();
            return Py.None;
        });
        Natives.DefineFunction(d, "pypystm", "count", (a, _, kn) =>
        {
            Args.Exactly("count", a, kn, 0);
            return Ints.New(Interlocked.Increment(ref _count) - 1);
        });
        Dicts.SetStr(d, "error", BuiltinTypes.RuntimeError.Ref);
        Modules.RegisterNative("pypystm", module);
    }

    private static long _count;

    private static void Leave()
    {
        if (--Scheduler.AtomicDepth == 0) Scheduler.AfterAtomic();
    }
}
