// The set and frozenset classes: constructors, add/remove/discard/pop/clear/copy, the
// algebra (union, intersection, difference, symmetric_difference, their in-place and
// operator forms), subset tests, comparisons, hash and repr. Each operation follows
// setobject.c's algorithm (which set is iterated, which probed), since that decides the
// element order of the result. Results take the left operand's base type (set/frozenset).
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class SetMethods
{
    private static PyType BaseTypeOf(Value s)
        => Ops.TypeOf(s).IsSubtypeOf(BuiltinTypes.FrozenSet) ? BuiltinTypes.FrozenSet : BuiltinTypes.Set;

    /// make_new_set: an instance of `type` holding the items of iterable (Null: empty).
    public static Value NewFromIterable(PyType type, Value iterable)
    {
        using var rs = new RootScope();
        int hi = rs.Add(iterable);
        Value set = Sets.NewOfType(type);
        if (iterable.IsNull) return set;
        int hs = rs.Add(set);
        Update(set, rs[hi]);
        return rs[hs];
    }

    /// set_update_internal: another set merges, a dict adds its keys, else iterate.
    public static void Update(Value set, Value other)
    {
        if (Sets.IsAnySet(other))
        {
            Sets.Merge(set, other);
            return;
        }
        using var rs = new RootScope();
        int hs = rs.Add(set);
        if (Ops.IsExact(other, TypeId.Dict, BuiltinTypes.Dict))
        {
            Sets.ReserveFor(set, Dicts.Count(other));
            int ho = rs.Add(other), pos = 0;
            while (Dicts.Next(rs[ho], ref pos, out Value k, out _)) Sets.Add(rs[hs], k);
            return;
        }
        int hit = rs.Add(Ops.GetIter(other));
        while (true)
        {
            Value item = Ops.Next(rs[hit]);
            if (item.IsNull) return;
            Sets.Add(rs[hs], item);
        }
    }

    public static Value Copy(Value set) => NewFromIterable(BaseTypeOf(set), set);

    /// set_intersection.
    public static Value Intersection(Value so, Value other)
    {
        if (so == other) return Copy(so);
        using var rs = new RootScope();
        int hso = rs.Add(so), ho = rs.Add(other);
        int hr = rs.Add(Sets.NewOfType(BaseTypeOf(so)));
        if (Sets.IsAnySet(other))
        {
            if (Sets.Count(other) > Sets.Count(so)) (hso, ho) = (ho, hso);
            long pos = 0;
            while (Sets.Next(rs[ho], ref pos, out Value key, out long hash))
                if (Sets.ContainsEntry(rs[hso], key, hash)) Sets.AddEntry(rs[hr], key, hash);
            return rs[hr];
        }
        int hit = rs.Add(Ops.GetIter(other));
        while (true)
        {
            Value key = Ops.Next(rs[hit]);
            if (key.IsNull) return rs[hr];
            int hk = rs.Add(key);
            Value s = rs[hso];
            long hash = Sets.HashOf(ref key, ref s);
            if (!Sets.ContainsEntry(rs[hso], rs[hk], hash)) continue;
            Sets.AddEntry(rs[hr], rs[hk], hash);
            if (Sets.Count(rs[hr]) >= Sets.Count(rs[hso])) return rs[hr];
        }
    }

    /// set_difference_update_internal.
    public static void DifferenceUpdate(Value so, Value other)
    {
        if (so == other)
        {
            Sets.Clear(so);
            return;
        }
        using var rs = new RootScope();
        int hso = rs.Add(so);
        if (Sets.IsAnySet(other))
        {
            if (Sets.Count(other) >> 3 > Sets.Count(so)) other = Intersection(rs[hso], other);
            int ho = rs.Add(other);
            long pos = 0;
            while (Sets.Next(rs[ho], ref pos, out Value key, out long hash)) Sets.DiscardEntry(rs[hso], key, hash);
        }
        else
        {
            int hit = rs.Add(Ops.GetIter(other));
            while (true)
            {
                Value key = Ops.Next(rs[hit]);
                if (key.IsNull) break;
                Sets.Discard(rs[hso], key);
            }
        }
        Sets.CompactAfterRemovals(rs[hso]);
    }

    /// set_difference.
    public static Value Difference(Value so, Value other)
    {
        bool isDict = Ops.IsExact(other, TypeId.Dict, BuiltinTypes.Dict);
        if (!Sets.IsAnySet(other) && !isDict || Sets.Count(so) >> 2 > (isDict ? Dicts.Count(other) : Sets.Count(other)))
        {
            using var rs1 = new RootScope();
            int ho1 = rs1.Add(other);
            Value copy = Copy(so);
            int hc = rs1.Add(copy);
            DifferenceUpdate(copy, rs1[ho1]);
            return rs1[hc];
        }
        using var rs = new RootScope();
        int hso = rs.Add(so), ho = rs.Add(other);
        int hr = rs.Add(Sets.NewOfType(BaseTypeOf(so)));
        long pos = 0;
        while (Sets.Next(rs[hso], ref pos, out Value key, out long hash))
        {
            bool inOther = isDict ? Dicts.ContainsKnownHash(rs[ho], key, hash) : Sets.ContainsEntry(rs[ho], key, hash);
            if (!inOther) Sets.AddEntry(rs[hr], key, hash);
        }
        return rs[hr];
    }

    /// set_symmetric_difference_update.
    public static void SymmetricDifferenceUpdate(Value so, Value other)
    {
        if (so == other)
        {
            Sets.Clear(so);
            return;
        }
        using var rs = new RootScope();
        int hso = rs.Add(so);
        int ho = rs.Add(Sets.IsAnySet(other) || Ops.IsExact(other, TypeId.Dict, BuiltinTypes.Dict)
            ? other : NewFromIterable(BaseTypeOf(so), other));
        if (Dicts.IsDict(rs[ho]))
        {
            int dpos = 0;
            while (Dicts.Next(rs[ho], ref dpos, out Value k, out _))
            {
                int hk = rs.Add(k);
                if (!Sets.Discard(rs[hso], k)) Sets.Add(rs[hso], rs[hk]);
            }
            return;
        }
        long pos = 0;
        while (Sets.Next(rs[ho], ref pos, out Value key, out long hash))
            if (!Sets.DiscardEntry(rs[hso], key, hash)) Sets.AddEntry(rs[hso], key, hash);
    }

    public static Value SymmetricDifference(Value so, Value other)
    {
        using var rs = new RootScope();
        int hso = rs.Add(so);
        Value result = NewFromIterable(BaseTypeOf(so), other);
        int hr = rs.Add(result);
        SymmetricDifferenceUpdate(result, rs[hso]);
        return rs[hr];
    }

    /// so <= other (other any iterable).
    public static bool IsSubset(Value so, Value other)
    {
        if (!Sets.IsAnySet(other))
        {
            using var rs1 = new RootScope();
            int hs1 = rs1.Add(so);
            Value tmp = NewFromIterable(BuiltinTypes.Set, other);
            return IsSubset(rs1[hs1], tmp);
        }
        if (Sets.Count(so) > Sets.Count(other)) return false;
        using var rs = new RootScope();
        int hso = rs.Add(so), ho = rs.Add(other);
        long pos = 0;
        while (Sets.Next(rs[hso], ref pos, out Value key, out long hash))
            if (!Sets.ContainsEntry(rs[ho], key, hash)) return false;
        return true;
    }

    public static bool IsSuperset(Value so, Value other)
    {
        if (Sets.IsAnySet(other)) return IsSubset(other, so);
        using var rs = new RootScope();
        int hso = rs.Add(so);
        int hit = rs.Add(Ops.GetIter(other));
        while (true)
        {
            Value key = Ops.Next(rs[hit]);
            if (key.IsNull) return true;
            if (!ContainsForIn(rs[hso], key)) return false;
        }
    }

    public static bool IsDisjoint(Value so, Value other)
    {
        if (so == other) return Sets.Count(so) == 0;
        using var rs = new RootScope();
        int hso = rs.Add(so);
        if (Sets.IsAnySet(other))
        {
            int ho = rs.Add(other);
            if (Sets.Count(other) > Sets.Count(so)) (hso, ho) = (ho, hso);
            long pos = 0;
            while (Sets.Next(rs[ho], ref pos, out Value key, out long hash))
                if (Sets.ContainsEntry(rs[hso], key, hash)) return false;
            return true;
        }
        int hit = rs.Add(Ops.GetIter(other));
        while (true)
        {
            Value key = Ops.Next(rs[hit]);
            if (key.IsNull) return true;
            if (ContainsForIn(rs[hso], key)) return false;
        }
    }

    /// `item in set`: an unhashable set item is looked up as a frozenset (set_contains).
    public static bool ContainsForIn(Value set, Value item)
    {
        if (Ops.Is(item, TypeId.Set)) item = AsFrozen(set, item, out set);
        return Sets.Contains(set, item);
    }

    /// A frozenset copy of a set used as a key; `set` is re-read as the copy allocates.
    private static Value AsFrozen(Value container, Value item, out Value containerAfter)
    {
        using var rs = new RootScope();
        int hc = rs.Add(container);
        Value frozen = NewFromIterable(BuiltinTypes.FrozenSet, item);
        containerAfter = rs[hc];
        return frozen;
    }

    private static Value Remove(Value self, Value key)
    {
        if (Ops.Is(key, TypeId.Set)) key = AsFrozen(self, key, out self);
        if (!Sets.Discard(self, key)) throw Errors.KeyError(key);
        return Py.None;
    }

    private static Value Discard(Value self, Value key)
    {
        if (Ops.Is(key, TypeId.Set)) key = AsFrozen(self, key, out self);
        Sets.Discard(self, key);
        return Py.None;
    }

    private static Value Compare(Value v, Value w, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                if (Sets.Count(v) != Sets.Count(w)) return Py.False;
                return Py.Bool(IsSubset(v, w));
            case CompareOp.Ne:
                return Py.Bool(Sets.Count(v) != Sets.Count(w) || !IsSubset(v, w));
            case CompareOp.Le: return Py.Bool(IsSubset(v, w));
            case CompareOp.Ge: return Py.Bool(IsSubset(w, v));
            case CompareOp.Lt: return Py.Bool(Sets.Count(v) < Sets.Count(w) && IsSubset(v, w));
            default: return Py.Bool(Sets.Count(v) > Sets.Count(w) && IsSubset(w, v));
        }
    }

    /// set_repr, into the writer of the whole repr() call (see ReprWriter): the items of a
    /// list of the keys between braces; CPython takes repr(list)[1:-1], one more level of
    /// recursion.
    public static void WriteRepr(System.Text.StringBuilder sb, Value set)
    {
        var type = Ops.TypeOf(set);
        if (!ReprGuard.Enter(set))
        {
            sb.Append(type.Name).Append("(...)");
            return;
        }
        try
        {
            if (Sets.Count(set) == 0)
            {
                sb.Append(type.Name).Append("()");
                return;
            }
            Value items = Lists.New(Sets.Count(set));
            long pos = 0;
            while (Sets.Next(set, ref pos, out Value key, out _)) Lists.Append(items, key);
            bool exact = type == BuiltinTypes.Set;
            sb.Append(exact ? "{" : type.Name + "({");
            using var rs = new RootScope();
            int hi = rs.Add(items);
            RecursionGuard.Enter(RecursionGuard.InRepr);
            try
            {
                for (int i = 0; i < Lists.Count(rs[hi]); i++)
                {
                    if (i > 0) sb.Append(", ");
                    ReprWriter.Append(sb, Lists.Item(rs[hi], i));
                }
            }
            finally { RecursionGuard.Leave(); }
            sb.Append(exact ? "}" : "})");
        }
        finally { ReprGuard.Leave(); }
    }

    private static Value Construct(PyType type, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{type.Name}() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"{type.Name} expected at most 1 argument, got {args.Length}");
        if (args.Length == 1 && type == BuiltinTypes.FrozenSet && Ops.IsExact(args[0], TypeId.FrozenSet, BuiltinTypes.FrozenSet))
            return args[0];
        return NewFromIterable(type, args.Length == 0 ? Value.Null : args[0]);
    }

    private static Value Union(Value self, ReadOnlySpan<Value> others)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        int hr = rs.Add(Copy(self));
        for (int i = 0; i < others.Length; i++)
            if (others[i] != rs[hs]) Update(rs[hr], others[i]);
        return rs[hr];
    }

    private static Value IntersectionMulti(Value self, ReadOnlySpan<Value> others)
    {
        if (others.Length == 0) return Copy(self);
        using var rs = new RootScope();
        int hr = rs.Add(self);
        for (int i = 0; i < others.Length; i++) rs[hr] = Intersection(rs[hr], others[i]);
        return rs[hr];
    }

    private static Value DifferenceMulti(Value self, ReadOnlySpan<Value> others)
    {
        if (others.Length == 0) return Copy(self);
        using var rs = new RootScope();
        int hr = rs.Add(Difference(self, others[0]));
        for (int i = 1; i < others.Length; i++) DifferenceUpdate(rs[hr], others[i]);
        return rs[hr];
    }

    private static Value IntersectionUpdate(Value self, ReadOnlySpan<Value> others)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        Value tmp = IntersectionMulti(self, others);
        Sets.SwapBodies(rs[hs], tmp);
        return Py.None;
    }

    /// set &= other (set_intersection_update).
    public static void IntersectionUpdate(Value self, Value other)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        Value tmp = Intersection(self, other);
        Sets.SwapBodies(rs[hs], tmp);
    }

    /// A binary operator: both operands must be sets or frozensets.
    private static void Operator(PyType t, string name, Func<Value, Value, Value> op)
        => BuiltinDunders.Method(t, name, 1, (self, a) => Sets.IsAnySet(a[0]) ? op(self, a[0]) : Py.NotImplemented);

    /// An in-place operator of set: updates self and returns it.
    private static void InPlace(PyType t, string name, Action<Value, Value> update)
        => BuiltinDunders.Method(t, name, 1, (self, a) =>
        {
            if (!Sets.IsAnySet(a[0])) return Py.NotImplemented;
            using var rs = new RootScope();
            int hs = rs.Add(self);
            update(self, a[0]);
            return rs[hs];
        });

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        BuiltinTypes.Set.Constructor = (a, _, kn) => Construct(BuiltinTypes.Set, a, kn);
        BuiltinTypes.FrozenSet.Constructor = (a, _, kn) => Construct(BuiltinTypes.FrozenSet, a, kn);
        foreach (var t in new[] { BuiltinTypes.Set, BuiltinTypes.FrozenSet })
        {
            BuiltinDunders.Method(t, "copy", 0, (self, _) => Copy(self));
            BuiltinDunders.MethodRange(t, "union", 0, int.MaxValue, Union);
            BuiltinDunders.MethodRange(t, "intersection", 0, int.MaxValue, IntersectionMulti);
            BuiltinDunders.MethodRange(t, "difference", 0, int.MaxValue, DifferenceMulti);
            BuiltinDunders.Method(t, "symmetric_difference", 1, (self, a) => SymmetricDifference(self, a[0]));
            BuiltinDunders.Method(t, "issubset", 1, (self, a) => Py.Bool(IsSubset(self, a[0])));
            BuiltinDunders.Method(t, "issuperset", 1, (self, a) => Py.Bool(IsSuperset(self, a[0])));
            BuiltinDunders.Method(t, "isdisjoint", 1, (self, a) => Py.Bool(IsDisjoint(self, a[0])));
            BuiltinDunders.Method(t, "__len__", 0, (self, _) => Value.FromSmallInt(Sets.Count(self)));
            BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(ContainsForIn(self, a[0])));
            BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Iterators.NewSetIter(self));
            BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(ReprWriter.Of(self)));
            Operator(t, "__or__", (a, b) => Union(a, [b]));
            Operator(t, "__and__", Intersection);
            Operator(t, "__sub__", Difference);
            Operator(t, "__xor__", SymmetricDifference);
            BuiltinDunders.DefineCompare(t, Sets.IsAnySet, Compare);
        }
        var s = BuiltinTypes.Set;
        BuiltinDunders.MethodRange(s, "__init__", 0, 1, (self, a) =>
        {
            Sets.Clear(self);
            if (a.Length == 1) Update(self, a[0]);
            return Py.None;
        });
        BuiltinDunders.Method(s, "add", 1, (self, a) => { Sets.Add(self, a[0]); return Py.None; });
        BuiltinDunders.Method(s, "remove", 1, (self, a) => Remove(self, a[0]));
        BuiltinDunders.Method(s, "discard", 1, (self, a) => Discard(self, a[0]));
        BuiltinDunders.Method(s, "pop", 0, (self, _) => Sets.Pop(self));
        BuiltinDunders.Method(s, "clear", 0, (self, _) => { Sets.Clear(self); return Py.None; });
        BuiltinDunders.MethodRange(s, "update", 0, int.MaxValue, (self, a) =>
        {
            using var rs = new RootScope();
            int hs = rs.Add(self);
            for (int i = 0; i < a.Length; i++) Update(rs[hs], a[i]);
            return Py.None;
        });
        BuiltinDunders.MethodRange(s, "intersection_update", 0, int.MaxValue, IntersectionUpdate);
        BuiltinDunders.MethodRange(s, "difference_update", 0, int.MaxValue, (self, a) =>
        {
            using var rs = new RootScope();
            int hs = rs.Add(self);
            for (int i = 0; i < a.Length; i++) DifferenceUpdate(rs[hs], a[i]);
            return Py.None;
        });
        BuiltinDunders.Method(s, "symmetric_difference_update", 1, (self, a) => { SymmetricDifferenceUpdate(self, a[0]); return Py.None; });
        InPlace(s, "__ior__", Update);
        InPlace(s, "__iand__", IntersectionUpdate);
        InPlace(s, "__isub__", DifferenceUpdate);
        InPlace(s, "__ixor__", SymmetricDifferenceUpdate);
        BuiltinDunders.Method(BuiltinTypes.FrozenSet, "__hash__", 0, (self, _) => Ints.New(Sets.Hash(self)));
        // Subclass instances are allocated empty (TypeCall.Allocate) and filled here, as
        // frozenset.__new__(cls, iterable) would; a non-empty frozenset is left alone.
        BuiltinDunders.MethodRange(BuiltinTypes.FrozenSet, "__init__", 0, 1, (self, a) =>
        {
            if (a.Length == 1 && Sets.Count(self) == 0) Update(self, a[0]);
            return Py.None;
        });
    }
}
