// The native `_json` module: the speed-critical half of the json package (vm/lib/json/),
// as CPython splits json/ and _json. scanstring, encode_basestring and
// encode_basestring_ascii are CPython's functions; scan_once and encode are what
// json.scanner.make_scanner and json.encoder's c_make_encoder call (their objects are
// Python closures over these); skip_whitespace is JSONDecoder.decode's whitespace match.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class JsonModule
{
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("_json");
        Value dict = Modules.DictOf(module);
        Natives.DefineFunction(dict, "_json", "scanstring", ScanString);
        Natives.DefineFunction(dict, "_json", "encode_basestring_ascii", (a, _, kn) => Quote("encode_basestring_ascii", a, kn, ascii: true));
        Natives.DefineFunction(dict, "_json", "encode_basestring", (a, _, kn) => Quote("encode_basestring", a, kn, ascii: false));
        Natives.DefineFunction(dict, "_json", "scan_once", (a, _, kn) =>
        {
            Args.Exactly("scan_once", a, kn, 8);
            return JsonScanner.ScanOnce(a);
        });
        Natives.DefineFunction(dict, "_json", "encode", Encode);
        Natives.DefineFunction(dict, "_json", "skip_whitespace", SkipWhitespace);
        Modules.RegisterNative("_json", module);
    }

    private static Value Quote(string fname, ReadOnlySpan<Value> a, string[]? kn, bool ascii)
    {
        Args.Exactly(fname, a, kn, 1);
        if (!Strs.IsStr(a[0])) throw Errors.TypeError($"first argument must be a string, not {Ops.TypeName(a[0])}");
        return JsonEscape.QuoteToStr(a[0], ascii);
    }

    /// scanstring(string, end, strict=True) -> (str, end)
    private static Value ScanString(ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn)
    {
        Args.Range("scanstring", a, kn, 2, 3);
        if (!Strs.IsStr(a[0])) throw Errors.TypeError($"first argument must be a string, not {Ops.TypeName(a[0])}");
        return JsonScanner.ScanString(a[0], Ops.IndexAsLong(a[1]), a.Length < 3 || Ops.Truth(a[2]));
    }

    /// skip_whitespace(string, idx) -> the index of the first non-whitespace character from idx.
    private static Value SkipWhitespace(ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn)
    {
        Args.Exactly("skip_whitespace", a, kn, 2);
        long i = Ops.IndexAsLong(a[1]);
        int n = Strs.Length(a[0]);
        while (i < n && JsonScanner.IsWhitespace(Strs.CharAt(a[0], (int)i))) i++;
        return Value.FromSmallInt(i);
    }

    /// encode(obj, indent_level, check_circular, default, ensure_ascii, indent (str or
    /// None), key_separator, item_separator, sort_keys, skipkeys, allow_nan, python_mode,
    /// chunked) -> str, or a list of str chunks when chunked.
    private static Value Encode(ReadOnlySpan<Value> a, ReadOnlySpan<Value> kv, string[]? kn)
    {
        Args.Exactly("encode", a, kn, 13);
        var o = new JsonEncoder.Options
        {
            CheckCircular = Ops.Truth(a[2]),
            EnsureAscii = Ops.Truth(a[4]),
            Indent = Py.IsNone(a[5]) ? null : CodePoints(a[5], "indent"),
            KeySeparator = CodePoints(a[6], "key_separator"),
            ItemSeparator = CodePoints(a[7], "item_separator"),
            SortKeys = Ops.Truth(a[8]),
            SkipKeys = Ops.Truth(a[9]),
            AllowNan = Ops.Truth(a[10]),
            PythonMode = Ops.Truth(a[11]),
            Chunked = Ops.Truth(a[12]),
        };
        return JsonEncoder.Run(a[0], a[3], o, (int)Ops.IndexAsLong(a[1]));
    }

    private static int[] CodePoints(Value s, string what)
        => Strs.IsStr(s) ? Strs.CodePoints(s) : throw Errors.TypeError($"make_encoder() argument '{what}' must be str, not {Ops.TypeName(s)}");
}
