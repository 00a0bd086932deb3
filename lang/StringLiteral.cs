// Decoding of string and bytes literal bodies (escape sequences, raw strings), shared by
// plain literals and the literal parts of f-strings. Errors use CPython's wording.
using System.Text;

namespace Stmvm.Lang;

public static class StringLiteral
{
    public sealed class DecodeError(string message) : Exception(message);

    /// Decodes a str body. `raw` keeps backslashes. Throws DecodeError with CPython's message.
    public static string DecodeStr(string body, bool raw)
    {
        if (raw || body.IndexOf('\\') < 0) return body;
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\') { sb.Append(c); continue; }
            int start = i;
            if (i + 1 >= body.Length) { sb.Append('\\'); break; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0', n = 1;
                    while (n < 3 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7') { v = v * 8 + (body[++i] - '0'); n++; }
                    sb.Append((char)v);
                    break;
                }
                case 'x': sb.Append(HexEscape(body, ref i, 2, start, "\\xXX")); break;
                case 'u': sb.Append(HexEscape(body, ref i, 4, start, "\\uXXXX")); break;
                case 'U': sb.Append(HexEscape(body, ref i, 8, start, "\\UXXXXXXXX")); break;
                case 'N':
                {
                    int close = i + 1 < body.Length && body[i + 1] == '{' ? body.IndexOf('}', i + 2) : -1;
                    if (close < 0)
                        throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{i}: malformed \\N character escape");
                    string name = body[(i + 2)..close];
                    var ch = UnicodeNames.Lookup(name);
                    if (ch == null)
                        throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{close}: unknown Unicode character name");
                    sb.Append(ch);
                    i = close;
                    break;
                }
                default: sb.Append('\\').Append(e); break; // invalid escapes are kept (a warning in CPython)
            }
        }
        return sb.ToString();
    }

    private static string HexEscape(string body, ref int i, int n, int start, string form)
    {
        int v = 0;
        for (int k = 0; k < n; k++)
        {
            int p = i + 1 + k;
            int d = p < body.Length ? HexVal(body[p]) : -1;
            if (d < 0)
                throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{p - 1}: truncated {form} escape");
            v = v * 16 + d;
        }
        i += n;
        if (v > 0x10FFFF || v < 0)
            throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{i}: illegal Unicode character");
        return char.ConvertFromUtf32(v >= 0xD800 && v <= 0xDFFF ? 0xFFFD : v);
    }

    private static int HexVal(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public static byte[] DecodeBytes(string body, bool raw)
    {
        var outp = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c > 127) throw new DecodeError("bytes can only contain ASCII literal characters");
            if (c != '\\' || raw) { outp.Add((byte)c); continue; }
            if (i + 1 >= body.Length) { outp.Add((byte)'\\'); break; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': outp.Add((byte)'\\'); break;
                case '\'': outp.Add((byte)'\''); break;
                case '"': outp.Add((byte)'"'); break;
                case 'a': outp.Add(7); break;
                case 'b': outp.Add(8); break;
                case 'f': outp.Add(12); break;
                case 'n': outp.Add(10); break;
                case 'r': outp.Add(13); break;
                case 't': outp.Add(9); break;
                case 'v': outp.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0', n = 1;
                    while (n < 3 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7') { v = v * 8 + (body[++i] - '0'); n++; }
                    outp.Add((byte)(v & 0xff));
                    break;
                }
                case 'x':
                {
                    int d1 = i + 1 < body.Length ? HexVal(body[i + 1]) : -1;
                    int d2 = i + 2 < body.Length ? HexVal(body[i + 2]) : -1;
                    if (d1 < 0 || d2 < 0) throw new DecodeError($"(value error) invalid \\x escape at position {i - 1}");
                    outp.Add((byte)(d1 * 16 + d2));
                    i += 2;
                    break;
                }
                default:
                    if (e > 127) throw new DecodeError("bytes can only contain ASCII literal characters");
                    outp.Add((byte)'\\'); outp.Add((byte)e); break;
            }
        }
        return outp.ToArray();
    }
}

/// Names for \N{...} escapes (UnicodeNameData: the commonly used blocks), plus CJK
/// ideographs and Hangul-free algorithmic names. Unknown names are a SyntaxError as in CPython.
public static class UnicodeNames
{
    private static Dictionary<string, string>? _table;

    private static Dictionary<string, string> Table
    {
        get
        {
            if (_table != null) return _table;
            var t = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in UnicodeNameData.Table.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = entry.LastIndexOf('=');
                t[entry[..eq]] = char.ConvertFromUtf32(Convert.ToInt32(entry[(eq + 1)..], 16));
            }
            return _table = t;
        }
    }

    public static string? Lookup(string name)
    {
        if (Table.TryGetValue(name, out var s)) return s;
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.StartsWith(cjk, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(name[cjk.Length..], System.Globalization.NumberStyles.HexNumber, null, out int cp)
            && cp is >= 0x4E00 and <= 0x9FFF)
            return char.ConvertFromUtf32(cp);
        return null;
    }
}
