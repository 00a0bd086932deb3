// Arithmetic on doubles with Python's semantics: floor division and modulo take the
// sign of the divisor (CPython's float_divmod), ** raises where C's pow would set
// errno, comparisons between ints and floats are exact.
using System.Numerics;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class FloatArith
{
    public static double TrueDiv(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float division by zero");
        return x / y;
    }

    public static double FloorDiv(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float floor division by zero");
        return DivMod(x, y).Q;
    }

    public static double Mod(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float modulo");
        double mod = x % y;
        if (mod != 0) { if ((y < 0) != (mod < 0)) mod += y; }
        else mod = Math.CopySign(0.0, y);
        return mod;
    }

    /// divmod for floats (y != 0 checked by the caller for its own message).
    public static (double Q, double R) DivMod(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float divmod()");
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, y);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, x / y);
        return (floordiv, mod);
    }

    /// x ** y as CPython's float_pow.
    public static double Pow(double x, double y)
    {
        if (y == 0) return 1.0;
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
        if (x == 0 && y < 0 && !double.IsInfinity(y))
            throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (x < 0 && !double.IsInfinity(x) && !double.IsInfinity(y) && Math.Floor(y) != y)
            throw Errors.NotImplementedError("complex numbers are not supported (negative number raised to a fractional power)");
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            throw Errors.OverflowError("(34, 'Numerical result out of range')");
        return r;
    }

    /// Three-way comparison of an int with a double; null when d is NaN.
    public static int? CompareIntFloat(Value i, double d)
    {
        if (double.IsNaN(d)) return null;
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        if (Ints.TryGetLong(i, out long x) && Math.Abs(x) <= 1L << 53) return ((double)x).CompareTo(d);
        var b = Ints.ToBig(i);
        double fl = Math.Floor(d);
        int c = b.CompareTo(new BigInteger(fl));
        if (c != 0) return c;
        return fl == d ? 0 : -1;
    }

    /// a op b for two numbers (int or float, at least one float), as a bool.
    public static bool CompareMixed(Value a, Value b, Lang.CompareOp op)
    {
        int? c;
        if (Floats.IsFloat(a) && Floats.IsFloat(b))
        {
            double x = Floats.Get(a), y = Floats.Get(b);
            c = double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y);
        }
        else if (Floats.IsFloat(a)) c = -CompareIntFloat(b, Floats.Get(a));
        else c = CompareIntFloat(a, Floats.Get(b));
        return Holds(c, op);
    }

    /// Whether a three-way result satisfies op (null = unordered: only != holds).
    public static bool Holds(int? c, Lang.CompareOp op)
    {
        if (c == null) return op == Lang.CompareOp.Ne;
        int v = c.Value;
        return op switch
        {
            Lang.CompareOp.Lt => v < 0,
            Lang.CompareOp.Le => v <= 0,
            Lang.CompareOp.Eq => v == 0,
            Lang.CompareOp.Ne => v != 0,
            Lang.CompareOp.Gt => v > 0,
            _ => v >= 0,
        };
    }
}
