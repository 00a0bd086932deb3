// Per-thread counters and times of the STM (`stmvm run --stats`): what each thread's time
// went to. Times are Stopwatch ticks, counted by the thread itself (no locks, no atomics);
// a thread's record joins StmCore's list when it attaches and is read at exit.
//   running      whole transactions that committed, from Begin to the end of Commit;
//   aborted      whole transactions that aborted, by kind (the work lost);
//   waits        inside those: for a free segment (or a pending major collection) in Begin,
//                for the inevitable transaction to end (BecomeInevitable), paused at a safe
//                point while another transaction commits, for the winner of a lost conflict;
//   commit       the commit's bookkeeping (stop-the-world, minor collection, conflict
//                check, publication); minor / major gc: collections this thread ran.
using System.Diagnostics;
using System.Text;

namespace Stmvm.Stm;

public enum StmWait { Segment, Inevitable, SafePoint, Winner }

public sealed class ThreadStats(string name)
{
    public readonly string Name = name;
    public long Commits, InevitableCommits, RunningTicks, CommitTicks, MinorGcTicks, MajorGcTicks, MinorCollections, MajorCollections;
    public readonly long[] Aborts = new long[Enum.GetValues<AbortKind>().Length];
    public readonly long[] AbortedTicks = new long[Enum.GetValues<AbortKind>().Length];
    public readonly long[] WaitTicks = new long[Enum.GetValues<StmWait>().Length];

    internal static long Now => Stopwatch.GetTimestamp();

    private static string Sec(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("F3") + " s";

    /// Adds `other`'s counts to this one's (the totals line).
    public void Add(ThreadStats other)
    {
        Commits += other.Commits;
        InevitableCommits += other.InevitableCommits;
        RunningTicks += other.RunningTicks;
        CommitTicks += other.CommitTicks;
        MinorGcTicks += other.MinorGcTicks;
        MajorGcTicks += other.MajorGcTicks;
        MinorCollections += other.MinorCollections;
        MajorCollections += other.MajorCollections;
        for (int i = 0; i < Aborts.Length; i++)
        {
            Aborts[i] += other.Aborts[i];
            AbortedTicks[i] += other.AbortedTicks[i];
        }
        for (int i = 0; i < WaitTicks.Length; i++) WaitTicks[i] += other.WaitTicks[i];
    }

    /// One line: "NAME: running ..., aborted ..., waiting ..., commit ..., minor gc ..., major gc ...".
    public string Format()
    {
        var sb = new StringBuilder();
        sb.Append($"{Name}: running {Commits} committed ({InevitableCommits} inevitable) {Sec(RunningTicks)}; aborted");
        for (int i = 0; i < Aborts.Length; i++)
            sb.Append(i == 0 ? " " : ", ").Append($"{KindName((AbortKind)i)} {Aborts[i]} {Sec(AbortedTicks[i])}");
        sb.Append("; waiting");
        for (int i = 0; i < WaitTicks.Length; i++)
            sb.Append(i == 0 ? " " : ", ").Append($"{WaitName((StmWait)i)} {Sec(WaitTicks[i])}");
        sb.Append($"; commit {Sec(CommitTicks)}; minor gc {MinorCollections} {Sec(MinorGcTicks)}; major gc {MajorCollections} {Sec(MajorGcTicks)}");
        return sb.ToString();
    }

    public static string KindName(AbortKind k) => k switch
    {
        AbortKind.WriteWrite => "write-write",
        AbortKind.ReadWrite => "write-read",
        AbortKind.Inevitable => "inevitable",
        _ => "explicit",
    };

    private static string WaitName(StmWait w) => w switch
    {
        StmWait.Segment => "segment",
        StmWait.Inevitable => "inevitable",
        StmWait.SafePoint => "safe point",
        _ => "conflict winner",
    };
}
