// operator.itemgetter, attrgetter and methodcaller: callable objects with their own
// immutable layouts (TypeId.OpItemGetter ..; fields Off.GetterA..GetterC), since sort keys
// and map() call them once per element. Layouts:
//   itemgetter    [A tuple of items]
//   attrgetter    [A tuple of the names as given][B tuple of dotted paths, each a tuple of str]
//   methodcaller  [A name][B tuple of positional arguments][C dict of keyword arguments]
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static partial class OperatorModule
{
    private static Value NewGetter(TypeId layout, Value a, Value b = default, Value c = default)
    {
        long obj = Collector.Allocate((uint)layout, Off.GetterSize);
        Mem.StoreValue(obj, Off.GetterA, a);
        Mem.StoreValue(obj, Off.GetterB, b);
        Mem.StoreValue(obj, Off.GetterC, c);
        return Value.FromRef(obj);
    }

    private static Value Field(Value obj, int offset) => Mem.LoadValue(obj.Ref, offset);

    private static void SetupGetters()
    {
        var item = FixedLayoutClasses.Create(_dict, "operator", "itemgetter", TypeId.OpItemGetter, NewItemGetter);
        var attr = FixedLayoutClasses.Create(_dict, "operator", "attrgetter", TypeId.OpAttrGetter, NewAttrGetter);
        var method = FixedLayoutClasses.Create(_dict, "operator", "methodcaller", TypeId.OpMethodCaller, NewMethodCaller);
        BuiltinDunders.MethodKw(item, "__call__", (self, args, _, kwNames) =>
        {
            CallArgs("itemgetter", args, kwNames);
            return CallItemGetter(self, args[0]);
        });
        BuiltinDunders.MethodKw(attr, "__call__", (self, args, _, kwNames) =>
        {
            CallArgs("attrgetter", args, kwNames);
            return CallAttrGetter(self, args[0]);
        });
        BuiltinDunders.MethodKw(method, "__call__", (self, args, _, kwNames) =>
        {
            CallArgs("methodcaller", args, kwNames);
            return CallMethodCaller(self, args[0]);
        });
        BuiltinDunders.Method(item, "__repr__", 0, (self, _) => Strs.New($"operator.itemgetter({JoinReprs(Field(self, Off.GetterA))})"));
        BuiltinDunders.Method(attr, "__repr__", 0, (self, _) => Strs.New($"operator.attrgetter({JoinReprs(Field(self, Off.GetterA))})"));
        BuiltinDunders.Method(method, "__repr__", 0, (self, _) => MethodCallerRepr(self));
    }

    /// The single positional argument of a getter call.
    private static void CallArgs(string name, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"{name} expected 1 argument, got {args.Length}");
    }

    /// "repr(t[0]), repr(t[1]), ..." (reprs may run guest code: the tuple is rooted).
    private static string JoinReprs(Value tuple)
    {
        using var rs = new RootScope();
        int ht = rs.Add(tuple);
        var sb = new StringBuilder();
        for (int i = 0; i < Tuples.Length(rs[ht]); i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.ReprOf(Tuples.Item(rs[ht], i)));
        }
        return sb.ToString();
    }

    // ---- itemgetter ----

    private static Value NewItemGetter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("itemgetter() takes no keyword arguments");
        if (args.Length == 0) throw Errors.TypeError("itemgetter expected 1 argument, got 0");
        return NewGetter(TypeId.OpItemGetter, Tuples.New(args));
    }

    private static Value CallItemGetter(Value self, Value obj)
    {
        Value items = Field(self, Off.GetterA);
        int n = Tuples.Length(items);
        if (n == 1) return Ops.GetItem(obj, Tuples.Item(items, 0));
        using var rs = new RootScope();
        int hs = rs.Add(self), ho = rs.Add(obj);
        int hr = rs.Add(Tuples.Uninitialized(n));
        for (int i = 0; i < n; i++)
        {
            Value v = Ops.GetItem(rs[ho], Tuples.Item(Field(rs[hs], Off.GetterA), i));
            Tuples.Items(rs[hr])[i] = v;
        }
        return rs[hr];
    }

    // ---- attrgetter ----

    private static Value NewAttrGetter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("attrgetter() takes no keyword arguments");
        if (args.Length == 0) throw Errors.TypeError("attrgetter expected 1 argument, got 0");
        foreach (var a in args)
            if (!Strs.IsStr(a)) throw Errors.TypeError("attribute name must be a string");
        using var rs = new RootScope();
        int hn = rs.Add(Tuples.New(args));
        int hp = rs.Add(Tuples.Uninitialized(args.Length));
        for (int i = 0; i < args.Length; i++)
        {
            string[] parts = Strs.ToNet(args[i]).Split('.');
            Value path = Tuples.Uninitialized(parts.Length);
            for (int j = 0; j < parts.Length; j++) Tuples.Items(path)[j] = Strs.Intern(parts[j]);
            Tuples.Items(rs[hp])[i] = path;
        }
        return NewGetter(TypeId.OpAttrGetter, rs[hn], rs[hp]);
    }

    private static Value CallAttrGetter(Value self, Value obj)
    {
        Value paths = Field(self, Off.GetterB);
        int n = Tuples.Length(paths);
        if (n == 1) return FollowPath(Tuples.Item(paths, 0), obj);
        using var rs = new RootScope();
        int hs = rs.Add(self), ho = rs.Add(obj);
        int hr = rs.Add(Tuples.Uninitialized(n));
        for (int i = 0; i < n; i++)
        {
            Value v = FollowPath(Tuples.Item(Field(rs[hs], Off.GetterB), i), rs[ho]);
            Tuples.Items(rs[hr])[i] = v;
        }
        return rs[hr];
    }

    /// obj.a.b.c for the path ("a", "b", "c").
    private static Value FollowPath(Value path, Value obj)
    {
        using var rs = new RootScope();
        int hp = rs.Add(path);
        for (int i = 0; i < Tuples.Length(rs[hp]); i++)
            obj = Ops.GetAttr(obj, Strs.ToNet(Tuples.Item(rs[hp], i)));
        return obj;
    }

    // ---- methodcaller ----

    private static Value NewMethodCaller(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0) throw Errors.TypeError("methodcaller needs at least one argument, the method name");
        if (!Strs.IsStr(args[0])) throw Errors.TypeError("method name must be a string");
        using var rs = new RootScope();
        int hk = rs.Add(Dicts.New());
        for (int i = 0; i < (kwNames?.Length ?? 0); i++) Dicts.SetStr(rs[hk], kwNames![i], kwValues[i]);
        Value positional = Tuples.New(args[1..]);
        return NewGetter(TypeId.OpMethodCaller, args[0], positional, rs[hk]);
    }

    private static Value CallMethodCaller(Value self, Value obj)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        Value method = Ops.GetAttr(obj, Strs.ToNet(Field(self, Off.GetterA)));
        self = rs[hs];
        Value kwargs = Field(self, Off.GetterC);
        int nk = Dicts.Count(kwargs);
        if (nk == 0) return Ops.Call(method, Tuples.Items(Field(self, Off.GetterB)));
        int hm = rs.Add(method);
        Value args = Field(self, Off.GetterB);
        int np = Tuples.Length(args);
        // positional then keyword values in one tuple, so that one span holds them all
        int ha = rs.Add(Tuples.Uninitialized(np + nk));
        Tuples.Items(args).CopyTo(Tuples.Items(rs[ha]));
        var names = new string[nk];
        int pos = 0, k = 0;
        while (Dicts.Next(kwargs, ref pos, out Value key, out Value value))
        {
            names[k] = Strs.ToNet(key);
            Tuples.Items(rs[ha])[np + k++] = value;
        }
        var all = Tuples.Items(rs[ha]);
        return Ops.Call(rs[hm], all[..np], all[np..], names);
    }

    private static Value MethodCallerRepr(Value self)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        var sb = new StringBuilder("operator.methodcaller(");
        sb.Append(Ops.ReprOf(Field(self, Off.GetterA)));
        Value args = Field(rs[hs], Off.GetterB);
        if (Tuples.Length(args) > 0) sb.Append(", ").Append(JoinReprs(args));
        int pos = 0;
        while (Dicts.Next(Field(rs[hs], Off.GetterC), ref pos, out Value key, out Value value))
            sb.Append(", ").Append(Strs.ToNet(key)).Append('=').Append(Ops.ReprOf(value));
        return Strs.New(sb.Append(')').ToString());
    }
}
