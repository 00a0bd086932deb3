// str methods about characters: case mappings (upper, lower, casefold, capitalize, title,
// swapcase), the is*() predicates, and maketrans/translate.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class StrCaseMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Define()
    {
        var t = BuiltinTypes.Str;
        Map(t, "upper", (sb, _, cp, _) => StrText.AppendUpper(sb, cp));
        Map(t, "lower", (sb, s, cp, i) => AppendLower(sb, s, cp, i));
        Map(t, "casefold", (sb, _, cp, _) => UnicodeExtras.AppendFolded(sb, cp));
        Map(t, "swapcase", (sb, s, cp, i) =>
        {
            if (StrText.IsUpper(cp)) AppendLower(sb, s, cp, i);
            else if (StrText.IsLower(cp)) StrText.AppendUpper(sb, cp);
            else Strs.AppendCodePoint(sb, cp);
        });
        Map(t, "capitalize", (sb, s, cp, i) =>
        {
            if (i == 0) StrText.AppendTitle(sb, cp);
            else AppendLower(sb, s, cp, i);
        });
        BuiltinDunders.Method(t, "title", 0, (self, _) => Strs.New(Title(self)));
        Predicate(t, "isalpha", StrText.IsAlpha);
        Predicate(t, "isalnum", StrText.IsAlnum);
        Predicate(t, "isdecimal", StrText.IsDecimal);
        Predicate(t, "isdigit", StrText.IsDigit);
        Predicate(t, "isnumeric", StrText.IsNumeric);
        Predicate(t, "isspace", StrText.IsSpace);
        Predicate(t, "isascii", cp => cp < 128, emptyResult: true);
        Predicate(t, "isprintable", StrText.IsPrintable, emptyResult: true);
        CasedOnly(t, "islower", StrText.IsLower, StrText.IsUpper);
        CasedOnly(t, "isupper", StrText.IsUpper, StrText.IsLower);
        BuiltinDunders.Method(t, "istitle", 0, (self, _) => Py.Bool(IsTitle(self)));
        BuiltinDunders.Method(t, "isidentifier", 0, (self, _) => Py.Bool(IsIdentifier(self)));
        NumberDunders.DefineStaticMethod(t, "maketrans", MakeTrans);
        BuiltinDunders.Method(t, "translate", 1, (self, a) => Translate(self, a[0]));
    }

    /// A case mapping method. Latin-1 strs map byte by byte through two tables (the mapping at
    /// index 0 and after it, built from `map` itself) when every character maps to one
    /// Latin-1 character; otherwise (ß, ÿ and µ uppercase outside Latin-1) the general path.
    private static void Map(PyType t, string name, Action<StringBuilder, Value, int, int> map)
    {
        short[] first = Latin1Table(map, 0), rest = Latin1Table(map, 1);
        BuiltinDunders.Method(t, name, 0, (self, _) =>
        {
            int n = Strs.Length(self);
            if (!Strs.IsWide(self))
            {
                if (n == 0) return Strs.Empty;
                Value r = MapLatin1(self, first, rest);
                if (!r.IsNull) return r;
            }
            var sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) map(sb, self, Strs.CharAt(self, i), i);
            return Strs.New(sb.ToString());
        });
    }

    /// The Latin-1 image of each Latin-1 code point at index `at` under map, -1 where it is
    /// not a single Latin-1 character. (Latin-1 has no final sigma: s is not looked at.)
    private static short[] Latin1Table(Action<StringBuilder, Value, int, int> map, int at)
    {
        var table = new short[256];
        var sb = new StringBuilder(4);
        for (int c = 0; c < 256; c++)
        {
            sb.Clear();
            map(sb, Value.Null, c, at);
            table[c] = sb.Length == 1 && sb[0] < 256 ? (short)sb[0] : (short)-1;
        }
        return table;
    }

    /// The mapped copy of a non-empty Latin-1 str, or Null when a character needs the general path.
    private static Value MapLatin1(Value self, short[] first, short[] rest)
    {
        var src = Strs.Latin1(self);
        int c = first[src[0]];
        if (c < 0) return Value.Null;
        if (src.Length == 1) return Strs.FromCodePoint(c);
        long obj = Strs.Allocate(src.Length, wide: false);
        var dst = Mem.Bytes(obj, Off.StrData, src.Length);
        dst[0] = (byte)c;
        for (int i = 1; i < src.Length; i++)
        {
            c = rest[src[i]];
            if (c < 0) return Value.Null;
            dst[i] = (byte)c;
        }
        return Value.FromRef(obj);
    }

    /// Lowercase of the code point cp at index i of s: a capital sigma becomes the final ς
    /// at the end of a word.
    private static void AppendLower(StringBuilder sb, Value s, int cp, int i)
    {
        if (cp == 0x3a3) sb.Append(UnicodeExtras.IsFinalSigma(s, i) ? '\u03c2' : '\u03c3');
        else StrText.AppendLower(sb, cp);
    }

    /// An is*() method: true when every character passes `test` (a table for Latin-1 strs).
    private static void Predicate(PyType t, string name, Func<int, bool> test, bool emptyResult = false)
    {
        var latin1 = new bool[256];
        for (int c = 0; c < 256; c++) latin1[c] = test(c);
        BuiltinDunders.Method(t, name, 0, (self, _) =>
        {
            int n = Strs.Length(self);
            if (n == 0) return Py.Bool(emptyResult);
            if (!Strs.IsWide(self))
            {
                foreach (byte b in Strs.Latin1(self)) if (!latin1[b]) return Py.False;
                return Py.True;
            }
            for (int i = 0; i < n; i++) if (!test(Strs.CharAt(self, i))) return Py.False;
            return Py.True;
        });
    }

    /// islower/isupper: at least one cased character, none of the opposite case.
    /// islower/isupper: at least one cased character, none of the opposite case (nor title
    /// case). Latin-1 strs classify through a table: 0 uncased, 1 wanted, 2 disqualifying.
    private static void CasedOnly(PyType t, string name, Func<int, bool> wanted, Func<int, bool> opposite)
    {
        int Kind(int cp) => opposite(cp) || StrText.IsTitle(cp) ? 2 : wanted(cp) ? 1 : 0;
        var latin1 = new byte[256];
        for (int c = 0; c < 256; c++) latin1[c] = (byte)Kind(c);
        BuiltinDunders.Method(t, name, 0, (self, _) =>
        {
            bool any = false;
            if (!Strs.IsWide(self))
            {
                foreach (byte b in Strs.Latin1(self))
                {
                    if (latin1[b] == 2) return Py.False;
                    any |= latin1[b] == 1;
                }
                return Py.Bool(any);
            }
            foreach (int cp in Strs.Wide(self))
            {
                int k = Kind(cp);
                if (k == 2) return Py.False;
                any |= k == 1;
            }
            return Py.Bool(any);
        });
    }

    private static string Title(Value s)
    {
        var sb = new StringBuilder(Strs.Length(s));
        bool previousCased = false;
        for (int i = 0; i < Strs.Length(s); i++)
        {
            int cp = Strs.CharAt(s, i);
            if (previousCased) AppendLower(sb, s, cp, i);
            else StrText.AppendTitle(sb, cp);
            previousCased = StrText.IsCased(cp);
        }
        return sb.ToString();
    }

    private static bool IsTitle(Value s)
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < Strs.Length(s); i++)
        {
            int cp = Strs.CharAt(s, i);
            if (StrText.IsUpper(cp) || StrText.IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (StrText.IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    private static bool IsIdentifier(Value s)
    {
        int n = Strs.Length(s);
        if (n == 0 || !StrText.IsIdentifierStart(Strs.CharAt(s, 0))) return false;
        for (int i = 1; i < n; i++) if (!StrText.IsIdentifierPart(Strs.CharAt(s, i))) return false;
        return true;
    }

    /// str.maketrans(x[, y[, z]]): a dict from code points to code points, strs or None.
    private static Value MakeTrans(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("maketrans", args, kwNames, 1, 3);
        Value table = Dicts.New();
        if (args.Length == 1)
        {
            if (!Ops.Is(args[0], TypeId.Dict)) throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
            int pos = 0;
            while (Dicts.Next(args[0], ref pos, out Value k, out Value v))
            {
                if (Strs.IsStr(k))
                {
                    if (Strs.Length(k) != 1) throw Errors.ValueError("string keys in translate table must be of length 1");
                    k = Ints.New(Strs.CharAt(k, 0));
                }
                else if (!Ints.IsInt(k)) throw Errors.TypeError("keys in translate table must be strings or integers");
                Dicts.Set(table, k, v);
            }
            return table;
        }
        Value x = StrMethods.Sub(args[0], "maketrans() argument 1"), y = StrMethods.Sub(args[1], "maketrans() argument 2");
        if (Strs.Length(x) != Strs.Length(y)) throw Errors.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < Strs.Length(x); i++)
            Dicts.Set(table, Ints.New(Strs.CharAt(x, i)), Ints.New(Strs.CharAt(y, i)));
        if (args.Length == 3)
        {
            Value z = StrMethods.Sub(args[2], "maketrans() argument 3");
            for (int i = 0; i < Strs.Length(z); i++) Dicts.Set(table, Ints.New(Strs.CharAt(z, i)), Py.None);
        }
        return table;
    }

    /// s.translate(table): table[ord(c)] gives a code point, a str or None; LookupError keeps c.
    private static Value Translate(Value self, Value table)
    {
        var sb = new StringBuilder(Strs.Length(self));
        using var rs = new RootScope();
        int hs = rs.Add(self), ht = rs.Add(table);
        for (int i = 0; i < Strs.Length(rs[hs]); i++)
        {
            int cp = Strs.CharAt(rs[hs], i);
            Value mapped;
            try { mapped = Ops.GetItem(rs[ht], Ints.New(cp)); }
            catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.LookupError)) { Strs.AppendCodePoint(sb, cp); continue; }
            if (Py.IsNone(mapped)) continue;
            if (Strs.IsStr(mapped)) sb.Append(Strs.ToNet(mapped));
            else if (Ints.IsInt(mapped))
            {
                long code = Ops.IndexAsLong(mapped);
                if (code < 0 || code > 0x10ffff) throw Errors.ValueError("character mapping must be in range(0x110000)");
                Strs.AppendCodePoint(sb, (int)code);
            }
            else throw Errors.TypeError("character mapping must return integer, None or str");
        }
        return Strs.New(sb.ToString());
    }
}
