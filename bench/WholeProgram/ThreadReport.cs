// Issue 4's sections of the report: the STM build's serial slowdown (stm / nostm on one
// thread, over every serial row: the serial programs and the parallel ones at t=1), the
// thread scaling of each parallel program per column (speed-up of N threads over 1 thread),
// the threading overhead (CPU time of N threads over 1), stm against nostm at each thread
// count, the allocation-steady program's peak RSS, and the targets met or not. Speed-ups are wall
// time (what threads are for); the serial slowdown is judged on CPU time, the steadier
// measure on a shared machine (wall time is shown beside it). A failed cell (e.g. a VM
// without the threading module) shows its failure and takes no part in any ratio.
namespace Stmvm.Bench.WholeProgram;

public sealed record Section(string Title, string Intro, List<string[]> Table);

public sealed class ThreadReport(Report report, IReadOnlyList<RowResult> results, IReadOnlyList<Interpreter> columns, TargetSpec targets)
{
    private readonly List<RowResult> _parallel = results.Where(r => r.Row.Threads != null && !r.Row.FixedDuration).ToList();
    private List<int> ThreadCounts => _parallel.Select(r => r.Row.Threads!.Value).Distinct().Order().ToList();
    private List<string> Programs => _parallel.Select(r => r.Row.Program).Distinct().ToList();
    private bool HasStmPair => columns.Any(c => c.Name == targets.Stm) && columns.Any(c => c.Name == targets.Nostm);

    /// The targets first (the summary), then the tables behind them.
    public IEnumerable<Section> Sections()
    {
        if (HasStmPair) yield return Targets();
        if (HasStmPair && results.Any(r => r.Row.Serial)) yield return SerialSlowdown();
        if (_parallel.Count > 0)
        {
            yield return Scaling();
            yield return Overhead();
            if (HasStmPair) yield return StmVsNostm();
        }
        if (results.Any(r => r.Row.FixedDuration)) yield return Steady();
    }

    /// The SVG's panels: speed-ups over 1 thread, and the serial slowdown, with their targets.
    public IEnumerable<ChartPanel> ChartPanels()
    {
        if (_parallel.Count > 0)
        {
            var groups = new List<(string, double?[])>();
            var counts = ThreadCounts.Where(t => t > 1).ToList();
            foreach (string p in Programs)
                foreach (int t in counts)
                    groups.Add(($"{p} t={t}", columns.Select(c => Speedup(p, c.Name, t)).ToArray()));
            foreach (int t in counts)
                groups.Add(($"geomean t={t}", columns.Select(c => GeoMean(Programs.Select(p => Speedup(p, c.Name, t)))).ToArray()));
            yield return new ChartPanel("Thread scaling: speed-up over 1 thread, wall time (log scale; above the line = faster)",
                columns.Select(c => c.Name).ToArray(), groups,
                [(targets.SpeedupMin, $"target: {targets.Stm} with {targets.ScalingThreads} threads")]);
        }
        var serial = results.Where(r => r.Row.Serial).ToList();
        if (HasStmPair && serial.Count > 0)
        {
            var groups = serial.Select(r => (r.Row.Name, new[] { Slowdown(r, Report.Cpu), Slowdown(r, Report.Wall) })).ToList();
            groups.Add(("geomean", [GeoMean(serial.Select(r => Slowdown(r, Report.Cpu))), GeoMean(serial.Select(r => Slowdown(r, Report.Wall)))]));
            yield return new ChartPanel($"Serial slowdown: {targets.Stm} / {targets.Nostm} on one thread (log scale; above the line = the STM build is slower)",
                ["cpu", "wall"], groups,
                [(targets.SerialGeomeanMax, "target: geomean"), (targets.SerialMax, "target: every program")]);
        }
    }

    private Section SerialSlowdown()
    {
        var table = new List<string[]> { new[] { "program", "wall", "cpu" } };
        var rows = results.Where(r => r.Row.Serial).ToList();
        foreach (var r in rows)
            table.Add([r.Row.Name, Report.FormatRatio(Slowdown(r, Report.Wall)), Report.FormatRatio(Slowdown(r, Report.Cpu))]);
        table.Add(["geomean", GeoMeanText(rows, Report.Wall), GeoMeanText(rows, Report.Cpu)]);
        table.Add(["max", MaxText(rows, Report.Wall), MaxText(rows, Report.Cpu)]);
        return new Section($"Serial slowdown ({targets.Stm} / {targets.Nostm}, one thread)",
            $"The STM build's time over the GIL build's on one thread, per serial row (the serial programs and the parallel ones "
            + $"at t=1). Targets: geomean <= {targets.SerialGeomeanMax:0.00}, none above {targets.SerialMax:0.0} (judged on CPU time).", table);
    }

