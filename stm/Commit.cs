// Commit (c7's stm_commit_transaction, with its minor collection and read-marker check):
//   1. stop the world: every other running transaction pauses at its next safe point (or is
//      paused already in a wait); a doomed committer aborts instead;
//   2. minor collection of this segment's nursery: every young object this transaction
//      keeps becomes old, listed in Segment.MadeOld;
//   3. read-write conflicts: for each modified object, every other transaction whose read
//      marker for it equals its read version read the old value: it is doomed (it aborts at
//      the safe point it is paused at), unless it is inevitable: then this one aborts;
//   4. publish: copy every modified and every made-old object from this view into view 0
//      where this view's page is private (a shared page is view 0 already), and into every
//      other view where the page is private (pages stay private across transactions, so
//      idle segments count too);
//   5. release the write locks (the minor collection set the objects' WriteBarrier flags
//      again, and the copies carry them), count, free the segment, let the others go on.
// Everything after step 1 runs with every other transaction paused and under Sync, so no
// one sees a half-published state and no one privatises a page that is being written.
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Stm;

public sealed unsafe partial class StmThread
{
    /// Commits the running transaction, or aborts it (StmAbortException) if it was doomed or
    /// an inevitable transaction read what it wrote. Returns its number in the serial order.
    public long Commit()
    {
        CheckThread();
        StmSegment s = Seg;
        StmCore core = _core;
        lock (core.Sync)
        {
            core.WaitWhileStopped(s);
            long c0 = ThreadStats.Now;
            if (!s.Doomed)
            {
                core.StopTheWorld(s);
                // A transaction still running before the world stopped may have doomed us.
                if (!s.Doomed)
                {
                    long g0 = ThreadStats.Now;
                    bool major = core.Heap.CollectMinor(s.Gc);
                    Stats.MinorCollections++;
                    Stats.MinorGcTicks += ThreadStats.Now - g0;
                    if (ReadersOfMyWritesOk(s))
                    {
                        Publish(s);
                        if (major) core.RequestMajor();
                        long n = ++core.CommitCount;
                        core.Stats.Commits++;
                        if (s.Inevitable) core.Stats.InevitableCommits++;
                        BudgetOnCommit();
                        Stats.Commits++;
                        if (s.Inevitable) Stats.InevitableCommits++;
                        EndTransaction(s);
                        core.ResumeTheWorld();
                        long end = ThreadStats.Now;
                        Stats.CommitTicks += end - c0;
                        Stats.RunningTicks += end - _beginTicks;
                        return LastCommitNumber = n;
                    }
                    s.DoomKind = AbortKind.Inevitable;
                    s.Signal(StmSegment.DoomedBit);
                }
                core.ResumeTheWorld();
            }
        }
        AbortNow(s, s.DoomKind);
        return 0; // not reached: AbortNow throws
    }

    /// Publishes `obj`, an object this transaction made old and will never change again, at
    /// once instead of at commit: copies it into view 0 and every private copy of its pages,
    /// with the world stopped (no page is privatised meanwhile). For objects a VM-global table
    /// hands to other threads before this transaction commits (interned strings): they must
    /// read its bytes in their own views. (If the transaction aborts, the object is garbage
    /// that the table keeps alive: its bytes are in view 0.)
    public void PublishNow(long obj)
    {
        StmSegment s = Seg;
        lock (_core.Sync)
        {
            _core.WaitWhileStopped(s);
            _core.StopTheWorld(s);
            CopyOut(_core.Heap, s, obj);
            _core.ResumeTheWorld();
        }
    }

    /// Step 3. Dooms the readers of this transaction's writes; false (nothing doomed) if one
    /// of them is inevitable and this transaction must abort instead.
    private bool ReadersOfMyWritesOk(StmSegment s)
    {
        StmSegment[] segs = _core.Segments;
        List<StmSegment>? readers = null;
        foreach (long obj in CollectionsMarshal.AsSpan(s.Modified))
        {
            long marker = Heap.ReadMarkerStart + (obj >> 4);
            for (int i = 1; i < segs.Length; i++)
            {
                StmSegment o = segs[i];
                if (o == s || !o.InTransaction || o.Doomed || o.Base[marker] != o.ReadVersion) continue;
                if (o.Inevitable)
                {
                    if (_core.Log != null) NoteDoom(s, s.WhereWritten(obj), o.InevitableAt, o);
                    return false;
                }
                (readers ??= new()).Add(o);
                if (_core.Log != null && !o.Doomed) NoteDoom(o, null, s.WhereWritten(obj), s);
            }
        }
        if (readers != null)
            foreach (StmSegment o in readers) o.Doom(AbortKind.ReadWrite);
        return true;
    }

    /// Step 4 and the lock release of step 5.
    private void Publish(StmSegment s)
    {
        Heap heap = _core.Heap;
        foreach (long obj in CollectionsMarshal.AsSpan(s.Modified))
        {
            CopyOut(heap, s, obj);
            if (!s.DirectWrites && !_core.Locks.Swap(obj, (byte)s.Index, 0))
                throw new InvalidOperationException($"committing 0x{obj:x} without holding its write lock");
        }
        foreach (long obj in CollectionsMarshal.AsSpan(s.Gc.MadeOld)) CopyOut(heap, s, obj);
    }

    /// Copies `obj` from s's view page by page: to view 0 where s's page is private, and to
    /// every other segment's view where that segment's page is private.
    private void CopyOut(Heap heap, StmSegment s, long obj)
    {
        long size = ObjectWalk.Size(s.Base, obj);
        StmSegment[] segs = _core.Segments;
        long end = obj + size;
        for (long a = obj; a < end;)
        {
            int page = heap.OldPageOf(a);
            long pageEnd = heap.OldStart + (long)(page + 1) * Heap.PageSize;
            long n = Math.Min(end, pageEnd) - a;
            byte* src = s.Base + a;
            if (Heap.IsPrivate(s.Gc, page)) Buffer.MemoryCopy(src, heap.ViewBase(0) + a, n, n);
            for (int i = 1; i < segs.Length; i++)
                if (segs[i] != s && Heap.IsPrivate(segs[i].Gc, page)) Buffer.MemoryCopy(src, segs[i].Base + a, n, n);
            a += n;
        }
    }

    /// Under Sync, at the end of a committed or aborted transaction whose locks are released
    /// and whose nursery is empty: clears the per-transaction state and frees the segment.
    private void EndTransaction(StmSegment s)
    {
        s.Modified.Clear();
        s.DirectWrites = false;
        s.WrittenAt?.Clear();
        s.InevitableAt = s.DoomHere = s.DoomThere = null;
        s.DoomOther = null;
        s.NewObjects.Clear();
        s.NewObjectsSeen = 0;
        s.Gc.MadeOld.Clear();
        s.Gc.RecordMadeOld = false;
        if (s.Inevitable)
        {
            s.Inevitable = false;
            _core.InevitableOwner = null;
        }
        s.Attention = 0;
        s.Base[StmCore.ReadVersionSlot] = 0;
        _seg = null;
        _core.Release(s);
    }
}
