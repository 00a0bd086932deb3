using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Stmvm.Corpus.Tests;

/// <summary>
/// The guarantee "no input file, however broken, kills the process with a .NET exception trace
/// or a signal": every input ends with a Python-style error (SyntaxError and the like as CPython
/// prints them, or a guest traceback) and a CPython-like exit code, within a time bound.
///
/// Inputs: fixed cases (deep nesting, huge literals, bad encodings, ...; each with the exit code
/// and last stderr line python3 3.11 gives) and random mutations of the corpus programs, made
/// from a fixed seed. Each runs in bin/stmvm-nostm (every fourth in bin/stmvm) in a folder of
/// its own with a 10 s timeout. When a run looks wrong in a way a Python program can also
/// legitimately produce (a timeout, an exit code outside 0..2, exit 1 whose last stderr line is
/// not an exception line, e.g. sys.exit("msg")), python3 runs the same file and decides.
///
/// Runtime abuse (RobustnessRuntimeCases): fixed programs that exhaust the heap or the stack,
/// ask for huge sizes or recurse through dunders, and generated programs that mutate
/// containers while iterating, re-enter generators, recurse with try/finally, print
/// self-referencing containers and evaluate random expressions; each ends as CPython's does.
///
/// Environment: STMVM_FUZZ_SEED (default 20251121), STMVM_FUZZ_COUNT (random inputs, default
/// 120), STMVM_FUZZ_RUNTIME_COUNT (generated runtime-abuse programs, default 40), STMVM_FUZZ_ONLY (comma-separated case ids, e.g. "random#17,fixed:paren201"),
/// STMVM_FUZZ_KEEP (a folder: failing inputs are copied there), STMVM_FUZZ_DUMP (a folder:
/// write every input there and run nothing, e.g. to compare with python3 by hand).
/// </summary>
public sealed class RobustnessTests
{
    public const string SeedVariable = "STMVM_FUZZ_SEED";
    public const string CountVariable = "STMVM_FUZZ_COUNT";
    public const string OnlyVariable = "STMVM_FUZZ_ONLY";
    public const string KeepVariable = "STMVM_FUZZ_KEEP";
    public const string DumpVariable = "STMVM_FUZZ_DUMP";
    public const string RuntimeCountVariable = "STMVM_FUZZ_RUNTIME_COUNT";

    /// <summary>
    /// Cases that do not pass yet, by id, with the reason; they are reported but do not fail the
    /// test, and the test fails once one of them passes (remove it then). Fix the cause instead of
    /// adding random cases here: their ids change with the corpus.
    /// </summary>
    private static readonly Dictionary<string, string> KnownFailures = new()
    {
    };

    public const int DefaultSeed = 20251121;
    public const int DefaultCount = 120;
    public const int DefaultRuntimeCount = 40;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(10);
    private const long MaxOutputBytes = 1 << 20;

    private readonly ITestOutputHelper output;

    public RobustnessTests(ITestOutputHelper output) => this.output = output;

    /// <summary>One input: an id (for STMVM_FUZZ_ONLY), how it was made, its bytes, the build it
    /// runs in, and for fixed cases CPython's exit code and last stderr line ("" = no stderr;
    /// "{file}" stands for the input's absolute path).</summary>
    public sealed record FuzzCase(string Id, string Recipe, byte[] Source, string Mode,
        int? ExpectedExit = null, string? ExpectedLastLine = null, string[]? Flags = null);

    /// <summary>Runs the input as Corpus.Run would, with the case's extra launcher flags
    /// (e.g. a small --heap-limit, so that exhausting the heap is quick).</summary>
    private static Corpus.RunResult Run(string path, FuzzCase c)
    {
        if (c.Flags == null)
            return Corpus.Run(path, c.Mode, RunTimeout);
        var (exe, args) = Corpus.Command(c.Mode, Path.GetFileName(path));
        args.InsertRange(1, c.Flags);
        return Corpus.RunCommand(exe, args, Path.GetDirectoryName(path)!, RunTimeout, null, MaxOutputBytes);
    }

    private static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;

