// The session's results as tables: wall time, CPU time and peak RSS per program and column,
// each with its ratio to the reference column and the geometric mean of those ratios, plus
// the suite's extra ratio tables (e.g. stm / nostm). Rendered as Markdown (latest.md) and as
// aligned text for the console. A cell whose output was wrong or that failed shows the
// failure instead of numbers, and takes no part in any ratio.
using System.Globalization;
using System.Text;

namespace Stmvm.Bench.WholeProgram;

/// Speed: a time, meaningless for a fixed-duration program (which then has no ratio).
public sealed record Metric(string Title, Func<Cell, double> Value, Func<double, string> Format, bool Speed);

public sealed class Report(IReadOnlyList<RowResult> results, IReadOnlyList<Interpreter> columns, string reference)
{
    public static readonly Metric Wall = new("Wall time (median)", c => c.MedianWall, v => $"{v:F2} s", true);
    public static readonly Metric Cpu = new("CPU time, user+sys (median)", c => c.MedianCpu, v => $"{v:F2} s", true);
    public static readonly Metric Rss = new("Peak RSS (median)", c => c.MedianRssMb, v => $"{v:F0} MB", false);

    /// value(column) / value(reference) for one row, or null when either cell is unusable.
    public double? Ratio(RowResult r, string column, string denominator, Metric m)
    {
        if (!r.Cells.TryGetValue(column, out var a) || !r.Cells.TryGetValue(denominator, out var b)) return null;
        if (!a.Ok || !b.Ok || (m.Speed && r.Row.FixedDuration)) return null;
        double den = m.Value(b);
        return den > 0 ? m.Value(a) / den : null;
    }

    /// One metric for every row and column, "value ×ratio"; last row the ratios' geometric mean.
    public List<string[]> MetricTable(Metric m)
    {
        var table = new List<string[]>();
        table.Add(["program", "args", .. columns.Select(c => c.Name)]);
        foreach (var r in results)
            table.Add([r.Row.Name, string.Join(" ", r.Row.Args), .. columns.Select(c => MetricCell(r, c.Name, m))]);
        table.Add(["geomean", "", .. columns.Select(c => GeoMeanCell(c.Name, reference, m))]);
        return table;
    }

    /// numerator / denominator per row, for one of the suite's extra ratio tables.
    public List<string[]>? RatioTable(RatioSpec spec)
    {
        if (!columns.Any(c => c.Name == spec.Numerator) || !columns.Any(c => c.Name == spec.Denominator)) return null;
        var table = new List<string[]>();
        table.Add(["program", "wall", "cpu", "rss"]);
        foreach (var r in results)
            table.Add([r.Row.Name, .. new[] { Wall, Cpu, Rss }.Select(m => FormatRatio(Ratio(r, spec.Numerator, spec.Denominator, m)))]);
        table.Add(["geomean", .. new[] { Wall, Cpu, Rss }.Select(m => GeoMeanCell(spec.Numerator, spec.Denominator, m))]);
        return table;
    }

    /// Wall-time spread: min and max of the runs per cell.
    public List<string[]> SpreadTable()
    {
        var table = new List<string[]>();
        table.Add(["program", .. columns.Select(c => c.Name)]);
        foreach (var r in results)
            table.Add([r.Row.Name, .. columns.Select(c =>
            {
                var cell = r.Cells[c.Name];
                return cell.Samples.Count == 0 ? "-" : $"{cell.MinWall:F2}-{cell.MaxWall:F2}";
            })]);
        return table;
    }

    public IEnumerable<string> Failures()
        => from r in results from c in columns where r.Cells[c.Name].Failure != null
           select $"{r.Row.Name} under {c.Name}: {r.Cells[c.Name].Failure}";

    /// The geometric mean of a column's ratios over the rows where it has one.
    public (double Mean, int Count) GeoMean(string column, string denominator, Metric m)
    {
        var ratios = results.Select(r => Ratio(r, column, denominator, m)).Where(x => x.HasValue).Select(x => x!.Value).ToList();
        return (Stats.GeoMean(ratios), ratios.Count);
    }

    /// The rows that can have a ratio of metric m.
    private int RatioRows(Metric m) => results.Count(r => !(m.Speed && r.Row.FixedDuration));

    private string MetricCell(RowResult r, string column, Metric m)
    {
        var cell = r.Cells[column];
        if (!cell.Ok) return FailureLabel(cell);
        var ratio = Ratio(r, column, reference, m);
        return column == reference || ratio == null ? m.Format(m.Value(cell)) : $"{m.Format(m.Value(cell))} {FormatRatio(ratio)}";
    }

    private string GeoMeanCell(string column, string denominator, Metric m)
    {
        if (column == denominator) return "1";
        var (mean, count) = GeoMean(column, denominator, m);
        int rows = RatioRows(m);
        return count == 0 ? "-" : count == rows ? FormatRatio(mean) : $"{FormatRatio(mean)} ({count}/{rows})";
    }

    /// What a table shows for an unusable cell: the kind of failure, and for a crash the last
    /// line of its stderr (e.g. "FAILED: ModuleNotFoundError: No module named 'threading'").
    public static string FailureLabel(Cell cell)
    {
        string f = cell.Failure ?? "no samples";
        if (f.StartsWith("WRONG")) return "WRONG OUTPUT";
        if (f.StartsWith("timed out")) return "TIMED OUT";
        int colon = f.StartsWith("exit code") ? f.IndexOf(": ", StringComparison.Ordinal) : -1;
        string why = colon < 0 ? f : f[(colon + 2)..];
        return "FAILED: " + (why.Length > 60 ? why[..60] + "..." : why);
    }

    public static string FormatRatio(double? r)
        => r == null ? "-" : "×" + r.Value.ToString(r.Value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Markdown(List<string[]> table)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| " + string.Join(" | ", table[0]) + " |");
        sb.AppendLine("|" + string.Join("|", table[0].Select((_, i) => i == 0 ? "---" : "---:")) + "|");
        foreach (var row in table.Skip(1)) sb.AppendLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|"))) + " |");
        return sb.ToString();
    }

    public static string Text(List<string[]> table)
    {
        var widths = Enumerable.Range(0, table[0].Length).Select(i => table.Max(r => r[i].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in table)
            sb.AppendLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        return sb.ToString();
    }
}
