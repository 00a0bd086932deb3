// Magnitude arithmetic on little-endian spans of 32-bit limbs: the kernels behind big int
// + - * // % and comparison (IntLimbArith.cs applies signs and builds the heap objects).
// Inputs may carry leading zero limbs unless a method says otherwise; outputs are written
// into caller-provided spans of the stated length (their leading limbs may come out zero:
// callers strip them). The algorithms are CPython's longobject.c ones with 32-bit limbs
// and 64-bit intermediates; division is Knuth's algorithm D (as in Hacker's Delight).
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stmvm.Vm;

internal static class Limbs
{
    /// Length of `a` without its leading zero limbs.
    public static int Trim(ReadOnlySpan<uint> a)
    {
        int n = a.Length;
        while (n > 0 && a[n - 1] == 0) n--;
        return n;
    }

    /// Compares two trimmed magnitudes.
    public static int Compare(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
        for (int i = a.Length - 1; i >= 0; i--)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return 0;
    }

    // The loops below index through refs after checking the lengths once: they are the
    // inner loops of every big int operation, and the JIT cannot drop the checks on `r`.

    /// r = a + b; a.Length >= b.Length, r.Length == a.Length + 1.
    public static void Add(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        if (b.Length > a.Length || r.Length != a.Length + 1) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a), pb = ref MemoryMarshal.GetReference(b), pr = ref MemoryMarshal.GetReference(r);
        ulong carry = 0;
        int i = 0;
        for (; i < b.Length; i++)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) + Unsafe.Add(ref pb, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        for (; i < a.Length; i++)
        {
            carry += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
        }
        Unsafe.Add(ref pr, i) = (uint)carry;
    }

    /// r = a - b for a >= b (as magnitudes); r.Length == a.Length (r may be b).
    public static void Sub(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        if (b.Length > a.Length || r.Length != a.Length) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a), pb = ref MemoryMarshal.GetReference(b), pr = ref MemoryMarshal.GetReference(r);
        long borrow = 0;
        int i = 0;
        for (; i < b.Length; i++)
        {
            borrow += (long)Unsafe.Add(ref pa, i) - Unsafe.Add(ref pb, i);
            Unsafe.Add(ref pr, i) = (uint)borrow;
            borrow >>= 32;
        }
        for (; i < a.Length; i++)
        {
            borrow += Unsafe.Add(ref pa, i);
            Unsafe.Add(ref pr, i) = (uint)borrow;
            borrow >>= 32;
        }
    }

    /// r = a * b (schoolbook); r.Length == a.Length + b.Length, and r may not overlap a or b.
    public static void Mul(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> r)
    {
        if (a.Length < b.Length) { var t = a; a = b; b = t; }
        MulSmall(a, b[0], r[..(a.Length + 1)]);
        for (int j = 1; j < b.Length; j++)
        {
            ulong bj = b[j], carry = 0;
            Span<uint> row = r[j..];
            for (int i = 0; i < a.Length; i++)
            {
                carry += a[i] * bj + row[i];
                row[i] = (uint)carry;
                carry >>= 32;
            }
            row[a.Length] = (uint)carry;
        }
    }

    /// r = a * m; r.Length == a.Length + 1 (r may be a's storage).
    public static void MulSmall(ReadOnlySpan<uint> a, uint m, Span<uint> r)
    {
        if (r.Length != a.Length + 1) throw new ArgumentException("limb lengths");
        ref uint pa = ref MemoryMarshal.GetReference(a), pr = ref MemoryMarshal.GetReference(r);
        ulong carry = 0;
        int i = 0;
        // Two limbs per step: a 64 x 32-bit product has a high half below 2**32, so the carry
        // into the next step fits in a word.
        for (; i + 1 < a.Length; i += 2)
        {
            ulong hi = Math.BigMul(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref pa, i))), m, out ulong lo);
            lo += carry;
            if (lo < carry) hi++;
            Unsafe.WriteUnaligned(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref pr, i)), lo);
            carry = hi;
        }
        if (i < a.Length)
        {
            carry += (ulong)Unsafe.Add(ref pa, i) * m;
            Unsafe.Add(ref pr, i) = (uint)carry;
            carry >>= 32;
            i++;
        }
        Unsafe.Add(ref pr, i) = (uint)carry;
    }

    /// Adds 1 to the magnitude in place; r must have room for the carry (a zero top limb).
    public static void Increment(Span<uint> r)
    {
        for (int i = 0; i < r.Length; i++)
            if (++r[i] != 0) return;
    }

    /// q = a / d, returns a % d; q.Length == a.Length.
    public static uint DivSmall(ReadOnlySpan<uint> a, uint d, Span<uint> q)
    {
        ulong rem = 0;
        for (int i = a.Length - 1; i >= 0; i--)
        {
            ulong cur = (rem << 32) | a[i];
            ulong qi = cur / d;
            q[i] = (uint)qi;
            rem = cur - qi * d;
        }
        return (uint)rem;
    }

    /// Knuth D: q = u / v for trimmed u, v with v.Length >= 2 and u.Length >= v.Length.
    /// q.Length == u.Length - v.Length + 1; un is scratch of u.Length + 1 limbs and vn scratch
    /// of v.Length limbs. The remainder is left in un[..v.Length] shifted left by the returned
    /// count (ShiftRight gives it; callers that only test it for zero need not).
    public static int DivRem(ReadOnlySpan<uint> u, ReadOnlySpan<uint> v, Span<uint> q, Span<uint> un, Span<uint> vn)
    {
        int n = v.Length, m = u.Length - n;
        // Normalize: shift so that v's top limb has its top bit set, which bounds the error of
        // each estimated quotient limb to 2.
        int s = BitOperations.LeadingZeroCount(v[n - 1]);
        ShiftLeft(v, s, vn);
        un[u.Length] = ShiftLeft(u, s, un[..u.Length]);
        ulong vTop = vn[n - 1], vNext = vn[n - 2];
        for (int j = m; j >= 0; j--)
        {
            ulong num = ((ulong)un[j + n] << 32) | un[j + n - 1];
            ulong qhat = num / vTop, rhat = num - qhat * vTop;
            while (qhat > uint.MaxValue || qhat * vNext > ((rhat << 32) | un[j + n - 2]))
            {
                qhat--;
                rhat += vTop;
                if (rhat > uint.MaxValue) break;
            }
            // un[j..j+n] -= qhat * vn
            long k = 0, t;
            for (int i = 0; i < n; i++)
            {
                ulong p = qhat * vn[i];
                t = (long)un[i + j] - k - (long)(p & 0xFFFF_FFFF);
                un[i + j] = (uint)t;
                k = (long)(p >> 32) - (t >> 32);
            }
            t = (long)un[j + n] - k;
            un[j + n] = (uint)t;
            if (t < 0)
            {
                // The estimate was one too big (rare): add v back.
                qhat--;
                ulong c = 0;
                for (int i = 0; i < n; i++)
                {
                    c += (ulong)un[i + j] + vn[i];
                    un[i + j] = (uint)c;
                    c >>= 32;
                }
                un[j + n] += (uint)c;
            }
            q[j] = (uint)qhat;
        }
        return s;
    }

    /// r = a << s for 0 <= s < 32; r.Length == a.Length; returns the bits shifted out at the top.
    public static uint ShiftLeft(ReadOnlySpan<uint> a, int s, Span<uint> r)
    {
        if (s == 0) { a.CopyTo(r); return 0; }
        uint carry = 0;
        for (int i = 0; i < a.Length; i++)
        {
            uint x = a[i];
            r[i] = (x << s) | carry;
            carry = x >> (32 - s);
        }
        return carry;
    }

    /// r = a >> s for 0 <= s < 32; r.Length == a.Length.
    public static void ShiftRight(ReadOnlySpan<uint> a, int s, Span<uint> r)
    {
        if (s == 0) { a.CopyTo(r); return; }
        for (int i = 0; i < a.Length; i++)
        {
            uint hi = i + 1 < a.Length ? a[i + 1] : 0;
            r[i] = (a[i] >> s) | (hi << (32 - s));
        }
    }
}
