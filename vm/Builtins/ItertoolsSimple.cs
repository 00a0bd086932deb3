// itertools: the one-source iterators, their constructors and reprs. Fields:
//   count        [A current][B step]
//   cycle        [A source iterator, then the saved list][B saved list][C True once cycling][index position]
//   repeat       [A object][index remaining, -1 = forever]
//   accumulate   [A iterator][B running total or Null][C function or None][D initial or Null]
//   chain        [A iterator over the iterables][B active iterator or Null]
//   compress     [A data iterator][B selector iterator]
//   dropwhile, takewhile, filterfalse  [A iterator][B predicate][index 1 = done dropping]
//   starmap      [A iterator][B function]
//   pairwise     [A iterator][B previous item or Null]
// CPython keeps calling an exhausted source for the iterators that do not clear theirs
// (compress, the filters, starmap, accumulate): those return Null without exhausting.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Itertools
{
    private static readonly string[] CountParams = ["start", "step"];
    private static readonly string[] RepeatParams = ["object", "times"];
    private static readonly string[] AccumulateParams = ["iterable", "func", "initial"];
    private static readonly string[] CompressParams = ["data", "selectors"];

    // ---- count ----

    private static Value NewCount(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind("count", args, kwValues, kwNames, CountParams, 0, p);
        Value start = p[0].IsNull ? Value.FromSmallInt(0) : p[0];
        Value step = p[1].IsNull ? Value.FromSmallInt(1) : p[1];
        if (!IsNumber(start) || !IsNumber(step)) throw Errors.TypeError("a number is required");
        return New(TypeId.ItCount, 0, start, step);
    }

    /// CPython's PyNumber_Check: int, float, or a class with __index__, __int__, __float__ or __complex__.
    private static bool IsNumber(Value v)
    {
        if (Floats.IsNumber(v)) return true;
        var t = Ops.TypeOf(v);
        foreach (var name in new[] { "__index__", "__int__", "__float__", "__complex__" })
            if (!Ops.LookupSpecial(t, name).IsNull) return true;
        return false;
    }

    private static Value NextCount(Value it)
    {
        Value cur = Iterators.A(it), step = Iterators.B(it);
        if (cur.IsSmallInt && step.IsSmallInt)
        {
            Set(it, Off.IterA, Ints.New(cur.SmallInt + step.SmallInt));
            return cur;
        }
        using var rs = new RootScope();
        int hit = rs.Add(it), hc = rs.Add(cur);
        Value next = Ops.Binary(cur, step, BinaryOp.Add);
        Set(rs[hit], Off.IterA, next);
        return rs[hc];
    }

    private static Value CountRepr(Value self)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        string start = Ops.ReprOf(Iterators.A(self));
        Value step = Iterators.B(rs[hs]);
        if (Ints.IsInt(step) && Ints.TryGetLong(step, out long s) && s == 1) return Strs.New($"count({start})");
        return Strs.New($"count({start}, {Ops.ReprOf(step)})");
    }

    // ---- cycle ----

    private static Value NewCycle(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        ParseArgs.Positional("cycle", args, kwNames, 1, 1);
        Value source = IterOf(args[0]);
        return New(TypeId.ItCycle, 0, source, Lists.New(), Py.False);
    }

    private static Value NextCycle(Value it)
    {
        if (Iterators.C(it) == Py.True) return NextSaved(it);
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value item = Ops.Next(Iterators.A(it));
        it = rs[hit];
        if (!item.IsNull)
        {
            Lists.Append(Iterators.B(it), item);
            return item;
        }
        Value saved = Iterators.B(it);
        if (Lists.Count(saved) == 0) return Done(it);
        Set(it, Off.IterA, saved);
        Set(it, Off.IterC, Py.True);
        return NextSaved(it);
    }

    private static Value NextSaved(Value it)
    {
        Value saved = Iterators.B(it);
        long i = Iterators.Index(it);
        Iterators.SetIndex(it, i + 1 >= Lists.Count(saved) ? 0 : i + 1);
        return Lists.Item(saved, (int)i);
    }

    // ---- repeat ----

    private static Value NewRepeat(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind("repeat", args, kwValues, kwNames, RepeatParams, 1, p);
        long times = p[1].IsNull ? -1 : Math.Max(0, ParseArgs.Index(p[1]));
        return New(TypeId.ItRepeat, times, p[0]);
    }

    private static Value NextRepeat(Value it)
    {
        long n = Iterators.Index(it);
        if (n == 0) return Value.Null;
        if (n > 0) Iterators.SetIndex(it, n - 1);
        return Iterators.A(it);
    }

    private static Value RepeatRepr(Value self)
    {
        long n = Iterators.Index(self);
        string obj = Ops.ReprOf(Iterators.A(self));
        return Strs.New(n < 0 ? $"repeat({obj})" : $"repeat({obj}, {n})");
    }

    // ---- accumulate ----

    private static Value NewAccumulate(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[3];
        ParseArgs.Bind("accumulate", args, kwValues, kwNames, AccumulateParams, 1, p, maxPositional: 2);
        using var rs = new RootScope();
        int hf = rs.Add(p[1].IsNull ? Py.None : p[1]);
        int hi = rs.Add(p[2].IsNull || Py.IsNone(p[2]) ? Value.Null : p[2]);
        Value source = IterOf(p[0]);
        return New(TypeId.ItAccumulate, 0, source, Value.Null, rs[hf], rs[hi]);
    }

    private static Value NextAccumulate(Value it)
    {
        Value initial = Get(it, Off.IterD);
        if (!initial.IsNull)
        {
            Set(it, Off.IterD, Value.Null);
            Set(it, Off.IterB, initial);
            return initial;
        }
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value item = Ops.Next(Iterators.A(it));
        if (item.IsNull) return Value.Null;
        it = rs[hit];
        Value total = Iterators.B(it);
        if (!total.IsNull)
        {
            Value func = Iterators.C(it);
            item = Py.IsNone(func) ? Ops.Binary(total, item, BinaryOp.Add) : Ops.Call(func, [total, item]);
        }
        Set(rs[hit], Off.IterB, item);
        return item;
    }

    // ---- chain ----

    private static Value NewChain(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("chain", kwNames);
        return New(TypeId.ItChain, 0, Iterators.NewIter(TypeId.TupleIter, 0, Tuples.New(args)));
    }

    private static Value ChainFromIterable(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("chain.from_iterable", kwNames);
        if (args.Length != 2)
            throw Errors.TypeError($"chain.from_iterable() takes exactly one argument ({args.Length - 1} given)");
        return New(TypeId.ItChain, 0, IterOf(args[1]));
    }

    private static Value NextChain(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        while (true)
        {
            Value active = Iterators.B(rs[hit]);
            if (active.IsNull)
            {
                Value iterable = Ops.Next(Iterators.A(rs[hit]));
                if (iterable.IsNull) return Done(rs[hit]);
                try
                {
                    active = Ops.GetIter(iterable);
                }
                catch (PyException)
                {
                    Done(rs[hit]);
                    throw;
                }
                Set(rs[hit], Off.IterB, active);
            }
            Value item = Ops.Next(active);
            if (!item.IsNull) return item;
            Set(rs[hit], Off.IterB, Value.Null);
        }
    }

    // ---- compress ----

    private static Value NewCompress(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind("compress", args, kwValues, kwNames, CompressParams, 2, p);
        using var rs = new RootScope();
        int hs = rs.Add(p[1]);
        int hd = rs.Add(IterOf(p[0]));
        Value selectors = IterOf(rs[hs]);
        return New(TypeId.ItCompress, 0, rs[hd], selectors);
    }

    private static Value NextCompress(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        while (true)
        {
            Value datum = Ops.Next(Iterators.A(rs[hit]));
            if (datum.IsNull) return Value.Null;
            int hd = rs.Add(datum);
            Value selector = Ops.Next(Iterators.B(rs[hit]));
            if (selector.IsNull) return Value.Null;
            if (Ops.Truth(selector)) return rs[hd];
        }
    }

    // ---- dropwhile, takewhile, filterfalse ----

    private static Value NewPredicate(TypeId layout, string fname, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        ParseArgs.Positional(fname, args, kwNames, 2, 2);
        Value source = IterOf(args[1]);
        return New(layout, 0, source, args[0]);
    }

    /// pred(item) is true (filterfalse with None or bool as the predicate: item is true).
    private static bool Holds(Value pred, Value item, bool noneMeansTruth)
        => noneMeansTruth && (Py.IsNone(pred) || pred == BuiltinTypes.Bool.Ref)
            ? Ops.Truth(item) : Ops.Truth(Ops.Call(pred, [item]));

    private static Value NextDropWhile(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        while (true)
        {
            Value item = Ops.Next(Iterators.A(rs[hit]));
            if (item.IsNull) return Value.Null;
            if (Iterators.Index(rs[hit]) == 1) return item;
            int hi = rs.Add(item);
            if (!Holds(Iterators.B(rs[hit]), item, false))
            {
                Iterators.SetIndex(rs[hit], 1);
                return rs[hi];
            }
        }
    }

    private static Value NextTakeWhile(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value item = Ops.Next(Iterators.A(it));
        if (item.IsNull) return Value.Null;
        int hi = rs.Add(item);
        return Holds(Iterators.B(rs[hit]), item, false) ? rs[hi] : Done(rs[hit]);
    }

    private static Value NextFilterFalse(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        while (true)
        {
            Value item = Ops.Next(Iterators.A(rs[hit]));
            if (item.IsNull) return Value.Null;
            int hi = rs.Add(item);
            if (!Holds(Iterators.B(rs[hit]), item, true)) return rs[hi];
        }
    }

    // ---- starmap ----

    private static Value NewStarMap(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        ParseArgs.Positional("starmap", args, kwNames, 2, 2);
        Value source = IterOf(args[1]);
        return New(TypeId.ItStarMap, 0, source, args[0]);
    }

    private static Value NextStarMap(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value item = Ops.Next(Iterators.A(it));
        if (item.IsNull) return Value.Null;
        int ha = rs.Add(Tuples.IsTuple(item) ? item : TupleMethods.ToTuple(item));
        return Ops.Call(Iterators.B(rs[hit]), Tuples.Items(rs[ha]));
    }

    // ---- pairwise ----

    private static Value NewPairwise(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        ParseArgs.Positional("pairwise", args, kwNames, 1, 1);
        return New(TypeId.ItPairwise, 0, IterOf(args[0]));
    }

    private static Value NextPairwise(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value old = Iterators.B(it);
        if (old.IsNull)
        {
            old = Ops.Next(Iterators.A(rs[hit]));
            if (old.IsNull) return Done(rs[hit]);
            Set(rs[hit], Off.IterB, old);
        }
        int ho = rs.Add(old);
        Value next = Ops.Next(Iterators.A(rs[hit]));
        if (next.IsNull)
        {
            Set(rs[hit], Off.IterB, Value.Null);
            return Done(rs[hit]);
        }
        Set(rs[hit], Off.IterB, next);
        return Tuples.Pair(rs[ho], next);
    }
}
