// Big int + - * // % divmod << >> & | ^, negation and comparison on the limbs in the heap: operands are
// read in place (Ints.Load), results are computed straight into a new BigInt object sized
// for the worst case and then normalized (Ints.Finish). No System.Numerics round trip and
// no .NET allocation, except for products and quotients of operands so long that
// BigInteger's subquadratic algorithms (Karatsuba, Burnikel-Ziegler) win; there we convert.
// IntArith calls these once its long fast paths do not apply; signs follow Python (floor
// division rounds toward negative infinity, a remainder has the divisor's sign).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class IntLimbArith
{
    /// Shorter operand length (limbs) from which multiplication goes through BigInteger.
    private const int SubquadraticMulLimbs = 40;
    /// Divisor and quotient length (limbs) from which division goes through BigInteger.
    private const int SubquadraticDivLimbs = 64;

    [ThreadStatic] private static uint[]? _scratch;

    /// a + b, or a - b when `negateB`.
    public static Value Add(Value a, Value b, bool negateB)
    {
        Span<uint> ta = stackalloc uint[2], tb = stackalloc uint[2];
        int sa = Ints.Load(a, ta, out var ma);
        int sb = Ints.Load(b, tb, out var mb);
        if (negateB) sb = -sb;
        if (sa == 0 || sb == 0 || sa == sb)
        {
            bool negative = (sa != 0 ? sa : sb) < 0;
            if (ma.Length < mb.Length) Swap(ref ma, ref mb);
            long obj = Ints.AllocateBig(ma.Length + 1);
            Limbs.Add(ma, mb, Ints.Limbs(obj, ma.Length + 1));
            return Ints.Finish(obj, ma.Length + 1, negative);
        }
        int c = Limbs.Compare(ma, mb);
        if (c == 0) return Value.FromSmallInt(0);
        int sign = sa;
        if (c < 0) { Swap(ref ma, ref mb); sign = sb; }
        long r = Ints.AllocateBig(ma.Length);
        Limbs.Sub(ma, mb, Ints.Limbs(r, ma.Length));
        return Ints.Finish(r, ma.Length, sign < 0);
    }

    public static Value Mul(Value a, Value b)
    {
        Span<uint> ta = stackalloc uint[2], tb = stackalloc uint[2];
        int sa = Ints.Load(a, ta, out var ma);
        int sb = Ints.Load(b, tb, out var mb);
        if (sa == 0 || sb == 0) return Value.FromSmallInt(0);
        if (ma.Length < mb.Length) Swap(ref ma, ref mb);
        if (mb.Length >= SubquadraticMulLimbs) return Ints.New(Ints.ToBig(a) * Ints.ToBig(b));
        int n = ma.Length + mb.Length;
        long obj = Ints.AllocateBig(n);
        Span<uint> r = Ints.Limbs(obj, n);
        if (mb.Length == 1) Limbs.MulSmall(ma, mb[0], r);
        else Limbs.Mul(ma, mb, r);
        return Ints.Finish(obj, n, sa != sb);
    }

    public static Value Negate(Value a)
    {
        Span<uint> ta = stackalloc uint[2];
        int sa = Ints.Load(a, ta, out var ma);
        long obj = Ints.AllocateBig(ma.Length);
        ma.CopyTo(Ints.Limbs(obj, ma.Length));
        return Ints.Finish(obj, ma.Length, sa > 0);
    }

    public static int Compare(Value a, Value b)
    {
        Span<uint> ta = stackalloc uint[2], tb = stackalloc uint[2];
        int sa = Ints.Load(a, ta, out var ma);
        int sb = Ints.Load(b, tb, out var mb);
        if (sa != sb) return sa < sb ? -1 : 1;
        int c = Limbs.Compare(ma, mb);
        return sa < 0 ? -c : c;
    }

    /// a << n (0 <= n, the result's size already checked by the caller).
    public static Value LeftShift(Value a, long n)
    {
        Span<uint> ta = stackalloc uint[2];
        int sa = Ints.Load(a, ta, out var ma);
        if (sa == 0) return Value.FromSmallInt(0);
        int whole = (int)(n / 32), len = ma.Length + whole + 1;
        long obj = Ints.AllocateBig(len);
        Span<uint> r = Ints.Limbs(obj, len);
        r[len - 1] = Limbs.ShiftLeft(ma, (int)(n % 32), r.Slice(whole, ma.Length));
        return Ints.Finish(obj, len, sa < 0);
    }

    /// a >> n, rounding toward negative infinity (0 <= n).
    public static Value RightShift(Value a, long n)
    {
        Span<uint> ta = stackalloc uint[2];
        int sa = Ints.Load(a, ta, out var ma);
        long whole = n / 32;
        int bits = (int)(n % 32);
        if (whole >= ma.Length) return Value.FromSmallInt(sa < 0 ? -1 : 0);
        ReadOnlySpan<uint> kept = ma[(int)whole..];
        // A negative number rounds down: one more in magnitude when any bit shifted out is set.
        bool roundDown = sa < 0 && (Limbs.Trim(ma[..(int)whole]) != 0 || (kept[0] & ((1u << bits) - 1)) != 0);
        int len = kept.Length + 1;
        long obj = Ints.AllocateBig(len);
        Span<uint> r = Ints.Limbs(obj, len);
        Limbs.ShiftRight(kept, bits, r[..kept.Length]);
        if (roundDown) Limbs.Increment(r);
        return Ints.Finish(obj, len, sa < 0);
    }

    /// a & b (op '&'), a | b ('|') or a ^ b ('^') with Python's infinite two's complement
    /// for negatives (CPython's long_bitwise: complement the operands on the fly, and the
    /// result back when its sign bits are ones).
    public static Value Bitwise(Value a, Value b, char op)
    {
        Span<uint> ta = stackalloc uint[2], tb = stackalloc uint[2];
        bool na = Ints.Load(a, ta, out var ma) < 0, nb = Ints.Load(b, tb, out var mb) < 0;
        uint extA = na ? uint.MaxValue : 0, extB = nb ? uint.MaxValue : 0;
        bool negative = Apply(op, extA, extB) != 0;
        int n = Math.Max(ma.Length, mb.Length);
        long obj = Ints.AllocateBig(n + 1);
        Span<uint> r = Ints.Limbs(obj, n + 1);
        uint borrowA = 1, borrowB = 1;
        for (int i = 0; i < n; i++)
        {
            uint x = TwosComplementLimb(ma, i, na, ref borrowA), y = TwosComplementLimb(mb, i, nb, ref borrowB);
            r[i] = Apply(op, x, y);
        }
        if (negative)
        {
            for (int i = 0; i < n; i++) r[i] = ~r[i];
            Limbs.Increment(r);
        }
        return Ints.Finish(obj, n + 1, negative);
    }

    private static uint Apply(char op, uint x, uint y) => op switch { '&' => x & y, '|' => x | y, _ => x ^ y };

    /// Limb i of the two's complement of a magnitude (negated when `negative`: ~(mag - 1)).
    private static uint TwosComplementLimb(ReadOnlySpan<uint> mag, int i, bool negative, ref uint borrow)
    {
        uint x = i < mag.Length ? mag[i] : 0;
        if (!negative) return x;
        uint d = x - borrow;
        borrow = x < borrow ? 1u : 0u;
        return ~d;
    }

    /// Floor quotient and remainder of a by b (b != 0); the remainder only when `wantR`.
    public static void DivMod(Value a, Value b, bool wantR, out Value q, out Value r)
    {
        Span<uint> ta = stackalloc uint[2], tb = stackalloc uint[2], oneLimb = stackalloc uint[1];
        int sa = Ints.Load(a, ta, out var ma);
        int sb = Ints.Load(b, tb, out var mb);
        bool differ = sa != 0 && sa != sb;
        if (sa == 0 || Limbs.Compare(ma, mb) < 0)
        {
            // |a| < |b|: the truncated quotient is 0; flooring makes it -1 when the signs differ.
            q = Value.FromSmallInt(differ ? -1 : 0);
            if (!wantR) { r = Value.Null; return; }
            if (!differ) { r = Copy(ma, sa < 0); return; }
            long d = Ints.AllocateBig(mb.Length);
            Limbs.Sub(mb, ma, Ints.Limbs(d, mb.Length));
            r = Ints.Finish(d, mb.Length, sb < 0);
            return;
        }
        int qn = ma.Length - mb.Length + 1;
        if (mb.Length >= SubquadraticDivLimbs && qn >= SubquadraticDivLimbs)
        {
            var x = Ints.ToBig(a);
            var y = Ints.ToBig(b);
            var bq = IntArith.FloorDivBig(x, y);
            q = Ints.New(bq);
            r = wantR ? Ints.New(x - bq * y) : Value.Null;
            return;
        }
        // One spare limb in the quotient for the floor adjustment's carry.
        long qobj = Ints.AllocateBig(qn + 1);
        Span<uint> ql = Ints.Limbs(qobj, qn + 1);
        scoped Span<uint> rl;
        if (mb.Length == 1)
        {
            oneLimb[0] = Limbs.DivSmall(ma, mb[0], ql[..qn]);
            rl = oneLimb;
        }
        else
        {
            Span<uint> scratch = Scratch(ma.Length + 1 + mb.Length);
            Span<uint> un = scratch[..(ma.Length + 1)];
            int shift = Limbs.DivRem(ma, mb, ql[..qn], un, scratch.Slice(ma.Length + 1, mb.Length));
            rl = un[..mb.Length];
            if (wantR) Limbs.ShiftRight(rl, shift, rl);
        }
        bool rNonZero = Limbs.Trim(rl) != 0;
        if (differ && rNonZero) Limbs.Increment(ql);
        q = Ints.Finish(qobj, qn + 1, differ);
        if (!wantR) { r = Value.Null; return; }
        long robj = Ints.AllocateBig(mb.Length);
        Span<uint> rOut = Ints.Limbs(robj, mb.Length);
        if (differ && rNonZero) Limbs.Sub(mb, rl, rOut);
        else rl.CopyTo(rOut);
        r = Ints.Finish(robj, mb.Length, sb < 0);
    }

    private static Value Copy(ReadOnlySpan<uint> mag, bool negative)
    {
        long obj = Ints.AllocateBig(mag.Length);
        mag.CopyTo(Ints.Limbs(obj, mag.Length));
        return Ints.Finish(obj, mag.Length, negative);
    }

    private static Span<uint> Scratch(int n)
    {
        uint[]? s = _scratch;
        if (s == null || s.Length < n) _scratch = s = new uint[Math.Max(n, 2 * (s?.Length ?? 64))];
        return s;
    }

    private static void Swap(ref ReadOnlySpan<uint> x, ref ReadOnlySpan<uint> y)
    {
        var t = x;
        x = y;
        y = t;
    }
}
