using Xunit;
using Xunit.Abstractions;

namespace Stmvm.Corpus.Tests;

/// <summary>Runs one corpus case and turns the comparison into a test outcome.</summary>
internal static class CorpusCase
{
    public static void Check(string program, string mode, ITestOutputHelper output)
    {
        if (program == Corpus.NoMatchPlaceholder)
        {
            Assert.Fail($"{Corpus.FilterVariable}='{Environment.GetEnvironmentVariable(Corpus.FilterVariable)}' " +
                        $"matches none of the {Corpus.AllPrograms().Count} programs under {Corpus.ProgramsDirectory}");
        }

        var expected = Corpus.ReadExpected(program);
        var result = Corpus.Run(program, mode);
        var mismatch = Corpus.Compare(program, expected, result);
        var known = Corpus.FindKnownFailure(program, mode);

        if (known == null)
        {
            if (mismatch != null)
            {
                Corpus.RecordFailure(program, mode, mismatch);
                Assert.Fail(mismatch);
            }
            return;
        }

        if (mismatch == null)
        {
            Assert.Fail($"{program} [{mode}] is listed in tests/programs/KNOWN_FAILING (line {known.Line}: " +
                        $"'{known.Program} {known.Mode}' # {known.Reason}) but now passes: remove that entry.");
        }
        output.WriteLine($"known failure (KNOWN_FAILING line {known.Line}: {known.Reason}); it still fails as expected:");
        output.WriteLine(mismatch);
    }
}

// One class per mode: xunit runs test classes (collections) in parallel, tests within one class in order.

public sealed class NoStmCorpusTests
{
    private readonly ITestOutputHelper output;

    public NoStmCorpusTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Cases => Corpus.Cases("nostm");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Program(string path, string mode) => CorpusCase.Check(path, mode, output);
}

public sealed class StmCorpusTests
{
    private readonly ITestOutputHelper output;

    public StmCorpusTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Cases => Corpus.Cases("stm");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Program(string path, string mode) => CorpusCase.Check(path, mode, output);
}

public sealed class NoStmGcStressCorpusTests
{
    private readonly ITestOutputHelper output;

    public NoStmGcStressCorpusTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Cases => Corpus.Cases("nostm-gcstress");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Program(string path, string mode) => CorpusCase.Check(path, mode, output);
}

public sealed class StmJitCorpusTests
{
    private readonly ITestOutputHelper output;

    public StmJitCorpusTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Cases => Corpus.Cases("stm-jit");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Program(string path, string mode) => CorpusCase.Check(path, mode, output);
}

/// <summary>Checks of the corpus files themselves (no launcher needed).</summary>
public sealed class CorpusLayoutTests
{
    [Fact]
    public void RepositoryRootHasGlobalJsonAndPrograms()
    {
        Assert.True(File.Exists(Path.Combine(Corpus.RepositoryRoot, "global.json")));
        Assert.True(Directory.Exists(Corpus.ProgramsDirectory), $"missing {Corpus.ProgramsDirectory}");
        Assert.NotEmpty(Corpus.AllPrograms());
    }

    [Fact]
    public void EveryProgramHasExpectedOutputAndNoOrphans()
    {
        var problems = new List<string>();
        var programs = new HashSet<string>(Corpus.AllPrograms());
        foreach (var p in programs)
        {
            var stem = Path.Combine(Corpus.ProgramsDirectory, p[..^3]);
            if (!File.Exists(stem + ".out"))
                problems.Add($"{p}: no .out file (run tests/programs/regen.sh {p})");
            if (File.Exists(stem + ".err") && new FileInfo(stem + ".err").Length == 0)
                problems.Add($"{p}: empty .err file (regen.sh writes .err only when stderr is non-empty)");
            if (File.Exists(stem + ".exit"))
            {
                var text = File.ReadAllText(stem + ".exit").Trim();
                if (!int.TryParse(text, out var code) || code == 0)
                    problems.Add($"{p}: .exit must hold a non-zero integer, has '{text}'");
            }
        }
        foreach (var ext in new[] { "*.out", "*.err", "*.exit" })
        {
            foreach (var f in Directory.EnumerateFiles(Corpus.ProgramsDirectory, ext, SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(Corpus.ProgramsDirectory, f).Replace(Path.DirectorySeparatorChar, '/');
                var py = rel[..rel.LastIndexOf('.')] + ".py";
                if (!programs.Contains(py))
                    problems.Add($"{rel}: no matching program {py}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void KnownFailingEntriesAreValid()
    {
        var errors = new List<string>();
        var entries = Corpus.ReadKnownFailing(errors);
        var programs = new HashSet<string>(Corpus.AllPrograms());
        foreach (var k in entries)
        {
            if (!programs.Any(p => Corpus.PatternMatches(k.Program, p)))
                errors.Add($"KNOWN_FAILING line {k.Line}: '{k.Program}' names no program");
            if (k.Mode != "*" && !Corpus.Modes.Contains(k.Mode))
                errors.Add($"KNOWN_FAILING line {k.Line}: unknown mode '{k.Mode}' (use one of {string.Join(", ", Corpus.Modes)} or *)");
        }
        var duplicates = entries.GroupBy(k => (k.Program, k.Mode)).Where(g => g.Count() > 1);
        foreach (var d in duplicates)
            errors.Add($"KNOWN_FAILING: {d.Key.Program} {d.Key.Mode} is listed {d.Count()} times");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("    ^^^^^", true)]
    [InlineData("           ~~~~~^^^^^", true)]
    [InlineData("~", true)]
    [InlineData("", false)]
    [InlineData("    ", false)]
    [InlineData("    x ^", false)]
    [InlineData("ValueError: ^", false)]
    public void CaretLinesAreRecognized(string line, bool isCaret) => Assert.Equal(isCaret, Corpus.IsCaretLine(line));

    [Fact]
    public void StderrNormalizationStripsFolderAndCarets()
    {
        var dir = Path.Combine(Corpus.ProgramsDirectory, "errors");
        var text = $"Traceback (most recent call last):\n  File \"{dir}/x.py\", line 1, in <module>\n    f()\n    ^^^\nValueError: x\n";
        Assert.Equal("Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    f()\nValueError: x\n",
            Corpus.NormalizeStderr(text, dir));
    }

    [Theory]
    [InlineData("ints/big_ints.py", "ints/big_ints.py", true)]
    [InlineData("ints/big_ints.py", "ints/big_ints.pyx", false)]
    [InlineData("ints/*", "ints/big_ints.py", true)]
    [InlineData("ints/*", "floats/float_repr.py", false)]
    [InlineData("*", "errors/assert_bare.py", true)]
    [InlineData("*/assert_*.py", "errors/assert_bare.py", true)]
    [InlineData("a.b/*", "aXb/c.py", false)]
    public void KnownFailingPatterns(string pattern, string program, bool matches) =>
        Assert.Equal(matches, Corpus.PatternMatches(pattern, program));

    [Fact]
    public void DiffShowsFirstDifference()
    {
        var d = Diff.Render("a\nb\nc\nd\n", "a\nb\nX\nd\n");
        Assert.Contains("first difference at line 3", d);
        Assert.Contains("- c", d);
        Assert.Contains("+ X", d);
    }
}
