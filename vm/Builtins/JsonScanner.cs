// The JSON decoder of `_json` (CPython's scan_once_unicode and friends in _json.c): one
// JSON value from a str at an index, with the decoder's hooks (object_hook,
// object_pairs_hook, parse_float, parse_int, parse_constant) and CPython's error
// messages and positions (json.decoder.JSONDecodeError; StopIteration(idx) where no value
// starts, which JSONDecoder turns into "Expecting value").
// The document is copied into a managed array first: hooks run guest code, and a
// collection may then move the str. For the same reason every container under
// construction (and a key waiting for its value) sits in the thread's root stack, and
// is read back from it after anything that can call guest code.
using System.Globalization;
using System.Numerics;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal sealed class JsonScanner
{
    private readonly int[] _text;
    private readonly bool _strict;
    private readonly RootStack _roots;
    // Root stack slots of the document, the hooks and the key memo.
    private readonly int _doc, _objectHook, _pairsHook, _parseFloat, _parseInt, _parseConstant, _memo;
    private readonly bool _hasObjectHook, _hasPairsHook, _customFloat, _customInt;
    private readonly int _baseDepth;
    private int _depth;
    // Scratch buffer for strings with escapes.
    private int[] _chars = new int[64];

    /// The document and hooks must already be in the root stack at the given slots.
    private JsonScanner(RootStack roots, int doc, int firstHook, bool strict)
    {
        _roots = roots;
        _doc = doc;
        _text = Strs.IsWide(roots[doc]) ? Strs.Wide(roots[doc]).ToArray() : Widen(Strs.Latin1(roots[doc]));
        _strict = strict;
        (_objectHook, _pairsHook, _parseFloat, _parseInt, _parseConstant) = (firstHook, firstHook + 1, firstHook + 2, firstHook + 3, firstHook + 4);
        _hasObjectHook = !Py.IsNone(roots[_objectHook]);
        _hasPairsHook = !Py.IsNone(roots[_pairsHook]);
        _customFloat = roots[_parseFloat] != BuiltinTypes.Float.Ref;
        _customInt = roots[_parseInt] != BuiltinTypes.Int.Ref;
        _memo = roots.Push(Dicts.New());
        _baseDepth = ThreadState.Current.Depth;
    }

    private static int[] Widen(ReadOnlySpan<byte> latin1)
    {
        var a = new int[latin1.Length];
        for (int i = 0; i < a.Length; i++) a[i] = latin1[i];
        return a;
    }

    /// scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float,
    /// parse_int, parse_constant) -> (value, end).
    public static Value ScanOnce(ReadOnlySpan<Value> args)
    {
        if (!Strs.IsStr(args[0])) throw Errors.TypeError($"first argument must be a string, not {Ops.TypeName(args[0])}");
        long idx = Ops.IndexAsLong(args[1]);
        var roots = Mutator.Current.Roots;
        int mark = roots.Top;
        try
        {
            int doc = roots.Push(args[0]);
            int hooks = roots.Push(args[3]);
            for (int i = 4; i < 8; i++) roots.Push(args[i]);
            var scanner = new JsonScanner(roots, doc, hooks, Ops.Truth(args[2]));
            if (idx < 0) throw Errors.ValueError("idx cannot be negative");
            if (idx >= scanner._text.Length) throw StopAt(idx);
            Value v = scanner.Scan((int)idx, out int end);
            return Tuples.Pair(v, Value.FromSmallInt(end));
        }
        finally
        {
            roots.Top = mark;
        }
    }

    /// scanstring(string, end, strict=True) -> (str, end after the closing quote).
    public static Value ScanString(Value s, long end, bool strict)
    {
        var roots = Mutator.Current.Roots;
        int mark = roots.Top;
        try
        {
            int doc = roots.Push(s);
            int hooks = roots.Push(Py.None);
            for (int i = 0; i < 4; i++) roots.Push(Py.None);
            var scanner = new JsonScanner(roots, doc, hooks, strict);
            if (end < 0 || end > scanner._text.Length) throw Errors.ValueError("end is out of bounds");
            Value v = scanner.String((int)end, out int next);
            return Tuples.Pair(v, Value.FromSmallInt(next));
        }
        finally
        {
            roots.Top = mark;
        }
    }

    private static PyException StopAt(long idx)
        => new(ExceptionObjects.CreateWithArg(BuiltinTypes.StopIteration, Value.FromSmallInt(idx)));

    /// json.decoder.JSONDecodeError(msg, doc, pos).
    private PyException Error(string msg, int pos)
    {
        Value cls = Ops.GetAttr(Imports.Import("json.decoder"), "JSONDecodeError");
        Value exc = Ops.Call(cls, [Strs.New(msg), _roots[_doc], Value.FromSmallInt(pos)]);
        return new PyException(exc);
    }

    public static bool IsWhitespace(int c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    private int SkipWhitespace(int i)
    {
        while (i < _text.Length && IsWhitespace(_text[i])) i++;
        return i;
    }

    private int At(int i) => i < _text.Length ? _text[i] : -1;

    /// One value starting exactly at idx (idx < length).
    private Value Scan(int idx, out int next)
    {
        switch (_text[idx])
        {
            case '"': return String(idx + 1, out next);
            case '{': return Nested(idx, isObject: true, out next);
            case '[': return Nested(idx, isObject: false, out next);
            case 'n' when Matches(idx, "null"): next = idx + 4; return Py.None;
            case 't' when Matches(idx, "true"): next = idx + 4; return Py.True;
            case 'f' when Matches(idx, "false"): next = idx + 5; return Py.False;
            case 'N' when Matches(idx, "NaN"): return Constant("NaN", idx, out next);
            case 'I' when Matches(idx, "Infinity"): return Constant("Infinity", idx, out next);
            case '-' when Matches(idx, "-Infinity"): return Constant("-Infinity", idx, out next);
        }
        return Number(idx, out next);
    }

    private bool Matches(int idx, string word)
    {
        if (idx + word.Length > _text.Length) return false;
        for (int i = 1; i < word.Length; i++) if (_text[idx + i] != word[i]) return false;
        return true;
    }

    private Value Constant(string name, int idx, out int next)
    {
        next = idx + name.Length;
        return Ops.Call(_roots[_parseConstant], [Strs.New(name)]);
    }

    /// An object or an array, counted against the recursion limit as CPython's C recursion is.
    private Value Nested(int idx, bool isObject, out int next)
    {
        if (_baseDepth + ++_depth >= ThreadState.RecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.RecursionError($"maximum recursion depth exceeded while decoding a JSON {(isObject ? "object" : "array")} from a unicode string");
        try
        {
            return isObject ? Object(idx + 1, out next) : Array(idx + 1, out next);
        }
        finally
        {
            _depth--;
        }
    }

    /// Scans a value where one is required: StopIteration(idx) when none starts there
    /// (JSONDecoder.raw_decode reports it as "Expecting value", as with CPython).
    private Value Required(int idx, out int next)
    {
        if (idx >= _text.Length) throw StopAt(idx);
        return Scan(idx, out next);
    }

    private Value Array(int idx, out int next)
    {
        int mark = _roots.Top;
        int list = _roots.Push(Lists.New());
        idx = SkipWhitespace(idx);
        if (At(idx) != ']')
        {
            while (true)
            {
                Value item = Required(idx, out idx);
                Lists.Append(_roots[list], item);
                idx = SkipWhitespace(idx);
                if (At(idx) == ']') break;
                if (At(idx) != ',') throw Error("Expecting ',' delimiter", idx);
                idx = SkipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        Value result = _roots[list];
        _roots.Top = mark;
        return result;
    }

    private Value Object(int idx, out int next)
    {
        int mark = _roots.Top;
        int obj = _roots.Push(_hasPairsHook ? Lists.New() : Dicts.New());
        int key = _roots.Push(Value.Null);
        idx = SkipWhitespace(idx);
        if (At(idx) != '}')
        {
            while (true)
            {
                if (At(idx) != '"') throw Error("Expecting property name enclosed in double quotes", idx);
                _roots[key] = Memoized(String(idx + 1, out idx));
                idx = SkipWhitespace(idx);
                if (At(idx) != ':') throw Error("Expecting ':' delimiter", idx);
                idx = SkipWhitespace(idx + 1);
                Value value = Required(idx, out idx);
                if (_hasPairsHook) Lists.Append(_roots[obj], Tuples.Pair(_roots[key], value));
                else Dicts.Set(_roots[obj], _roots[key], value);
                idx = SkipWhitespace(idx);
                if (At(idx) == '}') break;
                if (At(idx) != ',') throw Error("Expecting ',' delimiter", idx);
                idx = SkipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        Value result = _roots[obj];
        _roots.Top = mark;
        if (_hasPairsHook) return Ops.Call(_roots[_pairsHook], [result]);
        if (_hasObjectHook) return Ops.Call(_roots[_objectHook], [result]);
        return result;
    }

    /// Equal keys share one str object, as CPython's memo does.
    private Value Memoized(Value key)
    {
        Value memo = _roots[_memo];
        Value seen = Dicts.Get(memo, key);
        if (!seen.IsNull) return seen;
        Dicts.Set(memo, key, key);
        return key;
    }

    /// The body of a string; `end` is just after the opening quote.
    private Value String(int end, out int next)
    {
        int begin = end - 1, n = 0, len = _text.Length;
        while (true)
        {
            int i = end;
            int c = 0;
            for (; i < len; i++)
            {
                c = _text[i];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && _strict) throw Error("Invalid control character at", i);
            }
            if (i == len) throw Error("Unterminated string starting at", begin);
            if (c == '"' && n == 0)
            {
                next = i + 1;
                return Strs.FromCodePoints(_text.AsSpan(end, i - end));
            }
            Collect(_text.AsSpan(end, i - end), ref n);
            if (c == '"') { next = i + 1; break; }
            i++;
            if (i == len) throw Error("Unterminated string starting at", begin);
            c = _text[i];
            if (c != 'u')
            {
                end = i + 1;
                c = c switch { '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => -1 };
                if (c < 0) throw Error("Invalid \\escape", end - 2);
            }
            else
            {
                i++;
                end = i + 4;
                if (end >= len) throw Error("Invalid \\uXXXX escape", i - 1);
                c = Hex4(i);
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && _text[end] == '\\' && _text[end + 1] == 'u')
                {
                    int c2 = Hex4(end + 2);
                    if (c2 >= 0xdc00 && c2 <= 0xdfff)
                    {
                        c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                        end += 6;
                    }
                }
            }
            Collect([c], ref n);
        }
        return Strs.FromCodePoints(_chars.AsSpan(0, n));
    }

    private void Collect(ReadOnlySpan<int> cps, ref int n)
    {
        if (n + cps.Length > _chars.Length) System.Array.Resize(ref _chars, Math.Max(_chars.Length * 2, n + cps.Length));
        cps.CopyTo(_chars.AsSpan(n));
        n += cps.Length;
    }

    /// Four hex digits at i ("Invalid \uXXXX escape" at the backslash otherwise).
    private int Hex4(int i)
    {
        int v = 0;
        for (int k = i; k < i + 4; k++)
        {
            int d = _text[k];
            int digit = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
            if (digit < 0) throw Error("Invalid \\uXXXX escape", i - 1);
            v = (v << 4) | digit;
        }
        return v;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    /// A number (StopIteration(start) when none starts here), with JSON's grammar: an
    /// exponent or fraction without digits is not part of the number.
    private Value Number(int start, out int next)
    {
        int idx = start, last = _text.Length - 1;
        if (_text[idx] == '-' && ++idx > last) throw StopAt(start);
        if (_text[idx] >= '1' && _text[idx] <= '9')
        {
            idx++;
            while (idx <= last && IsDigit(_text[idx])) idx++;
        }
        else if (_text[idx] == '0') idx++;
        else throw StopAt(start);
        bool isFloat = false;
        if (idx < last && _text[idx] == '.' && IsDigit(_text[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= last && IsDigit(_text[idx])) idx++;
        }
        if (idx < last && (_text[idx] == 'e' || _text[idx] == 'E'))
        {
            int eStart = idx++;
            if (idx < last && (_text[idx] == '-' || _text[idx] == '+')) idx++;
            while (idx <= last && IsDigit(_text[idx])) idx++;
            if (IsDigit(_text[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        next = idx;
        var digits = _text.AsSpan(start, idx - start);
        if (isFloat ? _customFloat : _customInt)
            return Ops.Call(_roots[isFloat ? _parseFloat : _parseInt], [Strs.FromCodePoints(digits)]);
        Span<char> text = digits.Length <= 128 ? stackalloc char[digits.Length] : new char[digits.Length];
        for (int i = 0; i < digits.Length; i++) text[i] = (char)digits[i];
        if (isFloat) return Floats.New(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (text.Length <= 18) return Ints.New(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        int count = text[0] == '-' ? text.Length - 1 : text.Length;
        if (count > Ints.MaxStrDigits)
            throw Errors.ValueError($"Exceeds the limit ({Ints.MaxStrDigits} digits) for integer string conversion: value has {count} digits; use sys.set_int_max_str_digits() to increase the limit");
        return Ints.New(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }
}
