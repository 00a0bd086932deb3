// The suite description (bench/suite.json): interpreter columns, program rows (serial
// programs, and parallel ones expanded over thread counts), extra ratio tables, and the
// targets of the serial-slowdown and thread-scaling sections. Kept as data so that later
// issues add rows and columns (JIT, segments) without touching the harness. Also resolves
// each column to an executable.
using System.Diagnostics;
using System.Text.Json;

namespace Stmvm.Bench.WholeProgram;

public sealed record InterpreterSpec(string Name, string[] Command, string Description,
    bool Python = false, bool Optional = false);

/// A program of the suite. Threads: the thread counts of a parallel program (numbers, or
/// "cores" / "2*cores": this machine's CPU count, times a factor); each becomes a row, with
/// "{threads}" in the arguments replaced. FixedDuration: the program runs for a given time
/// whatever its speed (its wall time means nothing; its peak RSS does).
public sealed record ProgramSpec(string Name, string File, string[] Args, string[]? Quick = null,
    JsonElement[]? Threads = null, bool FixedDuration = false);

public sealed record RatioSpec(string Name, string Numerator, string Denominator);

/// The targets, and the two columns they compare (the STM build and the GIL build).
public sealed record TargetSpec(string Stm, string Nostm, double SerialGeomeanMax, double SerialMax,
    int ScalingThreads, double SpeedupMin, double StmOverNostmMin);

/// Programs: the serial suite (bench/run.sh). Parallel: the thread-scaling suite (run.sh
/// --threads), run by default under ParallelColumns only.
public sealed record SuiteSpec(string Reference, InterpreterSpec[] Interpreters, ProgramSpec[] Programs,
    ProgramSpec[]? Parallel = null, string[]? ParallelColumns = null, RatioSpec[]? ExtraRatios = null,
    TargetSpec? Targets = null)
{
    public static SuiteSpec Load(string path)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
        return JsonSerializer.Deserialize<SuiteSpec>(File.ReadAllText(path), options)
            ?? throw new InvalidDataException($"{path}: empty suite");
    }
}

/// One row of the tables: a program with its concrete arguments (Program: the suite's name
/// for it; Name adds the thread count; Threads is null for a serial program).
public sealed record Row(string Name, string Program, string File, string[] Args, int? Threads, bool FixedDuration)
{
    /// At most one thread: the rows of the serial-slowdown section.
    public bool Serial => (Threads ?? 1) <= 1 && !FixedDuration;

    /// Expands a program into rows: one per thread count when it has a threads list.
    public static IEnumerable<Row> Expand(ProgramSpec p, bool quick)
    {
        var args = quick && p.Quick != null ? p.Quick : p.Args;
        if (p.Threads == null || p.Threads.Length == 0)
        {
            yield return new Row(p.Name, p.Name, p.File, args, null, p.FixedDuration);
            yield break;
        }
        foreach (int t in p.Threads.Select(ThreadCount).Distinct())
            yield return new Row($"{p.Name} t={t}", p.Name, p.File,
                args.Select(a => a.Replace("{threads}", t.ToString())).ToArray(), t, p.FixedDuration);
    }

    /// A thread count: a number, "cores", or "K*cores" (this machine's CPU count times K).
    private static int ThreadCount(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Number) return e.GetInt32();
        string s = e.GetString() ?? "";
        if (s == "cores") return Environment.ProcessorCount;
        if (s.EndsWith("*cores") && int.TryParse(s[..^"*cores".Length], out int k)) return k * Environment.ProcessorCount;
        throw new InvalidDataException($"thread count {e}: expected a number, \"cores\" or \"K*cores\"");
    }
}

/// A column ready to run: the executable's absolute path and the arguments before the program.
public sealed record Interpreter(string Name, string Description, string Executable, string[] PrefixArgs)
{
    /// Finds the column's executable, or null (with the reason) when it is absent. Python
    /// columns are resolved to sys.executable so that a pyenv-style shim script (which costs
    /// tens of milliseconds and an extra process) is not part of the measurement.
    public static Interpreter? Resolve(InterpreterSpec spec, string root, out string? why)
    {
        why = null;
        string? exe = FindExecutable(spec.Command[0], root);
        if (exe == null)
        {
            why = $"{spec.Command[0]} not found";
            return null;
        }
        if (spec.Python)
        {
            exe = AskPython(exe);
            if (exe == null)
            {
                why = $"{spec.Command[0]} did not report sys.executable";
                return null;
            }
        }
        return new Interpreter(spec.Name, spec.Description, exe, spec.Command[1..]);
    }

    private static string? FindExecutable(string command, string root)
    {
        if (command.Contains('/'))
        {
            string p = Path.GetFullPath(Path.Combine(root, command));
            return File.Exists(p) ? p : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string p = Path.Combine(dir, command);
            if (File.Exists(p) && (File.GetUnixFileMode(p) & UnixFileMode.UserExecute) != 0) return p;
        }
        return null;
    }

    private static string? AskPython(string exe)
    {
        try
        {
            var psi = new ProcessStartInfo(exe, ["-c", "import sys; print(sys.executable)"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 && File.Exists(output) ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
