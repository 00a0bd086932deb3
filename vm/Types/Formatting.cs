// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type])
// for int, float and str, as used by format(), f-strings and str.format, with CPython's
// error messages. %-formatting (PercentFormat.cs) reuses the same number renderers.
using System.Globalization;
using System.Numerics;
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public struct FormatSpec
{
    public char Fill, Align, Sign, Grouping, Type;
    public bool NoNegZero, Alt, ZeroPad;
    public int Width, Precision;

    public static FormatSpec Default => new() { Fill = ' ', Width = -1, Precision = -1 };
}

public static class Formatting
{
    /// format(v, spec) for any value: ints, floats and strs directly, else type(v).__format__.
    public static Value Format(Value v, Value spec)
    {
        if ((Ints.IsInt(v) || Floats.IsFloat(v) || Strs.IsStr(v)) && BuiltinSubclasses.UserMethod(v, "__format__").IsNull)
            return FormatBuiltin(v, spec);
        Value method = Ops.LookupSpecial(Ops.TypeOf(v), "__format__");
        if (method.IsNull) throw Errors.TypeError($"Type {Ops.TypeName(v)} doesn't define __format__");
        Value result = Ops.Call(method, [v, spec]);
        if (!Strs.IsStr(result)) throw Errors.TypeError($"__format__ must return a str, not {Ops.TypeName(result)}");
        return result;
    }

    /// int/bool/float/str.__format__(v, spec); an empty spec gives str(v).
    public static Value FormatBuiltin(Value v, Value spec)
    {
        if (Strs.Length(spec) == 0) return Ops.Str(v);
        string s = Strs.ToNet(spec);
        if (Floats.IsFloat(v)) return Strs.New(FormatFloat(Floats.Get(v), s));
        if (Strs.IsStr(v)) return Strs.New(FormatStr(Strs.ToNet(v), s));
        return Strs.New(FormatInt(v, s));
    }

    /// Parses a spec; defaultType and defaultAlign are the type's (CPython's 'd' and '>' for
    /// int, '\0' and '>' for float, 's' and '<' for str): the grouping check uses the default
    /// type, and a leading '0' means '=' alignment only where the default alignment is '>'.
    public static FormatSpec Parse(string s, string typeName, char defaultType = '\0', char defaultAlign = '>')
    {
        var f = FormatSpec.Default;
        int i = 0;
        if (s.Length >= 2 && IsAlign(s[1])) { f.Fill = s[0]; f.Align = s[1]; i = 2; }
        else if (s.Length >= 1 && IsAlign(s[0])) { f.Align = s[0]; i = 1; }
        if (i < s.Length && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { f.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { f.Alt = true; i++; }
        bool fillGiven = i == 2;
        if (i < s.Length && s[i] == '0' && !fillGiven)
        {
            f.ZeroPad = true;
            f.Fill = '0';
            if (f.Align == '\0' && defaultAlign == '>') f.Align = '=';
            i++;
        }
        long width = ReadNumber(s, ref i);
        f.Width = width < 0 ? -1 : Sizes.Length(width);
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) f.Grouping = s[i++];
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) throw Errors.ValueError("Cannot specify both ',' and '_'.");
        if (i < s.Length && s[i] == '.')
        {
            i++;
            long precision = ReadNumber(s, ref i);
            if (precision < 0) throw Errors.ValueError("Format specifier missing precision");
            // Only floats use a precision this big, and CPython refuses it there.
            f.Precision = (int)Math.Min(precision, int.MaxValue);
        }
        if (s.Length - i > 1) throw Errors.ValueError($"Invalid format specifier '{s}' for object of type '{typeName}'");
        if (i < s.Length) f.Type = s[i];
        if (f.Grouping != '\0')
        {
            char type = f.Type == '\0' ? defaultType : f.Type;
            bool ok = type is '\0' or 'd' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%'
                || (f.Grouping == '_' && type is 'b' or 'o' or 'x' or 'X');
            if (!ok)
                throw Errors.ValueError(type is > ' ' and < '\x7f'
                    ? $"Cannot specify '{f.Grouping}' with '{type}'."
                    : $"Cannot specify '{f.Grouping}' with '\\x{(int)type:x}'.");
        }
        return f;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '^' or '=';

    /// A width or precision (-1 when absent); CPython's error when it overflows a Py_ssize_t.
    private static long ReadNumber(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == start) return -1;
        if (!long.TryParse(s.AsSpan(start, i - start), out long n)) throw Errors.ValueError("Too many decimal digits in format string");
        return n;
    }

    private static Exception UnknownCode(char type, string typeName)
        => type is > ' ' and < '\x7f'
            ? Errors.ValueError($"Unknown format code '{type}' for object of type '{typeName}'")
            : Errors.ValueError($"Unknown format code '\\x{(int)type:x}' for object of type '{typeName}'");

    public static string FormatStr(string s, string specText)
    {
        var f = Parse(specText, "str", 's', '<');
        if (f.Type != '\0' && f.Type != 's') throw UnknownCode(f.Type, "str");
        if (f.Sign == ' ') throw Errors.ValueError("Space not allowed in string format specifier");
        if (f.Sign != '\0') throw Errors.ValueError("Sign not allowed in string format specifier");
        if (f.NoNegZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alt) throw Errors.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw Errors.ValueError("'=' alignment not allowed in string format specifier");
        if (f.Precision >= 0) s = TruncateCodePoints(s, f.Precision);
        return Pad(s, "", f, '<');
    }

