// bytes' constructor, methods and dunders, and bytearray's (basic) ones. The text-like
// methods work on the bytes as Latin-1 text (one char per byte) through TextOps, with
// ASCII-only whitespace and case; results are bytes of the receiver's kind.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BytesMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Define()
    {
        BuiltinTypes.Bytes.Constructor = (args, kv, kn) => BytesObjects.New(ConstructData("bytes", args, kv, kn));
        BuiltinTypes.ByteArray.Constructor = (args, kv, kn) => ByteArrays.New(ConstructData("bytearray", args, kv, kn));
        foreach (var t in new[] { BuiltinTypes.Bytes, BuiltinTypes.ByteArray }) DefineCommon(t);
        BuiltinDunders.Method(BuiltinTypes.Bytes, "__iter__", 0, (self, _) => Iterators.NewIter(TypeId.BytesIter, 0, self));
        var b = BuiltinTypes.Bytes;
        BuiltinDunders.Method(b, "__hash__", 0, (self, _) => Ints.New(BytesObjects.Hash(self)));
        BuiltinDunders.Method(b, "__repr__", 0, (self, _) => Strs.New(BytesObjects.Repr(BytesObjects.Data(self))));
        var ba = BuiltinTypes.ByteArray;
        foreach (var t in new[] { b, ba })
        {
            bool isBytes = t == b;
            NumberDunders.DefineClassMethod(t, "fromhex", (args, _, kn) =>
            {
                Args.Exactly("fromhex", args[1..], kn, 1);
                byte[] data = FromHex(Strs.ToNet(StrMethods.Sub(args[1], "fromhex() argument")));
                return isBytes ? BytesObjects.New(data) : ByteArrays.New(data);
            });
        }
        BuiltinDunders.Method(ba, "__repr__", 0, (self, _) => Strs.New(ByteArrays.Repr(self)));
        BuiltinDunders.Method(ba, "append", 1, (self, a) => { ByteArrays.Append(self, ByteValue(a[0])); return Py.None; });
        BuiltinDunders.Method(ba, "extend", 1, (self, a) => { ByteArrays.Extend(self, BytesFromObject(a[0])); return Py.None; });
        BuiltinDunders.Method(ba, "__setitem__", 2, (self, a) => { SetItem(self, a[0], a[1]); return Py.None; });
        BuiltinDunders.MethodRange(ba, "pop", 0, 1, (self, a) => Pop(self, a.Length > 0 ? Ops.IndexAsLong(a[0]) : -1));
        BuiltinDunders.Method(ba, "insert", 2, (self, a) =>
        {
            var data = ByteArrays.Data(self).ToArray().ToList();
            long i = Ops.IndexAsLong(a[0]);
            if (i < 0) i = Math.Max(0, i + data.Count);
            data.Insert((int)Math.Min(i, data.Count), ByteValue(a[1]));
            ByteArrays.SetData(self, data.ToArray());
            return Py.None;
        });
        BuiltinDunders.Method(ba, "remove", 1, (self, a) =>
        {
            var data = ByteArrays.Data(self).ToArray().ToList();
            if (!data.Remove(ByteValue(a[0]))) throw Errors.ValueError("value not found in bytearray");
            ByteArrays.SetData(self, data.ToArray());
            return Py.None;
        });
        BuiltinDunders.Method(ba, "reverse", 0, (self, _) => { ByteArrays.DataForWrite(self).Reverse(); return Py.None; });
        BuiltinDunders.Method(ba, "clear", 0, (self, _) => { ByteArrays.SetData(self, []); return Py.None; });
        BuiltinDunders.Method(ba, "copy", 0, (self, _) => ByteArrays.New(ByteArrays.Data(self)));
        BuiltinDunders.Method(ba, "__delitem__", 1, (self, a) => { DeleteItem(self, a[0]); return Py.None; });
        BuiltinDunders.Method(ba, "__iadd__", 1, (self, a) => { ByteArrays.Extend(self, BytesFromObject(a[0])); return self; });
    }

    private static void DefineCommon(PyType t)
    {
        BuiltinDunders.DefineCompare(t, BytesObjects.IsBytesLike, (a, b, op) => Py.Bool(FloatArith.Holds(BytesObjects.Compare(a, b), op)));
        BuiltinDunders.Method(t, "__len__", 0, (self, _) => Ints.New(BytesObjects.View(self).Length));
        BuiltinDunders.Method(t, "__getitem__", 1, (self, a) => GetItem(self, a[0]));
        BuiltinDunders.Method(t, "__contains__", 1, (self, a) => Py.Bool(Contains(self, a[0])));
        BuiltinDunders.Method(t, "__add__", 1, (self, a) => BytesObjects.IsBytesLike(a[0]) ? BytesObjects.Concat(self, a[0]) : Py.NotImplemented);
        BuiltinDunders.Method(t, "__mul__", 1, (self, a) => Ints.IsInt(a[0]) ? BytesObjects.Repeat(self, Ops.IndexAsLong(a[0])) : Py.NotImplemented);
        BuiltinDunders.Method(t, "__mod__", 1, (self, a) => PercentFormat.FormatBytes(self, a[0]));
        BuiltinDunders.MethodKw(t, "decode", (self, a, kv, kn) => Codecs.Decode(self, a, kv, kn));
        BuiltinDunders.MethodRange(t, "hex", 0, 2, (self, a) =>
        {
            string sep = a.Length > 0 ? HexSeparator(a[0]) : "";
            using var rs = new RootScope();
            int hs = rs.Add(self);
            long perSep = a.Length > 1 ? Ops.IndexAsLong(a[1]) : 1; // may run __index__ (and move self)
            return Strs.New(Hex(BytesObjects.View(rs[hs]), sep, perSep));
        });
        BuiltinDunders.MethodRange(t, "find", 1, 3, (self, a) => Ints.New(Find(self, a, false)));
        BuiltinDunders.MethodRange(t, "rfind", 1, 3, (self, a) => Ints.New(Find(self, a, true)));
        BuiltinDunders.MethodRange(t, "index", 1, 3, (self, a) => Ints.New(Found(Find(self, a, false))));
        BuiltinDunders.MethodRange(t, "rindex", 1, 3, (self, a) => Ints.New(Found(Find(self, a, true))));
        BuiltinDunders.MethodRange(t, "count", 1, 3, (self, a) =>
        {
            string s = Text(self), sub = Needle(a[0]);
            var (st, en) = StrMethods.Bounds(a, 1, s.Length);
            if (st > s.Length || en < st) return Ints.New(0);
            return Ints.New(CountIn(s[st..en], sub));
        });
        BuiltinDunders.MethodRange(t, "startswith", 1, 3, (self, a) => Py.Bool(Affix(self, a, "startswith", false)));
        BuiltinDunders.MethodRange(t, "endswith", 1, 3, (self, a) => Py.Bool(Affix(self, a, "endswith", true)));
        BuiltinDunders.MethodRange(t, "replace", 2, 3, (self, a) =>
        {
            string s = Text(self), old = BytesArgText(a[0]), repl = BytesArgText(a[1]);
            long max = a.Length > 2 ? Ops.IndexAsLong(a[2]) : -1;
            return Same(self, ReplaceText(s, old, repl, max));
        });
        BuiltinDunders.MethodKw(t, "split", (self, a, kv, kn) => Split(self, a, kv, kn, "split", false));
        BuiltinDunders.MethodKw(t, "rsplit", (self, a, kv, kn) => Split(self, a, kv, kn, "rsplit", true));
        BuiltinDunders.MethodRange(t, "splitlines", 0, 1, (self, a) =>
            ListOf(self, TextOps.SplitLines(Text(self), a.Length > 0 && Ops.Truth(a[0]), bytes: true)));
        BuiltinDunders.Method(t, "join", 1, (self, a) => Join(self, a[0]));
        BuiltinDunders.MethodRange(t, "strip", 0, 1, (self, a) => Strip(self, a, true, true));
        BuiltinDunders.MethodRange(t, "lstrip", 0, 1, (self, a) => Strip(self, a, true, false));
        BuiltinDunders.MethodRange(t, "rstrip", 0, 1, (self, a) => Strip(self, a, false, true));
        BuiltinDunders.Method(t, "partition", 1, (self, a) => Partition(self, a[0], false));
        BuiltinDunders.Method(t, "rpartition", 1, (self, a) => Partition(self, a[0], true));
        BuiltinDunders.Method(t, "upper", 0, (self, _) => Same(self, MapAscii(Text(self), char.ToUpperInvariant)));
        BuiltinDunders.Method(t, "lower", 0, (self, _) => Same(self, MapAscii(Text(self), char.ToLowerInvariant)));
        BuiltinDunders.Method(t, "swapcase", 0, (self, _) => Same(self, MapAscii(Text(self), c => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))));
        BuiltinDunders.Method(t, "title", 0, (self, _) => Same(self, AsciiTitle(Text(self), wordsOnly: false)));
        BuiltinDunders.Method(t, "capitalize", 0, (self, _) => Same(self, AsciiTitle(Text(self), wordsOnly: true)));
        BuiltinDunders.MethodRange(t, "center", 1, 2, (self, a) => Justify(self, a, '^'));
        BuiltinDunders.MethodRange(t, "ljust", 1, 2, (self, a) => Justify(self, a, '<'));
        BuiltinDunders.MethodRange(t, "rjust", 1, 2, (self, a) => Justify(self, a, '>'));
        BuiltinDunders.Method(t, "zfill", 1, (self, a) => Same(self, TextOps.ZFill(Text(self), Text(self).Length, Sizes.AsSsize(a[0]))));
        BuiltinDunders.MethodRange(t, "expandtabs", 0, 1, (self, a) => Same(self, TextOps.ExpandTabs(Text(self), a.Length > 0 ? Sizes.AsCInt(a[0]) : 8)));
        BuiltinDunders.Method(t, "removeprefix", 1, (self, a) =>
        {
            string s = Text(self), p = BytesArgText(a[0]);
            return s.StartsWith(p, StringComparison.Ordinal) ? Same(self, s[p.Length..]) : Same(self, s);
        });
        BuiltinDunders.Method(t, "removesuffix", 1, (self, a) =>
        {
            string s = Text(self), p = BytesArgText(a[0]);
            return p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? Same(self, s[..^p.Length]) : Same(self, s);
        });
        BuiltinDunders.Method(t, "isascii", 0, (self, _) => Py.Bool(Text(self).All(c => c < 128)));
        BuiltinDunders.MethodRange(t, "translate", 1, 2, (self, a) => Translate(self, a[0], a.Length > 1 ? BytesArgText(a[1]) : ""));
        BuiltinDunders.Method(t, "isdigit", 0, (self, _) => Py.Bool(AllAscii(self, char.IsAsciiDigit)));
        BuiltinDunders.Method(t, "isalpha", 0, (self, _) => Py.Bool(AllAscii(self, char.IsAsciiLetter)));
        BuiltinDunders.Method(t, "isalnum", 0, (self, _) => Py.Bool(AllAscii(self, char.IsAsciiLetterOrDigit)));
        BuiltinDunders.Method(t, "isspace", 0, (self, _) => Py.Bool(AllAscii(self, TextOps.BytesSpace)));
        BuiltinDunders.Method(t, "isupper", 0, (self, _) => Py.Bool(Text(self).Any(char.IsAsciiLetterUpper) && !Text(self).Any(char.IsAsciiLetterLower)));
        BuiltinDunders.Method(t, "islower", 0, (self, _) => Py.Bool(Text(self).Any(char.IsAsciiLetterLower) && !Text(self).Any(char.IsAsciiLetterUpper)));
    }

    // ---- conversions ----

    private static string Text(Value b) => Encoding.Latin1.GetString(BytesObjects.View(b));

    /// A bytes (or bytearray, as the receiver) from Latin-1 text.
    private static Value Same(Value receiver, string text)
    {
        byte[] data = Encoding.Latin1.GetBytes(text);
        return BytesObjects.IsBytes(receiver) ? BytesObjects.New(data) : ByteArrays.New(data);
    }

    private static Value ListOf(Value receiver, List<string> parts)
    {
        var list = Lists.New(parts.Count);
        foreach (var p in parts) Lists.Append(list, Same(receiver, p));
        return list;
    }

    private static string BytesArgText(Value v)
    {
        if (BytesObjects.IsBytesLike(v)) return Text(v);
        throw Errors.TypeError($"a bytes-like object is required, not '{Ops.TypeName(v)}'");
    }

    /// A subsequence argument: bytes-like or an int in range(256).
    private static string Needle(Value v) => Ints.IsInt(v) ? ((char)ByteValue(v)).ToString() : BytesArgText(v);

    private static byte ByteValue(Value v)
    {
        long x = Ops.IndexAsLong(v);
        if (x < 0 || x > 255) throw Errors.ValueError("byte must be in range(0, 256)");
        return (byte)x;
    }

    /// The bytes of bytes(x)-style arguments: bytes-like, an iterable of ints in range(256).
    public static ReadOnlySpan<byte> BytesFromObject(Value x)
    {
        if (BytesObjects.IsBytesLike(x)) return BytesObjects.View(x).ToArray();
        if (Strs.IsStr(x)) throw Errors.TypeError("cannot convert 'str' object to bytes");
        var bytes = new List<byte>();
        using var rs = new RootScope();
        int hit = rs.Add(Ops.GetIter(x));
        for (Value v = Ops.Next(rs[hit]); !v.IsNull; v = Ops.Next(rs[hit]))
        {
            if (!Ints.IsInt(v) && Ops.LookupSpecial(Ops.TypeOf(v), "__index__").IsNull)
                throw Errors.TypeError($"'{Ops.TypeName(v)}' object cannot be interpreted as an integer");
            long n = Ops.IndexAsLong(v);
            if (n < 0 || n > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
            bytes.Add((byte)n);
        }
        return bytes.ToArray();
    }

    private static byte[] ConstructData(string fname, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kv, string[]? kn)
    {
        Args.OnlyKeywords(fname, kn, "source", "encoding", "errors");
        Value source = args.Length > 0 ? args[0] : Args.Keyword(kv, kn, "source");
        bool hasEncoding = args.Length > 1 || !Args.Keyword(kv, kn, "encoding").IsNull;
        if (source.IsNull) return [];
        if (Strs.IsStr(source))
        {
            if (!hasEncoding) throw Errors.TypeError("string argument without an encoding");
            return BytesObjects.Data(Codecs.Encode(source, args.Length > 1 ? args[1..] : [], kv, kn)).ToArray();
        }
        if (hasEncoding) throw Errors.TypeError("encoding without a string argument");
        if (Ints.IsInt(source))
        {
            long n = Ops.IndexAsLong(source);
            if (n < 0) throw Errors.ValueError("negative count");
            return new byte[Sizes.Length(n)];
        }
        if (!BytesObjects.IsBytesLike(source) && Ops.LookupSpecial(Ops.TypeOf(source), "__iter__").IsNull
            && Ops.LookupSpecial(Ops.TypeOf(source), "__getitem__").IsNull && !Lists.IsList(source) && !Tuples.IsTuple(source))
            throw Errors.TypeError($"cannot convert '{Ops.TypeName(source)}' object to {fname}");
        if (fname == "bytes") Sizes.CheckLengthHint(source, 0); // bytearray() takes no hint in CPython
        return BytesFromObject(source).ToArray();
    }

    // ---- methods ----

    private static Value GetItem(Value self, Value key)
    {
        var data = BytesObjects.View(self);
        if (Slices.IsSlice(key))
        {
            var b = Slices.Resolve(key, data.Length);
            var r = new byte[b.Length];
            for (long i = 0, j = b.Start; i < b.Length; i++, j += b.Step) r[i] = data[(int)j];
            return BytesObjects.IsBytes(self) ? BytesObjects.New(r) : ByteArrays.New(r);
        }
        if (!Ints.IsInt(key) && Ops.LookupSpecial(Ops.TypeOf(key), "__index__").IsNull)
            throw Errors.TypeError($"byte indices must be integers or slices, not {Ops.TypeName(key)}");
        long k = Ops.IndexAsLong(key);
        data = BytesObjects.View(self);
        if (k < 0) k += data.Length;
        if (k < 0 || k >= data.Length)
            throw Errors.IndexError(BytesObjects.IsBytes(self) ? "index out of range" : "bytearray index out of range");
        return Value.FromSmallInt(data[(int)k]);
    }

    private static void SetItem(Value self, Value key, Value value)
    {
        if (Slices.IsSlice(key))
        {
            byte[] items = BytesFromObject(value).ToArray();
            ReplaceSlice(self, key, items);
            return;
        }
        long k = Ops.IndexAsLong(key);
        byte b = ByteValue(value);
        int n = ByteArrays.Count(self);
        if (k < 0) k += n;
        if (k < 0 || k >= n) throw Errors.IndexError("bytearray index out of range");
        ByteArrays.DataForWrite(self)[(int)k] = b;
    }

    /// self[slice] = items (any length for step 1, the same length otherwise).
    private static void ReplaceSlice(Value self, Value slice, byte[] items)
    {
        var data = ByteArrays.Data(self).ToArray();
        var b = Slices.Resolve(slice, data.Length);
        if (b.Step == 1)
        {
            long stop = Math.Max(b.Start, b.Start + b.Length);
            var joined = new List<byte>(data.Length + items.Length);
            joined.AddRange(data.AsSpan(0, (int)b.Start));
            joined.AddRange(items);
            joined.AddRange(data.AsSpan((int)stop));
            ByteArrays.SetData(self, joined.ToArray());
            return;
        }
        if (items.Length != b.Length)
            throw Errors.ValueError($"attempt to assign bytes of size {items.Length} to extended slice of size {b.Length}");
        for (long i = 0, j = b.Start; i < b.Length; i++, j += b.Step) data[j] = items[i];
        ByteArrays.SetData(self, data);
    }

    private static void DeleteItem(Value self, Value key)
    {
        var data = ByteArrays.Data(self).ToArray();
        if (!Slices.IsSlice(key))
        {
            long k = Ops.IndexAsLong(key);
            if (k < 0) k += data.Length;
            if (k < 0 || k >= data.Length) throw Errors.IndexError("bytearray index out of range");
            ByteArrays.SetData(self, [.. data.AsSpan(0, (int)k), .. data.AsSpan((int)k + 1)]);
            return;
        }
        var b = Slices.Resolve(key, data.Length);
        var removed = new bool[data.Length];
        for (long i = 0, j = b.Start; i < b.Length; i++, j += b.Step) removed[j] = true;
        ByteArrays.SetData(self, data.Where((_, i) => !removed[i]).ToArray());
    }

    private static Value Pop(Value self, long i)
    {
        var data = ByteArrays.Data(self).ToArray();
        if (data.Length == 0) throw Errors.IndexError("pop from empty bytearray");
        if (i < 0) i += data.Length;
        if (i < 0 || i >= data.Length) throw Errors.IndexError("pop index out of range");
        ByteArrays.SetData(self, [.. data.AsSpan(0, (int)i), .. data.AsSpan((int)i + 1)]);
        return Value.FromSmallInt(data[i]);
    }

    /// bytes.translate(table, delete): table is None or 256 bytes.
    private static Value Translate(Value self, Value table, string delete)
    {
        string? map = Py.IsNone(table) ? null : BytesArgText(table);
        if (map != null && map.Length != 256) throw Errors.ValueError("translation table must be 256 characters long");
        var sb = new StringBuilder();
        foreach (char c in Text(self))
            if (!delete.Contains(c)) sb.Append(map == null ? c : map[c]);
        return Same(self, sb.ToString());
    }

    private static bool Contains(Value self, Value item)
        => Text(self).Contains(Needle(item), StringComparison.Ordinal);

    private static int Found(int i) => i >= 0 ? i : throw Errors.ValueError("subsection not found");

    private static int Find(Value self, ReadOnlySpan<Value> a, bool reverse)
    {
        string s = Text(self), sub = Needle(a[0]);
        var (st, en) = StrMethods.Bounds(a, 1, s.Length);
        if (st > s.Length || en - st < sub.Length) return -1;
        int r = reverse ? s.LastIndexOf(sub, en - 1 < 0 ? 0 : en - 1, en - st, StringComparison.Ordinal)
                        : s.IndexOf(sub, st, en - st, StringComparison.Ordinal);
        if (reverse && sub.Length == 0) return en;
        return r;
    }

    private static int CountIn(string s, string sub)
    {
        if (sub.Length == 0) return s.Length + 1;
        int count = 0;
        for (int i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static bool Affix(Value self, ReadOnlySpan<Value> a, string fname, bool suffix)
    {
        string s = Text(self);
        var (st, en) = StrMethods.Bounds(a, 1, s.Length);
        if (st > s.Length) return false;
        string window = s[st..Math.Max(st, en)];
        if (Tuples.IsTuple(a[0]))
        {
            foreach (Value p in Tuples.Items(a[0]))
                if (Match(window, BytesArgText(p), suffix)) return true;
            return false;
        }
        if (!BytesObjects.IsBytesLike(a[0]))
            throw Errors.TypeError($"{fname} first arg must be bytes or a tuple of bytes, not {Ops.TypeName(a[0])}");
        return Match(window, Text(a[0]), suffix);
    }

    private static bool Match(string window, string p, bool suffix)
        => suffix ? window.EndsWith(p, StringComparison.Ordinal) : window.StartsWith(p, StringComparison.Ordinal);

    private static string ReplaceText(string s, string old, string repl, long max)
    {
        if (max < 0) max = long.MaxValue;
        var sb = new StringBuilder(s.Length);
        int pos = 0;
        long done = 0;
        if (old.Length == 0)
        {
            for (int i = 0; i <= s.Length; i++)
            {
                if (done++ < max) sb.Append(repl);
                if (i < s.Length) sb.Append(s[i]);
            }
            return sb.ToString();
        }
        for (int i = s.IndexOf(old, StringComparison.Ordinal); i >= 0 && done < max; i = s.IndexOf(old, pos, StringComparison.Ordinal), done++)
        {
            sb.Append(s, pos, i - pos).Append(repl);
            pos = i + old.Length;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    private static Value Split(Value self, ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn, string fname, bool reverse)
    {
        Args.OnlyKeywords(fname, kn, "sep", "maxsplit");
        Value sepV = a.Length > 0 ? a[0] : Args.Keyword(kv, kn, "sep");
        Value maxV = a.Length > 1 ? a[1] : Args.Keyword(kv, kn, "maxsplit");
        string? sep = sepV.IsNull || Py.IsNone(sepV) ? null : BytesArgText(sepV);
        long max = maxV.IsNull ? -1 : Ops.IndexAsLong(maxV);
        string s = Text(self);
        return ListOf(self, reverse ? TextOps.RSplit(s, sep, max, TextOps.BytesSpace) : TextOps.Split(s, sep, max, TextOps.BytesSpace));
    }

    private static Value Join(Value self, Value iterable)
    {
        var sb = new StringBuilder();
        string sep = Text(self);
        int i = 0;
        using var rs = new RootScope();
        int hit = rs.Add(Ops.GetIter(iterable)), hs = rs.Add(self);
        for (Value v = Ops.Next(rs[hit]); !v.IsNull; v = Ops.Next(rs[hit]), i++)
        {
            if (!BytesObjects.IsBytesLike(v))
                throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(v)} found");
            if (i > 0) sb.Append(sep);
            sb.Append(Text(v));
        }
        return Same(rs[hs], sb.ToString());
    }

    private static Value Strip(Value self, ReadOnlySpan<Value> a, bool left, bool right)
    {
        string? chars = a.Length > 0 && !Py.IsNone(a[0]) ? BytesArgText(a[0]) : null;
        return Same(self, TextOps.Strip(Text(self), chars, left, right, TextOps.BytesSpace));
    }

    private static Value Partition(Value self, Value sep, bool fromRight)
    {
        var (x, y, z) = TextOps.Partition(Text(self), BytesArgText(sep), fromRight);
        return Tuples.New([Same(self, x), Same(self, y), Same(self, z)]);
    }

    private static string MapAscii(string s, Func<char, char> map)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (chars[i] < 128) chars[i] = map(chars[i]);
        return new string(chars);
    }

    /// title() (every word) or capitalize() (first character only), ASCII letters only.
    private static string AsciiTitle(string s, bool wordsOnly)
    {
        var chars = s.ToCharArray();
        bool previousCased = false;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            bool upper = wordsOnly ? i == 0 : !previousCased;
            if (c < 128) chars[i] = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            previousCased = char.IsAsciiLetter(c);
        }
        return new string(chars);
    }

    private static Value Justify(Value self, ReadOnlySpan<Value> a, char align)
    {
        char fill = ' ';
        if (a.Length > 1)
        {
            string f = BytesArgText(a[1]);
            if (f.Length != 1) throw Errors.TypeError("The fill character must be exactly one character long");
            fill = f[0];
        }
        string s = Text(self);
        return Same(self, TextOps.Justify(s, s.Length, Sizes.AsSsize(a[0]), fill.ToString(), align));
    }

    private static bool AllAscii(Value self, Func<char, bool> test)
    {
        string s = Text(self);
        return s.Length > 0 && s.All(c => c < 128 && test(c));
    }

    /// hex()'s separator: one ASCII character, given as str or bytes.
    private static string HexSeparator(Value sep)
    {
        string text = Strs.IsStr(sep) ? Strs.ToNet(sep) : BytesObjects.IsBytesLike(sep) ? Text(sep) : null!;
        if (text == null) throw Errors.TypeError($"object of type '{Ops.TypeName(sep)}' has no len()");
        if (text.Length != 1) throw Errors.ValueError("sep must be length 1.");
        if (text[0] > 127) throw Errors.ValueError("sep must be ASCII.");
        return text;
    }

    /// Hex digits with sep between groups of |perSep| bytes, counted from the right when
    /// perSep > 0 and from the left when it is negative (0: no separator).
    private static string Hex(ReadOnlySpan<byte> data, string sep, long perSep)
    {
        var sb = new StringBuilder(data.Length * 3);
        long group = Math.Abs(perSep);
        for (int i = 0; i < data.Length; i++)
        {
            long boundary = perSep > 0 ? data.Length - i : i;
            if (i > 0 && sep.Length > 0 && group > 0 && boundary % group == 0) sb.Append(sep);
            sb.Append(data[i].ToString("x2"));
        }
        return sb.ToString();
    }

    private static byte[] FromHex(string s)
    {
        var r = new List<byte>();
        for (int i = 0; i < s.Length;)
        {
            if (StrText.IsSpace(s[i])) { i++; continue; }
            int hi = HexDigit(s, i), lo = i + 1 < s.Length ? HexDigit(s, i + 1) : -1;
            if (hi < 0) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (lo < 0) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return r.ToArray();
    }

    private static int HexDigit(string s, int i)
        => i < s.Length && char.IsAsciiHexDigit(s[i]) ? Convert.ToInt32(s[i].ToString(), 16) : -1;
}
