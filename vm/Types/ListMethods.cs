// The list class: constructor and methods (append, extend, insert, remove, pop, clear,
// copy, count, index, reverse, sort) and its dunders (len, subscripts, iteration,
// comparison, +, *, +=, *=), with CPython 3.11's messages.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class ListMethods
{
    /// list(iterable): a new list of its items.
    public static Value ToList(Value iterable)
    {
        using var rs = new RootScope();
        int hs = rs.Add(iterable);
        int hl = rs.Add(Lists.New());
        Extend(rs[hl], rs[hs]);
        return rs[hl];
    }

    /// list.extend: fast for exact lists and tuples and the list itself (as CPython: a
    /// subclass may override __iter__), else iterates.
    public static void Extend(Value list, Value iterable)
    {
        bool tuple = Tuples.IsExact(iterable);
        if (tuple || iterable == list || Ops.IsExact(iterable, TypeId.List, BuiltinTypes.List))
        {
            var items = tuple ? Tuples.Items(iterable) : Lists.Items(iterable);
            if (iterable == list) items = items.ToArray();
            Lists.Extend(list, items);
            return;
        }
        Sizes.CheckLengthHint(iterable, Lists.Count(list));
        using var rs = new RootScope();
        int hl = rs.Add(list);
        int hit = rs.Add(Ops.GetIter(iterable));
        while (true)
        {
            Value item = Ops.Next(rs[hit]);
            if (item.IsNull) return;
            Lists.Append(rs[hl], item);
        }
    }

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("list() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
        return args.Length == 0 ? Lists.New() : ToList(args[0]);
    }

    private static Value Init(Value self, ReadOnlySpan<Value> args)
    {
        Lists.Clear(self);
        if (args.Length == 1) Extend(self, args[0]);
        return Py.None;
    }

    private static Value Pop(Value self, ReadOnlySpan<Value> args)
    {
        int n = Lists.Count(self);
        long i = args.Length == 0 ? -1 : Ops.IndexAsLong(args[0]);
        if (n == 0) throw Errors.IndexError("pop from empty list");
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) throw Errors.IndexError("pop index out of range");
        Value item = Lists.Item(self, (int)i);
        Lists.RemoveAt(self, (int)i);
        return item;
    }

    private static Value Remove(Value self, Value x)
    {
        using var rs = new RootScope();
        int hl = rs.Add(self), hx = rs.Add(x);
        for (int i = 0; i < Lists.Count(rs[hl]); i++)
        {
            if (!Ops.Eq(Lists.Item(rs[hl], i), rs[hx])) continue;
            if (i < Lists.Count(rs[hl])) Lists.RemoveAt(rs[hl], i);
            return Py.None;
        }
        throw Errors.ValueError("list.remove(x): x not in list");
    }

    private static Value Index(Value self, ReadOnlySpan<Value> args)
    {
        long start = Sequences.IndexArg(args, 1, 0), stop = Sequences.IndexArg(args, 2, long.MaxValue / 2);
        return Value.FromSmallInt(Sequences.Index(self, args[0], start, stop, "list"));
    }

    private static Value Reverse(Value self)
    {
        Lists.ItemsForWrite(self).Reverse();
        return Py.None;
    }

    private static Value Sort(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length > 0) throw Errors.TypeError("sort() takes no positional arguments");
        Args.OnlyKeywords("sort", kwNames, "key", "reverse");
        Value key = Args.Keyword(kwValues, kwNames, "key");
        Value reverse = Args.Keyword(kwValues, kwNames, "reverse");
        ListSort.Sort(self, key.IsNull ? Py.None : key, !reverse.IsNull && Ops.Truth(reverse));
        return Py.None;
    }

    /// list + list; other sequences only through their __radd__.
    private static Value Add(Value self, Value other)
    {
        if (!Lists.IsList(other))
        {
            if (!Ops.LookupSpecial(Ops.TypeOf(other), "__radd__").IsNull) return Py.NotImplemented;
            throw Errors.TypeError($"can only concatenate list (not \"{Ops.TypeName(other)}\") to list");
        }
        Value result = Lists.New(Lists.Count(self) + Lists.Count(other));
        Lists.Extend(result, Lists.Items(self));
        Lists.Extend(result, Lists.Items(other));
        return result;
    }

    /// The repeat count of seq * n (negative counts as 0); TypeError "can't multiply sequence
    /// by non-int of type 'str'".
    internal static long RepeatCount(Value n)
    {
        if (!Ints.IsInt(n) && Ops.LookupSpecial(Ops.TypeOf(n), "__index__").IsNull)
            throw Errors.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(n)}'");
        Value i = Ops.Index(n);
        if (!Ints.TryGetLong(i, out long count)) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        return Math.Max(0, count);
    }

    internal static Value Repeat(Value self, long count)
    {
        int n = Lists.Count(self);
        if (n == 0 || count == 0) return Lists.New();
        Value result = Lists.New(Sizes.Repeat(count, n));
        for (long i = 0; i < count; i++) Lists.Extend(result, Lists.Items(self));
        return result;
    }

    private static Value InplaceRepeat(Value self, long count)
    {
        Value items = Repeat(self, count);
        Lists.Clear(self);
        Lists.Extend(self, Lists.Items(items));
        return self;
    }

    private static Value Mul(Value self, Value n)
    {
        if (!Ints.IsInt(n) && Ops.LookupSpecial(Ops.TypeOf(n), "__index__").IsNull) return Py.NotImplemented;
        using var rs = new RootScope();
        int hs = rs.Add(self);
        long count = RepeatCount(n);
        return Repeat(rs[hs], count);
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var t = BuiltinTypes.List;
        t.Constructor = Construct;
        BuiltinDunders.MethodRange(t, "__init__", 0, 1, Init);
        BuiltinDunders.Method(t, "append", 1, (self, a) => { Lists.Append(self, a[0]); return Py.None; });
        BuiltinDunders.Method(t, "extend", 1, (self, a) => { Extend(self, a[0]); return Py.None; });
        BuiltinDunders.Method(t, "insert", 2, (self, a) => { Lists.Insert(self, Ops.IndexAsLong(a[0]), a[1]); return Py.None; });
        BuiltinDunders.Method(t, "remove", 1, (self, a) => Remove(self, a[0]));
        BuiltinDunders.MethodRange(t, "pop", 0, 1, Pop);
        BuiltinDunders.Method(t, "clear", 0, (self, _) => { Lists.Clear(self); return Py.None; });
        BuiltinDunders.Method(t, "copy", 0, (self, _) => Lists.Copy(self));
        BuiltinDunders.Method(t, "count", 1, (self, a) => Value.FromSmallInt(Sequences.Count(self, a[0])));
        BuiltinDunders.MethodRange(t, "index", 1, 3, Index);
        BuiltinDunders.Method(t, "reverse", 0, (self, _) => Reverse(self));
        BuiltinDunders.MethodKw(t, "sort", Sort);
        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Value.FromSmallInt(Lists.Count(self)));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) => ListSubscripts.Get(self, a[0]));
        BuiltinDunders.Method(t, "__setitem__", 2, (self, a) => { ListSubscripts.Set(self, a[0], a[1]); return Py.None; });
        BuiltinDunders.Method(t, "__delitem__", 1, (self, a) => { ListSubscripts.Delete(self, a[0]); return Py.None; });
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Sequences.Contains(self, a[0])));
        BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Iterators.NewListIter(self));
        BuiltinDunders.Method(t, "__reversed__", 0, (self, _) => Iterators.NewListRevIter(self));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Lists.Repr(self)));
        BuiltinDunders.Method(t, "__add__", 1, (self, a) => Add(self, a[0]));
        BuiltinDunders.Method(t, "__iadd__", 1, (self, a) => { Extend(self, a[0]); return self; });
        BuiltinDunders.Method(t, "__mul__", 1, (self, a) => Mul(self, a[0]));
        BuiltinDunders.Method(t, "__rmul__", 1, (self, a) => Mul(self, a[0]));
        BuiltinDunders.Method(t, "__imul__", 1, (self, a) => InplaceRepeat(self, RepeatCount(a[0])));
        BuiltinDunders.DefineCompare(t, Lists.IsList, Lists.Compare);
    }
}
