// The math module: constants, and the functions of one or two floats with CPython's
// error rules (a NaN result from a non-NaN argument is "math domain error"; an infinite
// result from a finite argument is "math range error" for the functions that can
// overflow, a domain error otherwise). Integer functions: MathIntegers.cs; sums, products
// and norms: MathSums.cs.
using System.Numerics;
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class MathModule
{
    public static Value Dict;

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("math");
        Dict = Modules.DictOf(module);
        Dicts.SetStr(Dict, "pi", Floats.NewOld(Math.PI));
        Dicts.SetStr(Dict, "e", Floats.NewOld(Math.E));
        Dicts.SetStr(Dict, "tau", Floats.NewOld(Math.Tau));
        Dicts.SetStr(Dict, "inf", Floats.NewOld(double.PositiveInfinity));
        Dicts.SetStr(Dict, "nan", Floats.NewOld(double.NaN));
        DefineUnary();
        DefineOthers();
        MathIntegers.Define();
        MathSums.Define();
        Modules.RegisterNative("math", module);
    }

    internal static void Function(string name, NativeFn fn) => Natives.DefineFunction(Dict, "math", name, fn);

    private static void DefineUnary()
    {
        Unary("sqrt", Math.Sqrt);
        Unary("exp", Math.Exp, canOverflow: true);
        Unary("expm1", LibM.expm1, canOverflow: true);
        Unary("log1p", LibM.log1p);
        Unary("sin", Math.Sin);
        Unary("cos", Math.Cos);
        Unary("tan", Math.Tan);
        Unary("asin", Math.Asin);
        Unary("acos", Math.Acos);
        Unary("atan", Math.Atan);
        Unary("sinh", Math.Sinh, canOverflow: true);
        Unary("cosh", Math.Cosh, canOverflow: true);
        Unary("tanh", Math.Tanh);
        Unary("asinh", Math.Asinh);
        Unary("acosh", Math.Acosh);
        Unary("atanh", Math.Atanh);
        Unary("fabs", Math.Abs);
        Unary("degrees", x => x * (180.0 / Math.PI));
        Unary("radians", x => x * (Math.PI / 180.0));
        Unary("erf", LibM.erf);
        Unary("erfc", LibM.erfc);
        Predicate("isfinite", double.IsFinite);
        Predicate("isinf", double.IsInfinity);
        Predicate("isnan", double.IsNaN);
    }

    private static void DefineOthers()
    {
        Function("log", Log);
        Function("log2", (a, _, k) => Floats.New(LogOf(One("math.log2", a, k), Math.Log2)));
        Function("log10", (a, _, k) => Floats.New(LogOf(One("math.log10", a, k), Math.Log10)));
        Function("pow", (a, _, k) => Floats.New(Pow(Two("pow", a, k, 0), Two("pow", a, k, 1))));
        Function("atan2", (a, _, k) => Floats.New(Math.Atan2(Two("atan2", a, k, 0), Two("atan2", a, k, 1))));
        Function("copysign", (a, _, k) => Floats.New(Math.CopySign(Two("copysign", a, k, 0), Two("copysign", a, k, 1))));
        Function("fmod", (a, _, k) => Floats.New(FMod(Two("fmod", a, k, 0), Two("fmod", a, k, 1))));
        Function("remainder", (a, _, k) => Floats.New(Remainder(Two("remainder", a, k, 0), Two("remainder", a, k, 1))));
        Function("floor", (a, _, k) => Rounding("floor", a, k, Math.Floor));
        Function("ceil", (a, _, k) => Rounding("ceil", a, k, Math.Ceiling));
        Function("trunc", Trunc);
        Function("modf", Modf);
        Function("frexp", Frexp);
        Function("ldexp", Ldexp);
        Function("isclose", IsClose);
    }

    // ---- argument conversion ----

    /// A real number argument as a double: float, int (OverflowError when too large),
    /// __float__ or __index__; TypeError "must be real number, not str".
    internal static double Real(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        if (Floats.IsFloat(v)) return Floats.Get(v);
        if (Ints.IsInt(v)) return Ints.ToDouble(v);
        var type = Ops.TypeOf(v);
        Value method = Ops.LookupSpecial(type, "__float__");
        if (!method.IsNull)
        {
            Value f = Ops.Call(method, [v]);
            if (!Floats.IsFloat(f)) throw Errors.TypeError($"{type.Name}.__float__ returned non-float (type {Ops.TypeName(f)})");
            return Floats.Get(f);
        }
        if (!Ops.LookupSpecial(type, "__index__").IsNull) return Ints.ToDouble(Ops.Index(v));
        throw Errors.TypeError($"must be real number, not {type.Name}");
    }

    /// The single argument of math.f (fname includes "math.").
    internal static Value One(string fname, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        Args.Exactly(fname, args, kwNames, 1);
        return args[0];
    }

    /// Argument i of a two-argument function, as a double.
    private static double Two(string fname, ReadOnlySpan<Value> args, string[]? kwNames, int i)
    {
        Args.Exactly(fname, args, kwNames, 2);
        return Real(args[i]);
    }

    internal static PyException DomainError() => Errors.ValueError("math domain error");
    internal static PyException RangeError() => Errors.OverflowError("math range error");

    /// CPython's check of a libm result r of argument x.
    private static double Checked(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return r;
    }

    private static void Unary(string name, Func<double, double> f, bool canOverflow = false)
    {
        string fname = "math." + name;
        Function(name, (a, _, k) =>
        {
            double x = Real(One(fname, a, k));
            return Floats.New(Checked(x, f(x), canOverflow));
        });
    }

    private static void Predicate(string name, Func<double, bool> f)
    {
        string fname = "math." + name;
        Function(name, (a, _, k) => Py.Bool(f(Real(One(fname, a, k)))));
    }

    // ---- functions that .NET lacks or that need CPython's special cases ----

    /// The C library's functions that .NET lacks (CPython calls the same ones).
    private static class LibM
    {
        [DllImport("libm.so.6")] public static extern double expm1(double x);
        [DllImport("libm.so.6")] public static extern double log1p(double x);
        [DllImport("libm.so.6")] public static extern double erf(double x);
        [DllImport("libm.so.6")] public static extern double erfc(double x);
    }

    private static Value Log(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("log", kwNames);
        if (args.Length is < 1 or > 2) throw Errors.TypeError("math.log requires 1 to 2 arguments");
        double num = LogOf(args[0], Math.Log);
        if (args.Length == 1) return Floats.New(num);
        double den = LogOf(args[1], Math.Log);
        if (den == 0) throw Errors.ZeroDivisionError("float division by zero");
        return Floats.New(num / den);
    }

    /// log-like f of a number; ints too large for a double are split as m * 2**e.
    internal static double LogOf(Value v, Func<double, double> f)
    {
        if (Ints.IsInt(v) && !v.IsSmallInt)
        {
            var big = Ints.ToBig(v);
            if (big.Sign <= 0) throw DomainError();
            long bits = (long)big.GetBitLength();
            if (double.IsInfinity(BigMath.ToDouble(big)))
            {
                double m = (double)(big >> (int)(bits - 60)) / Math.Pow(2, 60); // in [0.5, 1)
                return f(m) + f(2.0) * bits;
            }
        }
        double x = Real(v);
        if (x <= 0 && !double.IsNaN(x)) throw DomainError();
        return Checked(x, f(x), canOverflow: false);
    }

    internal static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y)) return PowNonFinite(x, y);
        if (x == 0 && y < 0) throw DomainError();
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    /// C99 Annex F pow for NaN and infinite arguments (no errors), as CPython spells it out.
    private static double PowNonFinite(double x, double y)
    {
        if (double.IsNaN(x)) return y == 0 ? 1.0 : x;
        if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
        if (double.IsInfinity(x))
        {
            bool oddY = double.IsFinite(y) && Math.Abs(y % 2.0) == 1.0;
            if (x > 0) return y > 0 ? x : 0.0;
            return y > 0 ? (oddY ? x : Math.Abs(x)) : (oddY ? Math.CopySign(0.0, x) : 0.0);
        }
        double ax = Math.Abs(x);
        if (ax == 1.0) return 1.0;
        if (y > 0 && ax > 1.0) return y;
        if (y < 0 && ax < 1.0) return -y;
        return 0.0;
    }

    private static double FMod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        double r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return r;
    }

    private static double Remainder(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x) || y == 0) throw DomainError();
        if (double.IsInfinity(y)) return x;
        return Math.IEEERemainder(x, y);
    }

    /// floor and ceil: ints unchanged, __floor__/__ceil__ of other classes, else of the float value.
    private static Value Rounding(string name, ReadOnlySpan<Value> args, string[]? kwNames, Func<double, double> f)
    {
        Value x = One("math." + name, args, kwNames);
        if (Ints.IsInt(x)) return Ints.IsBool(x) ? Ints.New(Ints.Sign(x)) : x;
        if (!Floats.IsFloat(x))
        {
            Value method = Ops.LookupSpecial(Ops.TypeOf(x), name == "floor" ? "__floor__" : "__ceil__");
            if (!method.IsNull) return Ops.Call(method, [x]);
        }
        return FloatToInt(f(Real(x)));
    }

    /// An integral double as an int (big when needed), with CPython's errors for inf and nan.
    internal static Value FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert float infinity to integer");
        if (Math.Abs(d) < 9.2e18) return Ints.New((long)d);
        return Ints.New(new BigInteger(d));
    }

    private static Value Trunc(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value x = One("math.trunc", args, kwNames);
        if (Ints.IsInt(x)) return Ints.IsBool(x) ? Ints.New(Ints.Sign(x)) : x;
        if (Floats.IsFloat(x)) return FloatToInt(Math.Truncate(Floats.Get(x)));
        Value method = Ops.LookupSpecial(Ops.TypeOf(x), "__trunc__");
        if (method.IsNull) throw Errors.TypeError($"type {Ops.TypeName(x)} doesn't define __trunc__ method");
        return Ops.Call(method, [x]);
    }

    private static Value Modf(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        double x = Real(One("math.modf", args, kwNames));
        if (double.IsInfinity(x)) return Tuples.New([Floats.New(Math.CopySign(0.0, x)), Floats.New(x)]);
        double whole = Math.Truncate(x);
        double frac = double.IsNaN(x) ? x : Math.CopySign(x - whole, x);
        return Tuples.New([Floats.New(frac), Floats.New(whole)]);
    }

    private static Value Frexp(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        double x = Real(One("math.frexp", args, kwNames));
        if (!double.IsFinite(x) || x == 0) return Tuples.New([Floats.New(x), Value.FromSmallInt(0)]);
        double m = Floats.FrExp(x, out int e);
        return Tuples.New([Floats.New(m), Ints.New(e)]);
    }

    private static Value Ldexp(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("ldexp", args, kwNames, 2);
        double x = Real(args[0]);
        if (!Ints.IsInt(args[1])) throw Errors.TypeError("Expected an int as second argument to ldexp.");
        if (x == 0 || !double.IsFinite(x)) return Floats.New(x);
        var e = Ints.ToBig(args[1]);
        int exp = e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e;
        double r = Math.ScaleB(x, exp);
        if (double.IsInfinity(r)) throw RangeError();
        return Floats.New(r);
    }

    private static readonly string[] IsCloseNames = ["a", "b"];

    private static Value IsClose(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("isclose", kwNames, "a", "b", "rel_tol", "abs_tol");
        Value av = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "a");
        Value bv = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "b");
        if (args.Length > 2) throw Errors.TypeError($"isclose() takes exactly 2 positional arguments ({args.Length} given)");
        if (av.IsNull || bv.IsNull)
            throw Errors.TypeError($"isclose() missing required argument '{IsCloseNames[av.IsNull ? 0 : 1]}' (pos {(av.IsNull ? 1 : 2)})");
        double a = Real(av), b = Real(bv);
        Value relV = Args.Keyword(kwValues, kwNames, "rel_tol"), absV = Args.Keyword(kwValues, kwNames, "abs_tol");
        double rel = relV.IsNull ? 1e-9 : Real(relV), abs = absV.IsNull ? 0.0 : Real(absV);
        if (rel < 0 || abs < 0) throw Errors.ValueError("tolerances must be non-negative");
        if (a == b) return Py.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return Py.False;
        double diff = Math.Abs(b - a);
        return Py.Bool(diff <= Math.Abs(rel * b) || diff <= Math.Abs(rel * a) || diff <= abs);
    }
}
