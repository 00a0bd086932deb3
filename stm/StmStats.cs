// Counters of the STM for --stats and the tests: commits, aborts by kind, stop-the-world
// pauses, privatised pages (in GcStats), collections the commits ran. Updated under
// StmCore.Sync or by Interlocked.
namespace Stmvm.Stm;

public sealed class StmStats
{
    public long Commits, InevitableCommits, MajorCollections;
    public readonly long[] Aborts = new long[Enum.GetValues<AbortKind>().Length];

    public long AbortsOf(AbortKind k) => Interlocked.Read(ref Aborts[(int)k]);
    public long TotalAborts => Aborts.Sum();

    public override string ToString()
        => $"commits {Commits} (inevitable {InevitableCommits}), aborts: "
           + string.Join(", ", Enum.GetValues<AbortKind>().Select(k => $"{k} {AbortsOf(k)}"))
           + $", major collections {MajorCollections}";
}