    private Section Scaling()
    {
        var counts = ThreadCounts;
        var table = new List<string[]> { new[] { "program", "column" }.Concat(counts.Select(t => $"t={t}")).ToArray() };
        foreach (string p in Programs)
            foreach (var c in columns)
                table.Add([p, c.Name, .. counts.Select(t => ScalingCell(p, c.Name, t))]);
        foreach (var c in columns)
            table.Add(["geomean", c.Name, .. counts.Select(t => t == 1 ? "" : Report.FormatRatio(GeoMean(Programs.Select(p => Speedup(p, c.Name, t)))))]);
        return new Section("Thread scaling: wall time and speed-up over 1 thread",
            $"Each cell: median wall time; ×speed-up (wall time with 1 thread / with N, same column); "
            + $"cores busy (CPU time / wall time). This machine has {Environment.ProcessorCount} cores; the largest count is "
            + $"oversubscribed on purpose. Target: {targets.Stm} with {targets.ScalingThreads} threads >= {targets.SpeedupMin:0.0}x faster than with 1.", table);
    }

    private Section Overhead()
    {
        var counts = ThreadCounts.Where(t => t > 1).ToList();
        var table = new List<string[]> { new[] { "program" }.Concat(columns.SelectMany(c => counts.Select(t => $"{c.Name} t={t}"))).ToArray() };
        foreach (string p in Programs)
            table.Add([p, .. columns.SelectMany(c => counts.Select(t => Report.FormatRatio(CpuGrowth(p, c.Name, t))))]);
        table.Add(["geomean", .. columns.SelectMany(c => counts.Select(t => Report.FormatRatio(GeoMean(Programs.Select(p => CpuGrowth(p, c.Name, t))))))]);
        return new Section("Threading overhead: CPU time with N threads / with 1",
            "The same work split over N threads: the CPU time it then costs over its cost on one thread, same column "
            + "(GIL hand-overs, lock and queue traffic, transaction conflicts and retries). Ideally ×1.00; much steadier "
            + "than the wall-time speed-ups when the machine is busy.", table);
    }

    private Section StmVsNostm()
    {
        var counts = ThreadCounts;
        var table = new List<string[]> { new[] { "program" }.Concat(counts.Select(t => $"t={t}")).ToArray() };
        foreach (string p in Programs)
            table.Add([p, .. counts.Select(t => Report.FormatRatio(StmGain(p, t)))]);
        table.Add(["geomean", .. counts.Select(t => Report.FormatRatio(GeoMean(Programs.Select(p => StmGain(p, t)))))]);
        return new Section($"{targets.Stm} vs {targets.Nostm} at the same thread count",
            $"Wall time of {targets.Nostm} / wall time of {targets.Stm}: above 1, the STM build is faster. "
            + $"Target: >= {targets.StmOverNostmMin:0.0} with {targets.ScalingThreads} threads.", table);
    }

    private Section Steady()
    {
        var table = new List<string[]> { new[] { "program", "args" }.Concat(columns.Select(c => c.Name)).ToArray() };
        foreach (var r in results.Where(r => r.Row.FixedDuration))
            table.Add([r.Row.Name, string.Join(" ", r.Row.Args), .. columns.Select(c =>
            {
                var cell = r.Cells[c.Name];
                return cell.Ok ? $"{cell.MedianRssMb:F0} MB, cpu {cell.MedianCpu:F1} s" : Report.FailureLabel(cell);
            })]);
        return new Section("Allocation-steady threads (peak RSS)",
            "Programs that run for a set time (the last argument, seconds): their speed is not measured, their peak RSS is. "
            + "For the \"RSS stays flat\" check run one for 5 minutes (bench/README.md): its peak should stay that of a short run.", table);
    }

