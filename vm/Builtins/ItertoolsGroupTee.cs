// itertools: groupby with its _grouper sub-iterators, and tee. Fields:
//   groupby   [A iterator][B key function or None][C target key][D current key]
//             [E current value][F the current _grouper] (C, D, E Null when unset)
//   _grouper  [A the groupby][B its target key]
//   _tee      [A the shared source iterator][B its position in the shared buffer]
// groupby follows CPython's shared-iterator semantics: advancing the groupby makes the
// previous _grouper stop (it checks that it is still the groupby's current one). The tee
// buffer is a linked chain of two-item lists [item, next node]; the tail node is an empty
// list. Each _tee holds its own node, so items the slowest tee has passed become garbage.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Itertools
{
    private static readonly string[] GroupByParams = ["iterable", "key"];

    private static Value NewGroupBy(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> p = stackalloc Value[2];
        ParseArgs.Bind("groupby", args, kwValues, kwNames, GroupByParams, 1, p);
        using var rs = new RootScope();
        int hk = rs.Add(p[1].IsNull ? Py.None : p[1]);
        Value source = IterOf(p[0]);
        return New(TypeId.ItGroupBy, 0, source, rs[hk], Value.Null, Value.Null, Value.Null, Value.Null);
    }

    /// Reads the next value and its key into the groupby; false when the source is exhausted.
    private static bool GroupByStep(Value gb)
    {
        using var rs = new RootScope();
        int hg = rs.Add(gb);
        Value value = Ops.Next(Iterators.A(gb));
        if (value.IsNull) return false;
        int hv = rs.Add(value);
        Value keyFunc = Iterators.B(rs[hg]);
        Value key = Py.IsNone(keyFunc) ? value : Ops.Call(keyFunc, [value]);
        Set(rs[hg], Off.IterE, rs[hv]);
        Set(rs[hg], Off.IterD, key);
        return true;
    }

    private static Value NextGroupBy(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Set(it, Off.IterF, Value.Null);
        while (true)
        {
            Value current = Get(rs[hit], Off.IterD);
            if (!current.IsNull)
            {
                Value target = Iterators.C(rs[hit]);
                if (target.IsNull || !Ops.Eq(target, current)) break;
            }
            if (!GroupByStep(rs[hit])) return Value.Null;
        }
        it = rs[hit];
        Value key = Get(it, Off.IterD);
        Set(it, Off.IterC, key);
        Value grouper = New(TypeId.ItGrouper, 0, it, key);
        Set(it, Off.IterF, grouper);
        return Tuples.Pair(key, grouper);
    }

    private static Value NextGrouper(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value gb = Iterators.A(it);
        int hg = rs.Add(gb);
        if (Get(gb, Off.IterF) != it) return Value.Null;
        if (Get(gb, Off.IterE).IsNull && !GroupByStep(gb)) return Value.Null;
        if (!Ops.Eq(Iterators.B(rs[hit]), Get(rs[hg], Off.IterD))) return Value.Null;
        gb = rs[hg];
        Value value = Get(gb, Off.IterE);
        Set(gb, Off.IterE, Value.Null);
        Set(gb, Off.IterD, Value.Null);
        return value;
    }

    // ---- tee ----

    private static Value Tee(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("itertools.tee() takes no keyword arguments");
        ParseArgs.Positional("tee", args, kwNames, 1, 2);
        long n = args.Length > 1 ? ParseArgs.Index(args[1]) : 2;
        if (n < 0) throw Errors.ValueError("n must be >= 0");
        using var rs = new RootScope();
        int hr = rs.Add(Tuples.Uninitialized((int)n));
        if (n == 0) return rs[hr];
        Value first = IterOf(args[0]);
        int hf = rs.Add(first);
        Value copy = Ops.GetAttrOrNull(first, "__copy__");
        if (copy.IsNull)
        {
            rs[hf] = New(TypeId.ItTee, 0, first, Lists.New());
            copy = Ops.GetAttr(rs[hf], "__copy__");
        }
        int hc = rs.Add(copy);
        Tuples.Items(rs[hr])[0] = rs[hf];
        for (int i = 1; i < n; i++)
        {
            Value c = Ops.Call(rs[hc], ReadOnlySpan<Value>.Empty);
            Tuples.Items(rs[hr])[i] = c;
        }
        return rs[hr];
    }

    private static Value TeeCopy(Value self) => New(TypeId.ItTee, 0, Iterators.A(self), Iterators.B(self));

    private static Value NextTee(Value it)
    {
        Value node = Iterators.B(it);
        if (Lists.Count(node) == 2)
        {
            Set(it, Off.IterB, Lists.Item(node, 1));
            return Lists.Item(node, 0);
        }
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value item = Ops.Next(Iterators.A(it));
        if (item.IsNull) return Value.Null;
        it = rs[hit];
        node = Iterators.B(it);
        if (Lists.Count(node) == 2) throw Errors.RuntimeError("cannot re-enter the tee iterator");
        Value tail = Lists.New();
        Lists.Append(node, item);
        Lists.Append(node, tail);
        Set(it, Off.IterB, tail);
        return item;
    }
}
