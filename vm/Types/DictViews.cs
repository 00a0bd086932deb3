// dict.keys(), dict.values(), dict.items(): live views of a dict (layout DictView:
// [8 dict][16 kind: 0 keys, 1 values, 2 items]). len, iteration, reversed(), `in`, repr
// "dict_keys([1, 2])", and for keys and items views the set operations (&, |, -, ^, which
// build a set from the left operand as CPython's dictviews_* do), comparisons with
// set-likes and isdisjoint.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class DictViews
{
    public const int Keys = 0, Values = 1, Items = 2;

    public static Value New(Value dict, int kind)
    {
        long v = Collector.Allocate((uint)TypeId.DictView, 24);
        Mem.StoreValue(v, Off.ViewDict, dict);
        Mem.StoreValue(v, Off.ViewKind, Value.FromSmallInt(kind));
        return Value.FromRef(v);
    }

    public static Value DictOf(Value view) => Mem.LoadValue(view.Ref, Off.ViewDict);
    public static int KindOf(Value view) => (int)Mem.LoadValue(view.Ref, Off.ViewKind).SmallInt;

    public static long Length(Value view) => Dicts.Count(DictOf(view));

    public static Value Iter(Value view) => Iterators.NewDictIter(DictOf(view), KindOf(view));

    /// reversed(dict) and reversed(view): the keys/values/items from last to first.
    public static Value ReversedIter(Value dict, int kind)
    {
        Value items = Lists.New(Dicts.Count(dict));
        int pos = 0;
        while (Dicts.Next(dict, ref pos, out Value k, out Value v))
            Lists.Append(items, kind == Keys ? k : kind == Values ? v : Tuples.Pair(k, v));
        return Iterators.NewListRevIter(items);
    }

    public static bool Contains(Value view, Value item)
    {
        Value dict = DictOf(view);
        switch (KindOf(view))
        {
            case Keys: return Dicts.ContainsKey(dict, item);
            case Items:
                if (!Tuples.IsTuple(item) || Tuples.Length(item) != 2) return false;
                using (var rs = new RootScope())
                {
                    int hi = rs.Add(item);
                    Value v = Dicts.Get(dict, Tuples.Item(item, 0));
                    return !v.IsNull && Ops.Eq(v, Tuples.Item(rs[hi], 1));
                }
            default:
                using (var rs = new RootScope())
                {
                    int hi = rs.Add(item);
                    int hit = rs.Add(Iter(view));
                    for (Value x = Ops.Next(rs[hit]); !x.IsNull; x = Ops.Next(rs[hit]))
                        if (Ops.Eq(x, rs[hi])) return true;
                    return false;
                }
        }
    }

    /// dictview_repr, into the writer of the whole repr() call (see ReprWriter): the name and
    /// the repr of a list of the view's items.
    public static void WriteRepr(System.Text.StringBuilder sb, Value view)
    {
        if (!ReprGuard.Enter(view))
        {
            sb.Append("...");
            return;
        }
        try
        {
            sb.Append(KindOf(view) switch { Keys => "dict_keys(", Values => "dict_values(", _ => "dict_items(" });
            ReprWriter.Append(sb, ListMethods.ToList(view));
            sb.Append(')');
        }
        finally { ReprGuard.Leave(); }
    }

    private static bool IsSetLike(Value v)
        => Sets.IsAnySet(v) || Ops.Is(v, TypeId.DictView) && KindOf(v) != Values;

    /// A set of the items of a view or any iterable (dictviews_to_set).
    private static Value ToSet(Value v) => SetMethods.NewFromIterable(BuiltinTypes.Set, v);

    private static Value SetOp(Value left, Value right, Action<Value, Value> update)
    {
        using var rs = new RootScope();
        int hr = rs.Add(right);
        Value result = ToSet(left);
        int hres = rs.Add(result);
        update(result, rs[hr]);
        return rs[hres];
    }

    /// all items of a are in b (all_contained_in).
    private static bool AllContainedIn(Value a, Value b)
    {
        using var rs = new RootScope();
        int hb = rs.Add(b);
        int hit = rs.Add(Ops.GetIter(a));
        for (Value x = Ops.Next(rs[hit]); !x.IsNull; x = Ops.Next(rs[hit]))
            if (!Ops.Contains(rs[hb], x)) return false;
        return true;
    }

    private static Value Compare(Value a, Value b, CompareOp op)
    {
        if (!IsSetLike(b)) return Py.NotImplemented;
        long la = Ops.Len(a), lb = Ops.Len(b);
        bool result = op switch
        {
            CompareOp.Eq => la == lb && AllContainedIn(a, b),
            CompareOp.Ne => !(la == lb && AllContainedIn(a, b)),
            CompareOp.Lt => la < lb && AllContainedIn(a, b),
            CompareOp.Le => la <= lb && AllContainedIn(a, b),
            CompareOp.Gt => la > lb && AllContainedIn(b, a),
            _ => la >= lb && AllContainedIn(b, a),
        };
        return Py.Bool(result);
    }

    private static void Binary(PyType t, string name, string reflected, Action<Value, Value> update)
    {
        BuiltinDunders.Method(t, name, 1, (self, a) => SetOp(self, a[0], update));
        BuiltinDunders.Method(t, reflected, 1, (self, a) => SetOp(a[0], self, update));
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        foreach (var t in new[] { BuiltinTypes.DictKeys, BuiltinTypes.DictValues, BuiltinTypes.DictItems })
        {
            BuiltinDunders.Method(t, "__len__", 0, (self, _) => Value.FromSmallInt(Length(self)));
            BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Iter(self));
            BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Contains(self, a[0])));
            BuiltinDunders.Method(t, "__reversed__", 0, (self, _) => ReversedIter(DictOf(self), KindOf(self)));
            BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(ReprWriter.Of(self)));
        }
        foreach (var t in new[] { BuiltinTypes.DictKeys, BuiltinTypes.DictItems })
        {
            Binary(t, "__and__", "__rand__", SetMethods.IntersectionUpdate);
            Binary(t, "__or__", "__ror__", SetMethods.Update);
            Binary(t, "__sub__", "__rsub__", SetMethods.DifferenceUpdate);
            Binary(t, "__xor__", "__rxor__", SetMethods.SymmetricDifferenceUpdate);
            BuiltinDunders.Method(t, "isdisjoint", 1, (self, a) => Py.Bool(SetMethods.IsDisjoint(ToSet(self), a[0])));
            BuiltinDunders.DefineCompare(t, IsSetLike, Compare);
        }
    }
}