    private Section Targets()
    {
        var serial = results.Where(r => r.Row.Serial).ToList();
        var table = new List<string[]> { new[] { "target", "measured", "met" } };
        if (serial.Count > 0)
        {
            double? geo = GeoMean(serial.Select(r => Slowdown(r, Report.Cpu)));
            table.Add([$"serial slowdown geomean <= {targets.SerialGeomeanMax:0.00} (cpu; wall {GeoMeanText(serial, Report.Wall)})",
                GeoMeanText(serial, Report.Cpu), Met(geo, g => g <= targets.SerialGeomeanMax)]);
            var worst = Worst(serial.Select(r => (r.Row.Name, Slowdown(r, Report.Cpu))), max: true);
            table.Add([$"serial slowdown: none above {targets.SerialMax:0.0} (cpu; wall {MaxText(serial, Report.Wall)})",
                MaxText(serial, Report.Cpu), Met(worst?.Value, w => w <= targets.SerialMax)]);
        }
        if (_parallel.Count > 0)
        {
            int n = targets.ScalingThreads;
            var speedups = Programs.Select(p => (p, Speedup(p, targets.Stm, n))).ToList();
            table.Add([$"{targets.Stm}: {n} threads >= {targets.SpeedupMin:0.0}x faster than 1 (wall, worst program)",
                WorstText(speedups), Met(Worst(speedups, max: false)?.Value, v => v >= targets.SpeedupMin)]);
            var gains = Programs.Select(p => (p, StmGain(p, n))).ToList();
            table.Add([$"{targets.Stm} with {n} threads >= {targets.StmOverNostmMin:0.0}x faster than {targets.Nostm} with {n} (wall, worst program)",
                WorstText(gains), Met(Worst(gains, max: false)?.Value, v => v >= targets.StmOverNostmMin)]);
        }
        return new Section("Targets (issue 4)",
            "\"not measured\": a cell it needs failed (or its column was not run) in this session.", table);
    }

    private RowResult? Find(string program, int threads)
        => _parallel.FirstOrDefault(r => r.Row.Program == program && r.Row.Threads == threads);

    private double? Slowdown(RowResult r, Metric m) => report.Ratio(r, targets.Stm, targets.Nostm, m);

    /// Wall time with 1 thread / with t threads, in one column.
    private double? Speedup(string program, string column, int t) => OneOverMany(program, column, t, c => c.MedianWall);

    /// CPU time with t threads / with 1 thread, in one column.
    private double? CpuGrowth(string program, string column, int t) => 1 / OneOverMany(program, column, t, c => c.MedianCpu);

    /// value(1 thread) / value(t threads) in one column, or null when either cell is unusable.
    private double? OneOverMany(string program, string column, int t, Func<Cell, double> value)
    {
        var one = Find(program, 1)?.Cells[column];
        var many = Find(program, t)?.Cells[column];
        if (one == null || many == null || !one.Ok || !many.Ok || value(one) <= 0 || value(many) <= 0) return null;
        return value(one) / value(many);
    }

    /// nostm's wall time / stm's at t threads (the inverse of stm / nostm).
    private double? StmGain(string program, int t)
        => Find(program, t) is { } r && report.Ratio(r, targets.Stm, targets.Nostm, Report.Wall) is double v ? 1 / v : null;

    private string ScalingCell(string program, string column, int t)
    {
        var cell = Find(program, t)?.Cells[column];
        if (cell == null) return "-";
        if (!cell.Ok) return Report.FailureLabel(cell);
        string busy = $"{cell.MedianCpu / cell.MedianWall:F1} cores";
        return t == 1 ? $"{cell.MedianWall:F2} s, {busy}" : $"{cell.MedianWall:F2} s {Report.FormatRatio(Speedup(program, column, t))}, {busy}";
    }

    private string GeoMeanText(List<RowResult> rows, Metric m)
    {
        var values = rows.Select(r => Slowdown(r, m)).ToList();
        int count = values.Count(v => v.HasValue);
        string mean = Report.FormatRatio(GeoMean(values));
        return count == rows.Count || count == 0 ? mean : $"{mean} ({count}/{rows.Count})";
    }

    private string MaxText(List<RowResult> rows, Metric m) => WorstText(Worst(rows.Select(r => (r.Row.Name, Slowdown(r, m))), max: true));

    private static string WorstText((string Name, double Value)? worst)
        => worst is { } w ? $"{Report.FormatRatio(w.Value)} ({w.Name})" : "-";

    /// The smallest value, and how many of the programs had one when not all did.
    private static string WorstText(List<(string Name, double? Value)> values)
    {
        int known = values.Count(v => v.Value.HasValue);
        string worst = WorstText(Worst(values, max: false));
        return known == values.Count || known == 0 ? worst : $"{worst}, {known}/{values.Count} programs";
    }

    private static (string Name, double Value)? Worst(IEnumerable<(string Name, double? Value)> values, bool max)
    {
        var known = values.Where(v => v.Value.HasValue).Select(v => (v.Name, Value: v.Value!.Value)).ToList();
        if (known.Count == 0) return null;
        return max ? known.MaxBy(v => v.Value) : known.MinBy(v => v.Value);
    }

    private static double? GeoMean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : Stats.GeoMean(known);
    }

    private static string Met(double? value, Func<double, bool> ok) => value is double v ? (ok(v) ? "yes" : "**NO**") : "not measured";
}
