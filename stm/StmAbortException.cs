// Why a transaction aborted, and the exception that unwinds it. The abort itself (restore,
// drop the nursery, release locks) is done before the exception is thrown (Abort.cs); the
// caller catches it where the transaction began and runs the transaction again.
namespace Stmvm.Stm;

public enum AbortKind
{
    /// Lost a write-write conflict: an older (or inevitable) transaction wanted an object this one had locked, or the other way round.
    WriteWrite,
    /// Read an object that another transaction then committed a write to (read-write conflict, found by the committer).
    ReadWrite,
    /// Tried to commit a write to an object an inevitable transaction had read: the inevitable one cannot abort, so the committer does.
    Inevitable,
    /// The program asked for it (StmThread.AbortTransaction).
    Explicit,
}

public sealed class StmAbortException(AbortKind kind) : Exception($"transaction aborted ({kind})")
{
    public AbortKind Kind { get; } = kind;
}