    [Fact]
    public void BrokenInputsEndWithPythonErrors()
    {
        var seed = EnvInt(SeedVariable, DefaultSeed);
        var count = EnvInt(CountVariable, DefaultCount);
        var runtimeCount = EnvInt(RuntimeCountVariable, DefaultRuntimeCount);
        var cases = FixedCases().Concat(RandomCases(seed, count)).Concat(RobustnessRuntimeCases.Random(seed, runtimeCount)).ToList();
        var only = Environment.GetEnvironmentVariable(OnlyVariable);
        if (!string.IsNullOrWhiteSpace(only))
        {
            var ids = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            cases = cases.Where(c => ids.Contains(c.Id)).ToList();
            Assert.True(cases.Count > 0, $"{OnlyVariable}='{only}' names no case (ids look like fixed:paren201 or random#17)");
        }

        var dump = Environment.GetEnvironmentVariable(DumpVariable);
        if (!string.IsNullOrWhiteSpace(dump))
        {
            foreach (var c in cases)
                WriteInput(dump, c);
            output.WriteLine($"wrote {cases.Count} inputs under {dump}");
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), $"stmvm-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var failures = new ConcurrentBag<(int Order, string Report, FuzzCase Case, string Path)>();
        var known = new ConcurrentBag<(int Order, string Report)>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var order = cases.Select((c, i) => (c, i)).ToDictionary(p => p.c.Id, p => p.i);
        var clock = Stopwatch.StartNew();
        try
        {
            Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, c =>
            {
                var path = WriteInput(root, c);
                var result = Run(path, c);
                var problem = Check(c, path, result, out var outcome);
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                if (KnownFailures.TryGetValue(c.Id, out var reason))
                {
                    if (problem != null)
                        known.Add((order[c.Id], $"known failure ({reason}):\n{problem}"));
                    else
                        failures.Add((order[c.Id], $"[{c.Id}] is listed in {nameof(RobustnessTests)}.{nameof(KnownFailures)} but now passes: remove it.\n", c, path));
                }
                else if (problem != null)
                    failures.Add((order[c.Id], problem, c, path));
            });
        }
        finally
        {
            var keep = Environment.GetEnvironmentVariable(KeepVariable);
            if (!string.IsNullOrWhiteSpace(keep))
            {
                foreach (var f in failures)
                {
                    var target = Path.Combine(keep, SafeName(f.Case.Id) + ".py");
                    Directory.CreateDirectory(keep);
                    File.Copy(f.Path, target, overwrite: true);
                }
            }
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        output.WriteLine($"{cases.Count} inputs (seed {seed}, {count} random) in {clock.Elapsed.TotalSeconds:0.0} s; outcomes:");
        foreach (var (k, n) in outcomes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"  {n,4}  {k}");
        foreach (var k in known.OrderBy(k => k.Order))
            output.WriteLine(k.Report);

        if (!failures.IsEmpty)
        {
            var sb = new StringBuilder();
            sb.Append($"{failures.Count} of {cases.Count} inputs (seed {seed}) did not end as a Python program should.\n");
            sb.Append($"Reproduce one: {SeedVariable}={seed} {OnlyVariable}=<id> dotnet test tests/Stmvm.Corpus.Tests " +
                      $"--filter {nameof(RobustnessTests)} ({KeepVariable}=<dir> keeps the failing inputs, {DumpVariable}=<dir> writes them without running).\n\n");
            foreach (var f in failures.OrderBy(f => f.Order))
                sb.Append(f.Report).Append('\n');
            Assert.Fail(sb.ToString());
        }
    }

