// The math functions over many values: fsum (exact, Shewchuk's algorithm with CPython's
// final rounding correction), prod, and the Euclidean norms hypot and dist (scaled
// double-length accumulation with a final correction, as CPython 3.11 computes them).
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static class MathSums
{
    public static void Define()
    {
        MathModule.Function("fsum", FSum);
        MathModule.Function("prod", Prod);
        MathModule.Function("hypot", Hypot);
        MathModule.Function("dist", Dist);
    }

    /// The items of an iterable as doubles (each a real number).
    private static List<double> Doubles(Value iterable)
    {
        var result = new List<double>();
        using var rs = new RootScope();
        int it = rs.Add(Ops.GetIter(iterable));
        for (Value item; !(item = Ops.Next(rs[it])).IsNull;) result.Add(MathModule.Real(item));
        return result;
    }

    private static Value FSum(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("math.fsum", args, kwNames, 1);
        return Floats.New(ExactSum(Doubles(args[0])));
    }

    /// The correctly rounded sum: partials hold the exact running sum as non-overlapping doubles.
    internal static double ExactSum(List<double> values)
    {
        var partials = new List<double>();
        double special = 0.0, infSum = 0.0;
        foreach (double v in values)
        {
            double x = v;
            int n = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y, lo = y - (hi - x);
                if (lo != 0.0) partials[n++] = lo;
                x = hi;
            }
            partials.RemoveRange(n, partials.Count - n);
            if (x == 0.0) continue;
            if (double.IsFinite(x)) { partials.Add(x); continue; }
            // A non-finite x: from a non-finite item, or an overflow of finite ones.
            if (double.IsFinite(v)) throw Errors.OverflowError("intermediate overflow in fsum");
            if (double.IsInfinity(v)) infSum += v;
            special += v;
            partials.Clear();
        }
        if (special != 0.0)
        {
            if (double.IsNaN(infSum)) throw Errors.ValueError("-inf + inf in fsum");
            return special;
        }
        return RoundPartials(partials);
    }

    /// Sums the partials from the top, then fixes the rounding when the rest is exactly half an ulp.
    private static double RoundPartials(List<double> partials)
    {
        int n = partials.Count;
        if (n == 0) return 0.0;
        double hi = partials[--n], lo = 0.0;
        while (n > 0)
        {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
        {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
        return hi;
    }

    private static Value Prod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("prod", kwNames, "start");
        if (args.Length != 1) throw Errors.TypeError($"prod() takes exactly 1 positional argument ({args.Length} given)");
        Value start = Args.Keyword(kwValues, kwNames, "start");
        using var rs = new RootScope();
        int acc = rs.Add(start.IsNull ? Value.FromSmallInt(1) : start);
        int it = rs.Add(Ops.GetIter(args[0]));
        for (Value item; !(item = Ops.Next(rs[it])).IsNull;)
            rs[acc] = Ops.Binary(rs[acc], item, BinaryOp.Multiply);
        return rs[acc];
    }

    private static Value Hypot(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("hypot", kwNames);
        var coords = new double[args.Length];
        for (int i = 0; i < args.Length; i++) coords[i] = MathModule.Real(args[i]);
        return Floats.New(Norm(coords));
    }

    private static Value Dist(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("dist", args, kwNames, 2);
        var p = Doubles(args[0]);
        var q = Doubles(args[1]);
        if (p.Count != q.Count) throw Errors.ValueError("both points must have the same number of dimensions");
        var diffs = new double[p.Count];
        for (int i = 0; i < diffs.Length; i++) diffs[i] = p[i] - q[i];
        return Floats.New(Norm(diffs));
    }

    /// sqrt(sum of squares) without overflow or underflow and almost always correctly rounded:
    /// the values are scaled by a power of two so the largest is in [0.5, 1), squared and
    /// summed exactly as double-length numbers, and the square root gets one Newton correction.
    internal static double Norm(double[] v)
    {
        double max = 0.0;
        bool nan = false;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = Math.Abs(v[i]);
            if (double.IsNaN(v[i])) nan = true;
            else if (v[i] > max) max = v[i];
        }
        if (double.IsInfinity(max)) return max;
        if (nan) return double.NaN;
        if (max == 0.0 || v.Length <= 1) return max;
        Floats.FrExp(max, out int maxExp);
        if (maxExp < -1023)
        {
            // Subnormal: ldexp(1, -maxExp) would overflow; rescale into the normal range first.
            const double minNormal = 2.2250738585072014e-308;
            for (int i = 0; i < v.Length; i++) v[i] /= minNormal;
            return minNormal * Norm(v);
        }
        double scale = Math.ScaleB(1.0, -maxExp);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        foreach (double d in v)
        {
            double x = d * scale;
            var (sq, sqLo) = ExactProduct(x, x);
            var (sum, sumLo) = FastTwoSum(csum, sq);
            csum = sum;
            frac1 += sqLo;
            frac2 += sumLo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var (p, pLo) = ExactProduct(-h, h);
        var (s, sLo) = FastTwoSum(csum, p);
        csum = s;
        frac1 += pLo;
        frac2 += sLo;
        double rest = csum - 1.0 + (frac1 + frac2);
        h += rest / (2.0 * h);
        return h / scale;
    }

    private static (double Hi, double Lo) ExactProduct(double a, double b)
    {
        double p = a * b;
        return (p, Math.FusedMultiplyAdd(a, b, -p));
    }

    /// a + b exactly as hi + lo, for |a| >= |b|.
    private static (double Hi, double Lo) FastTwoSum(double a, double b)
    {
        double hi = a + b;
        return (hi, (a - hi) + b);
    }
}
