// bench/run.sh's entry point: parses the options, resolves the suite's columns, runs the
// session and writes bench/results/NAME.{md,svg,json} (NAME is "latest", or "quick" with
// --quick, with "-threads" or "-all" after it for --threads or --all, or --name's value).
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Stmvm.Bench.WholeProgram;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const string Usage = """
usage: bench/run.sh [--threads | --all] [--quick] [--runs N] [--only NAME[,NAME...]] [--columns NAME[,NAME...]]
                    [--timeout SECONDS] [--name NAME] [--suite FILE] [--save-expected]
  --threads        the thread-scaling suite instead of the serial one: the parallel programs
                   with 1, 2 and 2 x cores threads, under the suite's parallelColumns
                   (nostm, stm, python3, pypy3); writes results/latest-threads.*
  --all            both suites in one session, under every column; writes results/latest-all.*
  --quick          the programs' small "quick" sizes, 3 runs unless --runs is given
  --runs N         runs per program and column (default 5); the median is reported
  --only NAMES     run only these programs (comma-separated)
  --columns NAMES  run only these columns (interpreters) of the suite
  --timeout S      kill a run after S seconds (default 600)
  --name NAME      write bench/results/NAME.{md,svg,json} (default latest, or quick)
  --suite FILE     the suite to run (default bench/suite.json)
  --save-expected  store the reference column's outputs in bench/programs/expected/
""";

bool quick = false, saveExpected = false, threads = false, all = false;
int? runs = null;
double timeoutSeconds = 600;
string? only = null, onlyColumns = null, name = null, suitePath = null;
for (int i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--quick": quick = true; break;
        case "--threads": threads = true; break;
        case "--all": all = true; break;
        case "--save-expected": saveExpected = true; break;
        case "--runs": runs = int.Parse(Next()); break;
        case "--only": only = Next(); break;
        case "--columns": onlyColumns = Next(); break;
        case "--timeout": timeoutSeconds = double.Parse(Next()); break;
        case "--name": name = Next(); break;
        case "--suite": suitePath = Next(); break;
        case "-h": case "--help": Console.Write(Usage); return 0;
        default: Console.Error.Write($"unknown option {args[i]}\n{Usage}"); return 2;
    }
}

string root = FindRoot();
var suite = SuiteSpec.Load(suitePath ?? Path.Combine(root, "bench", "suite.json"));
if (threads && all)
{
    Console.Error.Write($"--threads and --all exclude each other\n{Usage}");
    return 2;
}
string[]? wantedColumns = onlyColumns?.Split(',') ?? (threads ? suite.ParallelColumns : null);
var columns = new List<Interpreter>();
foreach (var spec in suite.Interpreters)
{
    if (wantedColumns != null && !wantedColumns.Contains(spec.Name)) continue;
    var interpreter = Interpreter.Resolve(spec, root, out string? why);
    if (interpreter != null) columns.Add(interpreter);
    else if (spec.Optional) Console.WriteLine($"column {spec.Name} skipped: {why}");
    else
    {
        Console.Error.WriteLine($"column {spec.Name}: {why} (run ./build.sh first?)");
        return 1;
    }
}
var programs = threads ? suite.Parallel ?? [] : all ? [.. suite.Programs, .. suite.Parallel ?? []] : suite.Programs;
var rows = programs.Where(p => only == null || only.Split(',').Contains(p.Name))
    .SelectMany(p => Row.Expand(p, quick)).ToList();
if (rows.Count == 0)
{
    Console.Error.WriteLine($"no program matches --only {only}");
    return 2;
}
int runCount = runs ?? (quick ? 3 : 5);
name ??= (quick ? "quick" : "latest") + (threads ? "-threads" : all ? "-all" : "");

// Interrupted (Ctrl-C, kill): take the child being measured down too; then exit as usual.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Child.KillRunning());
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Child.KillRunning());

string loadBefore = LoadAverage();
var started = DateTime.UtcNow;
Console.WriteLine($"{rows.Count} programs x {columns.Count} columns x {runCount} runs; load average {loadBefore}");
var session = new Session(root, columns, suite.Reference, runCount, TimeSpan.FromSeconds(timeoutSeconds), saveExpected, Console.Out);
var results = session.Run(rows);
string loadAfter = LoadAverage();

