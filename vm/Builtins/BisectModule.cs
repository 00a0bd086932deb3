// The bisect module (CPython's _bisect in C#): bisect_left/bisect_right and
// insort_left/insort_right with lo, hi and key, plus the aliases bisect and insort.
// Comparisons and key calls run guest code: the sequence and item stay in a RootScope.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class BisectModule
{
    private static readonly string[] ParamNames = ["a", "x", "lo", "hi", "key"];

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("bisect");
        Value dict = Modules.DictOf(module);
        foreach (bool right in new[] { true, false })
        {
            string side = right ? "right" : "left", bisectName = "bisect_" + side, insortName = "insort_" + side;
            bool r = right;
            Natives.DefineFunction(dict, "bisect", bisectName, (args, kwValues, kwNames) =>
            {
                using var rs = new RootScope();
                var p = Bind(bisectName, args, kwValues, kwNames, rs);
                return Ints.New(Search(rs, p, rs[p.X], r));
            });
            Natives.DefineFunction(dict, "bisect", insortName, (args, kwValues, kwNames) =>
            {
                using var rs = new RootScope();
                var p = Bind(insortName, args, kwValues, kwNames, rs);
                Value probe = Py.IsNone(rs[p.Key]) ? rs[p.X] : Ops.Call(rs[p.Key], [rs[p.X]]);
                long index = Search(rs, p, probe, r);
                Value a = rs[p.A];
                if (Ops.IsExact(a, TypeId.List, BuiltinTypes.List)) Lists.Insert(a, index, rs[p.X]);
                else Ops.Call(Ops.GetAttr(a, "insert"), [Ints.New(index), rs[p.X]]);
                return Py.None;
            });
        }
        Dicts.SetStr(dict, "bisect", Dicts.GetStr(dict, "bisect_right"));
        Dicts.SetStr(dict, "insort", Dicts.GetStr(dict, "insort_right"));
        Modules.RegisterNative("bisect", module);
    }

    /// Root handles of a, x and key, and the bounds.
    private readonly record struct Params(int A, int X, int Key, long Lo, long Hi);

    private static Params Bind(string fname, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, RootScope rs)
    {
        int nkw = kwNames?.Length ?? 0;
        if (args.Length > 4) throw Errors.TypeError($"{fname}() takes at most 4 positional arguments ({args.Length} given)");
        if (args.Length + nkw > 5) throw Errors.TypeError($"{fname}() takes at most 5 arguments ({args.Length + nkw} given)");
        Span<Value> values = stackalloc Value[5];
        args.CopyTo(values);
        for (int i = 0; i < nkw; i++)
        {
            int at = Array.IndexOf(ParamNames, kwNames![i]);
            if (at < 0) throw Errors.TypeError($"'{kwNames[i]}' is an invalid keyword argument for {fname}()");
            if (at < args.Length)
                throw Errors.TypeError($"argument for {fname}() given by name ('{kwNames[i]}') and position ({at + 1})");
            values[at] = kwValues[i];
        }
        for (int i = 0; i < 2; i++)
            if (values[i].IsNull) throw Errors.TypeError($"{fname}() missing required argument '{ParamNames[i]}' (pos {i + 1})");
        int ha = rs.Add(values[0]), hx = rs.Add(values[1]);
        int hk = rs.Add(values[4].IsNull ? Py.None : values[4]);
        int hhi = rs.Add(values[3]);
        long lo = values[2].IsNull ? 0 : Ops.IndexAsLong(values[2]);
        if (lo < 0) throw Errors.ValueError("lo must be non-negative");
        Value hiArg = rs[hhi];
        long hi = -1;
        if (!hiArg.IsNull && !Py.IsNone(hiArg))
        {
            if (!Ints.IsInt(hiArg) && Ops.LookupSpecial(Ops.TypeOf(hiArg), "__index__").IsNull)
                throw Errors.TypeError($"argument should be integer or None, not '{Ops.TypeName(hiArg)}'");
            hi = Ops.IndexAsLong(hiArg);
        }
        if (hi == -1) hi = Ops.Len(rs[ha]);
        return new Params(ha, hx, hk, lo, hi);
    }

    /// The insertion point of `item` in a[lo:hi] (left: before equal items; right: after).
    private static long Search(RootScope rs, Params p, Value item, bool right)
    {
        int hi_ = rs.Add(item);
        long lo = p.Lo, hi = p.Hi;
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            Value a = rs[p.A];
            Value litem = Ops.IsExact(a, TypeId.List, BuiltinTypes.List) && mid < Lists.Count(a)
                ? Lists.Item(a, (int)mid)
                : Ops.GetItem(a, Ints.New(mid));
            if (!Py.IsNone(rs[p.Key])) litem = Ops.Call(rs[p.Key], [litem]);
            bool goLeft = right ? Ops.Lt(rs[hi_], litem) : !Ops.Lt(litem, rs[hi_]);
            if (goLeft) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
