// The transactional state of one segment (c7's stm_priv_segment_info_s): who runs in it,
// when its transaction started, its read version, whether it is paused, inevitable or
// doomed, and the objects its transaction wrote. The objects the transaction made old are
// gc's Segment.MadeOld; the private pages are gc's too (Privatize.cs), since they outlive
// transactions.
//
// Fields marked "Sync" are read and written only under StmCore.Sync; Attention is read
// without it by the segment's own thread at every safe point.
using Stmvm.Gc;

namespace Stmvm.Stm;

internal sealed unsafe partial class StmSegment
{
    /// Attention bits: a stop-the-world wants this segment paused; this segment's transaction
    /// is doomed; the transaction has run long enough and should break at its next chance.
    public const int PauseRequested = 1, DoomedBit = 2, BreakRequested = 4;

    public readonly int Index;
    public readonly Segment Gc;
    public readonly byte* Base;

    /// The thread running a transaction here, or null when the segment is free (Sync).
    public StmThread? Owner;
    /// Start time of the transaction: lower is older, and the older wins a write-write conflict (Sync).
    public long StartTime;
    /// Marker value of the running transaction (also in the view's thread-local area for the read barrier).
    public byte ReadVersion;
    /// Set while the thread waits at a safe point (for a stop-the-world, or inevitability) (Sync).
    public bool Paused;
    /// The transaction cannot abort and wins every conflict (Sync).
    public bool Inevitable;
    /// Solo: the only attached thread's transaction writes its view's shared pages in
    /// place, with no write lock and no privatisation (StmCore.AllowDirectWrites) (Sync).
    public bool DirectWrites;
    /// Nonzero when the thread must act at its next safe point (PauseRequested, DoomedBit).
    public volatile int Attention;
    /// Why the transaction is doomed, once DoomedBit is set (Sync).
    public AbortKind DoomKind;
    /// Objects written by the transaction (their pages are private here); locked by it unless doomed.
    public readonly List<long> Modified = new();
    /// The objects this transaction made old (gc's Segment.MadeOld) as a set, filled lazily by
    /// the write barrier's slow path up to NewObjectsSeen entries: writes to them need no lock
    /// and no privatisation (nobody else can reach them), and an abort must not restore them
    /// from view 0, where they never existed.
    public readonly HashSet<long> NewObjects = new();
    public int NewObjectsSeen;

    public StmSegment(Segment gc)
    {
        Index = gc.Index;
        Gc = gc;
        Base = gc.Base;
    }

    public bool InTransaction => Owner != null;

    /// Was obj made old by the running transaction?
    public bool IsNew(long obj)
    {
        List<long> made = Gc.MadeOld;
        for (; NewObjectsSeen < made.Count; NewObjectsSeen++) NewObjects.Add(made[NewObjectsSeen]);
        return NewObjects.Contains(obj);
    }
    public bool Doomed => (Attention & DoomedBit) != 0;

    /// Sets an attention bit and the gc flag every safe point tests (Segment.CollectionRequested),
    /// so that the running thread takes the safe point's slow path. Callable from any thread.
    public void Signal(int bit)
    {
        Interlocked.Or(ref Attention, bit);
        Volatile.Write(ref Gc.CollectionRequested, true);
    }

    /// The transaction that won the write-write conflict this one lost, and its start time:
    /// the retry waits for it to end (StmThread.Begin) instead of running into it again (Sync).
    public StmSegment? Winner;
    public long WinnerStart;

    /// Under Sync: marks the transaction doomed (it aborts at its next safe point). Never an
    /// inevitable one. `winner`: the transaction it lost a write-write conflict to.
    public void Doom(AbortKind kind, StmSegment? winner = null)
    {
        if (Inevitable) throw new InvalidOperationException("an inevitable transaction cannot be doomed");
        if (Doomed) return;
        DoomKind = kind;
        Winner = winner;
        WinnerStart = winner?.StartTime ?? 0;
        Signal(DoomedBit);
    }
}
