// The text syntax of numbers accepted by int(str, base) and float(str): signs, base
// prefixes, underscores between digits (as in literals), Unicode decimal digits.
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Stmvm.Vm;

public static class NumberSyntax
{
    /// int(text, base): the value, or null when text is not a valid literal.
    public static BigInteger? ParseInt(string text, int radix)
    {
        string s = AstralDigitsToAscii(text).Trim(StrText.PyWhitespace);
        bool negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) { negative = s[0] == '-'; s = s[1..]; }
        bool prefixed = false;
        if (s.Length >= 2 && s[0] == '0')
        {
            int p = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (p != 0 && (radix == 0 || radix == p)) { radix = p; s = s[2..]; prefixed = true; }
        }
        bool baseZeroDecimal = radix == 0;
        if (radix == 0) radix = 10;
        string? digits = CleanDigits(s, radix, allowLeadingUnderscore: prefixed);
        if (digits == null) return null;
        // Base 0 forbids leading zeros in a non-zero decimal ("010").
        if (baseZeroDecimal && digits.Length > 1 && digits[0] == '0' && digits.AsSpan().IndexOfAnyExcept('0') >= 0) return null;
        Ints.CheckParseDigits(digits.Length, radix);
        BigInteger v = radix == 10 ? IntText.ParseDecimal(digits)
            : (radix & (radix - 1)) == 0 ? FromBitDigits(digits, BitOperations.Log2((uint)radix))
            : Accumulate(digits, radix);
        return negative ? -v : v;
    }

    /// Decimal digits outside the BMP (surrogate pairs, e.g. '𝟘') as ASCII digits, so that
    /// the char-wise parsers see one digit per code point, as CPython's int()/float() do.
    public static string AstralDigitsToAscii(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\ud800', '\udbff') < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int d = CharUnicodeInfo.GetDecimalDigitValue(s, i);
                if (d >= 0) { sb.Append((char)('0' + d)); i++; continue; }
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// Digits of a power-of-two radix, packed bit by bit: linear, where accumulating is quadratic.
    private static BigInteger FromBitDigits(string digits, int bitsPerDigit)
    {
        var bytes = new byte[((long)digits.Length * bitsPerDigit + 7) / 8 + 1];
        long bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = DigitValue(digits[i]);
            for (int k = 0; k < bitsPerDigit; k++, bit++)
                if ((d >> k & 1) != 0) bytes[bit >> 3] |= (byte)(1 << (int)(bit & 7));
        }
        return new BigInteger(bytes, isUnsigned: true);
    }

    private static BigInteger Accumulate(string digits, int radix)
    {
        BigInteger v = BigInteger.Zero;
        long chunk = 0, scale = 1;
        foreach (char c in digits)
        {
            chunk = chunk * radix + DigitValue(c);
            scale *= radix;
            if (scale > 1L << 50) { v = v * scale + chunk; chunk = 0; scale = 1; }
        }
        return v * scale + chunk;
    }

    /// Digits without underscores (ASCII), or null when a character is not a digit of
    /// `radix` or an underscore is misplaced.
    private static string? CleanDigits(string s, int radix, bool allowLeadingUnderscore)
    {
        if (s.Length == 0) return null;
        var sb = new StringBuilder(s.Length);
        bool lastWasDigit = allowLeadingUnderscore;
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!lastWasDigit) return null;
                lastWasDigit = false;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= radix) return null;
            sb.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
            lastWasDigit = true;
        }
        if (!lastWasDigit || sb.Length == 0) return null;
        return sb.ToString();
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (c > 127) return CharUnicodeInfo.GetDecimalDigitValue(c);
        return -1;
    }

    /// A decimal float body (no sign): digits [. digits] [e [sign] digits], underscores
    /// only between digits. Returns it in ASCII without underscores, or null.
    public static string? CleanDecimalFloat(string s)
    {
        var sb = new StringBuilder(s.Length);
        int i = 0;
        int intDigits = ScanDigits(s, ref i, sb);
        if (intDigits < 0) return null;
        int fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            sb.Append('.');
            i++;
            fracDigits = ScanDigits(s, ref i, sb);
            if (fracDigits < 0) return null;
        }
        if (intDigits + fracDigits == 0) return null;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            sb.Append('e');
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) sb.Append(s[i++]);
            if (ScanDigits(s, ref i, sb) <= 0) return null;
        }
        return i == s.Length ? sb.ToString() : null;
    }

    /// Decimal digits with single underscores between them; -1 when an underscore is misplaced.
    private static int ScanDigits(string s, ref int i, StringBuilder sb)
    {
        int count = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int d = c == '_' ? -2 : DigitValue(c);
            if (d == -2)
            {
                if (count == 0 || i + 1 >= s.Length || DigitValue(s[i + 1]) is < 0 or > 9) return -1;
                i++;
                continue;
            }
            if (d < 0 || d > 9) break;
            sb.Append((char)('0' + d));
            count++;
            i++;
        }
        return count;
    }
}
