// Text forms of doubles as CPython writes them: repr (shortest round-trip, exponent form
// outside 1e-4 <= |x| < 1e16), and the 'f', 'e', 'g' and no-type presentations of the
// format mini-language and of %-formatting. These give the magnitude only (no sign):
// the callers add the sign, padding and grouping.
using System.Text;

namespace Stmvm.Vm;

public static class FloatText
{
    /// repr(d) / str(d), sign included.
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        string sign = double.IsNegative(d) ? "-" : "";
        if (double.IsInfinity(d)) return sign + "inf";
        var (digits, decpt) = FloatDigits.Shortest(d);
        if (decpt > -4 && decpt <= 16) return sign + RenderFixed(digits, decpt, Math.Max(digits.Length - decpt, 1), false);
        return sign + RenderExp(digits, decpt, digits.Length - 1, false, false);
    }

    /// Special values' text: 'inf'/'nan' (upper: 'INF'/'NAN'); null for finite d.
    public static string? Special(double d, bool upper)
    {
        if (double.IsNaN(d)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(d)) return upper ? "INF" : "inf";
        return null;
    }

    /// |d| with `prec` decimals ('f').
    public static string Fixed(double d, int prec, bool alt)
    {
        var (digits, decpt) = FloatDigits.Fixed(d, prec);
        return RenderFixed(digits, decpt, prec, alt);
    }

    /// |d| in exponent form with `prec` decimals ('e').
    public static string Exp(double d, int prec, bool upper, bool alt)
    {
        var (digits, decpt) = FloatDigits.Significant(d, prec + 1);
        return RenderExp(digits, decpt, prec, upper, alt);
    }

    /// |d| with `prec` significant digits ('g'); noType: the format type '' (always a '.0'
    /// on fixed forms, 'r'-like when no precision was given).
    public static string General(double d, int prec, bool upper, bool alt, bool noType = false)
    {
        if (prec == 0) prec = 1;
        var (digits, decpt) = FloatDigits.Significant(d, prec);
        int shown = alt ? prec : digits.Length;
        // The no-type presentation adds '.0' to integers, so it switches to exponents one digit earlier.
        if (decpt <= -4 || decpt > (noType ? prec - 1 : prec))
            return RenderExp(digits, decpt, shown - 1, upper, alt);
        int decimals = Math.Max(shown - decpt, 0);
        if (noType && decimals == 0) return RenderFixed(digits, decpt, 1, false);
        return RenderFixed(digits, decpt, decimals, alt);
    }

    /// Digits placed around the decimal point, padded with zeros, `decimals` after it.
    public static string RenderFixed(string digits, int decpt, int decimals, bool alt)
    {
        var sb = new StringBuilder(Sizes.Length((long)Math.Max(decpt, 1) + decimals + 2));
        if (decpt <= 0) sb.Append('0');
        else for (int i = 0; i < decpt; i++) sb.Append(i < digits.Length ? digits[i] : '0');
        if (decimals > 0 || alt) sb.Append('.');
        for (int i = 0; i < decimals; i++)
        {
            int pos = decpt + i;
            sb.Append(pos >= 0 && pos < digits.Length ? digits[pos] : '0');
        }
        return sb.ToString();
    }

    /// d.ddd e+XX with `decimals` digits after the point (at least two exponent digits).
    public static string RenderExp(string digits, int decpt, int decimals, bool upper, bool alt)
    {
        var sb = new StringBuilder(Sizes.Length((long)decimals + 8));
        sb.Append(digits[0]);
        if (decimals > 0 || alt) sb.Append('.');
        for (int i = 1; i <= decimals; i++) sb.Append(i < digits.Length ? digits[i] : '0');
        int exp = FloatDigits.IsZero(digits) ? 0 : decpt - 1;
        sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
        sb.Append(Math.Abs(exp).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
