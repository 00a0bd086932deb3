// The integer functions of the math module, exact for big ints: factorial, gcd, lcm,
// isqrt, comb, perm. Arguments go through __index__ (so floats are rejected with
// "'float' object cannot be interpreted as an integer").
using System.Numerics;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class MathIntegers
{
    public static void Define()
    {
        MathModule.Function("factorial", Factorial);
        MathModule.Function("gcd", (a, _, k) => Fold("gcd", a, k, BigInteger.Zero, Gcd));
        MathModule.Function("lcm", (a, _, k) => Fold("lcm", a, k, BigInteger.One, Lcm));
        MathModule.Function("isqrt", ISqrt);
        MathModule.Function("comb", Comb);
        MathModule.Function("perm", Perm);
    }

    private static BigInteger Index(Value v) => Ints.ToBig(Ops.Index(v));

    private static Value Factorial(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var n = Index(MathModule.One("math.factorial", args, kwNames));
        if (n.Sign < 0) throw Errors.ValueError("factorial() not defined for negative values");
        if (n > long.MaxValue) throw Errors.OverflowError("factorial() argument should not exceed 9223372036854775807");
        if (n > int.MaxValue) throw Errors.MemoryError();
        return Ints.New(ProductRange(1, (long)n));
    }

    /// lo * (lo+1) * ... * hi (1 when empty), by balanced splitting so big products stay fast.
    internal static BigInteger ProductRange(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (long i = lo + 1; i <= hi; i++) r *= i;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    private static Value Fold(string name, ReadOnlySpan<Value> args, string[]? kwNames, BigInteger start,
        Func<BigInteger, BigInteger, BigInteger> step)
    {
        Args.NoKeywords("math." + name, kwNames);
        BigInteger acc = start;
        for (int i = 0; i < args.Length; i++) acc = step(acc, Index(args[i]));
        return Ints.New(acc);
    }

    private static BigInteger Gcd(BigInteger a, BigInteger b) => BigInteger.GreatestCommonDivisor(a, b);

    private static BigInteger Lcm(BigInteger a, BigInteger b)
    {
        if (a.IsZero || b.IsZero) return BigInteger.Zero;
        return BigInteger.Abs(a / BigInteger.GreatestCommonDivisor(a, b) * b);
    }

    private static Value ISqrt(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var n = Index(MathModule.One("math.isqrt", args, kwNames));
        if (n.Sign < 0) throw Errors.ValueError("isqrt() argument must be nonnegative");
        return Ints.New(ISqrt(n));
    }

    /// floor(sqrt(n)) exactly, by Newton's iteration from above.
    internal static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        if (n < (BigInteger.One << 52))
        {
            var r = (long)Math.Sqrt((double)n);
            while (r * r > n) r--;
            while ((r + 1) * (r + 1) <= n) r++;
            return r;
        }
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// n and k checked non-negative (k may be absent: Null).
    private static (BigInteger N, BigInteger K) NK(string name, ReadOnlySpan<Value> args, string[]? kwNames, int min)
    {
        Args.NoKeywords("math." + name, kwNames);
        if (min == 2) Args.Exactly(name, args, kwNames, 2);
        else Args.Range(name, args, kwNames, min, 2);
        var n = Index(args[0]);
        if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
        var k = args.Length == 2 && !Py.IsNone(args[1]) ? Index(args[1]) : n;
        if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
        return (n, k);
    }

    private static Value Comb(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var (n, k) = NK("comb", args, kwNames, 2);
        if (k > n) return Value.FromSmallInt(0);
        if (k > n - k) k = n - k;
        if (k > int.MaxValue) throw Errors.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
        BigInteger r = BigInteger.One;
        for (int i = 0; i < (int)k; i++) r = r * (n - i) / (i + 1);
        return Ints.New(r);
    }

    private static Value Perm(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var (n, k) = NK("perm", args, kwNames, 1);
        if (k > n) return Value.FromSmallInt(0);
        if (k > int.MaxValue) throw Errors.OverflowError($"k must not exceed {long.MaxValue}");
        if (n <= long.MaxValue) return Ints.New(ProductRange((long)(n - k + 1), (long)n));
        BigInteger r = BigInteger.One;
        for (int i = 0; i < (int)k; i++) r *= n - i;
        return Ints.New(r);
    }
}
