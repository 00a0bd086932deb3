// What the STM tells the conflict log (`stmvm run --stm-log FILE`, written by the VM): every
// abort, and every wait another transaction caused, with where each side was in the guest
// program and the time it cost. The STM knows no guest code: IConflictLog.Here() gives it
// an opaque location of the calling thread, which it keeps and hands back.
//
// Which locations: for a write-write conflict, where each side wrote (or was writing) the
// object (the write barrier's slow path notes where each transaction first wrote each
// object, only while a log is on); for a write-read conflict, where the committer wrote
// the object and where the reader was when it aborted (read barriers keep no location);
// for an abort forced by an inevitable reader, where the committer wrote and where the
// other became inevitable; for a wait for inevitability, where the inevitable one became so.
namespace Stmvm.Stm;

public enum ConflictKind { WriteWrite, WriteRead, Inevitable, WaitInevitable }

/// One abort or wait: `Here` is the side that lost time (this thread), `There` the other.
public readonly record struct ConflictEvent(ConflictKind Kind, string Thread, string? OtherThread, object? Here, object? There, long TicksLost);

public interface IConflictLog
{
    /// The calling thread's location in the guest program now (null if it has none).
    object? Here();
    void Record(in ConflictEvent e);
}

internal sealed partial class StmSegment
{
    /// Where this transaction first wrote each object it wrote (only while a log is on).
    public Dictionary<long, object?>? WrittenAt;
    /// Where this transaction became inevitable (while a log is on).
    public object? InevitableAt;
    /// For the log, set when the transaction is doomed: both sides' locations and the other's name.
    public object? DoomHere, DoomThere;
    public string? DoomOther;

    public object? WhereWritten(long obj) => WrittenAt != null && WrittenAt.TryGetValue(obj, out object? at) ? at : null;
}
