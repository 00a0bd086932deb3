// repr() of a str exactly as CPython's unicode_repr: single quotes unless the text has a
// single quote and no double quote; backslash escapes for the quote, backslash, \t \n \r,
// other control characters and non-printable code points (\xhh, \uhhhh, \Uhhhhhhhh).
// AsciiEscape turns such a repr into ascii()'s form.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class StrRepr
{
    public static string Of(Value s)
    {
        var sb = new StringBuilder(Strs.Length(s) + 2);
        Append(sb, s);
        return sb.ToString();
    }

    /// Appends the repr of s (container reprs write their items straight into one builder).
    public static void Append(StringBuilder sb, Value s)
    {
        int n = Strs.Length(s);
        bool hasSingle = false, hasDouble = false;
        for (int i = 0; i < n; i++)
        {
            int cp = Strs.CharAt(s, i);
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < n; i++) AppendEscaped(sb, Strs.CharAt(s, i), quote);
        sb.Append(quote);
    }

    private static void AppendEscaped(StringBuilder sb, int cp, char quote)
    {
        switch (cp)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\t': sb.Append("\\t"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
        }
        if (cp == quote) sb.Append('\\').Append(quote);
        else if (cp >= ' ' && cp != 0x7f && (cp < 0x7f || StrText.IsPrintable(cp))) Strs.AppendCodePoint(sb, cp);
        else sb.Append(HexEscape(cp));
    }

    /// \xhh, \uhhhh or \Uhhhhhhhh for a code point.
    public static string HexEscape(int cp) =>
        cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    /// ascii(): a repr with every non-ASCII code point escaped.
    public static string AsciiEscape(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            int cp = char.ConvertToUtf32(repr, i);
            if (cp > 0xffff) i++;
            if (cp < 128) sb.Append((char)cp);
            else sb.Append(HexEscape(cp));
        }
        return sb.ToString();
    }
}
