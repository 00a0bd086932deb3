// Who may run guest code, as the rest of the VM asks it: the GIL in stmvm-nostm (Gil.cs),
// transactions in stmvm (Transactions.cs). Each call means the same thing in both builds:
//   Acquire / Release           a guest thread starts / ends (and stops being a mutator);
//   BeginBlocking / EndBlocking around a call that may block (lock wait, sleep, stdin);
//   CommitNow                   start_new_thread: what the caller made is visible to others;
//   BeforeIrreversible          before what cannot be undone (flushing output, file I/O);
//   Publish                     a new old object other threads may reach through a VM-global
//                               table before the transaction that made it commits;
//   LockReleased                wake the threads waiting for a lock (once the release is visible);
//   AtomicDepth, AfterAtomic    `with atomic:` (pypystm).
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Scheduler
{
#if NOSTM
    public static ref int AtomicDepth => ref Gil.AtomicDepth;
    public static void Acquire(Mutator m) => Gil.Acquire(m);
    public static void Release(Mutator m)
    {
        m.Detach();
        Gil.Release();
    }
    public static Mutator? BeginBlocking() => Gil.BeginBlocking();
    public static void EndBlocking(Mutator? m) => Gil.EndBlocking(m);
    public static void AfterAtomic() => Gil.AfterAtomic();
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CommitNow() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BeforeIrreversible() { }
    public static void LockReleased() => LockParking.NotifyRelease();
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Publish(long obj) { }
    public static void HintCommitSoon() { }
#else
    public static ref int AtomicDepth => ref Transactions.AtomicDepth;
    public static void Acquire(Mutator m) => Transactions.Acquire(m);
    public static void Release(Mutator m) => Transactions.Release();
    public static Mutator? BeginBlocking() => Transactions.BeginBlocking();
    public static void EndBlocking(Mutator? m) => Transactions.EndBlocking(m);
    public static void AfterAtomic() => Transactions.AfterAtomic();
    public static void CommitNow() => Transactions.CommitNow();
    public static void BeforeIrreversible() => Transactions.BeforeIrreversible();
    public static void LockReleased() => Transactions.NotifyLocksAtCommit();
    public static void Publish(long obj) => Transactions.Publish(obj);
    public static void HintCommitSoon() => Transactions.HintCommitSoon();
#endif
}