var report = new Report(results, columns, suite.Reference);
var threadReport = suite.Targets == null ? null : new ThreadReport(report, results, columns, suite.Targets);
var sections = threadReport?.Sections().ToList() ?? [];
var metrics = new[] { Report.Wall, Report.Cpu, Report.Rss };
Console.WriteLine();
Console.WriteLine($"{Report.Wall.Title}, ratio to {suite.Reference}:");
Console.Write(Report.Text(report.MetricTable(Report.Wall)));
foreach (var section in sections)
    Console.Write($"\n{section.Title}:\n{Report.Text(section.Table)}");
foreach (var failure in report.Failures()) Console.WriteLine($"!!! {failure}");

string resultsDir = Path.Combine(root, "bench", "results");
Directory.CreateDirectory(resultsDir);
string title = $"stmvm whole-program benchmarks, {started:yyyy-MM-dd} ({Commit()})";
var md = new StringBuilder();
md.AppendLine($"# {title}\n");
md.AppendLine($"Generated by `bench/run.sh{string.Concat(args.Select(a => " " + a))}` on {started:yyyy-MM-dd HH:mm} UTC, "
    + $"{(DateTime.UtcNow - started).TotalMinutes:F0} min. Machine: {Environment.ProcessorCount} cores, load average {loadBefore} before, {loadAfter} after. "
    + $"Each cell: median of {runCount} runs (interleaved across columns), then its ratio to {suite.Reference} "
    + $"(geomean: geometric mean of the ratios; (k/n) when only k of n programs have one). "
    + $"Peak RSS: the child's own peak (wait4's ru_maxrss when it exceeds the harness's own, else VmHWM polled every 10 ms; see bench/README.md). Expected output from {string.Join(", ", results.Select(r => r.ExpectedFrom).Distinct())}.\n");
md.AppendLine("Columns: " + string.Join("; ", columns.Select(c => $"**{c.Name}** = {c.Description} (`{c.Executable}`)")) + ".\n");
md.AppendLine($"![ratios](./{name}.svg)\n");
foreach (var section in sections)
    md.AppendLine($"## {section.Title}\n\n{section.Intro}\n\n{Report.Markdown(section.Table)}");
foreach (var m in metrics)
    md.AppendLine($"## {m.Title}, ratio to {suite.Reference}\n\n{Report.Markdown(report.MetricTable(m))}");
foreach (var spec in suite.ExtraRatios ?? [])
    if (report.RatioTable(spec) is { } table) md.AppendLine($"## {spec.Name}\n\n{Report.Markdown(table)}");
md.AppendLine($"## Wall time spread (min-max of {runCount} runs)\n\n{Report.Markdown(report.SpreadTable())}");
var failures = report.Failures().ToList();
md.AppendLine("## Failures\n\n" + (failures.Count == 0 ? "None: every output matched.\n" : string.Concat(failures.Select(f => $"- {f}\n"))));
File.WriteAllText(Path.Combine(resultsDir, name + ".md"), md.ToString());
File.WriteAllText(Path.Combine(resultsDir, name + ".svg"), SvgChart.Render(title, [SvgChart.RatioPanel(report, results, columns, suite.Reference), .. threadReport?.ChartPanels() ?? []]));
File.WriteAllText(Path.Combine(resultsDir, name + ".json"), JsonSerializer.Serialize(new
{
    started,
    commit = Commit(),
    cores = Environment.ProcessorCount,
    loadBefore,
    loadAfter,
    runs = runCount,
    quick,
    reference = suite.Reference,
    columns = columns.Select(c => new { c.Name, c.Description, c.Executable, c.PrefixArgs }),
    rows = results.Select(r => new
    {
        r.Row.Name,
        r.Row.Program,
        r.Row.File,
        r.Row.Args,
        r.Row.Threads,
        r.Row.FixedDuration,
        r.ExpectedFrom,
        cells = r.Cells.Values.Select(c => new { column = c.Interpreter.Name, c.Failure, samples = c.Samples }),
    }),
}, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
Console.WriteLine($"wrote bench/results/{name}.md, .svg, .json");
return failures.Count == 0 ? 0 : 1;

// The repository root: the nearest folder above the current one holding bench/suite.json.
static string FindRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "bench", "suite.json"))) return dir.FullName;
    throw new DirectoryNotFoundException("bench/suite.json not found above the current directory");
}

static string LoadAverage()
    => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string Commit()
{
    try
    {
        var psi = new ProcessStartInfo("git", ["rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        string s = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return p.ExitCode == 0 ? s : "no git";
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "no git";
    }
}
