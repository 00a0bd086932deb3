// The text side of `_json`: a growable code-point buffer that the encoder writes into
// (Latin-1 bytes until a wider code point arrives, then UCS-4, like the str layout, so
// building a str at the end is one copy), and JSON's two string escapings as CPython's
// _json.c does them: encode_basestring_ascii (every non-printable-ASCII code point as
// \uXXXX, astral ones as a surrogate pair) and encode_basestring (only '"', '\' and
// control characters escaped). The buffer lives in managed memory, so guest calls (and
// the collections they may run) between two writes do not disturb it.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal sealed class JsonWriter
{
    private byte[] _narrow = new byte[256];
    private int[]? _wide;
    private int _length;
    /// Chunk ends, when the writer records chunk boundaries (JSONEncoder.iterencode).
    private readonly List<int>? _chunkEnds;

    public JsonWriter(bool chunked) { if (chunked) _chunkEnds = new List<int>(); }

    public int Length => _length;

    public void Append(int cp)
    {
        if (_wide == null)
        {
            if (cp < 256)
            {
                if (_length == _narrow.Length) Array.Resize(ref _narrow, _length * 2);
                _narrow[_length++] = (byte)cp;
                return;
            }
            Widen();
        }
        if (_length == _wide!.Length) Array.Resize(ref _wide, _length * 2);
        _wide[_length++] = cp;
    }

    /// Appends ASCII text (literals, number reprs).
    public void Append(string ascii)
    {
        if (_wide == null)
        {
            Reserve(ascii.Length);
            for (int i = 0; i < ascii.Length; i++) _narrow[_length++] = (byte)ascii[i];
            return;
        }
        foreach (char c in ascii) Append(c);
    }

    /// Appends the decimal digits of n without allocating.
    public void AppendInt(long n)
    {
        Span<char> digits = stackalloc char[20];
        n.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        Reserve(written);
        foreach (char c in digits[..written]) Append(c);
    }

    public void Append(ReadOnlySpan<int> cps)
    {
        foreach (int cp in cps) Append(cp);
    }

    /// Appends the code points of a str.
    public void AppendStr(Value s)
    {
        if (Strs.IsWide(s)) { Append(Strs.Wide(s)); return; }
        var src = Strs.Latin1(s);
        if (_wide == null)
        {
            Reserve(src.Length);
            src.CopyTo(_narrow.AsSpan(_length));
            _length += src.Length;
            return;
        }
        foreach (byte b in src) Append(b);
    }

    private void Reserve(int n)
    {
        if (_length + n > _narrow.Length) Array.Resize(ref _narrow, Math.Max(_narrow.Length * 2, _length + n));
    }

    private void Widen()
    {
        _wide = new int[Math.Max(_narrow.Length, 16)];
        for (int i = 0; i < _length; i++) _wide[i] = _narrow[i];
    }

    /// Marks the end of a chunk (what one `yield` of CPython's Python encoder produces).
    public void EndChunk() => _chunkEnds?.Add(_length);

    /// Forgets what was written after the last chunk end (a chunk that was never finished).
    public void DropUnfinishedChunk() => _length = _chunkEnds is { Count: > 0 } ? _chunkEnds[^1] : 0;

    /// The whole text as one str.
    public Value ToStr() => Slice(0, _length);

    /// The recorded chunks as a list of strs.
    public Value ToChunkList()
    {
        using var rs = new RootScope();
        int hl = rs.Add(Lists.New(_chunkEnds!.Count));
        int start = 0;
        foreach (int end in _chunkEnds)
        {
            Value chunk = Slice(start, end);
            Lists.Append(rs[hl], chunk);
            start = end;
        }
        return rs[hl];
    }

    private Value Slice(int start, int end)
        => _wide == null ? Strs.FromLatin1(_narrow.AsSpan(start, end - start)) : Strs.FromCodePoints(_wide.AsSpan(start, end - start));
}

internal static class JsonEscape
{
    private const string Hex = "0123456789abcdef";

    /// Writes s as a quoted JSON string: ASCII only (ensure_ascii) or with only the
    /// characters JSON requires escaped.
    public static void Quote(JsonWriter w, Value s, bool ascii)
    {
        w.Append('"');
        if (Strs.IsWide(s)) QuoteRuns(w, Strs.Wide(s), ascii);
        else QuoteRuns(w, Strs.Latin1(s), ascii);
        w.Append('"');
    }

    /// Copies runs of characters that need no escape, escaping the others.
    private static void QuoteRuns<T>(JsonWriter w, ReadOnlySpan<T> text, bool ascii) where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        int runStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int c = int.CreateTruncating(text[i]);
            if (c >= ' ' && c != '"' && c != '\\' && (!ascii || c <= '~')) continue;
            for (int k = runStart; k < i; k++) w.Append(int.CreateTruncating(text[k]));
            runStart = i + 1;
            Escape(w, c);
        }
        for (int k = runStart; k < text.Length; k++) w.Append(int.CreateTruncating(text[k]));
    }

    private static void Escape(JsonWriter w, int c)
    {
        w.Append('\\');
        switch (c)
        {
            case '"': w.Append('"'); return;
            case '\\': w.Append('\\'); return;
            case '\b': w.Append('b'); return;
            case '\f': w.Append('f'); return;
            case '\n': w.Append('n'); return;
            case '\r': w.Append('r'); return;
            case '\t': w.Append('t'); return;
        }
        if (c >= 0x10000)
        {
            int v = c - 0x10000;
            Hex4(w, 0xd800 | (v >> 10));
            w.Append('\\');
            c = 0xdc00 | (v & 0x3ff);
        }
        Hex4(w, c);
    }

    private static void Hex4(JsonWriter w, int c)
    {
        w.Append('u');
        for (int shift = 12; shift >= 0; shift -= 4) w.Append(Hex[(c >> shift) & 0xf]);
    }

    /// encode_basestring_ascii(s) / encode_basestring(s) as functions.
    public static Value QuoteToStr(Value s, bool ascii)
    {
        var w = new JsonWriter(chunked: false);
        Quote(w, s, ascii);
        return w.ToStr();
    }
}
