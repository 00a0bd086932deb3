// latest.svg: a grouped bar chart of each column's wall-time ratio to the reference column,
// one group per program plus the geometric mean, on a log scale around 1 (bars rise above the
// line when slower than the reference, hang below it when faster). Hand-written SVG: no
// dependencies, opens in any browser; each bar has a tooltip with its exact value.
using System.Globalization;
using System.Net;
using System.Text;

namespace Stmvm.Bench.WholeProgram;

public static class SvgChart
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#76b7b2", "#59a14f", "#e15759", "#b07aa1", "#edc948", "#9c755f"];
    private const double BarWidth = 11, GroupGap = 18, Left = 70, Top = 70, PlotHeight = 330, Bottom = 120;

    public static string Render(Report report, IReadOnlyList<RowResult> results, IReadOnlyList<Interpreter> columns,
        string reference, string title)
    {
        var bars = columns.Where(c => c.Name != reference).ToList();
        var groups = results.Select(r => (Label: r.Row.Name, Values: bars.Select(c => report.Ratio(r, c.Name, reference, Report.Wall)).ToArray())).ToList();
        groups.Add(("geomean", bars.Select(c => (double?)report.GeoMean(c.Name, reference, Report.Wall).Mean)
            .Select(v => v is double d && !double.IsNaN(d) ? v : null).ToArray()));

        var all = groups.SelectMany(g => g.Values).Where(v => v.HasValue).Select(v => v!.Value).Append(1.0).ToList();
        double lo = Math.Floor(Math.Log10(all.Min() / 1.2)), hi = Math.Ceiling(Math.Log10(all.Max() * 1.2));
        if (hi - lo < 1) hi = lo + 1;
        double groupWidth = bars.Count * BarWidth + GroupGap;
        double width = Left + groups.Count * groupWidth + 30, height = Top + PlotHeight + Bottom;
        double Y(double ratio) => Top + PlotHeight * (hi - Math.Log10(ratio)) / (hi - lo);

        var svg = new StringBuilder();
        svg.AppendLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height:F0}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(F($"<rect width=\"{width:F0}\" height=\"{height:F0}\" fill=\"white\"/>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Esc(title)}</text>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"40\" fill=\"#555\">Wall time relative to {Esc(reference)} (log scale; above the line = slower, below = faster)</text>"));
        for (int i = 0; i < bars.Count; i++)
        {
            double x = Left + i * 110;
            svg.AppendLine(F($"<rect x=\"{x}\" y=\"50\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{x + 16}\" y=\"60\">{Esc(bars[i].Name)}</text>"));
        }
        foreach (double tick in Ticks(lo, hi))
        {
            double y = Y(tick);
            string stroke = tick == 1 ? "#000" : "#ddd";
            svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{width - 20}\" y1=\"{y:F1}\" y2=\"{y:F1}\" stroke=\"{stroke}\"/>"));
            svg.AppendLine(F($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{tick.ToString("0.###", CultureInfo.InvariantCulture)}×</text>"));
        }
        double baseline = Y(1);
        for (int g = 0; g < groups.Count; g++)
        {
            double x0 = Left + g * groupWidth + GroupGap / 2;
            for (int b = 0; b < bars.Count; b++)
            {
                double x = x0 + b * BarWidth;
                if (groups[g].Values[b] is not double v)
                {
                    svg.AppendLine(F($"<text x=\"{x + BarWidth / 2:F1}\" y=\"{baseline - 3:F1}\" text-anchor=\"middle\" font-size=\"9\" fill=\"#c00\">–</text>"));
                    continue;
                }
                double y = Y(v), top = Math.Min(y, baseline), h = Math.Max(Math.Abs(baseline - y), 1);
                string label = $"{groups[g].Label}, {bars[b].Name}: {Report.FormatRatio(v)}";
                svg.AppendLine(F($"<rect x=\"{x:F1}\" y=\"{top:F1}\" width=\"{BarWidth - 1}\" height=\"{h:F1}\" fill=\"{Palette[b % Palette.Length]}\"><title>{Esc(label)}</title></rect>"));
                if (g == groups.Count - 1)
                    svg.AppendLine(F($"<text x=\"{x + BarWidth / 2:F1}\" y=\"{top - 4:F1}\" text-anchor=\"start\" font-size=\"9\" transform=\"rotate(-90 {x + BarWidth / 2:F1} {top - 4:F1})\">{Esc(Report.FormatRatio(v))}</text>"));
            }
            double lx = x0 + bars.Count * BarWidth / 2, ly = Top + PlotHeight + 14;
            string weight = g == groups.Count - 1 ? " font-weight=\"bold\"" : "";
            svg.AppendLine(F($"<text x=\"{lx:F1}\" y=\"{ly:F1}\" text-anchor=\"end\"{weight} transform=\"rotate(-40 {lx:F1} {ly:F1})\">{Esc(groups[g].Label)}</text>"));
        }
        svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\" stroke=\"#000\"/>"));
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    /// 1, 2 and 5 times each power of ten between 10^lo and 10^hi.
    private static IEnumerable<double> Ticks(double lo, double hi)
    {
        for (int e = (int)lo; e <= (int)hi; e++)
            foreach (double m in new[] { 1.0, 2.0, 5.0 })
            {
                double t = m * Math.Pow(10, e);
                if (Math.Log10(t) >= lo - 1e-9 && Math.Log10(t) <= hi + 1e-9) yield return t;
            }
    }

    private static string Esc(string s) => WebUtility.HtmlEncode(s);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
