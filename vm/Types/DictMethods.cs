// The dict class: constructor (mapping, iterable of pairs, keywords), get, setdefault,
// pop, popitem, update, keys/values/items, copy, clear, fromkeys, |, |=, equality, repr
// with the '{...}' recursion guard, and __missing__ for subclasses, as CPython 3.11.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class DictMethods
{
    /// dict.update(arg): a dict, a mapping with keys(), or an iterable of pairs.
    public static void UpdateFrom(Value dict, Value arg)
    {
        if (IterIsDicts(arg))
        {
            MergeDict(dict, arg);
            return;
        }
        using var rs = new RootScope();
        int hd = rs.Add(dict), ha = rs.Add(arg);
        bool isMapping = !Ops.GetAttrOrNull(arg, "keys").IsNull; // may run guest code
        if (isMapping) MergeMapping(rs[hd], rs[ha]);
        else MergePairs(rs[hd], rs[ha]);
    }

    /// A dict (or subclass) that iterates as dict does: merged entry by entry (dict_merge).
    private static bool IterIsDicts(Value v)
        => Ops.IsExact(v, TypeId.Dict, BuiltinTypes.Dict)
           || Dicts.IsDict(v) && Ops.LookupSpecial(Ops.TypeOf(v), "__iter__") == Ops.LookupSpecial(BuiltinTypes.Dict, "__iter__");

    private static void MergeDict(Value dict, Value other)
    {
        using var rs = new RootScope();
        int hd = rs.Add(dict), ho = rs.Add(other);
        int pos = 0;
        while (Dicts.NextWithHash(rs[ho], ref pos, out Value k, out long h))
        {
            Value v = Dicts.EntryValue(Dicts.EntriesOf(rs[ho]), pos - 1);
            Dicts.SetWithHash(rs[hd], k, h, v);
        }
    }

    private static void MergeMapping(Value dict, Value mapping)
    {
        using var rs = new RootScope();
        int hd = rs.Add(dict), hm = rs.Add(mapping);
        Value keys = Ops.Call(Ops.GetAttr(mapping, "keys"), ReadOnlySpan<Value>.Empty);
        int hit = rs.Add(Ops.GetIter(keys));
        while (true)
        {
            Value k = Ops.Next(rs[hit]);
            if (k.IsNull) return;
            int hk = rs.Add(k);
            Value v = Ops.GetItem(rs[hm], k);
            Ops.SetItem(rs[hd], rs[hk], v);
        }
    }

    private static void MergePairs(Value dict, Value iterable)
    {
        using var rs = new RootScope();
        int hd = rs.Add(dict);
        int hit = rs.Add(Ops.GetIter(iterable));
        for (int n = 0; ; n++)
        {
            Value item = Ops.Next(rs[hit]);
            if (item.IsNull) return;
            Value pair;
            try
            {
                pair = TupleMethods.ToTuple(item);
            }
            catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.TypeError))
            {
                throw Errors.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
            }
            if (Tuples.Length(pair) != 2)
                throw Errors.ValueError($"dictionary update sequence element #{n} has length {Tuples.Length(pair)}; 2 is required");
            Ops.SetItem(rs[hd], Tuples.Item(pair, 0), Tuples.Item(pair, 1));
        }
    }

    /// update(arg=(), **kwargs) of dict and its __init__.
    private static void Update(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, string fname)
    {
        if (args.Length > 1) throw Errors.TypeError($"{fname} expected at most 1 argument, got {args.Length}");
        using var rs = new RootScope();
        int hs = rs.Add(self);
        if (args.Length == 1) UpdateFrom(rs[hs], args[0]);
        if (kwNames == null) return;
        for (int i = 0; i < kwNames.Length; i++) Ops.SetItem(rs[hs], Strs.New(kwNames[i]), kwValues[i]);
    }

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        using var rs = new RootScope();
        int hd = rs.Add(Dicts.New());
        Update(rs[hd], args, kwValues, kwNames, "dict");
        return rs[hd];
    }

    /// self[key] for dict subclasses: __missing__ when the key is absent.
    private static Value GetItem(Value self, Value key)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self), hk = rs.Add(key);
        Value v = Dicts.Get(self, key);
        if (!v.IsNull) return v;
        if (!Ops.IsExact(rs[hs], TypeId.Dict, BuiltinTypes.Dict))
        {
            Value missing = Ops.LookupSpecial(Ops.TypeOf(rs[hs]), "__missing__");
            if (!missing.IsNull) return Ops.CallSpecial(missing, rs[hs], [rs[hk]]);
        }
        throw Errors.KeyError(rs[hk]);
    }

    private static Value Get(Value self, ReadOnlySpan<Value> args)
    {
        Value v = Dicts.Get(self, args[0]);
        return !v.IsNull ? v : args.Length > 1 ? args[1] : Py.None;
    }

    private static Value SetDefault(Value self, ReadOnlySpan<Value> args)
    {
        Value v = Dicts.Get(self, args[0]);
        if (!v.IsNull) return v;
        Value dflt = args.Length > 1 ? args[1] : Py.None;
        Dicts.Set(self, args[0], dflt);
        return dflt;
    }

    private static Value Pop(Value self, ReadOnlySpan<Value> args)
    {
        Value v = Dicts.Pop(self, args[0]);
        if (!v.IsNull) return v;
        if (args.Length > 1) return args[1];
        throw Errors.KeyError(args[0]);
    }

    private static Value PopItem(Value self)
    {
        if (!Dicts.PopLast(self, out Value k, out Value v)) throw Errors.New(BuiltinTypes.KeyError, "popitem(): dictionary is empty");
        return Tuples.Pair(k, v);
    }

    private static Value FromKeys(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("fromkeys", kwNames);
        if (args.Length < 2) throw Errors.TypeError($"fromkeys expected at least 1 argument, got {args.Length - 1}");
        if (args.Length > 3) throw Errors.TypeError($"fromkeys expected at most 2 arguments, got {args.Length - 1}");
        Value value = args.Length == 3 ? args[2] : Py.None;
        using var rs = new RootScope();
        int hv = rs.Add(value);
        int hd = rs.Add(Ops.Call(args[0], ReadOnlySpan<Value>.Empty));
        int hit = rs.Add(Ops.GetIter(args[1]));
        while (true)
        {
            Value k = Ops.Next(rs[hit]);
            if (k.IsNull) return rs[hd];
            Ops.SetItem(rs[hd], k, rs[hv]);
        }
    }

    private static Value Or(Value self, Value other, bool reflected)
    {
        if (!Dicts.IsDict(other)) return Py.NotImplemented;
        using var rs = new RootScope();
        int ho = rs.Add(reflected ? self : other);
        Value result = Dicts.Copy(reflected ? other : self);
        int hr = rs.Add(result);
        UpdateFrom(result, rs[ho]);
        return rs[hr];
    }

    /// dict == dict: same length, and every key of a maps to an equal value in b.
    public static bool Equal(Value a, Value b)
    {
        if (a == b) return true;
        if (Dicts.Count(a) != Dicts.Count(b)) return false;
        using var rs = new RootScope();
        int ha = rs.Add(a), hb = rs.Add(b);
        int pos = 0;
        while (Dicts.Next(rs[ha], ref pos, out Value k, out Value v))
        {
            int hv = rs.Add(v);
            Value w = Dicts.Get(rs[hb], k);
            if (w.IsNull || !Ops.Eq(rs[hv], w)) return false;
        }
        return true;
    }

    private static Value Compare(Value a, Value b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        return Py.Bool(Equal(a, b) == (op == CompareOp.Eq));
    }

    /// dict_repr, into the writer of the whole repr() call (see ReprWriter).
    public static void WriteRepr(System.Text.StringBuilder sb, Value dict)
    {
        if (Dicts.Count(dict) == 0)
        {
            sb.Append("{}");
            return;
        }
        if (!ReprGuard.Enter(dict))
        {
            sb.Append("{...}");
            return;
        }
        try
        {
            sb.Append('{');
            using var rs = new RootScope();
            int hd = rs.Add(dict);
            int pos = 0;
            bool first = true;
            while (Dicts.Next(rs[hd], ref pos, out Value k, out Value v))
            {
                using var pair = new RootScope();
                int hv = pair.Add(v);
                if (!first) sb.Append(", ");
                first = false;
                ReprWriter.Append(sb, k);
                sb.Append(": ");
                ReprWriter.Append(sb, pair[hv]);
            }
            sb.Append('}');
        }
        finally { ReprGuard.Leave(); }
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        Dicts.FixEarlyClassWords();
        var t = BuiltinTypes.Dict;
        t.Constructor = Construct;
        BuiltinDunders.MethodKw(t, "__init__", (self, a, kv, kn) => { Update(self, a, kv, kn, "dict"); return Py.None; });
        BuiltinDunders.MethodKw(t, "update", (self, a, kv, kn) => { Update(self, a, kv, kn, "update"); return Py.None; });
        BuiltinDunders.MethodRange(t, "get", 1, 2, Get);
        BuiltinDunders.MethodRange(t, "setdefault", 1, 2, SetDefault);
        BuiltinDunders.MethodRange(t, "pop", 1, 2, Pop);
        BuiltinDunders.Method(t, "popitem", 0, (self, _) => PopItem(self));
        BuiltinDunders.Method(t, "keys", 0, (self, _) => DictViews.New(self, DictViews.Keys));
        BuiltinDunders.Method(t, "values", 0, (self, _) => DictViews.New(self, DictViews.Values));
        BuiltinDunders.Method(t, "items", 0, (self, _) => DictViews.New(self, DictViews.Items));
        BuiltinDunders.Method(t, "copy", 0, (self, _) => Dicts.Copy(self));
        BuiltinDunders.Method(t, "clear", 0, (self, _) => { Dicts.Clear(self); return Py.None; });
        BuiltinDunders.ClassMethod(t, "fromkeys", FromKeys);
        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Value.FromSmallInt(Dicts.Count(self)));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) => GetItem(self, a[0]));
        BuiltinDunders.Method(t, "__setitem__", 2, (self, a) => { Dicts.Set(self, a[0], a[1]); return Py.None; });
        BuiltinDunders.Method(t, "__delitem__", 1, (self, a) => Dicts.Delete(self, a[0]) ? Py.None : throw Errors.KeyError(a[0]));
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Dicts.ContainsKey(self, a[0])));
        BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Iterators.NewDictIter(self, DictViews.Keys));
        BuiltinDunders.Method(t, "__reversed__", 0, (self, _) => DictViews.ReversedIter(self, DictViews.Keys));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(ReprWriter.Of(self)));
        BuiltinDunders.Method(t, "__or__", 1, (self, a) => Or(self, a[0], reflected: false));
        BuiltinDunders.Method(t, "__ror__", 1, (self, a) => Or(self, a[0], reflected: true));
        BuiltinDunders.Method(t, "__ior__", 1, (self, a) => { UpdateFrom(self, a[0]); return self; });
        BuiltinDunders.DefineCompare(t, Dicts.IsDict, Compare);
    }
}
