using System.Diagnostics;
using System.Text;

namespace Stmvm.Corpus.Tests;

/// <summary>
/// The guest-program corpus under tests/programs: finding the programs, their expected
/// outputs, the KNOWN_FAILING list, and running one program in one mode.
/// </summary>
public static class Corpus
{
    /// <summary>The four ways every program is run.</summary>
    public static readonly string[] Modes = { "nostm", "stm", "nostm-gcstress", "stm-jit" };

    /// <summary>Environment variable: only programs whose relative path contains this substring run.</summary>
    public const string FilterVariable = "STMVM_CORPUS_FILTER";

    /// <summary>Environment variable: run "VALUE prog.py" instead of the stmvm launchers (e.g. python3).</summary>
    public const string LauncherOverrideVariable = "STMVM_CORPUS_LAUNCHER_OVERRIDE";

    /// <summary>Environment variable: per-program timeout in seconds (default 60).</summary>
    public const string TimeoutVariable = "STMVM_CORPUS_TIMEOUT_SECONDS";

    /// <summary>Placeholder row used when the filter matches no program.</summary>
    public const string NoMatchPlaceholder = "(no program matches STMVM_CORPUS_FILTER)";

    private static readonly Lazy<string> RootLazy = new(FindRepositoryRoot);

    /// <summary>The repository root: the nearest ancestor of the test assembly holding global.json.</summary>
    public static string RepositoryRoot => RootLazy.Value;

    public static string ProgramsDirectory => Path.Combine(RepositoryRoot, "tests", "programs");

