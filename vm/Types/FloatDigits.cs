// Decimal digits of doubles, as CPython's dtoa gives them: the shortest digits that
// round-trip (repr), and correctly rounded digits for a fixed number of decimals or of
// significant digits (format specs, %-formatting, round(x, n)). Rounding works on the
// exact decimal expansion of the double, so ties are decided half-to-even exactly.
// A result is (digits, decpt): value = 0.d1d2d3... * 10**decpt; zero is ("0", 1).
using System.Globalization;
using System.Numerics;

namespace Stmvm.Vm;

public static class FloatDigits
{
    /// Shortest round-trip digits of |d| (finite).
    public static (string Digits, int DecPt) Shortest(double d)
    {
        d = Math.Abs(d);
        if (d == 0) return ("0", 1);
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int dot = r.IndexOf('.');
        int intLen = dot < 0 ? r.Length : dot;
        string all = dot < 0 ? r : r.Remove(dot, 1);
        return Normalize(all, intLen + exp);
    }

    /// The exact decimal expansion of |d| (finite).
    public static (string Digits, int DecPt) Exact(double d)
    {
        d = Math.Abs(d);
        if (d == 0) return ("0", 1);
        long bits = BitConverter.DoubleToInt64Bits(d);
        int biased = (int)(bits >> 52) & 0x7ff;
        long mant = bits & ((1L << 52) - 1);
        int exp2;
        if (biased == 0) exp2 = -1074;
        else { mant |= 1L << 52; exp2 = biased - 1075; }
        if (exp2 >= 0)
        {
            string s = (new BigInteger(mant) << exp2).ToString(CultureInfo.InvariantCulture);
            return Normalize(s, s.Length);
        }
        string digits = (mant * BigInteger.Pow(5, -exp2)).ToString(CultureInfo.InvariantCulture);
        return Normalize(digits, digits.Length + exp2);
    }

    /// |d| rounded to `decimals` digits after the point (may be negative).
    public static (string Digits, int DecPt) Fixed(double d, int decimals)
    {
        var (digits, decpt) = Exact(d);
        return Round(digits, decpt, decpt + decimals);
    }

    /// |d| rounded to `n` >= 1 significant digits.
    public static (string Digits, int DecPt) Significant(double d, int n)
    {
        var (digits, decpt) = Exact(d);
        return Round(digits, decpt, n);
    }

    /// Keeps the first `keep` digits, rounding half to even on the exact tail. The result
    /// may be shorter than `keep` (renderers pad with zeros); a value that rounds to zero
    /// gives ("0", 1 + ...) with an empty magnitude.
    public static (string Digits, int DecPt) Round(string digits, int decpt, int keep)
    {
        if (keep >= digits.Length) return (digits, decpt);
        if (keep < 0) return ("0", 1);
        bool up = false;
        char next = digits[keep];
        if (next > '5') up = true;
        else if (next == '5')
        {
            bool restNonZero = digits.AsSpan(keep + 1).IndexOfAnyExcept('0') >= 0;
            bool lastOdd = keep > 0 && (digits[keep - 1] - '0') % 2 == 1;
            up = restNonZero || lastOdd;
        }
        var kept = digits.ToCharArray(0, keep);
        if (up)
        {
            int i = keep - 1;
            while (i >= 0 && kept[i] == '9') kept[i--] = '0';
            if (i < 0) return Normalize("1" + new string(kept), decpt + 1);
            kept[i]++;
        }
        if (keep == 0) return ("0", 1);
        return Normalize(new string(kept), decpt);
    }

    /// Strips leading and trailing zeros; all zeros become ("0", 1).
    private static (string, int) Normalize(string digits, int decpt)
    {
        int lead = 0;
        while (lead < digits.Length && digits[lead] == '0') lead++;
        if (lead == digits.Length) return ("0", 1);
        int end = digits.Length;
        while (digits[end - 1] == '0') end--;
        return (digits[lead..end], decpt - lead);
    }

    public static bool IsZero(string digits) => digits == "0";
}
