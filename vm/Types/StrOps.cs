// Operations on the raw data of strs (see Strs.cs for the layout): indexing, slicing,
// repetition, searching, counting, prefix tests and replacement, without going through
// .NET strings. Latin-1 operands use byte spans (vectorized IndexOf); otherwise code points.
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class StrOps
{
    /// The code points of s as ints (a view for UCS-4, a widened copy for Latin-1).
    public static ReadOnlySpan<int> Ints32(Value s) => Strs.IsWide(s) ? Strs.Wide(s) : Strs.CodePoints(s);

    public static Value Repeat(Value s, long n)
    {
        int len = Strs.Length(s);
        if (n <= 0 || len == 0) return Strs.New("");
        if (n == 1) return s;
        bool wide = Strs.IsWide(s);
        int unit = wide ? 4 : 1;
        int total = Sizes.Repeat(n, len, "repeated string is too long");
        long obj = Strs.Allocate(total, wide);
        var src = Mem.Bytes(s.Ref, Off.StrData, len * unit);
        var dst = Mem.Bytes(obj, Off.StrData, Sizes.Length((long)total * unit));
        for (long i = 0; i < n; i++) src.CopyTo(dst[(int)(i * len * unit)..]);
        return Value.FromRef(obj);
    }

    /// s[start:start+count] (bounds already valid).
    public static Value Substring(Value s, int start, int count)
    {
        if (count == Strs.Length(s)) return s;
        if (count == 0) return Strs.Empty;
        if (!Strs.IsWide(s))
        {
            if (count == 1) return Strs.FromCodePoint(Strs.Latin1(s)[start]);
            return Strs.FromLatin1(Strs.Latin1(s).Slice(start, count));
        }
        return Strs.FromCodePoints(Strs.Wide(s).Slice(start, count));
    }

    /// s[i] for an in-range index (negative counts from the end), or Null when out of range.
    public static Value ItemOrNull(Value s, long i)
    {
        int n = Strs.Length(s);
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) return Value.Null;
        return Strs.FromCodePoint(Strs.IsWide(s) ? Strs.Wide(s)[(int)i] : Strs.Latin1(s)[(int)i]);
    }

    /// s[key] for an index or a slice (TypeError for other keys).
    public static Value GetItem(Value s, Value key)
    {
        if (key.IsSmallInt)
        {
            Value ch = ItemOrNull(s, key.SmallInt);
            return ch.IsNull ? throw Errors.IndexError("string index out of range") : ch;
        }
        // Slice bounds and indexes may call __index__ (guest code): keep s rooted.
        using var rs = new RootScope();
        int hs = rs.Add(s);
        if (Slices.IsSlice(key))
        {
            var b = Slices.Resolve(key, Strs.Length(s));
            s = rs[hs];
            if (b.Step == 1) return Substring(s, (int)b.Start, (int)b.Length);
            return Strided(s, (int)b.Start, (int)b.Step, (int)b.Length);
        }
        if (!Ints.IsInt(key) && Ops.LookupSpecial(Ops.TypeOf(key), "__index__").IsNull)
            throw Errors.TypeError($"string indices must be integers, not '{Ops.TypeName(key)}'");
        long i0 = Ops.IndexAsLong(key);
        Value r = ItemOrNull(rs[hs], i0);
        return r.IsNull ? throw Errors.IndexError("string index out of range") : r;
    }

    /// s[start::step] with `count` code points (step != 1).
    private static Value Strided(Value s, int start, int step, int count)
    {
        if (count == 0) return Strs.Empty;
        if (!Strs.IsWide(s))
        {
            if (count == 1) return Strs.FromCodePoint(Strs.Latin1(s)[start]);
            long obj = Strs.Allocate(count, wide: false);
            var src = Strs.Latin1(s);
            var dst = Mem.Bytes(obj, Off.StrData, count);
            for (int i = 0, j = start; i < count; i++, j += step) dst[i] = src[j];
            return Value.FromRef(obj);
        }
        var cps = new int[count];
        for (int i = 0, j = start; i < count; i++, j += step) cps[i] = Strs.CharAt(s, j);
        return Strs.FromCodePoints(cps);
    }

    /// int(s) for the common case of an optional sign and at most 18 ASCII digits (no
    /// whitespace or underscores): false sends everything else to the general parser.
    public static bool TryParseDecimal(Value s, out long value)
    {
        value = 0;
        if (Strs.IsWide(s)) return false;
        var d = Strs.Latin1(s);
        int i = d.Length > 0 && (d[0] == '-' || d[0] == '+') ? 1 : 0;
        if (d.Length == i || d.Length - i > 18) return false;
        for (int k = i; k < d.Length; k++)
        {
            int digit = d[k] - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        if (d[0] == '-') value = -value;
        return true;
    }

    /// Index of needle in hay[start:end] (clamped bounds), or -1.
    public static int Find(Value hay, Value needle, int start, int end)
    {
        int m = Strs.Length(needle);
        if (end - start < m) return -1;
        if (m == 0) return start;
        int r;
        if (!Strs.IsWide(hay) && !Strs.IsWide(needle))
            r = Strs.Latin1(hay)[start..end].IndexOf(Strs.Latin1(needle));
        else if (!Strs.IsWide(hay)) return -1;
        else r = Strs.Wide(hay)[start..end].IndexOf(Ints32(needle));
        return r < 0 ? -1 : r + start;
    }

    /// Last index of needle in hay[start:end], or -1.
    public static int RFind(Value hay, Value needle, int start, int end)
    {
        int m = Strs.Length(needle);
        if (end - start < m) return -1;
        if (m == 0) return end;
        int r;
        if (!Strs.IsWide(hay) && !Strs.IsWide(needle))
            r = Strs.Latin1(hay)[start..end].LastIndexOf(Strs.Latin1(needle));
        else if (!Strs.IsWide(hay)) return -1;
        else r = Strs.Wide(hay)[start..end].LastIndexOf(Ints32(needle));
        return r < 0 ? -1 : r + start;
    }

    /// Non-overlapping occurrences of needle in hay[start:end].
    public static int Count(Value hay, Value needle, int start, int end, int max = int.MaxValue)
    {
        int m = Strs.Length(needle);
        if (end - start < m) return 0;
        if (m == 0) return Math.Min(end - start + 1, max);
        int count = 0;
        for (int i = Find(hay, needle, start, end); i >= 0 && count < max; i = Find(hay, needle, i + m, end)) count++;
        return count;
    }

    public static bool Contains(Value hay, Value needle) => Find(hay, needle, 0, Strs.Length(hay)) >= 0;

    /// Whether hay has needle at code point position `at` (in range).
    public static bool MatchAt(Value hay, Value needle, int at)
    {
        int m = Strs.Length(needle);
        if (at < 0 || at + m > Strs.Length(hay)) return false;
        if (Strs.IsWide(hay) == Strs.IsWide(needle))
        {
            int unit = Strs.IsWide(hay) ? 4 : 1;
            return Mem.Bytes(hay.Ref, Off.StrData + at * unit, m * unit).SequenceEqual(Mem.Bytes(needle.Ref, Off.StrData, m * unit));
        }
        for (int i = 0; i < m; i++) if (Strs.CharAt(hay, at + i) != Strs.CharAt(needle, i)) return false;
        return true;
    }

    /// s.replace(old, new, count): counts the matches, then copies the pieces into one new str.
    public static Value Replace(Value s, Value old, Value repl, long maxCount)
    {
        int n = Strs.Length(s), m = Strs.Length(old), r = Strs.Length(repl);
        if (maxCount < 0) maxCount = long.MaxValue;
        if (maxCount == 0) return s;
        // An empty old inserts repl before every code point and at the end.
        int count = m == 0 ? (int)Math.Min(n + 1L, maxCount) : Count(s, old, 0, n, (int)Math.Min(maxCount, int.MaxValue));
        if (count == 0) return s;
        long total = n + (long)count * (r - m);
        if (total > Array.MaxLength) throw Errors.OverflowError("replace string is too long");
        if (total == 0) return Strs.Empty;
        bool wide = Strs.IsWide(s) || Strs.IsWide(repl);
        var res = Value.FromRef(Strs.Allocate((int)total, wide));
        int pos = 0, at = 0;
        for (int k = 0; k < count; k++)
        {
            int i = m == 0 ? pos : Find(s, old, pos, n);
            Strs.CopyInto(s, pos, i - pos, res, at);
            at += i - pos;
            Strs.CopyInto(repl, res, at);
            at += r;
            if (m > 0) pos = i + m;
            else if (i < n)
            {
                Strs.CopyInto(s, i, 1, res, at);
                at++;
                pos = i + 1;
            }
        }
        Strs.CopyInto(s, pos, n - pos, res, at);
        // Canonical form: replacing the only wide code points leaves a Latin-1 str.
        return wide && Strs.Wide(res).IndexOfAnyExceptInRange(0, 255) < 0 ? Strs.FromCodePoints(Strs.Wide(res)) : res;
    }

    /// sep.join(items): items must all be strs.
    public static Value Join(Value sep, ReadOnlySpan<Value> items)
    {
        if (items.Length == 1 && Strs.IsPlainStr(items[0])) return items[0];
        int total = 0;
        bool wide = Strs.IsWide(sep);
        for (int i = 0; i < items.Length; i++)
        {
            Value it = items[i];
            if (!Strs.IsStr(it))
                throw Errors.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(it)} found");
            total += Strs.Length(it);
            wide |= Strs.IsWide(it);
        }
        int sepLen = Strs.Length(sep);
        if (items.Length > 1) total += sepLen * (items.Length - 1);
        if (total == 0) return Strs.Empty;
        var r = Value.FromRef(Strs.Allocate(total, wide));
        if (!wide)
        {
            // All Latin-1: plain byte copies (the common "".join(chars) of a scanner).
            var dst = Mem.Bytes(r.Ref, Off.StrData, total);
            var sepData = Strs.Latin1(sep);
            int pos = 0;
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0 && sepData.Length > 0) { sepData.CopyTo(dst[pos..]); pos += sepData.Length; }
                var data = Strs.Latin1(items[i]);
                if (data.Length == 1) dst[pos++] = data[0];
                else { data.CopyTo(dst[pos..]); pos += data.Length; }
            }
            return r;
        }
        int at = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0 && sepLen > 0) { Strs.CopyInto(sep, r, at); at += sepLen; }
            Strs.CopyInto(items[i], r, at);
            at += Strs.Length(items[i]);
        }
        return r;
    }
}
