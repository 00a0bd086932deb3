// Text algorithms shared by str and bytes methods, on .NET strings (bytes are handled as
// Latin-1 text, one char per byte): split/rsplit, strip, splitlines, partition, tab
// expansion, padding. What differs between str and bytes (whitespace, line breaks) is a
// parameter.
using System.Text;

namespace Stmvm.Vm;

public static class TextOps
{
    public static bool StrSpace(char c) => StrText.IsSpace(c);

    public static bool BytesSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// s.split(sep, maxsplit); sep null: runs of whitespace.
    public static List<string> Split(string s, string? sep, long maxsplit, Func<char, bool> isSpace)
    {
        var parts = new List<string>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep == null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && isSpace(s[i])) i++;
                if (i == n) break;
                if (parts.Count == maxsplit)
                {
                    parts.Add(s[i..]);
                    break;
                }
                int start = i;
                while (i < n && !isSpace(s[i])) i++;
                parts.Add(s[start..i]);
            }
            return parts;
        }
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        int pos = 0;
        while (parts.Count < maxsplit)
        {
            int k = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (k < 0) break;
            parts.Add(s[pos..k]);
            pos = k + sep.Length;
        }
        parts.Add(s[pos..]);
        return parts;
    }

    /// s.rsplit(sep, maxsplit).
    public static List<string> RSplit(string s, string? sep, long maxsplit, Func<char, bool> isSpace)
    {
        var parts = new List<string>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep == null)
        {
            int i = s.Length;
            while (true)
            {
                while (i > 0 && isSpace(s[i - 1])) i--;
                if (i == 0) break;
                if (parts.Count == maxsplit)
                {
                    parts.Add(s[..i]);
                    break;
                }
                int end = i;
                while (i > 0 && !isSpace(s[i - 1])) i--;
                parts.Add(s[i..end]);
            }
            parts.Reverse();
            return parts;
        }
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        int pos = s.Length;
        while (parts.Count < maxsplit && pos >= sep.Length)
        {
            int k = s.LastIndexOf(sep, pos - 1, pos, StringComparison.Ordinal);
            if (k < 0) break;
            parts.Add(s[(k + sep.Length)..pos]);
            pos = k;
        }
        parts.Add(s[..pos]);
        parts.Reverse();
        return parts;
    }

    /// strip/lstrip/rstrip with a set of chars (null: whitespace).
    public static string Strip(string s, string? chars, bool left, bool right, Func<char, bool> isSpace)
    {
        int start = 0, end = s.Length;
        bool Strippable(char c) => chars == null ? isSpace(c) : chars.Contains(c);
        if (left) while (start < end && Strippable(s[start])) start++;
        if (right) while (end > start && Strippable(s[end - 1])) end--;
        return s[start..end];
    }

    internal static bool IsStrLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static List<string> SplitLines(string s, bool keepends, bool bytes)
    {
        var lines = new List<string>();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && !(bytes ? s[i] is '\n' or '\r' : IsStrLineBreak(s[i]))) i++;
            int eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            lines.Add(s[start..eol]);
        }
        return lines;
    }

    public static (string, string, string) Partition(string s, string sep, bool fromRight)
    {
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        int k = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (k < 0) return fromRight ? ("", "", s) : (s, "", "");
        return (s[..k], sep, s[(k + sep.Length)..]);
    }

    public static string ExpandTabs(string s, long tabsize)
    {
        var sb = new StringBuilder(s.Length);
        int column = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    int spaces = (int)(tabsize - column % tabsize);
                    sb.Append(' ', spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    /// center/ljust/rjust: align '<', '>' or '^' (CPython's centering puts the odd pad on
    /// the right when the width's excess is odd and the string length is even).
    /// fill is one code point (two chars when it is outside the BMP).
    public static string Justify(string s, int length, long width, string fill, char align)
    {
        if (width <= length) return s;
        int pad = Sizes.Length(width) - length;
        string Fill(int n) => fill.Length == 1 ? new string(fill[0], n) : string.Concat(Enumerable.Repeat(fill, n));
        switch (align)
        {
            case '<': return s + Fill(pad);
            case '>': return Fill(pad) + s;
        }
        int left = pad / 2 + (int)(pad & width & 1);
        return Fill(left) + s + Fill(pad - left);
    }

    public static string ZFill(string s, int length, long width)
    {
        if (width <= length) return s;
        int pad = Sizes.Length(width) - length;
        bool signed = s.Length > 0 && (s[0] == '+' || s[0] == '-');
        return signed ? s[0] + new string('0', pad) + s[1..] : new string('0', pad) + s;
    }
}