    private static string TruncateCodePoints(string s, int n)
    {
        int count = 0, i = 0;
        while (i < s.Length && count < n)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
            count++;
        }
        return s[..i];
    }

    public static string FormatInt(Value v, string specText)
    {
        var f = Parse(specText, "int", 'd');
        switch (f.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return ApplyFloat(Ints.ToDouble(v), f);
            case '\0' or 'd' or 'n' or 'b' or 'o' or 'x' or 'X' or 'c':
                break;
            default:
                throw UnknownCode(f.Type, Ints.IsBool(v) ? "bool" : "int");
        }
        if (f.Precision >= 0) throw Errors.ValueError("Precision not allowed in integer format specifier");
        BigInteger b = Ints.ToBig(v);
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw Errors.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alt) throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (b < 0 || b > 0x10ffff) throw Errors.OverflowError("%c arg not in range(0x110000)");
            return Pad(char.ConvertFromUtf32((int)b), "", f, '>');
        }
        return FormatIntBody(b, f);
    }

    /// An int with sign, base prefix, grouping and padding per f (type d, n, b, o, x, X or none).
    public static string FormatIntBody(BigInteger b, FormatSpec f)
    {
        int radix = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string digits = Ints.AbsDigits(b, radix);
        if (f.Type == 'X') digits = digits.ToUpperInvariant();
        string prefix = !f.Alt ? "" : f.Type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" };
        string sign = SignText(b.Sign < 0, f.Sign);
        return PadNumber(sign + prefix, digits, "", f, radix == 10 ? 3 : 4);
    }

    private static string SignText(bool negative, char signOption)
        => negative ? "-" : signOption == '+' ? "+" : signOption == ' ' ? " " : "";

    public static string FormatFloat(double d, string specText)
    {
        var f = Parse(specText, "float");
        if (f.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%')) throw UnknownCode(f.Type, "float");
        return ApplyFloat(d, f);
    }

    /// A float rendered per f: sign, digits, grouping of the integer part, padding.
    public static string ApplyFloat(double d, FormatSpec f)
    {
        bool negative = double.IsNegative(d) && !double.IsNaN(d);
        double a = Math.Abs(d);
        string body = FloatBody(a, f, out bool special);
        if (f.NoNegZero && negative && IsAllZero(body)) negative = false;
        string sign = SignText(negative, f.Sign);
        if (special) return PadNumber(sign, body, "", f with { Fill = f.ZeroPad && f.Fill == '0' ? '0' : f.Fill, Grouping = '\0' }, 3);
        int dot = body.IndexOfAny(['.', 'e', 'E', '%']);
        string intPart = dot < 0 ? body : body[..dot], rest = dot < 0 ? "" : body[dot..];
        return PadNumber(sign, intPart, rest, f, 3);
    }

    private static bool IsAllZero(string body) => body.AsSpan().IndexOfAnyExcept("0.%") < 0;

    private static string FloatBody(double a, FormatSpec f, out bool special)
    {
        bool upper = f.Type is 'E' or 'F' or 'G';
        if (f.Type == '%') a *= 100;
        string? s = FloatText.Special(a, upper);
        special = s != null;
        if (s != null) return f.Type == '%' ? s + "%" : s;
        int p = f.Precision;
        if (p == int.MaxValue) throw Errors.ValueError("precision too big"); // Parse clamps bigger ones
        return f.Type switch
        {
            'f' or 'F' => FloatText.Fixed(a, p < 0 ? 6 : p, f.Alt),
            'e' or 'E' => FloatText.Exp(a, p < 0 ? 6 : p, upper, f.Alt),
            'g' or 'G' or 'n' => FloatText.General(a, p < 0 ? 6 : p, upper, f.Alt),
            '%' => FloatText.Fixed(a, p < 0 ? 6 : p, f.Alt) + "%",
            _ => p < 0 ? FloatText.Repr(a) : FloatText.General(a, p, false, f.Alt, noType: true),
        };
    }

    /// Lays out prefix (sign and base prefix), the digits (grouped) and a suffix, with
    /// fill and alignment; '=' puts the padding after the prefix (zero padding is grouped).
    private static string PadNumber(string prefix, string digits, string suffix, FormatSpec f, int groupSize)
    {
        if (f.Grouping != '\0') digits = Group(digits, f.Grouping, groupSize);
        if (f.Align == '=' && f.Fill == '0' && f.Grouping != '\0')
        {
            string raw = digits.Replace(f.Grouping.ToString(), "");
            while (prefix.Length + digits.Length + suffix.Length < f.Width)
            {
                raw = "0" + raw;
                digits = Group(raw, f.Grouping, groupSize);
            }
        }
        return Pad(digits + suffix, prefix, f, '>');
    }

    private static string Group(string digits, char sep, int size)
    {
        if (digits.Length <= size) return digits;
        var sb = new StringBuilder(digits.Length + digits.Length / size);
        int first = digits.Length % size;
        if (first > 0) sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += size)
        {
            if (sb.Length > 0) sb.Append(sep);
            sb.Append(digits, i, size);
        }
        return sb.ToString();
    }

    /// Pads prefix+body to the width with the fill per the alignment (default `dflt`).
    public static string Pad(string body, string prefix, FormatSpec f, char dflt)
    {
        int len = CodePointLength(prefix) + CodePointLength(body);
        if (f.Width <= len) return prefix + body;
        int pad = f.Width - len;
        string fill(int n) => n <= 0 ? "" : new string(f.Fill, n);
        return (f.Align == '\0' ? dflt : f.Align) switch
        {
            '<' => prefix + body + fill(pad),
            '^' => fill(pad / 2) + prefix + body + fill(pad - pad / 2),
            '=' => prefix + fill(pad) + body,
            _ => fill(pad) + prefix + body,
        };
    }

    private static int CodePointLength(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++) if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) n--;
        return n;
    }
}
