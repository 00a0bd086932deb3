// Arithmetic on int Values (bools included): a long fast path with overflow checks, then
// limb arithmetic on the heap objects (IntLimbArith) for + - * // % divmod << >> & | ^ and comparison,
// System.Numerics.BigInteger for the rest. Python's rules: floor division and modulo round toward
// negative infinity, true division is correctly rounded, negative exponents give floats.
using System.Numerics;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class IntArith
{
    public static Value Add(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y))
        {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return Ints.New(r);
        }
        return IntLimbArith.Add(a, b, negateB: false);
    }

    public static Value Sub(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y))
        {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return Ints.New(r);
        }
        return IntLimbArith.Add(a, b, negateB: true);
    }

    public static Value Mul(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y))
        {
            long hi = Math.BigMul(x, y, out long lo);
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return Ints.New(lo);
        }
        return IntLimbArith.Mul(a, b);
    }

    public static Value FloorDiv(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) && y != 0 && !(x == long.MinValue && y == -1))
            return Ints.New(FloorDivLong(x, y));
        if (Ints.Sign(b) == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        IntLimbArith.DivMod(a, b, wantR: false, out Value q, out _);
        return q;
    }

    public static Value Mod(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) && y != 0 && y != -1)
            return Ints.New(ModLong(x, y));
        if (Ints.Sign(b) == 0) throw Errors.ZeroDivisionError("integer modulo by zero");
        IntLimbArith.DivMod(a, b, wantR: true, out _, out Value r);
        return r;
    }

    /// divmod(a, b) as (quotient, remainder) Values.
    public static (Value Q, Value R) DivMod(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) && y != 0 && !(x == long.MinValue && y == -1))
            return (Ints.New(FloorDivLong(x, y)), Ints.New(ModLong(x, y)));
        if (Ints.Sign(b) == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        IntLimbArith.DivMod(a, b, wantR: true, out Value q, out Value r);
        return (q, r);
    }

    public static long FloorDivLong(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long ModLong(long x, long y)
    {
        long r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    public static BigInteger FloorDivBig(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    public static BigInteger ModBig(BigInteger x, BigInteger y)
    {
        var r = BigInteger.Remainder(x, y);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
        return r;
    }

    /// a / b correctly rounded to a double.
    public static double TrueDiv(Value a, Value b)
    {
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) && Math.Abs(x) <= 1L << 53 && Math.Abs(y) <= 1L << 53)
        {
            if (y == 0) throw Errors.ZeroDivisionError("division by zero");
            return (double)x / y;
        }
        var ba = Ints.ToBig(a);
        var bb = Ints.ToBig(b);
        if (bb.IsZero) throw Errors.ZeroDivisionError("division by zero");
        double d = BigMath.DivideToDouble(ba, bb);
        if (double.IsInfinity(d)) throw Errors.OverflowError("integer division result too large for a float");
        return d;
    }

    /// a ** b for ints: an int when b >= 0, else a float.
    public static Value Pow(Value a, Value b)
    {
        var e = Ints.ToBig(b);
        if (e.Sign < 0)
        {
            double fa = Ints.ToDouble(a);
            if (fa == 0) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return Floats.New(FloatArith.Pow(fa, Ints.ToDouble(b)));
        }
        var ba = Ints.ToBig(a);
        if (e.IsZero) return Ints.New(1);
        if (ba.IsZero || ba.IsOne) return a.IsSmallInt ? a : Ints.New(ba);
        if (ba == BigInteger.MinusOne) return Ints.New(e.IsEven ? 1 : -1);
        if (e > int.MaxValue) throw Errors.MemoryError();
        int exp = (int)e;
        if (Ints.TryGetLong(a, out long x) && exp < 64)
        {
            long r = 1;
            bool overflow = false;
            for (int i = 0; i < exp && !overflow; i++)
            {
                long hi = Math.BigMul(r, x, out long lo);
                overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                r = lo;
            }
            if (!overflow) return Ints.New(r);
        }
        if ((double)BigMath.BitLength(ba) * exp > 1L << 34) throw Errors.MemoryError();
        return Ints.New(BigInteger.Pow(ba, exp));
    }

    /// pow(a, b, m) for ints; a negative b means the modular inverse.
    public static Value PowMod(Value a, Value b, Value m)
    {
        var mod = Ints.ToBig(m);
        if (mod.IsZero) throw Errors.ValueError("pow() 3rd argument cannot be 0");
        var absMod = BigInteger.Abs(mod);
        var bas = ModBig(Ints.ToBig(a), absMod);
        var e = Ints.ToBig(b);
        if (e.Sign < 0)
        {
            bas = BigMath.ModInverse(bas, absMod) ?? throw Errors.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        var r = BigInteger.ModPow(bas, e, absMod);
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return Ints.New(r);
    }

    public static Value LeftShift(Value a, Value b)
    {
        long n = ShiftCount(b);
        if (Ints.TryGetLong(a, out long x))
        {
            if (x == 0) return Ints.New(0);
            if (n < 62)
            {
                long r = x << (int)n;
                if (r >> (int)n == x) return Ints.New(r);
            }
        }
        if (Ints.Sign(a) == 0) return Ints.New(0);
        // CPython: OverflowError when the shift in 30-bit digits overflows a Py_ssize_t,
        // else it tries to allocate: MemoryError.
        if (n == long.MaxValue && Ints.ToBig(b) / 30 > long.MaxValue) throw Errors.OverflowError("too many digits in integer");
        if (n > int.MaxValue) throw Errors.MemoryError();
        return IntLimbArith.LeftShift(a, n);
    }

    public static Value RightShift(Value a, Value b)
    {
        long n = ShiftCount(b);
        if (Ints.TryGetLong(a, out long x)) return Ints.New(n >= 64 ? (x < 0 ? -1 : 0) : x >> (int)n);
        if (n > int.MaxValue) return Ints.New(Ints.Sign(a) < 0 ? -1 : 0);
        return IntLimbArith.RightShift(a, n);
    }

    private static long ShiftCount(Value b)
    {
        if (Ints.TryGetLong(b, out long n))
        {
            if (n < 0) throw Errors.ValueError("negative shift count");
            return n;
        }
        if (Ints.Sign(b) < 0) throw Errors.ValueError("negative shift count");
        return long.MaxValue;
    }

    public static Value And(Value a, Value b)
        => Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) ? Ints.New(x & y) : IntLimbArith.Bitwise(a, b, '&');

    public static Value Or(Value a, Value b)
        => Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) ? Ints.New(x | y) : IntLimbArith.Bitwise(a, b, '|');

    public static Value Xor(Value a, Value b)
        => Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y) ? Ints.New(x ^ y) : IntLimbArith.Bitwise(a, b, '^');

    public static Value Negate(Value a)
        => Ints.TryGetLong(a, out long x) && x != long.MinValue ? Ints.New(-x) : IntLimbArith.Negate(a);

    public static Value Invert(Value a)
        => Ints.TryGetLong(a, out long x) ? Ints.New(~x) : Ints.New(-Ints.ToBig(a) - 1);

    public static Value Abs(Value a)
        => Ints.Sign(a) < 0 ? Negate(a) : Ints.IsBool(a) ? Ints.New(Ints.ToBig(a)) : a;

    /// Three-way comparison of two ints.
    public static int Compare(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.SmallInt.CompareTo(b.SmallInt);
        if (Ints.TryGetLong(a, out long x) && Ints.TryGetLong(b, out long y)) return x.CompareTo(y);
        return IntLimbArith.Compare(a, b);
    }
}