    public static string KnownFailingPath => Path.Combine(ProgramsDirectory, "KNOWN_FAILING");

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "global.json")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"cannot find the repository root (a folder with global.json) above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// Relative paths (with '/') of every program: *.py under tests/programs, except helper
    /// modules (names starting with '_') and anything inside a folder named "lib" or __pycache__.
    /// </summary>
    public static IReadOnlyList<string> AllPrograms()
    {
        var root = ProgramsDirectory;
        if (!Directory.Exists(root))
            return Array.Empty<string>();
        var result = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            var parts = rel.Split('/');
            if (parts[^1].StartsWith('_'))
                continue;
            if (parts[..^1].Any(p => p == "lib" || p == "__pycache__"))
                continue;
            result.Add(rel);
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>Programs selected by STMVM_CORPUS_FILTER (all when unset or empty).</summary>
    public static IReadOnlyList<string> SelectedPrograms()
    {
        var filter = Environment.GetEnvironmentVariable(FilterVariable);
        var all = AllPrograms();
        if (string.IsNullOrEmpty(filter))
            return all;
        return all.Where(p => p.Contains(filter, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Theory rows (program, mode) for one mode.</summary>
    public static IEnumerable<object[]> Cases(string mode)
    {
        var programs = SelectedPrograms();
        if (programs.Count == 0)
        {
            yield return new object[] { NoMatchPlaceholder, mode };
            yield break;
        }
        foreach (var p in programs)
            yield return new object[] { p, mode };
    }

    // ---------------------------------------------------------------- KNOWN_FAILING

    public sealed record KnownFailure(string Program, string Mode, string Reason, int Line);

    /// <summary>
    /// Parses tests/programs/KNOWN_FAILING: one entry per line, "relative/path.py MODE # reason",
    /// MODE being one of <see cref="Modes"/> or "*". Blank lines and lines starting with '#' are
    /// ignored. Malformed lines are reported in <paramref name="errors"/>.
    /// </summary>
    public static List<KnownFailure> ReadKnownFailing(List<string>? errors = null)
    {
        var list = new List<KnownFailure>();
        if (!File.Exists(KnownFailingPath))
            return list;
        var lineNo = 0;
        foreach (var raw in File.ReadAllLines(KnownFailingPath))
        {
            lineNo++;
            var line = raw;
            var reason = "";
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                reason = line[(hash + 1)..].Trim();
                line = line[..hash];
            }
            line = line.Trim();
            if (line.Length == 0)
                continue;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
            {
                errors?.Add($"KNOWN_FAILING line {lineNo}: expected 'relative/path.py MODE # reason', got '{raw}'");
                continue;
            }
            list.Add(new KnownFailure(fields[0].Replace('\\', '/'), fields[1], reason, lineNo));
        }
        return list;
    }

    private static readonly Lazy<List<KnownFailure>> KnownFailingLazy = new(() => ReadKnownFailing());

    /// <summary>
    /// True when a KNOWN_FAILING path pattern names <paramref name="program"/>: an exact relative
    /// path, or a pattern where '*' stands for any run of characters (e.g. "generators/*", "*").
    /// </summary>
    public static bool PatternMatches(string pattern, string program)
    {
        if (!pattern.Contains('*'))
            return pattern == program;
        var regex = "^" + string.Join(".*", pattern.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(program, regex);
    }

    /// <summary>The first KNOWN_FAILING entry that covers this program and mode, if any.</summary>
    public static KnownFailure? FindKnownFailure(string program, string mode) =>
        KnownFailingLazy.Value.FirstOrDefault(k => PatternMatches(k.Program, program) && (k.Mode == "*" || k.Mode == mode));

    /// <summary>Environment variable: append every unexpected failure as a KNOWN_FAILING line to this file.</summary>
    public const string FailuresOutVariable = "STMVM_CORPUS_FAILURES_OUT";

    private static readonly object FailuresOutLock = new();

    /// <summary>Records an unexpected failure in the STMVM_CORPUS_FAILURES_OUT file, when set.</summary>
    public static void RecordFailure(string program, string mode, string mismatch)
    {
        var path = Environment.GetEnvironmentVariable(FailuresOutVariable);
        if (string.IsNullOrWhiteSpace(path))
            return;
        // The reason: the headlines of the report ("stdout differs", "exit code differs: ...").
        var heads = mismatch.Split('\n').Skip(1)
            .Where(l => l.StartsWith("TIMEOUT") || l.StartsWith("stdout") || l.StartsWith("stderr") || l.StartsWith("exit code"))
            .Select(l => (l.Contains(" (") ? l[..l.IndexOf(" (")] : l).TrimEnd(':'))
            .ToList();
        var reason = heads.Count > 0 ? string.Join("; ", heads) : "fails";
        lock (FailuresOutLock)
            File.AppendAllText(path, $"{program} {mode}  # {reason}\n");
    }

    // ---------------------------------------------------------------- running

    public sealed record RunResult(byte[] Stdout, byte[] Stderr, int ExitCode, bool TimedOut, string CommandLine);

    /// <summary>The command that runs <paramref name="fileName"/> in <paramref name="mode"/>.</summary>
    public static (string FileName, List<string> Arguments) Command(string mode, string fileName)
    {
        var overrideLauncher = Environment.GetEnvironmentVariable(LauncherOverrideVariable);
        if (!string.IsNullOrWhiteSpace(overrideLauncher))
            return (overrideLauncher, new List<string> { fileName });

        var (launcher, flags) = mode switch
        {
            "nostm" => ("stmvm-nostm", Array.Empty<string>()),
            "stm" => ("stmvm", Array.Empty<string>()),
            "nostm-gcstress" => ("stmvm-nostm", new[] { "--gc-stress" }),
            "stm-jit" => ("stmvm", new[] { "--jit-threshold", "1" }),
            _ => throw new ArgumentException($"unknown corpus mode '{mode}'", nameof(mode)),
        };
        var path = Path.Combine(RepositoryRoot, "bin", launcher);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"launcher bin/{launcher} not found at {path}. Build stmvm first: run ./build.sh in {RepositoryRoot} " +
                $"(or set {LauncherOverrideVariable}=python3 to check the corpus itself against CPython).");
        }
        var args = new List<string> { "run" };
        args.AddRange(flags);
        args.Add(fileName);
        return (path, args);
    }

    public static TimeSpan Timeout
    {
        get
        {
            var s = Environment.GetEnvironmentVariable(TimeoutVariable);
            return int.TryParse(s, out var secs) && secs > 0 ? TimeSpan.FromSeconds(secs) : TimeSpan.FromSeconds(60);
        }
    }

    /// <summary>
    /// Runs one program: cwd = its folder, the relative file name as argument, empty stdin,
    /// a timeout (default <see cref="Timeout"/>) after which the whole process tree is killed.
    /// <paramref name="program"/> is relative to tests/programs, or an absolute path.
    /// </summary>
    public static RunResult Run(string program, string mode, TimeSpan? timeout = null)
    {
        var full = Path.Combine(ProgramsDirectory, program.Replace('/', Path.DirectorySeparatorChar));
        var dir = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var (exe, args) = Command(mode, name);
        var environment = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LauncherOverrideVariable)))
        {
            // Keep CPython from writing __pycache__ next to helper modules and pin its I/O encoding.
            environment["PYTHONDONTWRITEBYTECODE"] = "1";
            environment["PYTHONIOENCODING"] = "utf-8";
        }
        return RunCommand(exe, args, dir, timeout ?? Timeout, environment);
    }

    /// <summary>
    /// Runs <paramref name="exe"/> in <paramref name="dir"/> with an empty stdin; kills the whole
    /// process tree after <paramref name="timeout"/>. Keeps at most <paramref name="maxOutputBytes"/>
    /// of stdout and of stderr (the rest is read and dropped).
    /// </summary>
    public static RunResult RunCommand(string exe, IEnumerable<string> args, string dir, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, long maxOutputBytes = long.MaxValue)
    {
        var psi = new ProcessStartInfo(exe)
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        var commandLine = $"(cd {dir} && {exe} {string.Join(' ', args)})";

        using var process = new Process { StartInfo = psi };
        process.Start();
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program may already have exited; an empty stdin is all we wanted.
        }
        var stdout = new CappedMemoryStream(maxOutputBytes);
        var stderr = new CappedMemoryStream(maxOutputBytes);
        var outTask = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var errTask = process.StandardError.BaseStream.CopyToAsync(stderr);

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited between the timeout and the kill.
            }
            process.WaitForExit(5000);
        }
        // Drain the pipes (a killed tree closes them; bound the wait in case a grandchild escaped).
        Task.WaitAll(new[] { outTask, errTask }, TimeSpan.FromSeconds(10));
        var exit = process.HasExited ? process.ExitCode : -1;
        return new RunResult(stdout.ToArray(), stderr.ToArray(), exit, timedOut, commandLine);
    }

    /// <summary>A memory stream that keeps the first <c>cap</c> bytes written and drops the rest.</summary>
    private sealed class CappedMemoryStream(long cap) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            var room = (int)Math.Max(0, Math.Min(count, cap - Length));
            if (room > 0)
                base.Write(buffer, offset, room);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }

    // ---------------------------------------------------------------- expectations and comparison

    public sealed record Expected(byte[] Stdout, string? Stderr, int ExitCode);

    public static Expected ReadExpected(string program)
    {
        var full = Path.Combine(ProgramsDirectory, program.Replace('/', Path.DirectorySeparatorChar));
        var stem = full[..^3];
        var outPath = stem + ".out";
        if (!File.Exists(outPath))
        {
            throw new FileNotFoundException(
                $"{program}: expected-output file {Path.GetFileName(outPath)} is missing; " +
                $"generate it with tests/programs/regen.sh tests/programs/{program}");
        }
        var errPath = stem + ".err";
        var exitPath = stem + ".exit";
        var exit = 0;
        if (File.Exists(exitPath))
        {
            var text = File.ReadAllText(exitPath).Trim();
            if (!int.TryParse(text, out exit))
                throw new FormatException($"{program}: {Path.GetFileName(exitPath)} does not hold an integer: '{text}'");
        }
        return new Expected(
            File.ReadAllBytes(outPath),
            File.Exists(errPath) ? Decode(File.ReadAllBytes(errPath)) : null,
            exit);
    }

    public static string Decode(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes);

    /// <summary>
    /// True for the lines CPython 3.11 adds under a source line to mark the failing expression:
    /// only '^', '~' and spaces, with at least one marker. These are ignored when comparing stderr.
    /// </summary>
    public static bool IsCaretLine(string line)
    {
        var sawMarker = false;
        foreach (var c in line)
        {
            if (c == '^' || c == '~')
                sawMarker = true;
            else if (c != ' ')
                return false;
        }
        return sawMarker;
    }

    /// <summary>
    /// Stderr as compared: the program folder's absolute path prefix removed (CPython prints
    /// absolute file names in tracebacks; regen.sh strips the same prefix), line endings
    /// normalized to '\n', and caret-only lines dropped.
    /// </summary>
    public static string NormalizeStderr(string text, string? programDir)
    {
        if (programDir != null)
        {
            foreach (var prefix in DirectorySpellings(programDir))
                text = text.Replace(prefix + "/", "", StringComparison.Ordinal);
        }
        text = text.Replace("\r\n", "\n");
        var lines = text.Split('\n');
        return string.Join("\n", lines.Where(l => !IsCaretLine(l)));
    }

    private static IEnumerable<string> DirectorySpellings(string dir)
    {
        var full = Path.GetFullPath(dir).TrimEnd('/');
        yield return full;
        string? real = null;
        try
        {
            real = ResolveRealPath(full);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        if (real != null && real != full)
            yield return real;
    }

    /// <summary>Resolves symbolic links in every component of an absolute path.</summary>
    private static string ResolveRealPath(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = "/";
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            var info = new DirectoryInfo(next);
            var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            current = target != null ? Path.GetFullPath(target.FullName) : next;
        }
        return current.TrimEnd('/');
    }

    /// <summary>
    /// Compares a run with the expectation. Returns null when it matches, else a readable report.
    /// </summary>
    public static string? Compare(string program, Expected expected, RunResult actual)
    {
        var programDir = Path.GetDirectoryName(Path.Combine(ProgramsDirectory, program.Replace('/', Path.DirectorySeparatorChar)));
        var problems = new StringBuilder();
        if (actual.TimedOut)
            problems.Append($"TIMEOUT: killed after {Timeout.TotalSeconds:0} s\n");

        if (!expected.Stdout.AsSpan().SequenceEqual(actual.Stdout))
        {
            problems.Append("stdout differs (--- expected, +++ actual):\n");
            problems.Append(Diff.Render(Decode(expected.Stdout), Decode(actual.Stdout)));
        }

        var actualErr = NormalizeStderr(Decode(actual.Stderr), programDir);
        if (expected.Stderr == null)
        {
            if (actual.Stderr.Length != 0)
            {
                problems.Append("stderr should be empty but was:\n");
                problems.Append(Diff.Excerpt(Decode(actual.Stderr), 25));
            }
        }
        else
        {
            var expectedErr = NormalizeStderr(expected.Stderr, null);
            if (expectedErr != actualErr)
            {
                problems.Append("stderr differs (caret-only lines ignored; --- expected, +++ actual):\n");
                problems.Append(Diff.Render(expectedErr, actualErr));
            }
        }

        if (expected.ExitCode != actual.ExitCode)
            problems.Append($"exit code differs: expected {expected.ExitCode}, actual {actual.ExitCode}\n");

        if (problems.Length == 0)
            return null;
        return $"{program} [{actual.CommandLine}]\n{problems}";
    }
}
