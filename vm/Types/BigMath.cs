// Big-integer helpers that System.Numerics lacks or gets wrong for Python: correctly
// rounded conversion to double (BigInteger's explicit cast truncates), correctly rounded
// division to double, bit length, modular inverse.
using System.Numerics;

namespace Stmvm.Vm;

public static class BigMath
{
    public static long BitLength(BigInteger v) => (long)BigInteger.Abs(v).GetBitLength();

    /// v rounded to the nearest double (ties to even); infinity when too large.
    public static double ToDouble(BigInteger v)
    {
        long bits = BitLength(v);
        if (bits <= 63) return (double)(long)v;
        var a = BigInteger.Abs(v);
        int shift = (int)Math.Min(bits - 55, int.MaxValue);
        var top = a >> shift;
        bool sticky = !(a & ((BigInteger.One << shift) - 1)).IsZero;
        long q = (long)top | (sticky ? 1 : 0);
        double d = ScaleB(q, shift);
        return v.Sign < 0 ? -d : d;
    }

    /// a / b correctly rounded (b != 0); infinity on overflow.
    public static double DivideToDouble(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        // Scale so that the integer quotient has 55 or 56 bits, then round once with a sticky bit.
        long shift = BitLength(a) - BitLength(b) - 55;
        if (shift > 0) b <<= (int)shift; else a <<= (int)-shift;
        var q = BigInteger.DivRem(a, b, out var r);
        long qi = (long)q | (r.IsZero ? 0 : 1);
        double d = ScaleB(qi, shift);
        return negative ? -d : d;
    }

    /// q * 2**shift with a single rounding (q < 2**63), also into the subnormal range.
    private static double ScaleB(long q, long shift)
    {
        if (shift > 2000) return double.PositiveInfinity;
        long drop = -1074 - shift; // bits of q below the smallest subnormal
        if (drop <= 0) return Math.ScaleB((double)q, (int)shift);
        int qbits = 64 - BitOperations.LeadingZeroCount((ulong)q);
        if (drop > qbits) return 0.0;
        if (drop == qbits) return q > 1L << (qbits - 1) ? double.Epsilon : 0.0;
        return Math.ScaleB(RoundShift(q, (int)drop), -1074);
    }

    private static long RoundShift(long q, int drop)
    {
        long kept = q >> drop;
        long rest = q & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (kept & 1) != 0)) kept++;
        return kept;
    }

    /// x such that a*x = 1 (mod m), or null when gcd(a, m) != 1.
    public static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - q * r);
            (oldS, s) = (s, oldS - q * s);
        }
        if (!oldR.IsOne) return null;
        return IntArith.ModBig(oldS, m);
    }
}
