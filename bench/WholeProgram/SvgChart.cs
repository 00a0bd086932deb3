// latest.svg: grouped bar charts on a log scale around 1 (bars rise above the line when the
// ratio is above 1, hang below it when under), stacked: each column's wall-time ratio to the
// reference column, one group per program plus the geometric mean; then, when the session
// has them, the thread-scaling speed-ups and the serial slowdown (panels built by
// ThreadReport) with their targets as dashed lines. Hand-written SVG: no dependencies, opens
// in any browser; each bar has a tooltip with its exact value.
using System.Globalization;
using System.Net;
using System.Text;

namespace Stmvm.Bench.WholeProgram;

/// One chart of the SVG: bar groups (one bar per series), on a log scale around 1, with
/// optional dashed lines marking targets.
public sealed record ChartPanel(string Heading, string[] Series, List<(string Label, double?[] Values)> Groups,
    (double Value, string Label)[] Lines);

public static class SvgChart
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#76b7b2", "#59a14f", "#e15759", "#b07aa1", "#edc948", "#9c755f"];
    private const double BarWidth = 11, GroupGap = 18, Left = 100, TitleHeight = 30, Top = 50, PlotHeight = 300, Bottom = 130;

    /// The main panel: each column's wall-time ratio to the reference column, per program and
    /// the geometric mean (programs of fixed duration have no ratio and are left out).
    public static ChartPanel RatioPanel(Report report, IReadOnlyList<RowResult> results, IReadOnlyList<Interpreter> columns, string reference)
    {
        var bars = columns.Where(c => c.Name != reference).ToList();
        var groups = results.Where(r => !r.Row.FixedDuration)
            .Select(r => (r.Row.Name, bars.Select(c => report.Ratio(r, c.Name, reference, Report.Wall)).ToArray())).ToList();
        groups.Add(("geomean", bars.Select(c => report.GeoMean(c.Name, reference, Report.Wall).Mean)
            .Select(v => double.IsNaN(v) ? (double?)null : v).ToArray()));
        return new ChartPanel($"Wall time relative to {reference} (log scale; above the line = slower, below = faster)",
            bars.Select(c => c.Name).ToArray(), groups, []);
    }

    /// The panels stacked one above the other under a common title.
    public static string Render(string title, IReadOnlyList<ChartPanel> panels)
    {
        // Wide enough for the bars and for the heading (about 7 px per character at 12 px).
        double PanelWidth(ChartPanel p) => Math.Max(Left + p.Groups.Count * (p.Series.Length * BarWidth + GroupGap) + 30,
            Left + p.Heading.Length * 7 + 20);
        double panelHeight = Top + PlotHeight + Bottom;
        double width = Math.Max(600, panels.Max(PanelWidth)), height = TitleHeight + panels.Count * panelHeight;
        var svg = new StringBuilder();
        svg.AppendLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height:F0}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(F($"<rect width=\"{width:F0}\" height=\"{height:F0}\" fill=\"white\"/>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Esc(title)}</text>"));
        for (int i = 0; i < panels.Count; i++)
            Panel(svg, panels[i], TitleHeight + i * panelHeight, PanelWidth(panels[i]));
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, ChartPanel p, double y0, double width)
    {
        int series = p.Series.Length;
        var all = p.Groups.SelectMany(g => g.Values).Where(v => v.HasValue).Select(v => v!.Value)
            .Concat(p.Lines.Select(l => l.Value)).Append(1.0).ToList();
        double lo = Math.Log10(Step(all.Min() / 1.1, down: true)), hi = Math.Log10(Step(all.Max() * 1.1, down: false));
        double groupWidth = series * BarWidth + GroupGap, top = y0 + Top;
        double Y(double ratio) => top + PlotHeight * (hi - Math.Log10(ratio)) / (hi - lo);

        svg.AppendLine(F($"<text x=\"{Left}\" y=\"{y0 + 14}\" fill=\"#333\" font-weight=\"bold\">{Esc(p.Heading)}</text>"));
        for (int i = 0; i < series; i++)
        {
            double x = Left + i * 110;
            svg.AppendLine(F($"<rect x=\"{x}\" y=\"{y0 + 24}\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{x + 16}\" y=\"{y0 + 34}\">{Esc(p.Series[i])}</text>"));
        }
        foreach (double tick in Ticks(lo, hi))
        {
            double y = Y(tick);
            string stroke = tick == 1 ? "#000" : "#ddd";
            svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{width - 20}\" y1=\"{y:F1}\" y2=\"{y:F1}\" stroke=\"{stroke}\"/>"));
            svg.AppendLine(F($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{tick.ToString("0.###", CultureInfo.InvariantCulture)}×</text>"));
        }
        foreach (var (value, label) in p.Lines)
        {
            double y = Y(value);
            svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{width - 20}\" y1=\"{y:F1}\" y2=\"{y:F1}\" stroke=\"#c00\" stroke-dasharray=\"5,4\"/>"));
            svg.AppendLine(F($"<text x=\"{width - 22}\" y=\"{y - 3:F1}\" text-anchor=\"end\" font-size=\"10\" fill=\"#c00\">{Esc(label)}</text>"));
        }
        double baseline = Y(1);
        for (int g = 0; g < p.Groups.Count; g++)
        {
            double x0 = Left + g * groupWidth + GroupGap / 2;
            var (groupLabel, values) = p.Groups[g];
            bool summary = groupLabel.StartsWith("geomean");
            for (int b = 0; b < series; b++)
            {
                double x = x0 + b * BarWidth;
                if (values[b] is not double v)
                {
                    svg.AppendLine(F($"<text x=\"{x + BarWidth / 2:F1}\" y=\"{baseline - 3:F1}\" text-anchor=\"middle\" font-size=\"9\" fill=\"#c00\">–</text>"));
                    continue;
                }
                double y = Y(v), barTop = Math.Min(y, baseline), h = Math.Max(Math.Abs(baseline - y), 1);
                string label = $"{groupLabel}, {p.Series[b]}: {Report.FormatRatio(v)}";
                svg.AppendLine(F($"<rect x=\"{x:F1}\" y=\"{barTop:F1}\" width=\"{BarWidth - 1}\" height=\"{h:F1}\" fill=\"{Palette[b % Palette.Length]}\"><title>{Esc(label)}</title></rect>"));
                if (summary)
                    svg.AppendLine(F($"<text x=\"{x + BarWidth / 2:F1}\" y=\"{barTop - 4:F1}\" text-anchor=\"start\" font-size=\"9\" transform=\"rotate(-90 {x + BarWidth / 2:F1} {barTop - 4:F1})\">{Esc(Report.FormatRatio(v))}</text>"));
            }
            double lx = x0 + series * BarWidth / 2, ly = top + PlotHeight + 14;
            string weight = summary ? " font-weight=\"bold\"" : "";
            svg.AppendLine(F($"<text x=\"{lx:F1}\" y=\"{ly:F1}\" text-anchor=\"end\"{weight} transform=\"rotate(-40 {lx:F1} {ly:F1})\">{Esc(groupLabel)}</text>"));
        }
        svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{top}\" y2=\"{top + PlotHeight}\" stroke=\"#000\"/>"));
    }

    /// The nearest of 1, 2 and 5 times a power of ten below (or above) v: the axis's ends.
    private static double Step(double v, bool down)
    {
        double p = Math.Pow(10, Math.Floor(Math.Log10(v)));
        double[] steps = [p, 2 * p, 5 * p, 10 * p];
        return down ? steps.Last(s => s <= v * (1 + 1e-9)) : steps.First(s => s >= v * (1 - 1e-9));
    }

    /// 1, 2 and 5 times each power of ten between 10^lo and 10^hi.
    private static IEnumerable<double> Ticks(double lo, double hi)
    {
        for (int e = (int)Math.Floor(lo); e <= (int)Math.Ceiling(hi); e++)
            foreach (double m in new[] { 1.0, 2.0, 5.0 })
            {
                double t = m * Math.Pow(10, e);
                if (Math.Log10(t) >= lo - 1e-9 && Math.Log10(t) <= hi + 1e-9) yield return t;
            }
    }

    private static string Esc(string s) => WebUtility.HtmlEncode(s);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
