// str's constructor and methods (CPython 3.11's set), with its argument checks and
// messages. Searching, indexing and joining work on the raw data (StrOps); the text
// transformations go through .NET strings (TextOps, StrCaseMethods.cs for case and
// character predicates).
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class StrMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Define()
    {
        var t = BuiltinTypes.Str;
        t.Constructor = Construct;
        BuiltinDunders.DefineCompare(t, Strs.IsStr, (a, b, op) => Py.Bool(FloatArith.Holds(Strs.Compare(a, b), op)));
        BuiltinDunders.Method(t, "__hash__", 0, (self, _) => Ints.New(Strs.Hash(self)));
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(StrRepr.Of(self)));
        BuiltinDunders.Method(t, "__str__", 0, (self, _) => self);
        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Ints.New(Strs.Length(self)));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) => StrOps.GetItem(self, a[0]));
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(StrOps.Contains(self, InOperand(a[0]))));
        BuiltinDunders.Method(t, "__iter__", 0, (self, _) => Iterators.NewIter(TypeId.StrIter, 0, self));
        BuiltinDunders.Method(t, "__add__", 1, (self, a) => Strs.IsStr(a[0]) ? Strs.Concat(self, a[0]) : Py.NotImplemented);
        BuiltinDunders.Method(t, "__mul__", 1, (self, a) => Repeat(self, a[0]));
        BuiltinDunders.Method(t, "__rmul__", 1, (self, a) => Repeat(self, a[0]));
        BuiltinDunders.Method(t, "__mod__", 1, (self, a) => PercentFormat.FormatStr(self, a[0]));
        BuiltinDunders.Method(t, "__format__", 1, (self, a) => Formatting.FormatBuiltin(self, IntMethods.StrArg("format", a[0])));
        DefineSearch(t);
        DefineSplitJoin(t);
        DefineLayout(t);
        BuiltinDunders.MethodKw(t, "format", (self, a, kv, kn) => Strs.New(StrFormat.Format(Strs.ToNet(self), a, kv, kn, Value.Null)));
        BuiltinDunders.Method(t, "format_map", 1, (self, a) => Strs.New(StrFormat.Format(Strs.ToNet(self), [], default, null, a[0])));
        BuiltinDunders.MethodKw(t, "encode", (self, a, kv, kn) => Codecs.Encode(self, a, kv, kn));
    }

    private static Value Repeat(Value self, Value count)
    {
        if (!Ints.IsInt(count) && Ops.LookupSpecial(Ops.TypeOf(count), "__index__").IsNull) return Py.NotImplemented;
        return SequenceOps.Repeat(self, Ops.Index(count));
    }

    private static Value InOperand(Value v)
        => Strs.IsStr(v) ? v : throw Errors.TypeError($"'in <string>' requires string as left operand, not {Ops.TypeName(v)}");

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("str", kwNames, "object", "encoding", "errors");
        Value obj = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "object");
        bool decoding = args.Length > 1 || !Args.Keyword(kwValues, kwNames, "encoding").IsNull || !Args.Keyword(kwValues, kwNames, "errors").IsNull;
        if (args.Length > 3) throw Errors.TypeError($"str() takes at most 3 arguments ({args.Length} given)");
        if (obj.IsNull) return Strs.New("");
        if (!decoding) return Ops.Str(obj);
        return Codecs.Decode(obj, args.Length > 1 ? args[1..] : [], kwValues, kwNames, "str");
    }

    // ---- argument helpers ----

    internal static string Self(Value v) => Strs.ToNet(v);

    /// A str argument or TypeError "must be str, not int". With fname the message is
    /// CPython's argument clinic's, which names None as "None".
    internal static Value Sub(Value v, string? fname = null)
    {
        if (Strs.IsStr(v)) return v;
        if (fname == null) throw Errors.TypeError($"must be str, not {Ops.TypeName(v)}");
        throw Errors.TypeError($"{fname} must be str, not {(Py.IsNone(v) ? "None" : Ops.TypeName(v))}");
    }

    /// Optional start/end arguments (None = default) adjusted as slice bounds.
    internal static (int Start, int End) Bounds(ReadOnlySpan<Value> a, int first, int length)
    {
        long start = first < a.Length && !Py.IsNone(a[first]) ? Ops.IndexAsLong(a[first]) : 0;
        long end = first + 1 < a.Length && !Py.IsNone(a[first + 1]) ? Ops.IndexAsLong(a[first + 1]) : length;
        if (start < 0) start = Math.Max(0, start + length);
        if (end < 0) end = Math.Max(0, end + length);
        return ((int)Math.Min(start, length + 1L), (int)Math.Min(end, length));
    }

    private static void DefineSearch(PyType t)
    {
        BuiltinDunders.MethodRange(t, "find", 1, 3, (self, a) => Ints.New(Find(self, a, reverse: false)));
        BuiltinDunders.MethodRange(t, "rfind", 1, 3, (self, a) => Ints.New(Find(self, a, reverse: true)));
        BuiltinDunders.MethodRange(t, "index", 1, 3, (self, a) => Ints.New(Found(Find(self, a, reverse: false))));
        BuiltinDunders.MethodRange(t, "rindex", 1, 3, (self, a) => Ints.New(Found(Find(self, a, reverse: true))));
        BuiltinDunders.MethodRange(t, "count", 1, 3, (self, a) =>
        {
            Value sub = Sub(a[0]);
            var (s, e) = Bounds(a, 1, Strs.Length(self));
            return Ints.New(s > Strs.Length(self) ? 0 : StrOps.Count(self, sub, s, Math.Max(s, e)));
        });
        BuiltinDunders.MethodRange(t, "startswith", 1, 3, (self, a) => Py.Bool(Affix(self, a, "startswith", suffix: false)));
        BuiltinDunders.MethodRange(t, "endswith", 1, 3, (self, a) => Py.Bool(Affix(self, a, "endswith", suffix: true)));
        BuiltinDunders.MethodRange(t, "replace", 2, 3, (self, a) => StrOps.Replace(self, Sub(a[0], "replace() argument 1"),
            Sub(a[1], "replace() argument 2"), a.Length > 2 ? Ops.IndexAsLong(a[2]) : -1));
        BuiltinDunders.Method(t, "removeprefix", 1, (self, a) =>
        {
            Value p = Sub(a[0], "removeprefix() argument");
            return StrOps.MatchAt(self, p, 0) ? StrOps.Substring(self, Strs.Length(p), Strs.Length(self) - Strs.Length(p)) : self;
        });
        BuiltinDunders.Method(t, "removesuffix", 1, (self, a) =>
        {
            Value p = Sub(a[0], "removesuffix() argument");
            int n = Strs.Length(self), m = Strs.Length(p);
            return m > 0 && StrOps.MatchAt(self, p, n - m) ? StrOps.Substring(self, 0, n - m) : self;
        });
    }

    private static int Found(int i) => i >= 0 ? i : throw Errors.ValueError("substring not found");

    private static int Find(Value self, ReadOnlySpan<Value> a, bool reverse)
    {
        Value sub = Sub(a[0]);
        int n = Strs.Length(self);
        var (s, e) = Bounds(a, 1, n);
        if (s > n) return -1;
        if (e < s) return -1;
        return reverse ? StrOps.RFind(self, sub, s, e) : StrOps.Find(self, sub, s, e);
    }

    private static bool Affix(Value self, ReadOnlySpan<Value> a, string fname, bool suffix)
    {
        int n = Strs.Length(self);
        var (s, e) = Bounds(a, 1, n);
        Value p = a[0];
        if (Tuples.IsTuple(p))
        {
            foreach (Value item in Tuples.Items(p))
            {
                if (!Strs.IsStr(item)) throw Errors.TypeError($"tuple for {fname} must only contain str, not {Ops.TypeName(item)}");
                if (AffixOne(self, item, s, e, suffix)) return true;
            }
            return false;
        }
        if (!Strs.IsStr(p)) throw Errors.TypeError($"{fname} first arg must be str or a tuple of str, not {Ops.TypeName(p)}");
        return AffixOne(self, p, s, e, suffix);
    }

    private static bool AffixOne(Value self, Value p, int s, int e, bool suffix)
    {
        int m = Strs.Length(p);
        if (s > Strs.Length(self) || e - s < m) return false;
        return StrOps.MatchAt(self, p, suffix ? e - m : s);
    }

    private static void DefineSplitJoin(PyType t)
    {
        BuiltinDunders.MethodKw(t, "split", (self, a, kv, kn) => SplitCall(self, a, kv, kn, "split", reverse: false));
        BuiltinDunders.MethodKw(t, "rsplit", (self, a, kv, kn) => SplitCall(self, a, kv, kn, "rsplit", reverse: true));
        BuiltinDunders.MethodKw(t, "splitlines", (self, a, kv, kn) =>
        {
            Args.OnlyKeywords("splitlines", kn, "keepends");
            Value keep = a.Length > 0 ? a[0] : Args.Keyword(kv, kn, "keepends");
            bool keepends = false;
            if (!keep.IsNull)
            {
                // keepends' __bool__ may run guest code (and a collection): keep self rooted.
                using var rs = new RootScope();
                int hs = rs.Add(self);
                keepends = Ops.Truth(keep);
                self = rs[hs];
            }
            if (!Strs.IsWide(self)) return StrSplit.SplitLines(self, keepends);
            return StrList(TextOps.SplitLines(Self(self), keepends, bytes: false));
        });
        BuiltinDunders.Method(t, "join", 1, (self, a) => Join(self, a[0]));
        BuiltinDunders.Method(t, "partition", 1, (self, a) => Partition(self, a[0], fromRight: false));
        BuiltinDunders.Method(t, "rpartition", 1, (self, a) => Partition(self, a[0], fromRight: true));
        BuiltinDunders.MethodRange(t, "strip", 0, 1, (self, a) => Strip(self, a, true, true, "strip"));
        BuiltinDunders.MethodRange(t, "lstrip", 0, 1, (self, a) => Strip(self, a, true, false, "lstrip"));
        BuiltinDunders.MethodRange(t, "rstrip", 0, 1, (self, a) => Strip(self, a, false, true, "rstrip"));
    }

    private static Value SplitCall(Value self, ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn, string fname, bool reverse)
    {
        Args.OnlyKeywords(fname, kn, "sep", "maxsplit");
        if (a.Length > 2) throw Errors.TypeError($"{fname}() takes at most 2 arguments ({a.Length} given)");
        Value sepV = a.Length > 0 ? a[0] : Args.Keyword(kv, kn, "sep");
        Value maxV = a.Length > 1 ? a[1] : Args.Keyword(kv, kn, "maxsplit");
        long max = -1;
        if (!maxV.IsNull)
        {
            // maxsplit's __index__ may run guest code (and a collection): keep self and sep rooted.
            using var rs = new RootScope();
            int hs = rs.Add(self), hp = rs.Add(sepV);
            max = Ops.IndexAsLong(maxV);
            self = rs[hs];
            sepV = rs[hp];
        }
        Value sep = sepV.IsNull || Py.IsNone(sepV) ? Value.Null
            : Strs.IsStr(sepV) ? sepV : throw Errors.TypeError($"must be str or None, not {Ops.TypeName(sepV)}");
        if (StrSplit.Applies(self, sep)) return reverse ? StrSplit.RSplit(self, sep, max) : StrSplit.Split(self, sep, max);
        string s = Self(self);
        string? sepText = sep.IsNull ? null : Strs.ToNet(sep);
        return StrList(reverse ? TextOps.RSplit(s, sepText, max, TextOps.StrSpace) : TextOps.Split(s, sepText, max, TextOps.StrSpace));
    }

    internal static Value StrList(List<string> parts)
    {
        var list = Lists.New(parts.Count);
        foreach (var p in parts) Lists.Append(list, Strs.New(p));
        return list;
    }

    private static Value Join(Value self, Value iterable)
    {
        if (Lists.IsList(iterable) && Ops.TypeOf(iterable) == BuiltinTypes.List) return StrOps.Join(self, Lists.Items(iterable));
        if (Tuples.IsTuple(iterable)) return StrOps.Join(self, Tuples.Items(iterable));
        Value items = Lists.New();
        using (var rs = new RootScope())
        {
            int hl = rs.Add(items), hit = rs.Add(IterForJoin(iterable));
            for (Value x = Ops.Next(rs[hit]); !x.IsNull; x = Ops.Next(rs[hit])) Lists.Append(rs[hl], x);
            items = rs[hl];
        }
        return StrOps.Join(self, Lists.Items(items));
    }

    /// iter(x), with str.join's TypeError "can only join an iterable" (as PySequence_Fast words it).
    private static Value IterForJoin(Value x)
    {
        try { return Ops.GetIter(x); }
        catch (PyException e) when (e.Type == BuiltinTypes.TypeError) { throw Errors.TypeError("can only join an iterable"); }
    }

    private static Value Partition(Value self, Value sep, bool fromRight)
    {
        var (a, b, c) = TextOps.Partition(Self(self), Strs.ToNet(Sub(sep)), fromRight);
        return Tuples.New([Strs.New(a), Strs.New(b), Strs.New(c)]);
    }

    private static Value Strip(Value self, ReadOnlySpan<Value> a, bool left, bool right, string fname)
    {
        Value charsArg = a.Length > 0 ? a[0] : Value.Null;
        if (!charsArg.IsNull && !Py.IsNone(charsArg) && !Strs.IsStr(charsArg))
            throw Errors.TypeError($"{fname} arg must be None or str");
        if (StrSplit.Applies(self, charsArg)) return StrSplit.Strip(self, charsArg, left, right);
        string? chars = charsArg.IsNull || Py.IsNone(charsArg) ? null : Strs.ToNet(charsArg);
        string s = Self(self);
        string r = TextOps.Strip(s, chars, left, right, TextOps.StrSpace);
        return r.Length == s.Length ? self : Strs.New(r);
    }

    private static void DefineLayout(PyType t)
    {
        BuiltinDunders.MethodRange(t, "center", 1, 2, (self, a) => Justify(self, a, '^', "center"));
        BuiltinDunders.MethodRange(t, "ljust", 1, 2, (self, a) => Justify(self, a, '<', "ljust"));
        BuiltinDunders.MethodRange(t, "rjust", 1, 2, (self, a) => Justify(self, a, '>', "rjust"));
        BuiltinDunders.Method(t, "zfill", 1, (self, a) => Strs.New(TextOps.ZFill(Self(self), Strs.Length(self), Sizes.AsSsize(a[0]))));
        BuiltinDunders.MethodKw(t, "expandtabs", (self, a, kv, kn) =>
        {
            Args.OnlyKeywords("expandtabs", kn, "tabsize");
            Value size = a.Length > 0 ? a[0] : Args.Keyword(kv, kn, "tabsize");
            return Strs.New(TextOps.ExpandTabs(Self(self), size.IsNull ? 8 : Sizes.AsCInt(size)));
        });
    }

    private static Value Justify(Value self, ReadOnlySpan<Value> a, char align, string fname)
    {
        // The width's __index__ may run guest code (and a collection): keep self rooted.
        using var rs = new RootScope();
        int hs = rs.Add(self);
        long width = Sizes.AsSsize(a[0]);
        self = rs[hs];
        string fill = " ";
        if (a.Length > 1)
        {
            if (!Strs.IsStr(a[1])) throw Errors.TypeError($"{fname}() argument 2 must be str, not {Ops.TypeName(a[1])}");
            if (Strs.Length(a[1]) != 1) throw Errors.TypeError("The fill character must be exactly one character long");
            fill = Strs.ToNet(a[1]);
        }
        int n = Strs.Length(self);
        return width <= n ? self : Strs.New(TextOps.Justify(Self(self), n, width, fill, align));
    }
}
