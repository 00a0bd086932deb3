// int's constructor, methods and dunders (int.__add__(1, 2), super().__eq__ in
// subclasses), and bool's type behaviour: bool() and repr True/False; bool arithmetic is
// int arithmetic (bool & | ^ bool stays a bool, see Numbers.IntBinary).
using System.Numerics;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class IntMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Define()
    {
        var t = BuiltinTypes.Int;
        t.Constructor = Construct;
        BuiltinTypes.Bool.Constructor = (args, _, kwNames) =>
        {
            Args.Range("bool", args, kwNames, 0, 1);
            return Py.Bool(args.Length == 1 && Ops.Truth(args[0]));
        };
        NumberDunders.DefineArithmetic(t, Ints.IsInt);
        BuiltinDunders.DefineCompare(t, Ints.IsInt, (a, b, op) => Py.Bool(Numbers.Compare(a, b, op)));
        BuiltinDunders.Method(t, "__hash__", 0, (self, _) => Ints.New(Ints.Hash(self)));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Ints.ToDecimal(self)));
        BuiltinDunders.Method(t, "__bool__", 0, (self, _) => Py.Bool(Ints.Sign(self) != 0));
        foreach (var name in new[] { "__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate" })
            BuiltinDunders.Method(t, name, 0, (self, _) => AsExactInt(self));
        BuiltinDunders.Method(t, "__float__", 0, (self, _) => Floats.New(Ints.ToDouble(self)));
        BuiltinDunders.Method(t, "__format__", 1, (self, a) => Formatting.FormatBuiltin(self, StrArg("format", a[0])));
        BuiltinDunders.MethodRange(t, "__round__", 0, 1, (self, a) => a.Length == 0 || Py.IsNone(a[0]) ? AsExactInt(self) : Round(self, a[0]));
        BuiltinDunders.Method(t, "bit_length", 0, (self, _) => Ints.New(BigMath.BitLength(Ints.ToBig(self))));
        BuiltinDunders.Method(t, "bit_count", 0, (self, _) => Ints.New(BitCount(Ints.ToBig(self))));
        BuiltinDunders.Method(t, "as_integer_ratio", 0, (self, _) => Tuples.New([AsExactInt(self), Value.FromSmallInt(1)]));
        BuiltinDunders.MethodKw(t, "to_bytes", ToBytes);
        NumberDunders.DefineClassMethod(t, "from_bytes", FromBytes);
        NativeProperties.Define(t, "real", AsExactInt);
        NativeProperties.Define(t, "imag", _ => Value.FromSmallInt(0));
        NativeProperties.Define(t, "numerator", AsExactInt);
        NativeProperties.Define(t, "denominator", _ => Value.FromSmallInt(1));
        BuiltinDunders.Method(BuiltinTypes.Bool, "__repr__", 0, (self, _) => Strs.New(self == Py.True ? "True" : "False"));
    }

    private static Value AsExactInt(Value v) => Ints.IsBool(v) ? Ints.New(Ints.ToBig(v)) : v;

    internal static Value StrArg(string fname, Value v)
        => Strs.IsStr(v) ? v : throw Errors.TypeError($"{fname}() argument must be str, not {Ops.TypeName(v)}");

    private static long BitCount(BigInteger b)
    {
        long n = 0;
        foreach (byte x in BigInteger.Abs(b).ToByteArray()) n += BitOperations.PopCount(x);
        return n;
    }

    /// round(int, ndigits): half to even at 10**-ndigits.
    public static Value Round(Value v, Value ndigits)
    {
        long n = Ops.IndexAsLong(ndigits);
        if (n >= 0) return AsExactInt(v);
        if (n < -10000) return Value.FromSmallInt(0);
        var p = BigInteger.Pow(10, (int)-n);
        var x = Ints.ToBig(v);
        var q = IntArith.FloorDivBig(x, p);
        var r = x - q * p;
        int c = (2 * r).CompareTo(p);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return Ints.New(q * p);
    }

    private static readonly string[] ConstructParams = ["x", "base"];

    /// int(), int(x), int(x, base).
    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("int", kwNames, "base");
        if (args.Length > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({args.Length} given)");
        Value baseArg = args.Length == 2 ? args[1] : Args.Keyword(kwValues, kwNames, "base");
        if (args.Length == 0)
        {
            if (!baseArg.IsNull) throw Errors.TypeError("int() missing string argument");
            return Value.FromSmallInt(0);
        }
        Value x = args[0];
        if (baseArg.IsNull) return FromObject(x);
        long radix = Ops.IndexAsLong(baseArg);
        if (radix != 0 && (radix < 2 || radix > 36)) throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        if (!Strs.IsStr(x) && !BytesObjects.IsBytesLike(x)) throw Errors.TypeError("int() can't convert non-string with explicit base");
        return Parse(x, (int)radix);
    }

    /// int(x) for one argument.
    public static Value FromObject(Value x)
    {
        if (Ints.IsInt(x)) return AsExactInt(x);
        if (Floats.IsFloat(x)) return FromDouble(Floats.Get(x));
        if (Strs.IsStr(x) || BytesObjects.IsBytesLike(x)) return Parse(x, 10);
        var type = Ops.TypeOf(x);
        foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
        {
            Value f = Ops.LookupSpecial(type, name);
            if (f.IsNull) continue;
            Value r = Ops.Call(f, [x]);
            if (!Ints.IsInt(r)) throw Errors.TypeError($"{name} returned non-int (type {Ops.TypeName(r)})");
            return AsExactInt(r);
        }
        throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{type.Name}'");
    }

    /// int(d): truncation toward zero; errors for infinities and NaN.
    public static Value FromDouble(double d)
    {
        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (Math.Abs(d) < 4e18) return Ints.New((long)d);
        return Ints.New(new BigInteger(d));
    }

    private static Value Parse(Value x, int radix)
    {
        if (radix == 10 && Strs.IsStr(x) && StrOps.TryParseDecimal(x, out long small)) return Ints.New(small);
        string text = Strs.IsStr(x) ? Strs.ToNet(x) : System.Text.Encoding.Latin1.GetString(BytesObjects.View(x));
        var v = NumberSyntax.ParseInt(text, radix);
        if (v == null)
        {
            string shown = Strs.IsStr(x) ? StrRepr.Of(x) : Ops.ReprOf(x);
            throw Errors.ValueError($"invalid literal for int() with base {radix}: {shown}");
        }
        return Ints.New(v.Value);
    }

    private static readonly string[] ToBytesParams = ["length", "byteorder"];

    private static Value ToBytes(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var (length, little, signed) = BytesArgs("to_bytes", args, kwValues, kwNames, ToBytesParams, lengthFirst: true);
        var b = Ints.ToBig(self);
        if (!signed && b.Sign < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        bool fits = length == 0 ? b.IsZero
            : signed ? BigMath.BitLength(b < 0 ? -b - 1 : b) < 8L * length : BigMath.BitLength(b) <= 8L * length;
        if (!fits) throw Errors.OverflowError("int too big to convert");
        byte[] raw = b.ToByteArray();
        var result = new byte[length];
        if (b.Sign < 0) result.AsSpan().Fill(0xff);
        raw.AsSpan(0, Math.Min(raw.Length, length)).CopyTo(result);
        if (!little) Array.Reverse(result);
        return BytesObjects.New(result);
    }

    private static readonly string[] FromBytesParams = ["bytes", "byteorder"];

    private static Value FromBytes(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        // args[0] is the class.
        var (_, little, signed) = BytesArgs("from_bytes", args[1..], kwValues, kwNames, FromBytesParams, lengthFirst: false);
        Value first = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "bytes");
        if (first.IsNull) throw Errors.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
        byte[] data = BytesMethods.BytesFromObject(first).ToArray();
        var b = new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
        return Ints.New(b);
    }

    /// Binds (length|bytes, byteorder='big', *, signed=False).
    private static (int Length, bool Little, bool Signed) BytesArgs(string fname, ReadOnlySpan<Value> args,
        ReadOnlySpan<Value> kwValues, string[]? kwNames, string[] names, bool lengthFirst)
    {
        Args.OnlyKeywords(fname, kwNames, names[0], names[1], "signed");
        if (args.Length > 2) throw Errors.TypeError($"{fname}() takes at most 2 positional arguments ({args.Length} given)");
        Value lengthArg = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, names[0]);
        Value order = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "byteorder");
        Value signed = Args.Keyword(kwValues, kwNames, "signed");
        int length = 1;
        if (lengthFirst && !lengthArg.IsNull)
        {
            long n = Sizes.AsSsize(lengthArg);
            if (n < 0) throw Errors.ValueError("length argument must be non-negative");
            length = Sizes.Length(n);
        }
        bool little = false;
        if (!order.IsNull)
        {
            if (!Strs.IsStr(order)) throw Errors.TypeError($"{fname}() argument 'byteorder' must be str, not {Ops.TypeName(order)}");
            string o = Strs.ToNet(order);
            if (o != "little" && o != "big") throw Errors.ValueError("byteorder must be either 'little' or 'big'");
            little = o == "little";
        }
        return (length, little, !signed.IsNull && Ops.Truth(signed));
    }
}
