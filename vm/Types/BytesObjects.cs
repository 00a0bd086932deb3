// OWNER: numbers-and-strings helper. bytes: immutable byte strings, laid out as a Latin-1
// str (Off.Length raw byte count, Off.StrHash cached hash, data from Off.StrData).
// Methods and the constructor are in BytesMethods.cs; bytearray in ByteArrays.cs.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BytesObjects
{
    public static Value New(ReadOnlySpan<byte> data)
    {
        long obj = Collector.AllocateArray((uint)TypeId.Bytes, data.Length);
        data.CopyTo(Mem.Bytes(obj, Off.StrData, data.Length));
        return Value.FromRef(obj);
    }

    public static Value NewOld(ReadOnlySpan<byte> data)
    {
        long obj = Collector.AllocateOldArray((uint)TypeId.Bytes, data.Length);
        data.CopyTo(Mem.Bytes(obj, Off.StrData, data.Length));
        return Value.FromRef(obj);
    }

    /// An uninitialized bytes object of n bytes, filled by the caller before publishing.
    public static Value Allocate(int n) => Value.FromRef(Collector.AllocateArray((uint)TypeId.Bytes, n));

    public static Span<byte> DataForInit(Value b) => Mem.Bytes(b.Ref, Off.StrData, (int)Mem.Load(b.Ref, Off.Length));

    public static ReadOnlySpan<byte> Data(Value b) => Mem.Bytes(b.Ref, Off.StrData, (int)Mem.Load(b.Ref, Off.Length));

    public static bool IsBytes(Value v) => Ops.Is(v, TypeId.Bytes);

    /// bytes or bytearray.
    public static bool IsBytesLike(Value v) => Ops.Is(v, TypeId.Bytes) || Ops.Is(v, TypeId.ByteArray);

    /// The bytes of a bytes or bytearray (valid until the next safe point or mutation).
    public static ReadOnlySpan<byte> View(Value v) => IsBytes(v) ? Data(v) : ByteArrays.Data(v);

    /// a + b; the result has a's type (bytes or bytearray).
    public static Value Concat(Value a, Value b)
    {
        var x = View(a);
        var y = View(b);
        byte[] joined = new byte[x.Length + y.Length];
        x.CopyTo(joined);
        y.CopyTo(joined.AsSpan(x.Length));
        return IsBytes(a) ? New(joined) : ByteArrays.New(joined);
    }

    public static Value Repeat(Value seq, long n)
    {
        var data = View(seq);
        byte[] r = new byte[Sizes.Repeat(n, data.Length, IsBytes(seq) ? "repeated bytes are too long" : null)];
        for (int i = 0; i < n; i++) data.CopyTo(r.AsSpan(i * data.Length));
        return IsBytes(seq) ? New(r) : ByteArrays.New(r);
    }

    public static long Hash(Value b)
    {
        long h = Mem.Load(b.Ref, Off.StrHash);
        if (h != 0) return h;
        h = Strs.Hash(Encoding.Latin1.GetString(Data(b)));
        Mem.Store(b.Ref, Off.StrHash, h);
        return h;
    }

    public static bool Equal(Value a, Value b) => View(a).SequenceEqual(View(b));

    public static int Compare(Value a, Value b) => View(a).SequenceCompareTo(View(b));

    /// repr(bytes): b'...' with CPython's quoting and escapes.
    public static string Repr(ReadOnlySpan<byte> data)
    {
        bool hasSingle = data.IndexOf((byte)'\'') >= 0, hasDouble = data.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte c in data)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(quote).ToString();
    }
}
