// Contention management (c7's contention.c, simplified): who wins a write-write conflict.
//
// Rule: an inevitable transaction always wins (it cannot abort); otherwise the OLDER
// transaction (earlier start time) wins. The loser is doomed at once, never waits: a lock
// wait would need deadlock detection, and a doomed transaction costs only the work it
// redoes. An aborted transaction keeps its start time when run again, so it only grows
// older: the oldest running transaction never loses a write-write conflict, and it ends
// (commits, or aborts only on a read-write conflict with a committer), so there is no
// starvation by younger writers. Read-write conflicts are decided by the committer
// (Commit.cs): the reader loses, unless it is inevitable.
namespace Stmvm.Stm;

internal static class Contention
{
    /// Does `me` win a write-write conflict against `other`? (Both running; at most one inevitable.)
    public static bool Wins(StmSegment me, StmSegment other)
        => me.Inevitable || (!other.Inevitable && me.StartTime < other.StartTime);
}