    /// <summary>Generating twice gives the same inputs (recipes are reproducible); no launcher needed.</summary>
    [Fact]
    public void InputsAreDeterministic()
    {
        var a = FixedCases().Concat(RandomCases(7, 40)).Concat(RobustnessRuntimeCases.Random(7, 40)).ToList();
        var b = FixedCases().Concat(RandomCases(7, 40)).Concat(RobustnessRuntimeCases.Random(7, 40)).ToList();
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Id, b[i].Id);
            Assert.Equal(a[i].Recipe, b[i].Recipe);
            Assert.True(a[i].Source.AsSpan().SequenceEqual(b[i].Source), $"{a[i].Id} differs between two generations");
        }
        Assert.Equal(a.Count, a.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("ValueError: bad value", true)]
    [InlineData("MemoryError", true)]
    [InlineData("json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", true)]
    [InlineData("Traceback (most recent call last):", false)]
    [InlineData("   at Stmvm.Vm.Ops.Call()", false)]
    [InlineData("", false)]
    public void ExceptionLinesAreRecognized(string line, bool isException) =>
        Assert.Equal(isException, IsExceptionLine(line));

    // ---------------------------------------------------------------- checking one run

    private static readonly string[] TraceMarkers =
        { "Unhandled exception", "   at Stmvm.", "   at System.", "stmvm: internal error" };

    private static readonly Regex ExceptionLine = new(@"^[A-Za-z_][A-Za-z0-9_.]*(: .*)?$", RegexOptions.Compiled);

    public static bool IsExceptionLine(string line) => ExceptionLine.IsMatch(line);

    private static string LastLine(string text) =>
        text.Replace("\r\n", "\n").Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? "";

    /// <summary>Null when the run ended as it should, else a report. <paramref name="outcome"/>
    /// summarizes the run ("exit 1: SyntaxError", ...).</summary>
    private static string? Check(FuzzCase c, string path, Corpus.RunResult r, out string outcome)
    {
        var err = Corpus.Decode(r.Stderr);
        var last = LastLine(err);
        var name = last.Contains(':') ? last[..last.IndexOf(':')] : last;
        outcome = r.TimedOut ? "timeout"
            : $"exit {r.ExitCode}" + (r.ExitCode != 0 && IsExceptionLine(name) && name.Length < 40 ? $": {name}" : "");
        var problems = new List<string>();

        foreach (var marker in TraceMarkers)
        {
            if (err.Contains(marker, StringComparison.Ordinal))
            {
                problems.Add($".NET failure (stderr contains '{marker.Trim()}')");
                break;
            }
        }

        if (c.ExpectedExit is int expectedExit)
        {
            // Fixed cases: CPython's exit code and last stderr line.
            var expectedLast = (c.ExpectedLastLine ?? "").Replace("{file}", path);
            if (r.TimedOut)
                problems.Add($"timed out after {RunTimeout.TotalSeconds:0} s (CPython: exit {expectedExit})");
            else if (r.ExitCode != expectedExit)
                problems.Add($"exit code {r.ExitCode}, CPython: {expectedExit}");
            if (!r.TimedOut && last != expectedLast)
                problems.Add($"last stderr line differs from CPython's:\n    CPython: {Clip(expectedLast)}\n    stmvm:   {Clip(last)}");
        }
        else if (problems.Count == 0)
        {
            // Random cases: what only CPython can tell apart from a bug goes to python3.
            string? doubt = null;
            if (r.TimedOut)
                doubt = $"timed out after {RunTimeout.TotalSeconds:0} s";
            else if (r.ExitCode is not (0 or 1 or 2))
                doubt = $"exit code {r.ExitCode} (expected 0, 1 or 2)";
            else if (r.ExitCode == 1 && !IsExceptionLine(last))
                doubt = "exit 1 but the last stderr line is not a Python exception line";
            if (doubt != null)
            {
                var verdict = AskCPython(path, r, last);
                if (verdict != null)
                    problems.Add($"{doubt}; {verdict}");
            }
        }

        if (problems.Count == 0)
            return null;
        var sb = new StringBuilder();
        sb.Append($"[{c.Id}] {c.Recipe} ({c.Mode}; {r.CommandLine})\n");
        foreach (var p in problems)
            sb.Append("  ").Append(p).Append('\n');
        sb.Append($"  exit {(r.TimedOut ? "timeout" : r.ExitCode.ToString())}; stderr (last lines):\n");
        foreach (var l in err.Replace("\r\n", "\n").Split('\n').Where(l => l.Length > 0).TakeLast(12))
            sb.Append("    | ").Append(Clip(l)).Append('\n');
        return sb.ToString();
    }

    private static string Clip(string s) => s.Length <= 160 ? s : s[..160] + $"... ({s.Length} chars)";

    private static readonly Lazy<string?> Python = new(() =>
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0)
                continue;
            var candidate = Path.Combine(dir, "python3");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    });

    /// <summary>Runs python3 on the input (a copy in a fresh folder); null when CPython does the
    /// same (same exit code, also times out, same last line), else what CPython did.</summary>
    private static string? AskCPython(string path, Corpus.RunResult stmvm, string stmvmLast)
    {
        if (Python.Value == null)
            return "python3 is not on PATH to tell whether CPython does the same";
        var dir = Path.Combine(Path.GetDirectoryName(path)!, "cpython");
        Directory.CreateDirectory(dir);
        var copy = Path.Combine(dir, Path.GetFileName(path));
        File.Copy(path, copy, overwrite: true);
        var env = new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1", ["PYTHONIOENCODING"] = "utf-8" };
        var py = Corpus.RunCommand(Python.Value, new[] { Path.GetFileName(copy) }, dir, RunTimeout, env, MaxOutputBytes);
        if (stmvm.TimedOut)
            return py.TimedOut ? null : $"CPython ends within the bound (exit {py.ExitCode})";
        if (py.TimedOut)
            return "CPython times out there";
        if (py.ExitCode != stmvm.ExitCode)
            return $"CPython exits {py.ExitCode}";
        var pyLast = LastLine(Corpus.Decode(py.Stderr)).Replace(copy, path);
        if (stmvm.ExitCode == 1 && !IsExceptionLine(stmvmLast) && pyLast != stmvmLast)
            return $"CPython's last stderr line: {Clip(pyLast)}";
        return null;
    }

    private static string SafeName(string id) => Regex.Replace(id, "[^A-Za-z0-9_.-]", "_");

    /// <summary>Writes the input to root/&lt;id&gt;/prog.py; returns that path.</summary>
    private static string WriteInput(string root, FuzzCase c)
    {
        var dir = Path.Combine(root, SafeName(c.Id));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "prog.py");
        File.WriteAllBytes(path, c.Source);
        return path;
    }

    // ---------------------------------------------------------------- fixed cases

    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private static string Rep(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static string Nested(string open, string inner, string close, int n) => Rep(open, n) + inner + Rep(close, n);

    /// <summary>Statements nested n deep, one indentation level each.</summary>
    private static string Blocks(int n, Func<int, string> header, string body) =>
        string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i) + header(i) + "\n")) + new string(' ', n) + body + "\n";

    private static string TryFinallyNest(int n) =>
        string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i) + "try:\n")) + new string(' ', n) + "pass\n" +
        string.Concat(Enumerable.Range(0, n).Reverse().Select(i => new string(' ', i) + "finally:\n" + new string(' ', i + 1) + "pass\n"));

    /// <summary>try/except nested n deep inside the except clauses (two blocks each for CPython).</summary>
    private static string ExceptNest(int n) =>
        string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i) + "try:\n" + new string(' ', i + 1) + "x = 1\n" + new string(' ', i) + "except:\n")) +
        new string(' ', n) + "pass\n";

    private const string Recursion = "RecursionError: maximum recursion depth exceeded during compilation";
    private const string NestedParens = "SyntaxError: too many nested parentheses";
    private const string TooManyBlocks = "SyntaxError: too many statically nested blocks";
    private const string TooManyIndents = "IndentationError: too many levels of indentation";

    /// <summary>
    /// Inputs with a known CPython 3.11 answer: (name, source, exit code, last stderr line).
    /// The answers were taken from python3 3.11 (STMVM_FUZZ_DUMP writes these files to check).
    /// </summary>
    public static IEnumerable<FuzzCase> FixedCases()
    {
        var list = new List<(string Name, byte[] Source, int Exit, string Last)>
        {
            // deep nesting: the tokenizer's 200 brackets, the parser's stack (MemoryError), the
            // compiler's recursion limit (RecursionError)
            ("paren200", B("x = " + Nested("(", "1", ")", 200) + "\nprint(x)\n"), 0, ""),
            ("paren201", B("x = " + Nested("(", "1", ")", 201) + "\n"), 1, NestedParens),
            ("paren5000", B("print(" + Nested("(", "1", ")", 5000) + ")\n"), 1, NestedParens),
            ("list200", B("x = " + Nested("[", "", "]", 200) + "\nprint(len(x))\n"), 0, ""),
            ("list5000", B("x = " + Nested("[", "", "]", 5000) + "\n"), 1, NestedParens),
            ("dict199", B("x = " + Nested("{1: ", "1", "}", 199) + "\nprint(len(x))\n"), 0, ""),
            ("calls199", B("x = " + Nested("abs(", "-1", ")", 199) + "\nprint(x)\n"), 0, ""),
            ("sets40", B("x = " + Nested("{", "", "}", 40) + "\n"), 1, "TypeError: unhashable type: 'dict'"),
            ("sets40-comma", B("x = " + Nested("{", "a b", "}", 40) + "\n"), 1, "SyntaxError: invalid syntax. Perhaps you forgot a comma?"),
            ("paren199-neg413", B("x = " + Nested("(", Rep("-", 413) + "a", ")", 199) + "\n"), 1, "NameError: name 'a' is not defined"),
            ("paren199-neg500", B("x = " + Nested("(", Rep("-", 500) + "1", ")", 199) + "\n"), 1, "MemoryError"),
            ("neg1000", B("x = " + Rep("-", 1000) + "1\nprint(x)\n"), 0, ""),
            ("neg2998", B("x = " + Rep("-", 2998) + "1\nprint(x)\n"), 0, ""),
            ("neg2999", B("x = " + Rep("-", 2999) + "1\nprint(x)\n"), 1, Recursion),
            ("neg100000", B("x = " + Rep("-", 100000) + "1\n"), 1, "MemoryError"),
            ("not100000", B("x = " + Rep("not ", 100000) + "1\n"), 1, "MemoryError"),
            ("invert5000", B("x = " + Rep("~", 5000) + "1\n"), 1, Recursion),
            ("plus100000", B("x = " + string.Join("+", Enumerable.Repeat("1", 100000)) + "\n"), 1, Recursion),
            ("pow100000", B("x = " + string.Join("**", Enumerable.Repeat("a", 100000)) + "\n"), 1, "MemoryError"),
            ("ifexp10000", B("x = " + Rep("a if a else ", 10000) + "a\n"), 1, "MemoryError"),
            ("lambda1000", B("f = " + Rep("lambda: ", 1000) + "1\nprint(callable(f))\n"), 0, ""),
            ("lambda100000", B("f = " + Rep("lambda: ", 100000) + "1\n"), 1, "MemoryError"),
            ("attr100000", B("x = a" + Rep(".b", 100000) + "\n"), 1, Recursion),
            ("call100000", B("x = f" + Rep("()", 100000) + "\n"), 1, Recursion),
            ("subscript100000", B("x = a" + Rep("[0]", 100000) + "\n"), 1, Recursion),
            ("and100000", B("x = " + string.Join(" and ", Enumerable.Repeat("1", 100000)) + "\nprint(x)\n"), 0, ""),
            ("compare100000", B("x = " + string.Join(" < ", Enumerable.Repeat("1", 100000)) + "\nprint(x)\n"), 0, ""),
            ("tuple100000", B("x = " + Rep("1, ", 100000) + "\nprint(len(x))\n"), 0, ""),
            ("fstring-neg6000", B("x = f\"{" + Rep("-", 6000) + "1}\"\n"), 1, "MemoryError"),
            ("fstring-spec-nest", B("x = f'{1:{2:{3}}}'\n"), 1, "SyntaxError: f-string: expressions nested too deeply"),
            ("if99", B(Blocks(99, _ => "if 1:", "print('deep')")), 0, ""),
            ("if100", B(Blocks(100, _ => "if 1:", "print('deep')")), 1, TooManyIndents),
            ("if1000", B(Blocks(1000, _ => "if 1:", "pass")), 1, TooManyIndents),
            ("def100", B(Blocks(100, i => $"def f{i}():", "pass")), 1, TooManyIndents),
            ("elif5000", B("x = 1\nif x == 0: pass\n" + Rep("elif x == 0: pass\n", 5000)), 1, Recursion),
            ("elif10000", B("x = 1\nif x == 0: pass\n" + Rep("elif x == 0: pass\n", 10000)), 1, "MemoryError"),
            ("for20", B(Blocks(20, i => $"for a{i} in [1]:", "print('ok')")), 0, ""),
            ("for21", B(Blocks(21, i => $"for a{i} in [1]:", "pass")), 1, TooManyBlocks),
            ("while21", B(Blocks(21, _ => "while 0:", "pass")), 1, TooManyBlocks),
            ("with21", B(Blocks(21, _ => "with a:", "pass")), 1, TooManyBlocks),
            ("try-finally21", B(TryFinallyNest(21)), 1, TooManyBlocks),
            ("except-nest10", B(ExceptNest(10)), 0, ""),
            ("except-nest11", B(ExceptNest(11)), 1, TooManyBlocks),
            // huge literals
            ("int100000", B("x = " + Rep("1", 100000) + "\nprint(x % 7)\n"), 1,
                "SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."),
            ("int4300", B("x = " + Rep("7", 4300) + "\nprint(x % 1000)\n"), 0, ""),
            ("hex100000", B("x = 0x" + Rep("f", 100000) + "\nprint(x.bit_length())\n"), 0, ""),
            ("zeros10000", B("x = " + Rep("0", 10000) + "\nprint(x)\n"), 0, ""),
            ("str1MB", B("x = \"" + Rep("a", 1 << 20) + "\"\nprint(len(x))\n"), 0, ""),
            ("bytes1MB", B("x = b'" + Rep("\\x00", 1 << 18) + "'\nprint(len(x))\n"), 0, ""),
            ("fstr1MB", B("x = 1\ny = f'" + Rep("{x}ab", 1 << 16) + "'\nprint(len(y))\n"), 0, ""),
            ("comment1MB", B("#" + Rep("c", 1 << 20) + "\nprint('ok')\n"), 0, ""),
            ("lines100000", B(Rep("x = 1\n", 100000)), 0, ""),
            // encodings and odd bytes
            ("utf8-bad-string", [.. B("x = 1\ny = \""), 0xFF, 0xFE, .. B("\"\n")], 1,
                "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {file} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            ("utf8-bad-comment", [.. B("# "), 0xC3, 0x28, .. B("\nprint(1)\n")], 1,
                "SyntaxError: Non-UTF-8 code starting with '\\xc3' in file {file} on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            ("utf8-bad-after-error", [.. B("x = 1 1\ny = 2\n"), 0xED, 0xA0, 0x80, .. B("\n")], 1,
                "SyntaxError: Non-UTF-8 code starting with '\\xed' in file {file} on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            ("utf8-bad-last", [.. B("print(1)\n"), 0x80], 1,
                "SyntaxError: Non-UTF-8 code starting with '\\x80' in file {file} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
            ("nul-line1", B("x = 1\0\n"), 1, "SyntaxError: source code cannot contain null bytes"),
            ("nul-string", B("x = 1\ny = \"a\0b\"\n"), 1, "SyntaxError: source code cannot contain null bytes"),
            ("nul-after-error", B("x = 1 1\ny = 2\n\0\n"), 1, "SyntaxError: source code cannot contain null bytes"),
            ("bom-only", [0xEF, 0xBB, 0xBF], 0, ""),
            ("bom-code", [0xEF, 0xBB, 0xBF, .. B("print('bom')\n")], 0, ""),
            ("bom-twice", [0xEF, 0xBB, 0xBF, .. B("x = 1\n"), 0xEF, 0xBB, 0xBF, .. B("y = 2\n")], 1,
                "SyntaxError: invalid non-printable character U+FEFF"),
            ("empty", [], 0, ""),
            ("cr-only", B("x = 1\ry = 2\rprint(x + y)\r"), 0, ""),
            ("tabs-then-spaces", B("if 1:\n\tx = 1\n        y = 2\n"), 1, "TabError: inconsistent use of tabs and spaces in indentation"),
            ("spaces-then-tabs", B("if 1:\n        x = 1\n\ty = 2\n"), 1, "TabError: inconsistent use of tabs and spaces in indentation"),
            ("unindent-mismatch", B("if 1:\n    x = 1\n  y = 2\n"), 1, "IndentationError: unindent does not match any outer indentation level"),
            ("indent-first", B("  x = 1\n"), 1, "IndentationError: unexpected indent"),
            ("backslash-only", B("\\"), 1, "SyntaxError: unexpected EOF while parsing"),
            ("open-paren", B("("), 1, "SyntaxError: '(' was never closed"),
            ("close-paren", B(")"), 1, "SyntaxError: unmatched ')'"),
            ("unterminated-string", B("x = 'abc\n"), 1, "SyntaxError: unterminated string literal (detected at line 1)"),
            ("unterminated-triple", B("x = 1\ny = \"\"\"abc\n\n"), 1, "SyntaxError: unterminated triple-quoted string literal (detected at line 3)"),
            ("unterminated-fstring", B("x = f\"abc{\n"), 1, "SyntaxError: unterminated string literal (detected at line 1)"),
            ("unterminated-fstring-field", B("x = f\"{x\"\n"), 1, "SyntaxError: f-string: expecting '}'"),
            ("unterminated-bytes", B("x = b'\\\n"), 1, "SyntaxError: unterminated string literal (detected at line 1)"),
            // deep structures at run time (the interpreter's recursion limit)
            ("runtime-recursion", B("def f(n):\n    return f(n + 1)\nf(0)\n"), 1, "RecursionError: maximum recursion depth exceeded"),
            ("runtime-deep-list-repr", B("x = []\nfor i in range(5000):\n    x = [x]\nprint(x)\n"), 1,
                "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
            ("runtime-deep-list-eq", B("x = []\ny = []\nfor i in range(5000):\n    x = [x]\n    y = [y]\nprint(x == y)\n"), 1,
                "RecursionError: maximum recursion depth exceeded in comparison"),
            ("runtime-center-huge", B("print('x'.center(10 ** 12))\n"), 1, "MemoryError"),
            ("runtime-to-bytes-huge", B("print((1).to_bytes(10 ** 12, 'big'))\n"), 1, "MemoryError"),
        };
        var i = 0;
        foreach (var (name, source, exit, last) in list)
        {
            // every fourth fixed case also runs in the STM build
            var mode = i++ % 4 == 3 ? "stm" : "nostm";
            yield return new FuzzCase("fixed:" + name, $"fixed case '{name}' ({source.Length} bytes)", source, mode, exit, last);
        }
        foreach (var c in RobustnessRuntimeCases.Fixed())
            yield return c;
    }

    // ---------------------------------------------------------------- random cases

    private static readonly Regex TokenPattern = new(
        @"\s+|#[^\n]*|[A-Za-z_][A-Za-z0-9_]*|\d[\w.]*|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])*'|\*\*=?|//=?|<<=?|>>=?|[-+*/%&|^@<>=!:]=|->|\.\.\.|.",
        RegexOptions.Compiled | RegexOptions.Singleline);

    private static readonly string[] Snippets =
    {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\"", "'", "\"\"\"", "'''", "f\"{", "f'{x!r:>{w}}'", "\\", "\\\n",
        "\t", "\n", "\r", "\r\n", " ", "    ", "\0", "\u00ff", "\ufeff", "#", "=", ":=", "*", "**", ".", "...", "->",
        "lambda", "yield", "await", "async", "not", "if", "else", "elif", "def", "class", "return", "global", "nonlocal",
        "try:", "except", "finally:", "with", "as", "from", "import", "del", "pass", "break", "continue", "raise",
        "0x", "1e", "1_", "0b2", "09", "1.2.3", "b'", "rb'", "u'", "\\N{", "@", "~", "<<", ">>", "!=", "\u00e9", "\U0001F600",
    };

    /// <summary>Replacements for token-replace: odd values, so that programs that still compile
    /// meet them at run time.</summary>
    private static readonly string[] OddNumbers =
        { "0", "-1", "1e308", "1e309", "2**63", "-2**63", "10**30", "0.0", "-0.0", "float('nan')", "9999999999", "3.5", "True", "None" };

    private static readonly string[] OddStrings = { "''", "'\\x00'", "'\\u00e9'", "'a' * 100000", "b'x'", "None", "0", "[]" };

    private static readonly string[] OddOperators =
        { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", ">", "==", "!=", "in", "is", "not in", "and", "or" };

    private static readonly string[] MutationKinds =
    {
        "random-bytes", "random-pythonish", "truncate", "flip", "insert", "token-shuffle", "token-delete",
        "token-duplicate", "token-replace", "token-replace", "line-shuffle", "line-delete", "line-duplicate", "reindent", "splice",
    };

    /// <summary>Random mutations of the corpus programs. Input i depends only on (seed, i).</summary>
    public static IEnumerable<FuzzCase> RandomCases(int seed, int count)
    {
        var programs = Corpus.AllPrograms();
        if (programs.Count == 0)
            yield break;
        for (var i = 0; i < count; i++)
        {
            var rng = new Random(unchecked(seed * 1_000_003 + i));
            var program = programs[rng.Next(programs.Count)];
            var original = File.ReadAllBytes(Path.Combine(Corpus.ProgramsDirectory, program));
            var kind = MutationKinds[rng.Next(MutationKinds.Length)];
            var (source, detail) = Mutate(kind, original, rng, programs);
            var mode = i % 4 == 3 ? "stm" : "nostm";
            yield return new FuzzCase($"random#{i}", $"seed {seed}, input {i}: {kind}{detail} of {program}", source, mode);
        }
    }

    // Latin-1 keeps every byte as one char, so text operations give back the same bytes.
    private static string Text(byte[] b) => Encoding.Latin1.GetString(b);

    private static byte[] Bytes(string s) => Encoding.Latin1.GetBytes(s);

    private static byte[] SnippetBytes(string s) => Encoding.UTF8.GetBytes(s);

    private static (byte[] Source, string Detail) Mutate(string kind, byte[] original, Random rng, IReadOnlyList<string> programs)
    {
        switch (kind)
        {
            case "random-bytes":
            {
                var b = new byte[rng.Next(1, 4096)];
                rng.NextBytes(b);
                return (b, $"({b.Length} bytes)");
            }
            case "random-pythonish":
            {
                // tokens of Python drawn at random: gets further than random bytes
                var sb = new StringBuilder();
                var n = rng.Next(1, 300);
                for (var k = 0; k < n; k++)
                {
                    sb.Append(rng.Next(3) switch
                    {
                        0 => Snippets[rng.Next(Snippets.Length)],
                        1 => ((char)('a' + rng.Next(26))).ToString(),
                        _ => rng.Next(100).ToString(),
                    });
                    if (rng.Next(3) == 0)
                        sb.Append(' ');
                }
                return (SnippetBytes(sb.ToString()), $"({n} tokens)");
            }
            case "truncate":
            {
                var at = rng.Next(original.Length + 1);
                return (original[..at], $"(at byte {at})");
            }
            case "flip":
            {
                var b = (byte[])original.Clone();
                var n = rng.Next(1, 9);
                for (var k = 0; k < n && b.Length > 0; k++)
                {
                    var at = rng.Next(b.Length);
                    b[at] = rng.Next(2) == 0 ? (byte)(b[at] ^ (1 << rng.Next(8))) : (byte)rng.Next(256);
                }
                return (b, $"({n} bytes)");
            }
            case "insert":
            {
                var text = Text(original);
                var n = rng.Next(1, 6);
                for (var k = 0; k < n; k++)
                    text = text.Insert(rng.Next(text.Length + 1), Text(SnippetBytes(Snippets[rng.Next(Snippets.Length)])));
                return (Bytes(text), $"({n} snippets)");
            }
            case "token-shuffle":
            case "token-delete":
            case "token-duplicate":
            {
                var tokens = TokenPattern.Matches(Text(original)).Select(m => m.Value).ToList();
                if (tokens.Count == 0)
                    return (original, "(no tokens)");
                var n = rng.Next(1, 6);
                for (int k = 0, tries = 0; k < n && tokens.Count > 0 && tries < 100; k++, tries++)
                {
                    var a = rng.Next(tokens.Count);
                    if (kind == "token-replace")
                    {
                        // a number, string, name or operator becomes another of its kind
                        var t = tokens[a];
                        if (char.IsAsciiDigit(t[0]))
                            tokens[a] = OddNumbers[rng.Next(OddNumbers.Length)];
                        else if (t[0] is '"' or '\'')
                            tokens[a] = OddStrings[rng.Next(OddStrings.Length)];
                        else if (char.IsAsciiLetter(t[0]) || t[0] == '_')
                        {
                            var names = tokens.Where(x => char.IsAsciiLetter(x[0]) || x[0] == '_').ToList();
                            tokens[a] = names[rng.Next(names.Count)];
                        }
                        else if (!char.IsWhiteSpace(t[0]) && t[0] != '#')
                            tokens[a] = OddOperators[rng.Next(OddOperators.Length)];
                        else
                            k--; // whitespace or a comment: try another token
                    }
                    else if (kind == "token-shuffle")
                    {
                        var b = rng.Next(tokens.Count);
                        (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
                    }
                    else if (kind == "token-delete")
                        tokens.RemoveAt(a);
                    else
                    {
                        var len = Math.Min(rng.Next(1, 20), tokens.Count - a);
                        tokens.InsertRange(a, tokens.GetRange(a, len));
                    }
                }
                return (Bytes(string.Concat(tokens)), $"({n} times)");
            }
            case "line-shuffle":
            case "line-delete":
            case "line-duplicate":
            {
                var lines = Text(original).Split('\n').ToList();
                var n = rng.Next(1, 4);
                for (var k = 0; k < n && lines.Count > 0; k++)
                {
                    var a = rng.Next(lines.Count);
                    if (kind == "line-shuffle")
                    {
                        var b = rng.Next(lines.Count);
                        (lines[a], lines[b]) = (lines[b], lines[a]);
                    }
                    else if (kind == "line-delete")
                        lines.RemoveAt(a);
                    else
                        lines.Insert(a, lines[a]);
                }
                return (Bytes(string.Join('\n', lines)), $"({n} times)");
            }
            case "reindent":
            {
                // some indented lines get tabs for spaces, or one space more or less
                var lines = Text(original).Split('\n');
                var n = 0;
                for (var k = 0; k < lines.Length; k++)
                {
                    if (!lines[k].StartsWith(' ') || rng.Next(4) != 0)
                        continue;
                    n++;
                    lines[k] = rng.Next(3) switch
                    {
                        0 => "\t" + lines[k].TrimStart(' '),
                        1 => " " + lines[k],
                        _ => lines[k][1..],
                    };
                }
                return (Bytes(string.Join('\n', lines)), $"({n} lines)");
            }
            default: // splice: the start of this program, the end of another
            {
                var other = programs[rng.Next(programs.Count)];
                var second = File.ReadAllBytes(Path.Combine(Corpus.ProgramsDirectory, other));
                var a = rng.Next(original.Length + 1);
                var b = rng.Next(second.Length + 1);
                return ([.. original[..a], .. second[b..]], $"(bytes 0..{a}, then {other} from byte {b})");
            }
        }
    }
}
