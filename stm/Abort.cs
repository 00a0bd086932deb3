// Abort (c7's abort_data_structures_from_segment_num): carried out only at a safe point
// of the aborting thread (or inside its own commit), never by another thread. Others'
// commits cannot run meanwhile: this transaction is not Paused, so a stop-the-world waits
// for it.
//   1. every modified object gets its committed bytes back, read from view 0 (its page is
//      private here, so this writes only this view);
//   2. the nursery, the overflow objects and the made-old objects are dropped (gc's
//      DropNursery: old ones become garbage for the next major collection);
//   3. the write locks still this transaction's are released (a winner may have taken
//      some over);
//   4. the thread's roots are made valid again (root stack cut back to its height at Begin,
//      ResetRootsOnAbort for the frames) before the segment is freed, since any collection
//      may scan them from then on;
//   5. the abort is counted, the segment freed, and StmAbortException thrown.
// With DeferRollback (the VM) the exception is thrown first and the steps run when the
// catcher calls CompleteAbort: the C# code the exception unwinds (finally blocks) may still
// touch the heap, and it must do so in the segment the transaction still owns, where the
// rollback then undoes it.
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Stm;

public sealed unsafe partial class StmThread
{
    /// Throw StmAbortException at once and roll back only at CompleteAbort (see above).
    public bool DeferRollback;
    private AbortKind? _pendingAbort;

    private void AbortNow(StmSegment s, AbortKind kind)
    {
        if (s.Inevitable) throw new InvalidOperationException("an inevitable transaction cannot abort");
        if (s.DirectWrites) throw new InvalidOperationException("a transaction writing in place cannot abort");
        // For the log: where the abort strikes (a reader's only known location), while the
        // guest frames are still those of that moment.
        if (_core.Log is { } log && s.DoomHere == null) s.DoomHere = log.Here();
        if (DeferRollback)
        {
            _pendingAbort = kind;
            throw new StmAbortException(kind);
        }
        RollBack(s, kind);
        throw new StmAbortException(kind);
    }

    /// Rolls back the transaction whose StmAbortException the caller caught (DeferRollback).
    public void CompleteAbort()
    {
        if (_pendingAbort is not { } kind) throw new InvalidOperationException("no abort is pending");
        _pendingAbort = null;
        RollBack(Seg, kind);
    }

    private void RollBack(StmSegment s, AbortKind kind)
    {
        IConflictLog? log = kind == AbortKind.Explicit ? null : _core.Log;
        object? here = s.DoomHere;
        Heap heap = _core.Heap;
        byte* committed = heap.ViewBase(0);
        foreach (long obj in CollectionsMarshal.AsSpan(s.Modified))
        {
            long size = ObjectWalk.Size(committed, obj);
            Buffer.MemoryCopy(committed + obj, s.Base + obj, size, size);
        }

        heap.DropNursery(s.Gc);
        byte me = (byte)s.Index;
        foreach (long obj in CollectionsMarshal.AsSpan(s.Modified)) _core.Locks.Swap(obj, me, 0);
        _mutator.Roots.Top = _rootsMark;
        ResetRootsOnAbort?.Invoke();
        _retryStartTime = s.StartTime;
        _waitFor = s.Winner;
        _waitForStart = s.WinnerStart;
        s.Winner = null;
        BudgetOnAbort();
        Interlocked.Increment(ref _core.Stats.Aborts[(int)kind]);
        Stats.Aborts[(int)kind]++;
        long lost = ThreadStats.Now - _beginTicks;
        Stats.AbortedTicks[(int)kind] += lost;
        if (log != null)
        {
            var ck = kind switch { AbortKind.WriteWrite => ConflictKind.WriteWrite, AbortKind.ReadWrite => ConflictKind.WriteRead, _ => ConflictKind.Inevitable };
            _lastAbortAt = here;
            log.Record(new ConflictEvent(ck, Stats.Name, s.DoomOther, here, s.DoomThere, lost));
        }
        lock (_core.Sync) EndTransaction(s);
    }
}
