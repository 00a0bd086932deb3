// OWNER: numbers-and-strings helper. str: immutable. Layout (Off.Length raw byte length,
// Off.StrHash cached hash (raw, 0 = not computed yet), data from Off.StrData):
//   Latin-1: one byte per code point, when every code point is <= 255;
//   UCS-4: four bytes per code point otherwise, marked by the VM header flag Strs.WideFlag
//   (HeaderFlags.FirstVmBit). The representation is canonical (a str with only code
//   points <= 255 is always Latin-1), so equal strs have equal bytes and flags.
// Hash and equality agree between heap strs and .NET strings (which are read as code
// points: surrogate pairs combine). Searching and slicing are in StrOps.cs.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Strs
{
    /// Header flag of UCS-4 strs.
    public const uint WideFlag = HeaderFlags.FirstVmBit;

    private static readonly Dictionary<string, Value> _interned = new(StringComparer.Ordinal);
    private static readonly Value[] _latin1Chars = new Value[256];
    public static Value Empty;

    [Setup(SetupPhase.TypeMethods)]
    private static void CreateConstants()
    {
        Empty = Intern("");
        for (int c = 0; c < 256; c++) _latin1Chars[c] = Intern(((char)c).ToString());
    }

    public static Value New(string s) => Create(s, old: false);

    /// In old space: for constants, names and other VM-global references.
    public static Value NewOld(string s) => Create(s, old: true);

    /// The canonical old-space str for s (attribute names, identifiers): same Value each time.
    /// Other threads may find a new one in the table before the transaction that made it
    /// commits: it is published first (Scheduler.Publish), outside the lock (publishing waits
    /// for the other threads' safe points). Two threads interning the same new string at
    /// once both make one; the first to get the lock back wins, the other's is garbage.
    public static Value Intern(string s)
    {
        lock (_interned)
            if (_interned.TryGetValue(s, out var v)) return v;
        Value made = NewOld(s);
        Scheduler.Publish(made.Ref);
        lock (_interned)
        {
            if (_interned.TryGetValue(s, out var v)) return v;
            Heap.Instance.GlobalRoots.Add(made);
            _interned[s] = made;
            return made;
        }
    }

    /// The one-code-point str (shared for Latin-1 code points).
    public static Value FromCodePoint(int cp)
    {
        if (cp < 256 && !_latin1Chars[cp].IsNull) return _latin1Chars[cp];
        return FromCodePoints([cp]);
    }

    private static Value Create(string s, bool old)
    {
        if (s.Length == 1 && s[0] < 256 && !old && !_latin1Chars[s[0]].IsNull) return _latin1Chars[s[0]];
        int wideAt = s.AsSpan().IndexOfAnyExceptInRange('\0', '\u00ff');
        if (wideAt < 0)
        {
            long obj = Allocate(s.Length, wide: false, old);
            var dst = Mem.Bytes(obj, Off.StrData, s.Length);
            for (int i = 0; i < s.Length; i++) dst[i] = (byte)s[i];
            return Value.FromRef(obj);
        }
        int n = CodePointCount(s);
        long w = Allocate(n, wide: true, old);
        var cps = MemoryMarshal.Cast<byte, int>(Mem.Bytes(w, Off.StrData, 4 * n));
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps[k++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else cps[k++] = s[i];
        }
        return Value.FromRef(w);
    }

    private static int CodePointCount(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// An uninitialized str of n code points in the given representation.
    public static long Allocate(int n, bool wide, bool old = false)
    {
        long bytes = wide ? 4L * n : n;
        long obj = old ? Collector.AllocateOldArray((uint)TypeId.Str, bytes) : Collector.AllocateArray((uint)TypeId.Str, bytes);
        if (wide) Mem.Flags(obj) |= WideFlag;
        return obj;
    }

    public static Value FromLatin1(ReadOnlySpan<byte> data)
    {
        if (data.Length == 1 && !_latin1Chars[data[0]].IsNull) return _latin1Chars[data[0]];
        long obj = Allocate(data.Length, wide: false);
        data.CopyTo(Mem.Bytes(obj, Off.StrData, data.Length));
        return Value.FromRef(obj);
    }

    /// str(x) for an int that fits in a long, formatted straight into the str's bytes.
    public static Value FromLong(long x)
    {
        Span<byte> digits = stackalloc byte[20];
        x.TryFormat(digits, out int n, default, System.Globalization.CultureInfo.InvariantCulture);
        return FromLatin1(digits[..n]);
    }

    /// A str of these code points (Latin-1 when they all fit).
    public static Value FromCodePoints(ReadOnlySpan<int> cps)
    {
        bool wide = cps.IndexOfAnyExceptInRange(0, 255) >= 0;
        if (cps.Length == 1 && !wide && !_latin1Chars[cps[0]].IsNull) return _latin1Chars[cps[0]];
        long obj = Allocate(cps.Length, wide);
        if (wide) cps.CopyTo(MemoryMarshal.Cast<byte, int>(Mem.Bytes(obj, Off.StrData, 4 * cps.Length)));
        else
        {
            var dst = Mem.Bytes(obj, Off.StrData, cps.Length);
            for (int i = 0; i < cps.Length; i++) dst[i] = (byte)cps[i];
        }
        return Value.FromRef(obj);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsStr(Value v) => Ops.Is(v, TypeId.Str);

    /// A str that is not an instance of a user subclass (whose __eq__/__hash__/__lt__ may be
    /// overridden): dict, set and sort fast paths take only these.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainStr(Value v) => Ops.Is(v, TypeId.Str) && !BuiltinSubclasses.IsSubclassInstance(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWide(Value s) => (Mem.Flags(s.Ref) & WideFlag) != 0;

    /// Number of code points.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(Value s)
    {
        int bytes = (int)Mem.Load(s.Ref, Off.Length);
        return IsWide(s) ? bytes >> 2 : bytes;
    }

    /// The data of a Latin-1 str.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Latin1(Value s) => Mem.Bytes(s.Ref, Off.StrData, (int)Mem.Load(s.Ref, Off.Length));

    /// The data of a UCS-4 str.
    public static ReadOnlySpan<int> Wide(Value s)
        => MemoryMarshal.Cast<byte, int>(Mem.Bytes(s.Ref, Off.StrData, (int)Mem.Load(s.Ref, Off.Length)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CharAt(Value s, int i)
        => IsWide(s) ? Wide(s)[i] : Latin1(s)[i];

    /// The code points of s (a copy for Latin-1 strs).
    public static int[] CodePoints(Value s)
    {
        if (IsWide(s)) return Wide(s).ToArray();
        var src = Latin1(s);
        var cps = new int[src.Length];
        for (int i = 0; i < cps.Length; i++) cps[i] = src[i];
        return cps;
    }

    public static string ToNet(Value s)
    {
        if (!IsWide(s)) return System.Text.Encoding.Latin1.GetString(Latin1(s));
        var sb = new System.Text.StringBuilder(Length(s));
        foreach (int cp in Wide(s)) AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    /// Appends one code point (lone surrogates kept as they are).
    public static void AppendCodePoint(System.Text.StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    public static long Hash(Value s)
    {
        long h = Mem.Load(s.Ref, Off.StrHash);
        if (h != 0) return h;
        h = IsWide(s) ? HashOf(Wide(s)) : HashOf(Latin1(s));
        Mem.Store(s.Ref, Off.StrHash, h);
        return h;
    }

    public static long Hash(string s)
    {
        ulong h = HashSeed;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            h = (h ^ (uint)cp) * HashPrime;
        }
        return Finish(h);
    }

    // FNV-1a over code points, with a final avalanche.
    private const ulong HashSeed = 0xcbf29ce484222325, HashPrime = 0x100000001b3;

    private static long HashOf(ReadOnlySpan<byte> data)
    {
        ulong h = HashSeed;
        foreach (byte b in data) h = (h ^ b) * HashPrime;
        return Finish(h);
    }

    private static long HashOf(ReadOnlySpan<int> data)
    {
        ulong h = HashSeed;
        foreach (int c in data) h = (h ^ (uint)c) * HashPrime;
        return Finish(h);
    }

    private static long Finish(ulong h)
    {
        h ^= h >> 29;
        long r = (long)h;
        return r == -1 ? -2 : r;
    }

    public static bool Equal(Value a, Value b)
    {
        if (a == b) return true;
        if (((Mem.Flags(a.Ref) ^ Mem.Flags(b.Ref)) & WideFlag) != 0) return false;
        long la = Mem.Load(a.Ref, Off.Length);
        if (la != Mem.Load(b.Ref, Off.Length)) return false;
        long ha = Mem.Load(a.Ref, Off.StrHash), hb = Mem.Load(b.Ref, Off.StrHash);
        if (ha != 0 && hb != 0 && ha != hb) return false;
        return Mem.Bytes(a.Ref, Off.StrData, (int)la).SequenceEqual(Mem.Bytes(b.Ref, Off.StrData, (int)la));
    }

    public static bool EqualsNet(Value s, string t)
    {
        if (!IsWide(s))
        {
            var data = Latin1(s);
            if (data.Length != t.Length) return false;
            for (int i = 0; i < data.Length; i++) if (data[i] != t[i]) return false;
            return true;
        }
        return ToNet(s) == t;
    }

    /// Code point order: negative, zero or positive.
    public static int Compare(Value a, Value b)
    {
        if (a == b) return 0;
        if (!IsWide(a) && !IsWide(b)) return Latin1(a).SequenceCompareTo(Latin1(b));
        int na = Length(a), nb = Length(b), n = Math.Min(na, nb);
        for (int i = 0; i < n; i++)
        {
            int ca = CharAt(a, i), cb = CharAt(b, i);
            if (ca != cb) return ca < cb ? -1 : 1;
        }
        return na.CompareTo(nb);
    }

    public static Value Concat(Value a, Value b)
    {
        int na = Length(a), nb = Length(b);
        if (na == 0) return b;
        if (nb == 0) return a;
        bool wide = IsWide(a) || IsWide(b);
        long obj = Allocate(na + nb, wide);
        if (!wide)
        {
            var dst = Mem.Bytes(obj, Off.StrData, na + nb);
            Latin1(a).CopyTo(dst);
            Latin1(b).CopyTo(dst[na..]);
            return Value.FromRef(obj);
        }
        var r = Value.FromRef(obj);
        CopyInto(a, r, 0);
        CopyInto(b, r, na);
        return r;
    }

    /// Copies all of src into the (new) str dst at code point index `at`, widening if needed.
    public static void CopyInto(Value src, Value dst, int at) => CopyInto(src, 0, Length(src), dst, at);

    /// Copies src[start:start+n] into the (new) str dst at code point index `at`, widening if
    /// needed (a UCS-4 src goes into a Latin-1 dst only when that range is all Latin-1).
    public static void CopyInto(Value src, int start, int n, Value dst, int at)
    {
        if (!IsWide(dst))
        {
            var b = Mem.Bytes(dst.Ref, Off.StrData + at, n);
            if (!IsWide(src)) Latin1(src).Slice(start, n).CopyTo(b);
            else
            {
                var w = Wide(src).Slice(start, n);
                for (int i = 0; i < n; i++) b[i] = (byte)w[i];
            }
            return;
        }
        var d = MemoryMarshal.Cast<byte, int>(Mem.Bytes(dst.Ref, Off.StrData + 4 * at, 4 * n));
        if (IsWide(src)) Wide(src).Slice(start, n).CopyTo(d);
        else
        {
            var s = Latin1(src).Slice(start, n);
            for (int i = 0; i < n; i++) d[i] = s[i];
        }
    }
}
