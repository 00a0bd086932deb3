// The methods of collections.deque with CPython 3.11's argument checks and messages:
// construction (__new__/__init__ with maxlen), the end operations, extend/extendleft,
// rotate, indexing, search (count/index/remove/in: RuntimeError when the deque changes
// under a guest __eq__), +, *, comparisons, repr. Storage is in Deques.cs.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static class DequeMethods
{
    public static void Define(PyType t)
    {
        var newInfo = Natives.Register("__new__", "deque.__new__", (args, _, _) =>
        {
            if (args.Length == 0 || !TypeObjects.IsType(args[0])) throw Errors.TypeError("deque.__new__(X): X is not a type object");
            var cls = PyType.FromRef(args[0]);
            if (!cls.IsSubtypeOf(t)) throw Errors.TypeError($"deque.__new__({cls.Name}): {cls.Name} is not a subtype of deque");
            return Deques.New(cls);
        }, isMethod: false);
        TypeObjects.SetTypeAttr(t, "__new__", Descriptors.NewStaticMethod(Natives.NewFunction(newInfo)));
        t.Constructor = (args, kwValues, kwNames) =>
        {
            using var rs = new RootScope();
            int hd = rs.Add(Deques.New(t));
            Init(rs[hd], args, kwValues, kwNames);
            return rs[hd];
        };
        BuiltinDunders.MethodKw(t, "__init__", (self, args, kwValues, kwNames) =>
        {
            Init(self, args, kwValues, kwNames);
            return Py.None;
        });

        BuiltinDunders.Method(t, "append", 1, (self, a) => { Deques.Append(self, a[0]); return Py.None; });
        BuiltinDunders.Method(t, "appendleft", 1, (self, a) => { Deques.AppendLeft(self, a[0]); return Py.None; });
        BuiltinDunders.Method(t, "pop", 0, (self, _) => Deques.Count(self) == 0 ? throw EmptyPop() : Deques.PopRight(self));
        BuiltinDunders.Method(t, "popleft", 0, (self, _) => Deques.Count(self) == 0 ? throw EmptyPop() : Deques.PopLeft(self));
        BuiltinDunders.Method(t, "extend", 1, (self, a) => { Extend(self, a[0], left: false); return Py.None; });
        BuiltinDunders.Method(t, "extendleft", 1, (self, a) => { Extend(self, a[0], left: true); return Py.None; });
        BuiltinDunders.Method(t, "clear", 0, (self, _) => { Deques.Clear(self); return Py.None; });
        BuiltinDunders.Method(t, "copy", 0, (self, _) => Copy(self));
        BuiltinDunders.Method(t, "__copy__", 0, (self, _) => Copy(self));
        BuiltinDunders.Method(t, "__reduce__", 0, (self, _) => Reduce(self));
        BuiltinDunders.Method(t, "reverse", 0, (self, _) => { Deques.Reverse(self); return Py.None; });
        BuiltinDunders.MethodKw(t, "rotate", (self, args, _, kwNames) =>
        {
            if (kwNames is { Length: > 0 }) throw Errors.TypeError("deque.rotate() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"deque.rotate expected at most 1 argument, got {args.Length}");
            using var rs = new RootScope();
            int hd = rs.Add(self);
            long n = args.Length == 0 ? 1 : Ops.IndexAsLong(args[0]);
            Deques.Rotate(rs[hd], n);
            return Py.None;
        });
        BuiltinDunders.Method(t, "count", 1, (self, a) => Ints.New(Search(self, a[0], 0, long.MaxValue, countAll: true)));
        BuiltinDunders.MethodKw(t, "index", Index);
        BuiltinDunders.MethodKw(t, "insert", Insert);
        BuiltinDunders.Method(t, "remove", 1, Remove);
        NativeProperties.Define(t, "maxlen", self => Deques.MaxLen(self) is var m && m < 0 ? Py.None : Ints.New(m));

        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Value.FromSmallInt(Deques.Count(self)));
        BuiltinDunders.Method(t, "__bool__", 0, (self, _) => Py.Bool(Deques.Count(self) != 0));
        BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Deques.NewIter(self, reversed: false));
        BuiltinDunders.Method(t, "__reversed__", 0, (self, _) => Deques.NewIter(self, reversed: true));
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Search(self, a[0], 0, long.MaxValue, countAll: false) >= 0));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) =>
        {
            long i = Position(ref self, a[0]);
            return Deques.Item(self, i);
        });
        BuiltinDunders.Method(t, "__setitem__", 2, (self, a) =>
        {
            long i = Position(ref self, a[0]);
            Deques.SetItem(self, i, a[1]);
            return Py.None;
        });
        BuiltinDunders.Method(t, "__delitem__", 1, (self, a) =>
        {
            long i = Position(ref self, a[0]);
            Deques.DeleteAt(self, i);
            return Py.None;
        });
        BuiltinDunders.Method(t, "__add__", 1, Add);
        BuiltinDunders.Method(t, "__mul__", 1, (self, a) => Multiply(Copy(self), a[0]));
        BuiltinDunders.Method(t, "__rmul__", 1, (self, a) => Multiply(Copy(self), a[0]));
        BuiltinDunders.Method(t, "__iadd__", 1, (self, a) =>
        {
            using var rs = new RootScope();
            int hd = rs.Add(self);
            Extend(self, a[0], left: false);
            return rs[hd];
        });
        BuiltinDunders.Method(t, "__imul__", 1, (self, a) => Multiply(self, a[0]));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(ReprWriter.Of(self)));
        BuiltinDunders.DefineCompare(t, other => Ops.IsInstance(other, t), Compare);
        TypeObjects.SetTypeAttr(t, "__hash__", Py.None);
    }

    private static PyException EmptyPop() => Errors.IndexError("pop from an empty deque");

    /// deque(iterable=(), maxlen=None) / d.__init__(...): sets maxlen, empties, extends.
    private static void Init(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        int total = args.Length + (kwNames?.Length ?? 0);
        if (total > 2) throw Errors.TypeError($"deque() takes at most 2 arguments ({total} given)");
        Args.OnlyKeywords("deque", kwNames, "iterable", "maxlen");
        Value iterable = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "iterable");
        Value maxlenArg = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "maxlen");
        if (args.Length > 0 && !Args.Keyword(kwValues, kwNames, "iterable").IsNull)
            throw Errors.TypeError("argument for deque() given by name ('iterable') and position (1)");
        long maxlen = -1;
        if (!maxlenArg.IsNull && !Py.IsNone(maxlenArg))
        {
            if (!Ints.IsInt(maxlenArg)) throw Errors.TypeError("an integer is required");
            if (!Ints.TryGetLong(maxlenArg, out maxlen)) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
            if (maxlen < 0) throw Errors.ValueError("maxlen must be non-negative");
        }
        Deques.SetMaxLen(self, maxlen);
        if (Deques.Count(self) > 0) Deques.Clear(self);
        if (!iterable.IsNull) Extend(self, iterable, left: false);
    }

    /// extend/extendleft: item by item (a bounded deque trims as it goes); a deque extended
    /// by itself iterates over a copy.
    private static void Extend(Value self, Value iterable, bool left)
    {
        using var rs = new RootScope();
        int hd = rs.Add(self);
        if (iterable == self) iterable = Tuples.New(Deques.ToArray(self));
        int hit = rs.Add(Ops.GetIter(iterable));
        if (Deques.MaxLen(rs[hd]) == 0)
        {
            while (!Ops.Next(rs[hit]).IsNull) { }
            return;
        }
        while (true)
        {
            Value item = Ops.Next(rs[hit]);
            if (item.IsNull) return;
            if (left) Deques.AppendLeft(rs[hd], item);
            else Deques.Append(rs[hd], item);
        }
    }

    /// d.copy(): the same class and maxlen (a subclass is called as type(d)(d[, maxlen])).
    /// (type(d), () or ((), maxlen), d.__dict__ or None, iter(d)), as CPython 3.11 (copy and
    /// deepcopy rebuild a deque from it).
    private static Value Reduce(Value self)
    {
        using var rs = new RootScope();
        int hs = rs.Add(self);
        long maxlen = Deques.MaxLen(self);
        int hargs = rs.Add(maxlen < 0 ? Tuples.New([]) : Tuples.New([Tuples.New([]), Ints.New(maxlen)]));
        Value dict = Ops.GetAttrOrNull(rs[hs], "__dict__");
        int hstate = rs.Add(dict.IsNull ? Py.None : dict);
        Value it = Ops.GetIter(rs[hs]);
        return Tuples.New([Ops.ClassOf(rs[hs]), rs[hargs], rs[hstate], it]);
    }

    private static Value Copy(Value self)
    {
        var type = Ops.TypeOf(self);
        long maxlen = Deques.MaxLen(self);
        if (type == Deques.Type)
        {
            Value[] items = Deques.ToArray(self);
            Value copy = Deques.New(type, maxlen);
            Deques.Fill(copy, items);
            return copy;
        }
        return maxlen < 0 ? Ops.Call(type.Ref, [self]) : Ops.Call(type.Ref, [self, Ints.New(maxlen)]);
    }

    /// A subscript as a position in [0, count): IndexError "deque index out of range".
    private static long Position(ref Value self, Value key)
    {
        if (!Ints.IsInt(key) && Ops.LookupSpecial(Ops.TypeOf(key), "__index__").IsNull)
            throw Errors.TypeError($"sequence index must be integer, not '{Ops.TypeName(key)}'");
        long i = Ops.ItemIndex(ref self, key, "deque");
        int n = Deques.Count(self);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.IndexError("deque index out of range");
        return i;
    }

    /// The first position in [start, stop) holding an item == value (-1 if none), or with
    /// countAll the number of such items. Guest __eq__ may run: a change of the deque
    /// meanwhile is a RuntimeError, as in CPython.
    private static long Search(Value self, Value value, long start, long stop, bool countAll)
    {
        using var rs = new RootScope();
        int hd = rs.Add(self), hv = rs.Add(value);
        long state = Deques.State(self), found = 0;
        stop = Math.Min(stop, Deques.Count(self));
        for (long i = start; i < stop; i++)
        {
            bool eq = Ops.Eq(Deques.Item(rs[hd], i), rs[hv]);
            if (Deques.State(rs[hd]) != state) throw Errors.RuntimeError("deque mutated during iteration");
            if (!eq) continue;
            if (!countAll) return i;
            found++;
        }
        return countAll ? found : -1;
    }

    private static Value Index(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("index() takes no keyword arguments");
        if (args.Length < 1) throw Errors.TypeError($"index() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 3) throw Errors.TypeError($"index() takes at most 3 arguments ({args.Length} given)");
        using var rs = new RootScope();
        int hd = rs.Add(self);
        long start = Sequences.IndexArg(args, 1, 0), stop = Sequences.IndexArg(args, 2, long.MaxValue / 2);
        self = rs[hd];
        long n = Deques.Count(self);
        if (start < 0) start = Math.Max(0, start + n);
        if (stop < 0) stop = Math.Max(0, stop + n);
        long i = Search(self, args[0], start, stop, countAll: false);
        if (i < 0) throw Errors.ValueError($"{Ops.ReprOf(args[0])} is not in deque");
        return Ints.New(i);
    }

    private static Value Insert(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError("insert() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"insert() takes exactly 2 arguments ({args.Length} given)");
        using var rs = new RootScope();
        int hd = rs.Add(self);
        long i = Ops.IndexAsLong(args[0]);
        self = rs[hd];
        int n = Deques.Count(self);
        if (Deques.MaxLen(self) == n) throw Errors.IndexError("deque already at its maximum size");
        if (i < 0) i = Math.Max(0, i + n);
        Deques.InsertAt(self, Math.Min(i, n), args[1]);
        return Py.None;
    }

    private static Value Remove(Value self, ReadOnlySpan<Value> args)
    {
        using var rs = new RootScope();
        int hd = rs.Add(self), hv = rs.Add(args[0]);
        long state = Deques.State(self);
        int n = Deques.Count(self);
        for (long i = 0; i < n; i++)
        {
            bool eq = Ops.Eq(Deques.Item(rs[hd], i), rs[hv]);
            if (Deques.State(rs[hd]) != state) throw Errors.IndexError("deque mutated during iteration");
            if (!eq) continue;
            Deques.DeleteAt(rs[hd], i);
            return Py.None;
        }
        throw Errors.ValueError($"{Ops.ReprOf(rs[hv])} is not in deque");
    }

    private static Value Add(Value self, ReadOnlySpan<Value> args)
    {
        if (!Ops.IsInstance(args[0], Deques.Type))
            throw Errors.TypeError($"can only concatenate deque (not \"{Ops.TypeName(args[0])}\") to deque");
        using var rs = new RootScope();
        int ho = rs.Add(args[0]);
        int hc = rs.Add(Copy(self));
        Extend(rs[hc], rs[ho], left: false);
        return rs[hc];
    }

    /// d *= n in place (also the second half of d * n on a copy): the repetition's last
    /// maxlen items for a bounded deque.
    private static Value Multiply(Value d, Value count)
    {
        if (!Ints.IsInt(count) && Ops.LookupSpecial(Ops.TypeOf(count), "__index__").IsNull)
            throw Errors.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(count)}'");
        using var rs = new RootScope();
        int hd = rs.Add(d);
        long times = Ops.IndexAsLong(count);
        d = rs[hd];
        int n = Deques.Count(d);
        if (times <= 0) { if (n > 0) Deques.Clear(d); return d; }
        if (times == 1 || n == 0) return d;
        long total = n * times, maxlen = Deques.MaxLen(d);
        long keep = maxlen >= 0 ? Math.Min(total, maxlen) : total;
        if (keep > Array.MaxLength) throw Errors.MemoryError();
        Value[] items = Deques.ToArray(d), result = new Value[keep];
        for (long j = 0, k = total - keep; j < keep; j++, k++) result[j] = items[k % n];
        Deques.Fill(d, result);
        return d;
    }

    /// deque_repr, into the writer of the whole repr() call (see ReprWriter): the class name
    /// and the repr of a list of the items.
    public static void WriteRepr(System.Text.StringBuilder sb, Value self)
    {
        if (!ReprGuard.Enter(self))
        {
            sb.Append("[...]");
            return;
        }
        try
        {
            using var rs = new RootScope();
            int hd = rs.Add(self);
            sb.Append(Strs.ToNet(Mem.LoadValue(Ops.TypeOf(self).Ref.Ref, Off.TypeName))).Append('(');
            ReprWriter.Append(sb, Lists.FromSpan(Deques.ToArray(self)));
            long maxlen = Deques.MaxLen(rs[hd]);
            if (maxlen >= 0) sb.Append(", maxlen=").Append(maxlen.ToString(System.Globalization.CultureInfo.InvariantCulture));
            sb.Append(')');
        }
        finally { ReprGuard.Leave(); }
    }

    /// Lexicographic comparison of two deques (as tuples of their items).
    private static Value Compare(Value a, Value b, CompareOp op)
    {
        using var rs = new RootScope();
        int ha = rs.Add(Tuples.New(Deques.ToArray(a)));
        Value tb = Tuples.New(Deques.ToArray(b));
        return Sequences.Compare(rs[ha], tb, op);
    }
}
