// The native half of functools (module _functools; vm/lib/functools.py is the rest):
// reduce, and _make_key, the cache key of lru_cache's wrapper, which runs on every
// call of a cached function (so it is here, not in Python).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class FunctoolsModule
{
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("_functools");
        Value dict = Modules.DictOf(module);
        Natives.DefineFunction(dict, "_functools", "reduce", Reduce);
        Natives.DefineFunction(dict, "_functools", "_make_key", MakeKey);
        KwdMark = NativeClasses.NewOldInstance(BuiltinTypes.Object);
        Modules.RegisterNative("_functools", module);
    }

    /// reduce(function, iterable[, initial])
    private static Value Reduce(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("reduce", kwNames);
        ParseArgs.Positional("reduce", args, kwNames, 2, 3);
        using var rs = new RootScope();
        int hit;
        try
        {
            hit = rs.Add(Ops.GetIter(args[1]));
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.TypeError))
        {
            throw Errors.TypeError("reduce() arg 2 must support iteration");
        }
        int hr = rs.Add(args.Length == 3 ? args[2] : Value.Null);
        while (true)
        {
            Value item = Ops.Next(rs[hit]);
            if (item.IsNull) break;
            if (rs[hr].IsNull)
            {
                rs[hr] = item;
                continue;
            }
            rs[hr] = Ops.Call(args[0], [rs[hr], item]);
        }
        return rs[hr].IsNull ? throw Errors.TypeError("reduce() of empty iterable with no initial value") : rs[hr];
    }

    /// _make_key(args, kwds, typed): the single argument itself when it is an int or str
    /// (and there are no keywords and typed is false), else a tuple: the arguments, then a
    /// marker and the keyword items, then with typed the types of all values.
    private static Value MakeKey(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("_make_key", args, kwNames, 3);
        Value positional = args[0], kwds = args[1];
        bool typed = Ops.Truth(args[2]);
        int np = Tuples.Length(positional), nk = Dicts.Count(kwds);
        if (nk == 0 && !typed)
        {
            if (np == 1)
            {
                Value only = Tuples.Item(positional, 0);
                if (only.IsSmallInt || Ints.IsBig(only) || Strs.IsStr(only)) return only;
            }
            return positional;
        }
        int n = np + (nk > 0 ? 1 + 2 * nk : 0) + (typed ? np + nk : 0);
        Value key = Tuples.Uninitialized(n);
        var items = Tuples.Items(key);
        Tuples.Items(positional).CopyTo(items);
        int k = np;
        if (nk > 0)
        {
            items[k++] = KwdMark;
            int pos = 0;
            while (Dicts.Next(kwds, ref pos, out Value name, out Value value))
            {
                items[k++] = name;
                items[k++] = value;
            }
        }
        if (typed)
        {
            for (int i = 0; i < np; i++) items[k++] = Ops.TypeOf(items[i]).Ref;
            int pos = 0;
            while (Dicts.Next(kwds, ref pos, out _, out Value value)) items[k++] = Ops.TypeOf(value).Ref;
        }
        return key;
    }

    /// Separates positional arguments from keyword items in keys (an object nothing else equals).
    private static Value KwdMark;
}
