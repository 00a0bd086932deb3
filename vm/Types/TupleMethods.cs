// The tuple class: constructor, count, index and the dunders (len, subscript, iteration,
// hash, comparison, +, *), with CPython 3.11's messages.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class TupleMethods
{
    /// tuple(iterable): the tuple itself for an exact tuple, else its items.
    public static Value ToTuple(Value iterable)
    {
        if (Tuples.IsExact(iterable)) return iterable;
        if (Ops.IsExact(iterable, TypeId.List, BuiltinTypes.List)) return Tuples.New(Lists.Items(iterable));
        Value list = ListMethods.ToList(iterable);
        return Tuples.New(Lists.Items(list));
    }

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("tuple() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"tuple expected at most 1 argument, got {args.Length}");
        return args.Length == 0 ? Tuples.New([]) : ToTuple(args[0]);
    }

    private static Value Add(Value self, Value other)
    {
        if (!Tuples.IsTuple(other))
        {
            if (!Ops.LookupSpecial(Ops.TypeOf(other), "__radd__").IsNull) return Py.NotImplemented;
            throw Errors.TypeError($"can only concatenate tuple (not \"{Ops.TypeName(other)}\") to tuple");
        }
        int a = Tuples.Length(self), b = Tuples.Length(other);
        if (b == 0) return self;
        if (a == 0) return other;
        Value result = Tuples.Uninitialized(a + b);
        Tuples.Items(self).CopyTo(Tuples.Items(result));
        Tuples.Items(other).CopyTo(Tuples.Items(result).Slice(a));
        return result;
    }

    private static Value Mul(Value self, Value n)
    {
        if (!Ints.IsInt(n) && Ops.LookupSpecial(Ops.TypeOf(n), "__index__").IsNull) return Py.NotImplemented;
        using var rs = new RootScope();
        int hs = rs.Add(self);
        long count = ListMethods.RepeatCount(n);
        self = rs[hs];
        int len = Tuples.Length(self);
        if (count == 1) return self;
        int total = Sizes.Repeat(count, len);
        if (total == 0) return Tuples.Empty;
        Value result = Tuples.Uninitialized(total);
        var dst = Tuples.Items(result);
        for (int i = 0; i < count; i++) Tuples.Items(self).CopyTo(dst.Slice(i * len));
        return result;
    }

    private static Value Index(Value self, ReadOnlySpan<Value> args)
    {
        long start = Sequences.IndexArg(args, 1, 0), stop = Sequences.IndexArg(args, 2, long.MaxValue / 2);
        return Value.FromSmallInt(Sequences.Index(self, args[0], start, stop, "tuple"));
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var t = BuiltinTypes.Tuple;
        t.Constructor = Construct;
        BuiltinDunders.Method(t, "count", 1, (self, a) => Value.FromSmallInt(Sequences.Count(self, a[0])));
        BuiltinDunders.MethodRange(t, "index", 1, 3, Index);
        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Value.FromSmallInt(Tuples.Length(self)));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) => Ops.TupleItem(self, a[0]));
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Sequences.Contains(self, a[0])));
        BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Iterators.NewIter(TypeId.TupleIter, 0, self));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Tuples.Repr(self)));
        BuiltinDunders.Method(t, "__hash__", 0, (self, _) => Ints.New(Tuples.Hash(self)));
        BuiltinDunders.Method(t, "__add__", 1, (self, a) => Add(self, a[0]));
        BuiltinDunders.Method(t, "__mul__", 1, (self, a) => Mul(self, a[0]));
        BuiltinDunders.Method(t, "__rmul__", 1, (self, a) => Mul(self, a[0]));
        BuiltinDunders.DefineCompare(t, Tuples.IsTuple, Tuples.Compare);
    }
}
