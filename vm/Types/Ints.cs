// OWNER: numbers helper. int: small ints are tagged Values; larger ones are BigInt heap
// objects holding System.Numerics.BigInteger's little-endian two's complement bytes
// (Off.Length raw byte count, bytes from Off.ArrayData). Every int result is normalized:
// a value that fits a small int is never a BigInt. bool (True/False) counts as an int.
// This file: representation, conversions, hashing and text forms; arithmetic is in
// IntArith.cs, methods and the constructor in IntMethods.cs.
using System.Numerics;
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Ints
{
    /// CPython's hash modulus (2**61 - 1), shared with float hashing.
    public const long HashModulus = (1L << 61) - 1;

    private static readonly BigInteger MinSmall = Value.MinSmallInt, MaxSmall = Value.MaxSmallInt;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value New(long v) => Value.FitsSmallInt(v) ? Value.FromSmallInt(v) : NewBig(v, old: false);

    public static Value New(BigInteger v)
        => v >= MinSmall && v <= MaxSmall ? Value.FromSmallInt((long)v) : NewBig(v, old: false);

    /// In old space (code constants).
    public static Value NewOld(BigInteger v)
        => v >= MinSmall && v <= MaxSmall ? Value.FromSmallInt((long)v) : NewBig(v, old: true);

    private static Value NewBig(BigInteger v, bool old)
    {
        int n = v.GetByteCount();
        long obj = old ? Collector.AllocateOldArray((uint)TypeId.BigInt, n) : Collector.AllocateArray((uint)TypeId.BigInt, n);
        v.TryWriteBytes(Mem.Bytes(obj, Off.ArrayData, n), out _);
        return Value.FromRef(obj);
    }

    /// int or bool (bool is a subclass of int).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInt(Value v)
    {
        if (v.IsSmallInt) return true;
        if (v.IsNull) return false;
        uint t = Mem.TypeId(v.Ref);
        return t == (uint)TypeId.BigInt || t == (uint)TypeId.Bool;
    }

    public static bool IsBig(Value v) => Ops.Is(v, TypeId.BigInt);

    public static bool IsBool(Value v) => Ops.Is(v, TypeId.Bool);

    /// Fits in a long (True/False count as 1/0).
    public static bool TryGetLong(Value v, out long x)
    {
        if (v.IsSmallInt) { x = v.SmallInt; return true; }
        uint t = Mem.TypeId(v.Ref);
        if (t == (uint)TypeId.Bool) { x = Mem.Load(v.Ref, Off.BoolValue); return true; }
        if (t == (uint)TypeId.BigInt && Mem.Load(v.Ref, Off.Length) <= 8)
        {
            x = (long)BigBytes(v);
            return true;
        }
        x = 0;
        return false;
    }

    private static BigInteger BigBytes(Value v)
        => new(Mem.Bytes(v.Ref, Off.ArrayData, (int)Mem.Load(v.Ref, Off.Length)));

    public static BigInteger ToBig(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        if (Mem.TypeId(v.Ref) == (uint)TypeId.Bool) return Mem.Load(v.Ref, Off.BoolValue);
        return BigBytes(v);
    }

    public static int Sign(Value v) => v.IsSmallInt ? Math.Sign(v.SmallInt) : ToBig(v).Sign;

    /// hash(int) as CPython: |x| mod (2**61-1) with x's sign; -1 becomes -2.
    public static long Hash(Value v)
    {
        long h;
        if (TryGetLong(v, out long x))
        {
            ulong a = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            h = (long)(a % HashModulus);
            if (x < 0) h = -h;
        }
        else
        {
            var b = ToBig(v);
            h = (long)(BigInteger.Abs(b) % HashModulus);
            if (b.Sign < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /// sys.get_int_max_str_digits(): the most digits an int<->str conversion in a base that is
    /// not a power of two may have (0: no limit). It bounds their quadratic cost.
    public static int MaxStrDigits = DefaultMaxStrDigits;
    public const int DefaultMaxStrDigits = 4300;
    /// sys.set_int_max_str_digits() refuses a positive limit below this.
    public const int MinMaxStrDigits = 640;

    /// Decimal text (repr and str of an int).
    public static string ToDecimal(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var b = ToBig(v);
        return (b.Sign < 0 ? "-" : "") + AbsDigits(b, 10);
    }

    /// Digits of |v| in base 2, 8, 10 or 16 (lowercase), without sign or prefix.
    public static string AbsDigits(BigInteger v, int radix)
    {
        v = BigInteger.Abs(v);
        if (radix == 10)
        {
            // CPython's test on the size in 30-bit digits first: too big is refused without
            // converting (which is quadratic); the exact digit count decides the rest.
            long size = (BigMath.BitLength(v) + 29) / 30;
            if (MaxStrDigits > 0 && size >= 10 * MinMaxStrDigits / 90 + 2 && MaxStrDigits / 90 <= (size - 11) / 10)
                throw DigitLimitError();
            string text = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (MaxStrDigits > 0 && text.Length > MaxStrDigits) throw DigitLimitError();
            return text;
        }
        if (v.IsZero) return "0";
        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        long bits = (long)v.GetBitLength();
        int n = (int)((bits + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[n];
        byte[] bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int i = 0; i < n; i++)
        {
            int d = 0;
            for (int k = 0; k < bitsPerDigit; k++)
            {
                long bit = (long)i * bitsPerDigit + k;
                if (bit < bits && (bytes[bit >> 3] >> (int)(bit & 7) & 1) != 0) d |= 1 << k;
            }
            chars[n - 1 - i] = "0123456789abcdef"[d];
        }
        return new string(chars);
    }

    private static PyException DigitLimitError() => Errors.ValueError(
        $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// int(text, radix) of `digits` digits (underscores excluded): refused before converting
    /// when the radix is not a power of two and the limit is exceeded.
    public static void CheckParseDigits(int digits, int radix)
    {
        if ((radix & (radix - 1)) != 0 && MaxStrDigits > 0 && digits > MaxStrDigits)
            throw Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    /// bin()/oct()/hex() text: '-0b101', '0o17', '0xff'.
    public static string ToPrefixed(Value v, int radix)
    {
        var b = ToBig(v);
        string prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        return (b.Sign < 0 ? "-" : "") + prefix + AbsDigits(b, radix);
    }

    /// The int as a double, correctly rounded (OverflowError "int too large to convert to float").
    public static double ToDouble(Value v)
    {
        if (TryGetLong(v, out long x)) return x;
        double d = BigMath.ToDouble(ToBig(v));
        if (double.IsInfinity(d)) throw Errors.OverflowError("int too large to convert to float");
        return d;
    }
}
