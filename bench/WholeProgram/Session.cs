// One benchmark session: every row runs N times under every column, interleaved (run r
// goes round-robin over the columns, starting one further each run) so that load from
// the rest of the machine falls on all columns alike. Every run's stdout is checked
// against the reference column's (python3) or, without it, the stored expected output.
// A cell's remaining runs are skipped once it has failed.
namespace Stmvm.Bench.WholeProgram;

public sealed record Sample(double WallSeconds, double CpuSeconds, long PeakRssKb, bool RssExact, int ExitCode, bool TimedOut, bool OutputOk);

public sealed class Cell(Interpreter interpreter)
{
    public Interpreter Interpreter { get; } = interpreter;
    public List<Sample> Samples { get; } = [];
    /// Why this cell's numbers are not comparable (wrong output, crash, timeout), or null.
    public string? Failure { get; set; }
    public bool Ok => Failure == null && Samples.Count > 0;

    public double MedianWall => Stats.Median(Samples.Select(s => s.WallSeconds));
    public double MinWall => Samples.Min(s => s.WallSeconds);
    public double MaxWall => Samples.Max(s => s.WallSeconds);
    public double MedianCpu => Stats.Median(Samples.Select(s => s.CpuSeconds));
    public double MedianRssMb => Stats.Median(Samples.Select(s => s.PeakRssKb / 1024.0));
}

public sealed class RowResult(Row row, IEnumerable<Interpreter> columns)
{
    public Row Row { get; } = row;
    public Dictionary<string, Cell> Cells { get; } = columns.ToDictionary(c => c.Name, c => new Cell(c));
    /// Where the expected output came from ("python3", "stored", or "none").
    public string ExpectedFrom { get; set; } = "none";
}

public sealed class Session(string root, IReadOnlyList<Interpreter> columns, string reference, int runs,
    TimeSpan timeout, bool saveExpected, TextWriter log)
{
    public List<RowResult> Run(IEnumerable<Row> rows)
    {
        var results = new List<RowResult>();
        foreach (var row in rows)
        {
            var result = new RowResult(row, columns);
            var outputs = columns.ToDictionary(c => c.Name, _ => new List<string>());
            for (int r = 0; r < runs; r++)
            {
                log.Write($"{row.Name,-16} run {r + 1}/{runs}:");
                for (int k = 0; k < columns.Count; k++)
                {
                    var column = columns[(k + r) % columns.Count];
                    // A cell that crashed or timed out once is unusable: do not wait on it again
                    // (a deadlocked threaded run would cost the whole timeout every run).
                    if (result.Cells[column.Name].Failure != null) continue;
                    var m = Child.Run(column.Executable, [.. column.PrefixArgs, Path.Combine(root, row.File), .. row.Args], timeout);
                    outputs[column.Name].Add(m.Stdout);
                    result.Cells[column.Name].Samples.Add(new Sample(m.WallSeconds, m.CpuSeconds, m.PeakRssKb, m.RssExact, m.ExitCode, m.TimedOut, true));
                    log.Write($"  {column.Name} {m.WallSeconds:F2}s{(m.ExitCode != 0 ? $" (exit {m.ExitCode})" : "")}");
                    if (m.ExitCode != 0 && result.Cells[column.Name].Failure == null)
                        result.Cells[column.Name].Failure = m.TimedOut ? $"timed out after {timeout.TotalSeconds:F0} s"
                            : $"exit code {m.ExitCode}: {LastLine(m.Stderr)}";
                }
                log.WriteLine();
            }
            Check(result, outputs);
            results.Add(result);
        }
        return results;
    }

    /// Compares every run's output with the expected one; a mismatch disqualifies the cell.
    private void Check(RowResult result, Dictionary<string, List<string>> outputs)
    {
        string stored = ExpectedPath(result.Row);
        string? expected = null;
        if (outputs.TryGetValue(reference, out var refOutputs) && result.Cells[reference].Failure == null)
        {
            expected = refOutputs[0];
            result.ExpectedFrom = reference;
            if (saveExpected)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
                File.WriteAllText(stored, expected);
            }
            else if (File.Exists(stored) && File.ReadAllText(stored) != expected)
                log.WriteLine($"!!! {result.Row.Name}: {reference}'s output differs from {Path.GetRelativePath(root, stored)}");
        }
        else if (File.Exists(stored))
        {
            expected = File.ReadAllText(stored);
            result.ExpectedFrom = "stored";
        }
        foreach (var (name, list) in outputs)
        {
            var cell = result.Cells[name];
            for (int i = 0; i < list.Count; i++)
            {
                bool ok = expected != null && list[i] == expected;
                cell.Samples[i] = cell.Samples[i] with { OutputOk = ok };
                if (!ok && cell.Failure == null)
                    cell.Failure = expected == null ? "no expected output (no python3, no stored output)"
                        : $"WRONG OUTPUT in run {i + 1}: {FirstDifference(expected, list[i])}";
            }
            if (cell.Failure != null) log.WriteLine($"!!! {result.Row.Name} under {name}: {cell.Failure}");
        }
    }

    /// bench/programs/expected/NAME.ARGS.out: the reference output saved by --save-expected,
    /// used on machines without python3.
    private string ExpectedPath(Row row)
        => Path.Combine(root, Path.GetDirectoryName(row.File)!, "expected",
            $"{Path.GetFileNameWithoutExtension(row.File)}.{string.Join("_", row.Args)}.out");

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? "(no stderr)" : lines[^1].Trim();
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end of output>", al = i < a.Length ? a[i] : "<end of output>";
            if (el != al) return $"line {i + 1}: expected \"{Clip(el)}\", got \"{Clip(al)}\"";
        }
        return "outputs differ";
    }

    private static string Clip(string s) => s.Length > 80 ? s[..80] + "..." : s;
}

public static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var v = values.OrderBy(x => x).ToArray();
        if (v.Length == 0) return double.NaN;
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    public static double GeoMean(IEnumerable<double> values)
    {
        var v = values.ToArray();
        return v.Length == 0 ? double.NaN : Math.Exp(v.Average(Math.Log));
    }
}
