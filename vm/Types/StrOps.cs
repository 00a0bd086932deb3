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
        if (count == 0) return Strs.New("");
        if (!Strs.IsWide(s))
        {
            if (count == 1) return Strs.FromCodePoint(Strs.Latin1(s)[start]);
            return Strs.FromLatin1(Strs.Latin1(s).Slice(start, count));
        }
        return Strs.FromCodePoints(Strs.Wide(s).Slice(start, count));
    }

    /// s[key] for an index or a slice (TypeError for other keys).
    public static Value GetItem(Value s, Value key)
    {
        int n = Strs.Length(s);
        if (Slices.IsSlice(key))
        {
            var b = Slices.Resolve(key, n);
            if (b.Step == 1) return Substring(s, (int)b.Start, (int)b.Length);
            var cps = new int[b.Length];
            for (long i = 0, j = b.Start; i < b.Length; i++, j += b.Step) cps[i] = Strs.CharAt(s, (int)j);
            return Strs.FromCodePoints(cps);
        }
        if (!Ints.IsInt(key) && Ops.LookupSpecial(Ops.TypeOf(key), "__index__").IsNull)
            throw Errors.TypeError($"string indices must be integers, not '{Ops.TypeName(key)}'");
        long i0 = Ops.IndexAsLong(key);
        if (i0 < 0) i0 += n;
        if (i0 < 0 || i0 >= n) throw Errors.IndexError("string index out of range");
        return Strs.FromCodePoint(Strs.CharAt(s, (int)i0));
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

    /// s.replace(old, new, count).
    public static Value Replace(Value s, Value old, Value repl, long maxCount)
    {
        int n = Strs.Length(s), m = Strs.Length(old);
        if (maxCount < 0) maxCount = long.MaxValue;
        if (maxCount == 0) return s;
        var parts = new List<(int Start, int Len)>();
        if (m == 0)
        {
            // Insert repl before every code point and at the end.
            var cps = new List<int>(n * 2);
            var r = Ints32(repl).ToArray();
            long done = 0;
            for (int i = 0; i <= n; i++)
            {
                if (done < maxCount) { cps.AddRange(r); done++; }
                if (i < n) cps.Add(Strs.CharAt(s, i));
            }
            return Strs.FromCodePoints(CollectionsMarshal.AsSpan(cps));
        }
        int pos = 0;
        long replaced = 0;
        var result = new List<int>(n);
        var replCps = Ints32(repl).ToArray();
        var src = Ints32(s).ToArray();
        for (int i = Find(s, old, 0, n); i >= 0 && replaced < maxCount; i = Find(s, old, pos, n))
        {
            result.AddRange(src.AsSpan(pos, i - pos));
            result.AddRange(replCps);
            pos = i + m;
            replaced++;
        }
        if (replaced == 0) return s;
        result.AddRange(src.AsSpan(pos));
        return Strs.FromCodePoints(CollectionsMarshal.AsSpan(result));
    }

    /// sep.join(items): items must all be strs.
    public static Value Join(Value sep, ReadOnlySpan<Value> items)
    {
        if (items.Length == 1 && Strs.IsStr(items[0])) return items[0];
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
        if (total == 0) return Strs.New("");
        var r = Value.FromRef(Strs.Allocate(total, wide));
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
