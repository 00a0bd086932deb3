// float's constructor, methods and dunders: float(x) from numbers, text and __float__,
// round() (correctly rounded through the exact decimal expansion, as CPython's dtoa),
// is_integer, as_integer_ratio, hex, and the arithmetic/comparison dunders.
using System.Globalization;
using System.Numerics;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class FloatMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Define()
    {
        var t = BuiltinTypes.Float;
        t.Constructor = (args, _, kwNames) =>
        {
            Args.Range("float", args, kwNames, 0, 1);
            return args.Length == 0 ? Floats.New(0.0) : FromObject(args[0]);
        };
        NumberDunders.DefineArithmetic(t, Floats.IsNumber);
        BuiltinDunders.DefineCompare(t, Floats.IsNumber, (a, b, op) => Py.Bool(Numbers.Compare(a, b, op)));
        BuiltinDunders.Method(t, "__hash__", 0, (self, _) => Ints.New(Floats.Hash(Floats.Get(self))));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Floats.Repr(Floats.Get(self))));
        BuiltinDunders.Method(t, "__bool__", 0, (self, _) => Py.Bool(Floats.Get(self) != 0));
        BuiltinDunders.Method(t, "__float__", 0, (self, _) => self);
        BuiltinDunders.Method(t, "conjugate", 0, (self, _) => self);
        BuiltinDunders.Method(t, "__int__", 0, (self, _) => IntMethods.FromDouble(Floats.Get(self)));
        BuiltinDunders.Method(t, "__trunc__", 0, (self, _) => IntMethods.FromDouble(Floats.Get(self)));
        BuiltinDunders.Method(t, "__floor__", 0, (self, _) => IntMethods.FromDouble(Math.Floor(Floats.Get(self))));
        BuiltinDunders.Method(t, "__ceil__", 0, (self, _) => IntMethods.FromDouble(Math.Ceiling(Floats.Get(self))));
        BuiltinDunders.Method(t, "__format__", 1, (self, a) => Formatting.FormatBuiltin(self, IntMethods.StrArg("format", a[0])));
        BuiltinDunders.MethodRange(t, "__round__", 0, 1, (self, a) => a.Length == 0 || Py.IsNone(a[0])
            ? IntMethods.FromDouble(Math.Round(Floats.Get(self), MidpointRounding.ToEven))
            : Floats.New(Round(Floats.Get(self), Ops.IndexAsLong(a[0]))));
        BuiltinDunders.Method(t, "is_integer", 0, (self, _) => Py.Bool(double.IsFinite(Floats.Get(self)) && Math.Floor(Floats.Get(self)) == Floats.Get(self)));
        BuiltinDunders.Method(t, "as_integer_ratio", 0, (self, _) => IntegerRatio(Floats.Get(self)));
        BuiltinDunders.Method(t, "hex", 0, (self, _) => Strs.New(Hex(Floats.Get(self))));
        NativeProperties.Define(t, "real", v => v);
        NativeProperties.Define(t, "imag", _ => Floats.New(0.0));
    }

    /// float(x) for one argument.
    public static Value FromObject(Value x)
    {
        if (Floats.IsFloat(x)) return x;
        if (Ints.IsInt(x)) return Floats.New(Ints.ToDouble(x));
        if (Strs.IsStr(x) || BytesObjects.IsBytesLike(x))
        {
            string text = Strs.IsStr(x) ? Strs.ToNet(x) : System.Text.Encoding.Latin1.GetString(BytesObjects.View(x));
            double? d = Floats.Parse(text);
            if (d == null) throw Errors.ValueError($"could not convert string to float: {(Strs.IsStr(x) ? StrRepr.Of(x) : Ops.ReprOf(x))}");
            return Floats.New(d.Value);
        }
        var type = Ops.TypeOf(x);
        Value f = Ops.LookupSpecial(type, "__float__");
        if (!f.IsNull)
        {
            Value r = Ops.Call(f, [x]);
            // type.Name, not x: the call may have moved x (a collection at a safe point).
            if (!Floats.IsFloat(r)) throw Errors.TypeError($"{type.Name}.__float__ returned non-float (type {Ops.TypeName(r)})");
            return r;
        }
        if (!Ops.LookupSpecial(type, "__index__").IsNull) return Floats.New(Ints.ToDouble(Ops.Index(x)));
        throw Errors.TypeError($"float() argument must be a string or a real number, not '{type.Name}'");
    }

    /// round(x, n) as CPython: the decimal string correctly rounded half-even, read back.
    public static double Round(double x, long n)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (n > 323) return x;
        if (n < -308) return 0.0 * x;
        var (digits, decpt) = FloatDigits.Fixed(x, (int)n);
        if (FloatDigits.IsZero(digits)) return 0.0 * (x < 0 ? -1 : 1);
        string text = $"{(x < 0 ? "-" : "")}0.{digits}e{decpt}";
        double r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r)) throw Errors.OverflowError("rounded value too large to represent");
        return r;
    }

    private static Value IntegerRatio(double d)
    {
        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        double m = Floats.FrExp(d, out int e);
        for (int i = 0; i < 300 && m != Math.Floor(m); i++) { m *= 2.0; e--; }
        var num = new BigInteger(m);
        BigInteger den = 1;
        if (e > 0) num <<= e; else den <<= -e;
        return Tuples.New([Ints.New(num), Ints.New(den)]);
    }

    /// float.hex(): '0x1.8000000000000p+0', subnormals as '0x0.xxxp-1022'.
    public static string Hex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(d) ? "-" : "";
        if (d == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(d));
        int biased = (int)(bits >> 52);
        long mant = bits & ((1L << 52) - 1);
        int lead = biased == 0 ? 0 : 1;
        int exp = biased == 0 ? -1022 : biased - 1023;
        return $"{sign}0x{lead}.{mant:x13}p{(exp >= 0 ? "+" : "")}{exp}";
    }
}
