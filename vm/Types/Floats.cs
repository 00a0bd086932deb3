// OWNER: numbers helper. float: an immutable heap object holding one double
// (Off.FloatValue). This file: representation, conversion from ints and text, hashing
// and repr; arithmetic is in FloatArith.cs, methods and the constructor in FloatMethods.cs.
using System.Globalization;
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Floats
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value New(double d)
    {
        long obj = Collector.Allocate((uint)TypeId.Float, 16);
        Mem.StoreDouble(obj, Off.FloatValue, d);
        return Value.FromRef(obj);
    }

    /// In old space (code constants).
    public static Value NewOld(double d)
    {
        long obj = Collector.AllocateOld((uint)TypeId.Float, 16);
        Mem.StoreDouble(obj, Off.FloatValue, d);
        return Value.FromRef(obj);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Get(Value f) => Mem.LoadDouble(f.Ref, Off.FloatValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFloat(Value v) => Ops.Is(v, TypeId.Float);

    /// A float that is not an instance of a float subclass (whose operators may be the
    /// user's): the header's type id and class tag (bits 32-63, see BuiltinSubclasses)
    /// checked with one compare, for the interpreter's fast paths.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe bool IsExact(Value v) => !v.IsSmallInt && *(uint*)(Mem.Ptr(v.Ref) + 4) == (uint)TypeId.Float;

    /// float(x) of an int or float value (OverflowError "int too large to convert to float").
    public static double ToDouble(Value v) => IsFloat(v) ? Get(v) : Ints.ToDouble(v);

    /// An int or a float: the operands numeric fast paths accept.
    public static bool IsNumber(Value v) => IsFloat(v) || Ints.IsInt(v);

    /// repr(float) exactly as CPython: shortest round-trip, '1e+16', 'inf', 'nan', '-0.0'.
    public static string Repr(double d) => FloatText.Repr(d);

    /// hash(float) as CPython's _Py_HashDouble: integral values hash as the int.
    public static long Hash(double d)
    {
        if (double.IsNaN(d)) return 0;
        if (double.IsInfinity(d)) return d > 0 ? 314159 : -314159;
        const long M = Ints.HashModulus;
        double m = FrExp(d, out int e);
        long sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & M) | x >> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= M) x -= M;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & M) | x >> (61 - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    /// C's frexp: d = m * 2**e with 0.5 <= |m| < 1 (d finite, nonzero; m = 0 for 0).
    public static double FrExp(double d, out int e)
    {
        if (d == 0) { e = 0; return d; }
        int scale = 0;
        if (Math.Abs(d) < 2.2250738585072014e-308) { d *= 18014398509481984.0; scale = -54; }
        long bits = BitConverter.DoubleToInt64Bits(d);
        int biased = (int)(bits >> 52) & 0x7ff;
        e = biased - 1022 + scale;
        bits = (bits & ~(0x7ffL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// float(text): Python's float syntax with underscores, inf/nan; null when invalid.
    public static double? Parse(string text)
    {
        string s = NumberSyntax.AstralDigitsToAscii(text).Trim(StrText.PyWhitespace);
        string body = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? s[1..] : s;
        bool negative = s.StartsWith('-');
        switch (body.ToLowerInvariant())
        {
            case "inf" or "infinity": return negative ? double.NegativeInfinity : double.PositiveInfinity;
            case "nan": return negative ? -double.NaN : double.NaN;
        }
        string? clean = NumberSyntax.CleanDecimalFloat(body);
        if (clean == null) return null;
        double d = double.Parse(clean, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -d : d;
    }
}
