// OWNER: numbers helper. int: small ints are tagged Values; larger ones are BigInt heap
// objects in CPython's form: a signed size word (int at Off.ArrayData: the limb count,
// negated for a negative number) followed by the magnitude in 32-bit limbs, least
// significant first (from LimbData). Off.Length is the byte capacity (4 + 4 * limbs): it
// may exceed what the size word uses, as results are written straight into an object
// sized for the worst case. Arithmetic reads the limbs in place (IntLimbArith.cs); the
// rare operations convert to System.Numerics.BigInteger (ToBig / New(BigInteger)).
// Every int result is normalized: a value that fits a small int is never a BigInt (only
// instances of int subclasses hold any value in a BigInt object). bool counts as an int.
// This file: representation, conversions, hashing and text forms; arithmetic is in
// IntArith.cs and IntLimbArith.cs, methods and the constructor in IntMethods.cs.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static unsafe class Ints
{
    /// CPython's hash modulus (2**61 - 1), shared with float hashing.
    public const long HashModulus = (1L << 61) - 1;

    /// Offset of the first limb: after the signed size word.
    private const int LimbData = Off.ArrayData + 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value New(long v) => Value.FitsSmallInt(v) ? Value.FromSmallInt(v) : Value.FromRef(NewBigObject(v));

    public static Value New(BigInteger v) => FromBig(v, old: false);

    /// In old space (code constants).
    public static Value NewOld(BigInteger v) => FromBig(v, old: true);

    private static Value FromBig(BigInteger v, bool old)
    {
        if (v >= Value.MinSmallInt && v <= Value.MaxSmallInt) return Value.FromSmallInt((long)v);
        var mag = BigInteger.Abs(v);
        int limbs = (mag.GetByteCount(isUnsigned: true) + 3) / 4;
        long obj = AllocateBig(limbs, old);
        mag.TryWriteBytes(Mem.Bytes(obj, LimbData, 4 * limbs), out _, isUnsigned: true);
        SizeWord(obj) = v.Sign < 0 ? -limbs : limbs;
        return Value.FromRef(obj);
    }

    /// A BigInt object holding `v` (not normalized: int subclass instances use it for small values).
    internal static long NewBigObject(long v)
    {
        ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        int limbs = mag == 0 ? 0 : mag >> 32 == 0 ? 1 : 2;
        long obj = AllocateBig(limbs, old: false);
        Span<uint> d = Limbs(obj, limbs);
        if (limbs > 0) d[0] = (uint)mag;
        if (limbs > 1) d[1] = (uint)(mag >> 32);
        SizeWord(obj) = v < 0 ? -limbs : limbs;
        return obj;
    }

    /// A zeroed BigInt object with room for `limbs` limbs and size word 0.
    internal static long AllocateBig(int limbs, bool old = false)
    {
        long bytes = 4 + 4L * limbs;
        return old ? Collector.AllocateOldArray((uint)TypeId.BigInt, bytes) : Collector.AllocateArray((uint)TypeId.BigInt, bytes);
    }

    /// The signed limb count of a BigInt object.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref int SizeWord(long obj) => ref *(int*)(Mem.Base + obj + Off.ArrayData);

    /// The first `count` limbs of a BigInt object.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Span<uint> Limbs(long obj, int count) => new(Mem.Base + obj + LimbData, count);

    /// The magnitude of a BigInt object (trimmed if the object is normalized).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Span<uint> Magnitude(long obj) => Limbs(obj, Math.Abs(SizeWord(obj)));

    /// Sets the size of a freshly computed BigInt object whose first `count` limbs hold the
    /// magnitude (leading zeros allowed); returns the normalized int.
    internal static Value Finish(long obj, int count, bool negative)
    {
        Span<uint> d = Limbs(obj, count);
        int n = Vm.Limbs.Trim(d);
        if (n <= 2)
        {
            ulong mag = n == 0 ? 0 : n == 1 ? d[0] : d[0] | (ulong)d[1] << 32;
            if (mag <= (ulong)Value.MaxSmallInt) return Value.FromSmallInt(negative ? -(long)mag : (long)mag);
            if (negative && mag == (ulong)Value.MaxSmallInt + 1) return Value.FromSmallInt(Value.MinSmallInt);
        }
        SizeWord(obj) = negative ? -n : n;
        return Value.FromRef(obj);
    }

    /// Sign and magnitude of any int Value (small ints and bools are written into `tmp`,
    /// two limbs). The span is valid until the next collection.
    internal static int Load(Value v, Span<uint> tmp, out ReadOnlySpan<uint> mag)
    {
        long x;
        if (v.IsSmallInt) x = v.SmallInt;
        else if (Mem.TypeId(v.Ref) == (uint)TypeId.Bool) x = Mem.Load(v.Ref, Off.BoolValue);
        else
        {
            int size = SizeWord(v.Ref);
            mag = Limbs(v.Ref, Math.Abs(size));
            return Math.Sign(size);
        }
        ulong m = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
        tmp[0] = (uint)m;
        tmp[1] = (uint)(m >> 32);
        mag = tmp[..(m == 0 ? 0 : m >> 32 == 0 ? 1 : 2)];
        return Math.Sign(x);
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
        if (t == (uint)TypeId.BigInt)
        {
            int size = SizeWord(v.Ref), n = Math.Abs(size);
            if (n <= 2)
            {
                Span<uint> d = Limbs(v.Ref, n);
                ulong mag = n == 0 ? 0 : n == 1 ? d[0] : d[0] | (ulong)d[1] << 32;
                if (mag <= long.MaxValue) { x = size < 0 ? -(long)mag : (long)mag; return true; }
                if (size < 0 && mag == 1UL << 63) { x = long.MinValue; return true; }
            }
        }
        x = 0;
        return false;
    }

    public static BigInteger ToBig(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        if (Mem.TypeId(v.Ref) == (uint)TypeId.Bool) return Mem.Load(v.Ref, Off.BoolValue);
        int size = SizeWord(v.Ref);
        var mag = new BigInteger(MemoryMarshal.AsBytes(Limbs(v.Ref, Math.Abs(size))), isUnsigned: true);
        return size < 0 ? -mag : mag;
    }

    public static int Sign(Value v)
    {
        if (v.IsSmallInt) return Math.Sign(v.SmallInt);
        if (Mem.TypeId(v.Ref) == (uint)TypeId.Bool) return (int)Mem.Load(v.Ref, Off.BoolValue);
        return Math.Sign(SizeWord(v.Ref));
    }

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
            // CPython's loop over digits, from the top: h = (h * 2**32 + limb) mod (2**61 - 1).
            int size = SizeWord(v.Ref);
            Span<uint> d = Limbs(v.Ref, Math.Abs(size));
            ulong acc = 0;
            for (int i = d.Length - 1; i >= 0; i--)
                acc = (ulong)((((UInt128)acc << 32) | d[i]) % (ulong)HashModulus);
            h = size < 0 ? -(long)acc : (long)acc;
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
        Span<uint> tmp = stackalloc uint[2];
        int sign = Load(v, tmp, out var mag);
        return (sign < 0 ? "-" : "") + AbsDigits(mag, 10);
    }

    /// Digits of |v| in base 2, 8, 10 or 16 (lowercase), without sign or prefix.
    public static string AbsDigits(BigInteger v, int radix) => AbsDigits(IntText.MagnitudeOf(v), radix);

    private static string AbsDigits(ReadOnlySpan<uint> mag, int radix)
    {
        if (radix != 10) return IntText.BitDigits(mag, radix == 2 ? 1 : radix == 8 ? 3 : 4);
        // CPython's test on the size in 30-bit digits first: too big is refused without
        // converting (which is quadratic); the exact digit count decides the rest.
        long size = (IntText.BitLength(mag) + 29) / 30;
        if (MaxStrDigits > 0 && size >= 10 * MinMaxStrDigits / 90 + 2 && MaxStrDigits / 90 <= (size - 11) / 10)
            throw DigitLimitError();
        string text = IntText.Decimal(mag);
        if (MaxStrDigits > 0 && text.Length > MaxStrDigits) throw DigitLimitError();
        return text;
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
        Span<uint> tmp = stackalloc uint[2];
        int sign = Load(v, tmp, out var mag);
        string prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        return (sign < 0 ? "-" : "") + prefix + AbsDigits(mag, radix);
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
