using System.Text;

namespace Stmvm.Corpus.Tests;

/// <summary>A small unified-style diff for assertion messages: the first differing region with context.</summary>
public static class Diff
{
    private const int Context = 3;
    private const int MaxLinesPerSide = 20;

    public static string Render(string expected, string actual)
    {
        var e = SplitLines(expected);
        var a = SplitLines(actual);

        var prefix = 0;
        while (prefix < e.Length && prefix < a.Length && e[prefix] == a[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < e.Length - prefix && suffix < a.Length - prefix
               && e[e.Length - 1 - suffix] == a[a.Length - 1 - suffix])
            suffix++;

        var sb = new StringBuilder();
        var eMid = e.Length - prefix - suffix;
        var aMid = a.Length - prefix - suffix;
        sb.Append($"@@ first difference at line {prefix + 1} (expected {e.Length} lines, actual {a.Length} lines) @@\n");
        for (var i = Math.Max(0, prefix - Context); i < prefix; i++)
            sb.Append("  ").Append(Show(e[i])).Append('\n');
        AppendSide(sb, '-', e, prefix, eMid);
        AppendSide(sb, '+', a, prefix, aMid);
        var after = e.Length - suffix;
        for (var i = after; i < Math.Min(e.Length, after + Context); i++)
            sb.Append("  ").Append(Show(e[i])).Append('\n');

        var eEndsNl = expected.EndsWith('\n');
        var aEndsNl = actual.EndsWith('\n');
        if (actual.Length == 0)
            sb.Append("(actual is empty)\n");
        else if (expected.Length == 0)
            sb.Append("(expected is empty)\n");
        else if (eEndsNl != aEndsNl)
            sb.Append($"(expected {(eEndsNl ? "ends" : "does not end")} with a newline, actual {(aEndsNl ? "ends" : "does not end")} with one)\n");
        if (eMid == aMid && Enumerable.Range(prefix, eMid).All(i => e[i].TrimEnd() == a[i].TrimEnd()))
            sb.Append("(the differing lines differ only in trailing whitespace)\n");
        return sb.ToString();
    }

    private static void AppendSide(StringBuilder sb, char mark, string[] lines, int start, int count)
    {
        var shown = Math.Min(count, MaxLinesPerSide);
        for (var i = start; i < start + shown; i++)
            sb.Append(mark).Append(' ').Append(Show(lines[i])).Append('\n');
        if (count > shown)
            sb.Append(mark).Append($" ... ({count - shown} more lines)\n");
    }

    /// <summary>The first <paramref name="maxLines"/> lines of a text.</summary>
    public static string Excerpt(string text, int maxLines)
    {
        var lines = SplitLines(text);
        var sb = new StringBuilder();
        foreach (var l in lines.Take(maxLines))
            sb.Append("  ").Append(Show(l)).Append('\n');
        if (lines.Length > maxLines)
            sb.Append($"  ... ({lines.Length - maxLines} more lines)\n");
        return sb.ToString();
    }

    /// <summary>Lines of a text; a final newline does not start an extra empty line.</summary>
    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
            return Array.Empty<string>();
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    /// <summary>A line as shown: control characters escaped so invisible differences become visible.</summary>
    private static string Show(string line)
    {
        var needsEscape = false;
        foreach (var c in line)
        {
            if (char.IsControl(c) && c != '\t')
            {
                needsEscape = true;
                break;
            }
        }
        if (!needsEscape)
            return line;
        var sb = new StringBuilder();
        foreach (var c in line)
        {
            if (char.IsControl(c) && c != '\t')
                sb.Append($"\\x{(int)c:x2}");
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
