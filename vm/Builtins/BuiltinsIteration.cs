// Built-in functions that consume iterables: all, any, iter, next, len, max, min,
// sorted, sum. Values held across guest code (iterators, accumulators, the best item so
// far) live in a RootScope.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static class BuiltinsIteration
{
    public static void Define(Value d)
    {
        BuiltinsModule.Function(d, "all", (a, _, k) => AllOrAny("all", a, k, stopOn: false));
        BuiltinsModule.Function(d, "any", (a, _, k) => AllOrAny("any", a, k, stopOn: true));
        BuiltinsModule.Function(d, "iter", Iter);
        BuiltinsModule.Function(d, "next", Next);
        BuiltinsModule.Function(d, "len", Len);
        BuiltinsModule.Function(d, "max", (a, kv, kn) => MinMax("max", a, kv, kn, CompareOp.Gt));
        BuiltinsModule.Function(d, "min", (a, kv, kn) => MinMax("min", a, kv, kn, CompareOp.Lt));
        BuiltinsModule.Function(d, "sorted", Sorted);
        BuiltinsModule.Function(d, "sum", Sum);
    }

    /// all(): stops at the first false item (stopOn false); any(): at the first true one.
    private static Value AllOrAny(string fname, ReadOnlySpan<Value> args, string[]? kwNames, bool stopOn)
    {
        Args.Exactly(fname, args, kwNames, 1);
        using var rs = new RootScope();
        int it = rs.Add(Ops.GetIter(args[0]));
        while (true)
        {
            Value item = Ops.Next(rs[it]);
            if (item.IsNull) return Py.Bool(!stopOn);
            if (Ops.Truth(item) == stopOn) return Py.Bool(stopOn);
        }
    }

    private static Value Iter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("iter", args, kwNames, 1, 2);
        if (args.Length == 1) return Ops.GetIter(args[0]);
        if (!BuiltinsObjects.IsCallable(args[0])) throw Errors.TypeError("iter(v, w): v must be callable");
        return Iterators.NewCallableIter(args[0], args[1]);
    }

    /// next(it[, default]): without a default, a generator's or class's __next__ is called
    /// directly so that its StopIteration (and value) reaches the caller unchanged.
    private static Value Next(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("next", args, kwNames, 1, 2);
        Value it = args[0];
        if (args.Length == 1 && !Iterators.IsBuiltinIterator(it))
        {
            Value method = Ops.LookupSpecial(Ops.TypeOf(it), "__next__");
            if (method.IsNull) throw Errors.TypeError($"'{Ops.TypeName(it)}' object is not an iterator");
            return Ops.Call(method, [it]);
        }
        Value item = Ops.Next(it);
        if (!item.IsNull) return item;
        if (args.Length == 2) return args[1];
        throw Errors.StopIteration();
    }

    private static Value Len(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("len", args, kwNames, 1);
        return Ints.New(Ops.Len(args[0]));
    }

    /// max() with op Gt, min() with op Lt: an item replaces the best one when
    /// key(item) op key(best) is true, so the first of equal items wins.
    private static Value MinMax(string fname, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, CompareOp op)
    {
        Args.OnlyKeywords(fname, kwNames, "key", "default");
        Value key = Args.Keyword(kwValues, kwNames, "key");
        Value dflt = Args.Keyword(kwValues, kwNames, "default");
        if (args.Length == 0) throw Errors.TypeError($"{fname} expected at least 1 argument, got 0");
        if (args.Length > 1 && !dflt.IsNull)
            throw Errors.TypeError($"Cannot specify a default for {fname}() with multiple positional arguments");
        using var rs = new RootScope();
        int hKey = rs.Add(key.IsNull || Py.IsNone(key) ? Value.Null : key);
        int hBest = rs.Add(Value.Null), hBestKey = rs.Add(Value.Null), hItem = rs.Add(Value.Null), hK = rs.Add(Value.Null);
        int hIt = rs.Add(args.Length == 1 ? Ops.GetIter(args[0]) : Value.Null);
        for (int i = 0; ; i++)
        {
            Value item;
            if (args.Length == 1) item = Ops.Next(rs[hIt]);
            else item = i < args.Length ? args[i] : Value.Null;
            if (item.IsNull) break;
            rs[hItem] = item;
            rs[hK] = rs[hKey].IsNull ? item : Ops.Call(rs[hKey], [item]);
            if (rs[hBest].IsNull || Ops.Truth(Ops.Compare(rs[hK], rs[hBestKey], op)))
            {
                rs[hBest] = rs[hItem];
                rs[hBestKey] = rs[hK];
            }
        }
        if (!rs[hBest].IsNull) return rs[hBest];
        if (!dflt.IsNull) return Args.Keyword(kwValues, kwNames, "default");
        throw Errors.ValueError($"{fname}() arg is an empty sequence");
    }

    private static Value Sorted(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length != 1) throw Errors.TypeError($"sorted expected 1 argument, got {args.Length}");
        using var rs = new RootScope();
        int list = rs.Add(Ops.Call(BuiltinTypes.List.Ref, [args[0]]));
        Ops.Call(Ops.GetAttr(rs[list], "sort"), [], kwValues, kwNames);
        return rs[list];
    }

    private static Value Sum(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("sum", kwNames, "start");
        Value start = Args.Keyword(kwValues, kwNames, "start");
        if (args.Length == 2 && start.IsNull) start = args[1];
        else if (args.Length == 0 || args.Length > 2 || (args.Length == 2 && !start.IsNull))
            throw Errors.TypeError(args.Length == 0 ? "sum() takes at least 1 positional argument (0 given)"
                : $"sum() takes at most 2 arguments ({args.Length + (kwNames?.Length ?? 0)} given)");
        if (start.IsNull) start = Value.FromSmallInt(0);
        RejectSequenceStart(start);
        using var rs = new RootScope();
        int it = rs.Add(Ops.GetIter(args[0]));
        int acc = rs.Add(start);
        while (true)
        {
            Value item = Ops.Next(rs[it]);
            if (item.IsNull) return rs[acc];
            rs[acc] = AddFast(rs[acc], item) is { IsNull: false } fast ? fast : Ops.Binary(rs[acc], item, BinaryOp.Add);
        }
    }

    /// acc + item for small ints without overflow and for floats (with float or small int
    /// items, as CPython's sum adds them as doubles); Null when the generic path is needed.
    private static Value AddFast(Value acc, Value item)
    {
        if (acc.IsSmallInt && item.IsSmallInt)
        {
            long s = acc.SmallInt + item.SmallInt;
            return Ints.New(s);
        }
        if (!Floats.IsFloat(acc)) return Value.Null;
        if (Floats.IsFloat(item)) return Floats.New(Floats.Get(acc) + Floats.Get(item));
        if (item.IsSmallInt) return Floats.New(Floats.Get(acc) + item.SmallInt);
        return Value.Null;
    }

    private static void RejectSequenceStart(Value start)
    {
        if (Strs.IsStr(start)) throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (Ops.Is(start, TypeId.Bytes)) throw Errors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (Ops.Is(start, TypeId.ByteArray)) throw Errors.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
}
