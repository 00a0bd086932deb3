// str.encode and bytes.decode for the codecs programs use: utf-8, ascii and latin-1 (with
// their aliases), errors 'strict', 'ignore', 'replace' (and 'surrogatepass' for utf-8
// encoding), raising UnicodeEncodeError/UnicodeDecodeError with CPython's messages.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Codecs
{
    private static (string Encoding, string Errors) Options(string fname, ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn)
    {
        Args.OnlyKeywords(fname, kn, "encoding", "errors");
        if (a.Length > 2) throw Errors.TypeError($"{fname}() takes at most 2 arguments ({a.Length} given)");
        Value enc = a.Length > 0 ? a[0] : Args.Keyword(kv, kn, "encoding");
        Value err = a.Length > 1 ? a[1] : Args.Keyword(kv, kn, "errors");
        return (Text(fname, "encoding", enc) ?? "utf-8", Text(fname, "errors", err) ?? "strict");
    }

    private static string? Text(string fname, string arg, Value v)
        => v.IsNull ? null : Strs.IsStr(v) ? Strs.ToNet(v)
            : throw Errors.TypeError($"{fname}() argument '{arg}' must be str, not {Ops.TypeName(v)}");

    /// The canonical codec name, or LookupError "unknown encoding: x".
    private static string Normalize(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        return n switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "ascii" or "us-ascii" or "646" => "ascii",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "latin" => "latin-1",
            _ => throw Errors.New(BuiltinTypes.LookupError, $"unknown encoding: {name}"),
        };
    }

    public static Value Encode(Value s, ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn)
    {
        var (encoding, errors) = Options("encode", a, kv, kn);
        string codec = Normalize(encoding);
        int limit = codec == "ascii" ? 128 : codec == "latin-1" ? 256 : int.MaxValue;
        var output = new List<byte>(Strs.Length(s));
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < Strs.Length(s); i++)
        {
            int cp = Strs.CharAt(s, i);
            bool surrogate = cp is >= 0xd800 and <= 0xdfff;
            if (cp < limit && !(surrogate && errors != "surrogatepass"))
            {
                if (limit != int.MaxValue) output.Add((byte)cp);
                else for (int k = 0, n = Utf8(cp, buf); k < n; k++) output.Add(buf[k]);
                continue;
            }
            switch (errors)
            {
                case "ignore": continue;
                case "replace": output.Add((byte)'?'); continue;
                case "strict":
                    string reason = limit == int.MaxValue ? "surrogates not allowed" : $"ordinal not in range({limit})";
                    throw Failure(BuiltinTypes.UnicodeEncodeError,
                        $"'{codec}' codec can't encode character '{CharEscape(cp)}' in position {i}: {reason}", codec, s, i, i + 1, reason);
                default: throw Errors.New(BuiltinTypes.LookupError, $"unknown error handler name '{errors}'");
            }
        }
        return BytesObjects.New(output.ToArray());
    }

    /// A UnicodeEncodeError/UnicodeDecodeError with its encoding, object, start, end and reason attributes.
    private static PyException Failure(PyType type, string message, string codec, Value obj, int start, int end, string reason)
    {
        var e = Errors.New(type, message);
        Ops.SetAttr(e.Exc, "encoding", Strs.New(codec));
        Ops.SetAttr(e.Exc, "object", obj);
        Ops.SetAttr(e.Exc, "start", Ints.New(start));
        Ops.SetAttr(e.Exc, "end", Ints.New(end));
        Ops.SetAttr(e.Exc, "reason", Strs.New(reason));
        return e;
    }

    private static string CharEscape(int cp) => cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    private static int Utf8(int cp, Span<byte> buf)
    {
        if (cp < 0x80) { buf[0] = (byte)cp; return 1; }
        if (cp < 0x800) { buf[0] = (byte)(0xc0 | cp >> 6); buf[1] = (byte)(0x80 | cp & 0x3f); return 2; }
        if (cp < 0x10000)
        {
            buf[0] = (byte)(0xe0 | cp >> 12); buf[1] = (byte)(0x80 | cp >> 6 & 0x3f); buf[2] = (byte)(0x80 | cp & 0x3f);
            return 3;
        }
        buf[0] = (byte)(0xf0 | cp >> 18); buf[1] = (byte)(0x80 | cp >> 12 & 0x3f);
        buf[2] = (byte)(0x80 | cp >> 6 & 0x3f); buf[3] = (byte)(0x80 | cp & 0x3f);
        return 4;
    }

    /// bytes.decode(...), or str(b, ...) when fname is "str".
    public static Value Decode(Value b, ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn, string fname = "decode")
    {
        var (encoding, errors) = Options(fname, a, kv, kn);
        if (!BytesObjects.IsBytesLike(b)) throw Errors.TypeError($"decoding to str: need a bytes-like object, {Ops.TypeName(b)} found");
        string codec = Normalize(encoding);
        byte[] data = BytesObjects.View(b).ToArray();
        if (codec == "latin-1") return Strs.New(Encoding.Latin1.GetString(data));
        var cps = new List<int>(data.Length);
        for (int i = 0; i < data.Length;)
        {
            int n = codec == "ascii" ? (data[i] < 128 ? 1 : 0) : Utf8Sequence(data, i);
            if (n > 0)
            {
                cps.Add(codec == "ascii" ? data[i] : Utf8Value(data, i, n));
                i += n;
                continue;
            }
            int bad = codec == "ascii" ? 1 : Math.Max(1, -n);
            switch (errors)
            {
                case "ignore": i += bad; continue;
                case "replace": cps.Add(0xfffd); i += bad; continue;
                case "strict":
                    string reason = codec == "ascii" ? "ordinal not in range(128)" : Utf8Reason(data, i);
                    string what = bad > 1 && i + bad >= data.Length ? $"bytes in position {i}-{i + bad - 1}" : $"byte 0x{data[i]:x2} in position {i}";
                    throw Failure(BuiltinTypes.UnicodeDecodeError, $"'{codec}' codec can't decode {what}: {reason}", codec, b, i, i + bad, reason);
                default: throw Errors.New(BuiltinTypes.LookupError, $"unknown error handler name '{errors}'");
            }
        }
        return Strs.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cps));
    }

    /// Length of a valid UTF-8 sequence at i, or minus the number of bytes of an invalid one.
    private static int Utf8Sequence(byte[] d, int i)
    {
        byte b = d[i];
        int n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (n == 0) return -1;
        for (int k = 1; k < n; k++)
        {
            if (i + k >= d.Length) return -k;
            byte c = d[i + k];
            int lo = 0x80, hi = 0xbf;
            if (k == 1)
            {
                if (b == 0xe0) lo = 0xa0;
                else if (b == 0xed) hi = 0x9f;
                else if (b == 0xf0) lo = 0x90;
                else if (b == 0xf4) hi = 0x8f;
            }
            if (c < lo || c > hi) return -k;
        }
        return n;
    }

    private static string Utf8Reason(byte[] d, int i)
    {
        byte b = d[i];
        if (b < 0xc2 || b > 0xf4) return "invalid start byte";
        int n = Utf8Sequence(d, i);
        return i + (-n) >= d.Length ? "unexpected end of data" : "invalid continuation byte";
    }

    private static int Utf8Value(byte[] d, int i, int n) => n switch
    {
        1 => d[i],
        2 => (d[i] & 0x1f) << 6 | d[i + 1] & 0x3f,
        3 => (d[i] & 0x0f) << 12 | (d[i + 1] & 0x3f) << 6 | d[i + 2] & 0x3f,
        _ => (d[i] & 0x07) << 18 | (d[i + 1] & 0x3f) << 12 | (d[i + 2] & 0x3f) << 6 | d[i + 3] & 0x3f,
    };
}
