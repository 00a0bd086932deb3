using System.Text;
using Xunit;

namespace Stmvm.Corpus.Tests;

/// <summary>
/// Conflict reports: `stmvm run --stm-log FILE` and `stmvm stmlog FILE`, run as users run
/// them (the built launchers, in a folder of the test's own). A program that updates one
/// shared counter in every TransactionQueue call must be reported at the counter's line;
/// stmvm-nostm writes a valid log without events; broken logs get clear messages.
/// </summary>
public sealed class StmLogTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("stmvm-stmlog-").FullName;

    private const string Conflicting = """
        import transaction

        class Cell:
            __slots__ = ("value",)
            def __init__(self):
                self.value = 0

        counter = Cell()

        def work(n):
            t = 0
            for i in range(n):
                t += i * i % 7
                counter.value += 1
            return t

        for k in range(4000):
            transaction.add(work, 40)
        transaction.run(2)
        print(counter.value)
        """;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Launcher(string name) => Path.Combine(Corpus.RepositoryRoot, "bin", name);

    private Corpus.RunResult Run(string launcher, params string[] args)
        => Corpus.RunCommand(Launcher(launcher), args, _dir, Timeout);

    private static string Out(Corpus.RunResult r) => Encoding.UTF8.GetString(r.Stdout);
    private static string Err(Corpus.RunResult r) => Encoding.UTF8.GetString(r.Stderr);

    [Fact]
    public void TheReportNamesTheConflictingLine()
    {
        File.WriteAllText(Path.Combine(_dir, "counter.py"), Conflicting);
        var run = Run("stmvm", "run", "--segments", "2", "--stm-log", "counter.log", "counter.py");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("160000\n", Out(run));

        var report = Run("stmvm", "stmlog", "counter.log");
        Assert.Equal(0, report.ExitCode);
        string text = Out(report);
        Assert.StartsWith("stm log of counter.py (2 segments): run ", text);
        Assert.Contains("lost to conflicts", text.Split('\n')[0]);
        // The first site that is an abort (not a wait) is the counter's line, on both sides.
        string[] sites = text.Split("\n\n");
        string first = sites.Skip(1).First(s => s.Contains(". write-write:") || s.Contains(". write-read:"));
        Assert.Contains("counter.py\", line 14, in work\n       counter.value += 1", first);
    }

    [Fact]
    public void NoStmWritesALogWithoutEvents()
    {
        File.WriteAllText(Path.Combine(_dir, "hello.py"), "print('hi')\n");
        var run = Run("stmvm-nostm", "run", "--stm-log", "hello.log", "hello.py");
        Assert.Equal(0, run.ExitCode);
        var report = Run("stmvm-nostm", "stmlog", "hello.log");
        Assert.Equal(0, report.ExitCode);
        Assert.Matches(@"^stm log of hello\.py \(1 segments\): run [0-9.]+ s, 0\.00 s in transactions, 0\.000 s lost to conflicts; 0 events at 0 sites\n$", Out(report));
    }

    [Theory]
    [InlineData("", "bad.log is empty: not a conflict log (`stmvm run --stm-log bad.log prog.py` writes one)")]
    [InlineData("print('a python file')\n", "bad.log is not a conflict log (`stmvm run --stm-log bad.log prog.py` writes one)")]
    [InlineData("{\"stmvm-stm-log\":7}\n", "bad.log is a conflict log of version 7; this stmvm reads version 1")]
    public void BrokenLogsGetAClearMessage(string content, string message)
    {
        File.WriteAllText(Path.Combine(_dir, "bad.log"), content);
        foreach (string launcher in new[] { "stmvm", "stmvm-nostm" })
        {
            var r = Run(launcher, "stmlog", "bad.log");
            Assert.Equal(1, r.ExitCode);
            Assert.Equal($"stmvm: stmlog: {message}\n", Err(r));
            Assert.Empty(r.Stdout);
        }
    }

    [Fact]
    public void ACutLogIsReportedUpToTheCut()
    {
        File.WriteAllText(Path.Combine(_dir, "cut.log"),
            "{\"stmvm-stm-log\":1,\"program\":\"p.py\",\"segments\":2}\n" +
            "{\"kind\":\"write-write\",\"thread\":\"thread 2\",\"other\":\"thread 3\",\"lost\":0.5,\"here\":[[\"p.py\",3,\"f\",\"x.v += 1\"]],\"there\":[[\"p.py\",3,\"f\",\"x.v += 1\"]]}\n" +
            "{\"kind\":\"write-wr");
        var r = Run("stmvm", "stmlog", "cut.log");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("stmvm: stmlog: warning: cut.log is cut short (the run did not end normally, or the file was truncated): the report covers the 1 events before the cut\n", Err(r));
        Assert.StartsWith("stm log of p.py (2 segments): run time unknown, 0.500 s lost to conflicts; 1 events at 1 sites\n\n1. write-write: 1 time, 0.500 s lost (100%)\n", Out(r));
        Assert.Contains("     File \"p.py\", line 3, in f\n       x.v += 1\n", Out(r));
    }

    [Fact]
    public void AMissingLogIsAnError()
    {
        var r = Run("stmvm", "stmlog", "missing.log");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("stmvm: stmlog: cannot read missing.log: ", Err(r));
    }
}
