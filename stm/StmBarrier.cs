// The transactional read and write barriers (c7's stm_read, stm_write and
// write_slowpath_common). The VM's Barrier (Barrier.cs) stays GC-only this session: the
// interpreter does not run transactions yet, and keeping it untouched keeps the VM's fast
// paths and behaviour exactly as they are. Once threads run transactions, Barrier.Read
// becomes StmBarrier.Read in the STM build and Barrier.Write's slow path calls
// StmBarrier.WriteSlow; the test project drives these directly.
//
// Read: one byte store, the view's read version (kept in its thread-local area, 0 outside
// a transaction) into the marker of the object. No branch; young and fresh objects get a
// marker too, which is harmless (only committed objects are ever checked).
//
// Write, slow path (the header's WriteBarrier flag is set: an old object not yet written in
// this transaction since its segment's last collection). An object this transaction made
// old (promoted by a collection inside it, or AllocateOld) gets only step 3; otherwise:
//   1. take the object's write lock (Contention.cs decides a conflict; the loser is doomed
//      and goes on writing its private copy until its next safe point);
//   2. privatise the object's pages in this view, so that the write stays here;
//   3. the GC's part: remember the object and clear the flag (in this view only, now);
//   4. record it as modified (once: a lock already ours means it is listed).
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Stm;

public static unsafe class StmBarrier
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read(long obj)
    {
        BarrierCheck.Saw(obj);
        byte* b = Mem.Base;
        b[Heap.ReadMarkerStart + (obj >> 4)] = b[StmCore.ReadVersionSlot];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read(byte* b, long obj)
    {
        BarrierCheck.Saw(obj);
        b[Heap.ReadMarkerStart + (obj >> 4)] = b[StmCore.ReadVersionSlot];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(long obj)
    {
        BarrierCheck.Saw(obj);
        if ((*(uint*)(Mem.Base + obj) & HeaderFlags.WriteBarrier) != 0) WriteSlow(obj);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteSlow(long obj)
    {
        StmThread? t = StmThread.Current;
        if (t == null || !t.InTransaction) Collector.WriteBarrier(obj);
        else t.WriteSlow(obj);
    }
}

public sealed unsafe partial class StmThread
{
    internal void WriteSlow(long obj)
    {
        StmSegment s = _seg!;
        if (s.DirectWrites || s.IsNew(obj))
        {
            // Written in place (DirectWrites): still listed, so that the commit copies it to
            // other views that hold a private copy of its page.
            if (s.DirectWrites) s.Modified.Add(obj);
            Collector.WriteBarrier(obj);
            return;
        }
        bool listed = !TakeLock(s, obj);
        _core.Heap.Privatize(s.Gc, obj, ObjectWalk.Size(s.Base, obj));
        Collector.WriteBarrier(obj);
        if (listed) return;
        s.Modified.Add(obj);
        if (_core.Log is { } log) (s.WrittenAt ??= new())[obj] = log.Here();
    }

    /// For the log: where the doomed transaction `victim` and the other side were.
    internal static void NoteDoom(StmSegment victim, object? here, object? there, StmSegment other)
    {
        victim.DoomHere = here;
        victim.DoomThere = there;
        victim.DoomOther = other.Owner?.Stats.Name;
    }

    /// Takes obj's write lock for s. Returns false if s owned it already (obj is listed in
    /// Modified); true otherwise, also when s lost the conflict (doomed, not the owner):
    /// then obj is listed anyway so that the abort restores it.
    private bool TakeLock(StmSegment s, long obj)
    {
        WriteLocks locks = _core.Locks;
        byte me = (byte)s.Index;
        while (true)
        {
            byte owner = locks.Owner(obj);
            if (owner == me) return false;
            if (owner == 0)
            {
                if (locks.Swap(obj, 0, me)) return true;
                continue;
            }
            // A doomed transaction does not fight: it writes its private copy until it aborts.
            if (s.Doomed) return true;
            lock (_core.Sync)
            {
                if (locks.Owner(obj) != owner) continue;
                StmSegment other = _core.Segments[owner];
                if (!other.Doomed)
                {
                    IConflictLog? log = _core.Log;
                    if (!Contention.Wins(s, other))
                    {
                        s.Doom(AbortKind.WriteWrite, other);
                        if (log != null) NoteDoom(s, log.Here(), other.WhereWritten(obj), other);
                        return true;
                    }
                    other.Doom(AbortKind.WriteWrite, s);
                    if (log != null) NoteDoom(other, other.WhereWritten(obj), log.Here(), s);
                }
                // Take the lock over from the doomed owner; it releases only locks still its own.
                if (locks.Swap(obj, owner, me)) return true;
            }
        }
    }
}
