// The iterator classes of the builtins module: enumerate(iterable, start=0),
// zip(*iterables, strict=False), map(function, *iterables), filter(function or None,
// iterable), reversed(sequence); their constructors and __next__, and the __iter__/
// __next__/__length_hint__ methods of every built-in iterator class.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class IteratorBuiltins
{
    // Layouts: Enumerate [A iterator][B count]; Zip [index 1 = exhausted][A tuple of
    // iterators][B strict]; Map [A function][B tuple of iterators]; Filter [A function or
    // None][B iterator]; Reversed [index][A sequence].

    internal static Value Next(Value it) => (TypeId)Mem.TypeId(it.Ref) switch
    {
        TypeId.Enumerate => NextEnumerate(it),
        TypeId.Zip => NextZip(it),
        TypeId.Map => NextMap(it),
        TypeId.Filter => NextFilter(it),
        _ => NextReversed(it),
    };

    private static Value NextEnumerate(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value item = Ops.Next(Iterators.A(it));
        if (item.IsNull) return Iterators.Exhaust(rs[hit]);
        int hi = rs.Add(item);
        it = rs[hit];
        Value count = Iterators.B(it);
        Value next = count.IsSmallInt && count.SmallInt < Value.MaxSmallInt
            ? Value.FromSmallInt(count.SmallInt + 1)
            : Ops.Binary(count, Value.FromSmallInt(1), Lang.BinaryOp.Add);
        Iterators.SetField(rs[hit], Off.IterB, next);
        return Tuples.Pair(count, rs[hi]);
    }

    private static Value NextZip(Value it)
    {
        if (Iterators.Index(it) != 0) return Value.Null;
        using var rs = new RootScope();
        int hit = rs.Add(it);
        int n = Tuples.Length(Iterators.A(it));
        int hr = rs.Add(Tuples.Uninitialized(n));
        for (int i = 0; i < n; i++)
        {
            Value item = Ops.Next(Tuples.Item(Iterators.A(rs[hit]), i));
            if (item.IsNull)
            {
                Iterators.SetIndex(rs[hit], 1);
                if (Ops.Truth(Iterators.B(rs[hit]))) CheckStrict(rs[hit], i);
                return Value.Null;
            }
            Tuples.Items(rs[hr])[i] = item;
        }
        return n == 0 ? Value.Null : rs[hr];
    }

    /// zip(strict=True) found iterator i exhausted: every other one must be exhausted too.
    private static void CheckStrict(Value it, int i)
    {
        if (i > 0)
            throw Errors.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? " " : "s 1-")}{i}");
        using var rs = new RootScope();
        int hit = rs.Add(it);
        int n = Tuples.Length(Iterators.A(it));
        for (int j = 1; j < n; j++)
            if (!Ops.Next(Tuples.Item(Iterators.A(rs[hit]), j)).IsNull)
                throw Errors.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? " " : "s 1-")}{j}");
    }

    private static Value NextMap(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        int n = Tuples.Length(Iterators.B(it));
        int ha = rs.Add(Tuples.Uninitialized(n));
        for (int i = 0; i < n; i++)
        {
            Value item = Ops.Next(Tuples.Item(Iterators.B(rs[hit]), i));
            if (item.IsNull) return Iterators.Exhaust(rs[hit]);
            Tuples.Items(rs[ha])[i] = item;
        }
        return Ops.Call(Iterators.A(rs[hit]), Tuples.Items(rs[ha]));
    }

    private static Value NextFilter(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        while (true)
        {
            Value item = Ops.Next(Iterators.B(rs[hit]));
            if (item.IsNull) return Iterators.Exhaust(rs[hit]);
            int hi = rs.Add(item);
            Value f = Iterators.A(rs[hit]);
            bool keep = Py.IsNone(f) || f == BuiltinTypes.Bool.Ref ? Ops.Truth(item) : Ops.Truth(Ops.Call(f, [item]));
            if (keep) return rs[hi];
        }
    }

    private static Value NextReversed(Value it)
    {
        long i = Iterators.Index(it);
        if (i < 0) return Iterators.Exhaust(it);
        using var rs = new RootScope();
        int hit = rs.Add(it);
        try
        {
            Value item = Ops.GetItem(Iterators.A(it), Ints.New(i));
            Iterators.SetIndex(rs[hit], i - 1);
            return item;
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.IndexError) || e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            Iterators.SetIndex(rs[hit], -1);
            return Iterators.Exhaust(rs[hit]);
        }
    }

    // ---- constructors ----

    private static Value NewEnumerate(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("enumerate", kwNames, "iterable", "start");
        Value iterable = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "iterable");
        Value start = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "start");
        int given = args.Length + (kwNames?.Length ?? 0);
        if (args.Length > 2 || given > 2) throw Errors.TypeError($"enumerate() takes at most 2 arguments ({given} given)");
        if (iterable.IsNull) throw Errors.TypeError("enumerate() missing required argument 'iterable'");
        using var rs = new RootScope();
        int hs = rs.Add(start.IsNull ? Value.FromSmallInt(0) : start);
        if (!start.IsNull && !Ints.IsInt(start) && Ops.LookupSpecial(Ops.TypeOf(start), "__index__").IsNull)
            throw Errors.TypeError($"'{Ops.TypeName(start)}' object cannot be interpreted as an integer");
        Value iter = Ops.GetIter(iterable);
        int hi = rs.Add(iter);
        Value count = Ops.Index(rs[hs]);
        return Iterators.NewIter(TypeId.Enumerate, 0, rs[hi], count);
    }

    private static Value NewZip(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("zip", kwNames, "strict");
        Value strict = Args.Keyword(kwValues, kwNames, "strict");
        bool isStrict = !strict.IsNull && Ops.Truth(strict);
        Value iters = IterAll(args, 0);
        return Iterators.NewIter(TypeId.Zip, 0, iters, Py.Bool(isStrict));
    }

    /// A tuple of iter(args[i]) for i >= from.
    private static Value IterAll(ReadOnlySpan<Value> args, int from)
    {
        using var rs = new RootScope();
        int ht = rs.Add(Tuples.Uninitialized(args.Length - from));
        for (int i = from; i < args.Length; i++)
        {
            Value it = Ops.GetIter(args[i]);
            Tuples.Items(rs[ht])[i - from] = it;
        }
        return rs[ht];
    }

    private static Value NewMap(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("map", kwNames);
        if (args.Length < 2) throw Errors.TypeError("map() must have at least two arguments.");
        Value iters = IterAll(args, 1);
        return Iterators.NewIter(TypeId.Map, 0, args[0], iters);
    }

    private static Value NewFilter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("filter", kwNames);
        if (args.Length != 2) throw Errors.TypeError($"filter expected 2 arguments, got {args.Length}");
        Value iter = Ops.GetIter(args[1]);
        return Iterators.NewIter(TypeId.Filter, 0, args[0], iter);
    }

    private static Value NewReversed(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("reversed", kwNames);
        if (args.Length != 1) throw Errors.TypeError($"reversed expected 1 argument, got {args.Length}");
        return Reversed(args[0]);
    }

    /// reversed(seq): __reversed__, or the sequence protocol (__len__ and __getitem__).
    public static Value Reversed(Value seq)
    {
        if (Ops.IsExact(seq, TypeId.List, BuiltinTypes.List)) return Iterators.NewListRevIter(seq);
        if (Ranges.IsRange(seq)) return Ranges.Reversed(seq);
        var type = Ops.TypeOf(seq);
        Value rev = Ops.LookupSpecial(type, "__reversed__");
        if (!rev.IsNull && !Py.IsNone(rev)) return Ops.CallSpecial(rev, seq, []);
        if (rev.IsNull && !Ops.LookupSpecial(type, "__getitem__").IsNull && !type.IsSubtypeOf(BuiltinTypes.Dict))
        {
            using var rs = new RootScope();
            int hs = rs.Add(seq);
            long n = Ops.Len(seq);
            return Iterators.NewIter(TypeId.Reversed, n - 1, rs[hs]);
        }
        throw Errors.TypeError($"'{type.Name}' object is not reversible");
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        foreach (var (layout, type) in BuiltinTypes.IteratorTypes)
        {
            BuiltinDunders.Method(type, "__iter__", 0, (self, _) => self);
            BuiltinDunders.Method(type, "__next__", 0, (self, _) =>
            {
                Value v = Iterators.Next(self);
                return v.IsNull ? throw Errors.StopIteration() : v;
            });
            if (layout <= TypeId.SetIter)
                BuiltinDunders.Method(type, "__length_hint__", 0, (self, _) => Ints.New(Math.Max(0, Iterators.LengthHint(self))));
        }
        BuiltinTypes.IteratorTypes[TypeId.Enumerate].Constructor = NewEnumerate;
        BuiltinTypes.IteratorTypes[TypeId.Zip].Constructor = NewZip;
        BuiltinTypes.IteratorTypes[TypeId.Map].Constructor = NewMap;
        BuiltinTypes.IteratorTypes[TypeId.Filter].Constructor = NewFilter;
        BuiltinTypes.IteratorTypes[TypeId.Reversed].Constructor = NewReversed;
    }
}
