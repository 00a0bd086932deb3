// Digits of big int magnitudes (32-bit limbs, least significant first) and decimal parsing
// into limbs. Decimal conversion is CPython's quadratic one (longobject.c,
// long_to_decimal_string and the 10**9 chunks of PyLong_FromString): like CPython, it is
// only ever run on numbers of at most sys.get_int_max_str_digits() digits. Power-of-two
// radixes are linear: each digit is a few bits of the limbs.
using System.Numerics;
using System.Runtime.InteropServices;

namespace Stmvm.Vm;

internal static class IntText
{
    private const uint DecimalBase = 1_000_000_000;
    private const int DecimalBaseDigits = 9;

    /// Decimal digits of a trimmed magnitude ("0" for zero).
    public static string Decimal(ReadOnlySpan<uint> mag)
    {
        if (mag.Length == 0) return "0";
        // Base 10**9 "digits" of the magnitude, least significant first: for each limb from the
        // top, out = out * 2**32 + limb. Every out digit stays below 10**9 and every carry below
        // 2**32, so out[j] * 2**32 + carry fits in a ulong.
        var outDigits = new uint[mag.Length * 32 / 29 + 2];
        int size = 0;
        for (int i = mag.Length - 1; i >= 0; i--)
        {
            ulong hi = mag[i];
            for (int j = 0; j < size; j++)
            {
                ulong z = ((ulong)outDigits[j] << 32) + hi;
                hi = z / DecimalBase;
                outDigits[j] = (uint)(z - hi * DecimalBase);
            }
            while (hi != 0)
            {
                outDigits[size++] = (uint)(hi % DecimalBase);
                hi /= DecimalBase;
            }
        }
        uint top = outDigits[size - 1];
        int topDigits = 1;
        for (uint t = top; t >= 10; t /= 10) topDigits++;
        var chars = new char[topDigits + (size - 1) * DecimalBaseDigits];
        int pos = chars.Length;
        for (int j = 0; j < size - 1; j++)
        {
            uint d = outDigits[j];
            for (int k = 0; k < DecimalBaseDigits; k++, d /= 10) chars[--pos] = (char)('0' + d % 10);
        }
        for (uint d = top; pos > 0; d /= 10) chars[--pos] = (char)('0' + d % 10);
        return new string(chars);
    }

    /// Digits of a trimmed magnitude in radix 2**bitsPerDigit (lowercase), "0" for zero.
    public static string BitDigits(ReadOnlySpan<uint> mag, int bitsPerDigit)
    {
        if (mag.Length == 0) return "0";
        long bits = BitLength(mag);
        int n = (int)((bits + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[n];
        ulong acc = 0;
        int accBits = 0, limb = 0, mask = (1 << bitsPerDigit) - 1;
        for (int i = n - 1; i >= 0; i--)
        {
            if (accBits < bitsPerDigit && limb < mag.Length)
            {
                acc |= (ulong)mag[limb++] << accBits;
                accBits += 32;
            }
            chars[i] = "0123456789abcdef"[(int)acc & mask];
            acc >>= bitsPerDigit;
            accBits -= bitsPerDigit;
        }
        return new string(chars);
    }

    public static long BitLength(ReadOnlySpan<uint> mag)
        => mag.Length == 0 ? 0 : 32L * (mag.Length - 1) + 32 - BitOperations.LeadingZeroCount(mag[^1]);

    /// The trimmed magnitude of a BigInteger (for values that are not heap ints).
    public static uint[] MagnitudeOf(BigInteger v)
    {
        if (v.IsZero) return [];
        var mag = BigInteger.Abs(v);
        var limbs = new uint[(mag.GetByteCount(isUnsigned: true) + 3) / 4];
        mag.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true);
        return limbs;
    }

    /// The value of a string of ASCII decimal digits.
    public static BigInteger ParseDecimal(string digits)
    {
        // 10**9 fits a limb: limbs = limbs * 10**9 + next nine digits, with 10**k for a short head.
        var limbs = new uint[digits.Length / 9 + 2];
        int size = 0, pos = 0;
        int head = digits.Length % DecimalBaseDigits;
        if (head == 0) head = DecimalBaseDigits;
        while (pos < digits.Length)
        {
            uint chunk = 0, scale = 1;
            for (int k = 0; k < head; k++, scale *= 10) chunk = chunk * 10 + (uint)(digits[pos + k] - '0');
            pos += head;
            head = DecimalBaseDigits;
            ulong carry = chunk;
            for (int j = 0; j < size; j++)
            {
                carry += (ulong)limbs[j] * scale;
                limbs[j] = (uint)carry;
                carry >>= 32;
            }
            if (carry != 0) limbs[size++] = (uint)carry;
        }
        return new BigInteger(MemoryMarshal.AsBytes(limbs.AsSpan(0, size)), isUnsigned: true);
    }
}
