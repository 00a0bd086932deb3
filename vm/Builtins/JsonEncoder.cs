// The JSON encoder of `_json`: a Python value to JSON text, in one of two flavours that
// CPython 3.11 has, because the json package picks one or the other and they differ in
// small observable ways:
//  - C mode (CPython's c_make_encoder, used by JSONEncoder.encode without indent):
//    "Out of range float values are not JSON compliant", RecursionError "... while
//    encoding a JSON object", list/dict subclasses judged empty by their contents;
//  - Python mode (CPython's _make_iterencode: indent, and iterencode/dump): the float
//    error names the value, emptiness is the container's truth value, and optionally the
//    output is cut into the same chunks the Python generator yields (dump writes them one
//    by one).
// Guest code can run in the middle (default(), items() of dict subclasses, sorting keys,
// __iter__ and __bool__ of subclasses), so the containers being encoded are kept in the
// thread's root stack; the path of those containers doubles as the circular-reference
// marker set.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal sealed class JsonEncoder
{
    public struct Options
    {
        public bool CheckCircular, EnsureAscii, SortKeys, SkipKeys, AllowNan, PythonMode, Chunked;
        /// The indent string (null: no newlines); the separators.
        public int[]? Indent;
        public int[] KeySeparator, ItemSeparator;
    }

    private readonly Options _o;
    private readonly JsonWriter _w;
    private readonly RootStack _roots;
    private readonly int _default;
    /// Root slots of the containers (and objects given to default()) being encoded.
    private readonly List<int> _path = new();
    private readonly int _baseDepth;
    private int _depth;

    private JsonEncoder(Options o, RootStack roots, int defaultSlot)
    {
        _o = o;
        _w = new JsonWriter(o.Chunked);
        _roots = roots;
        _default = defaultSlot;
        _baseDepth = ThreadState.Current.Depth;
    }

    /// The text of obj (a str); when o.Chunked, (chunks, error): the chunks CPython's
    /// generator would have yielded, up to the error that stopped it (or None).
    public static Value Run(Value obj, Value defaultFn, Options o, int indentLevel)
    {
        var roots = Mutator.Current.Roots;
        int mark = roots.Top;
        try
        {
            int hd = roots.Push(defaultFn);
            var e = new JsonEncoder(o, roots, hd);
            try
            {
                e.EncodeValue(obj, indentLevel);
            }
            catch (PyException error) when (o.Chunked)
            {
                e._w.DropUnfinishedChunk();
                int he = roots.Push(error.Exc);
                Value partial = e._w.ToChunkList();
                return Tuples.Pair(partial, roots[he]);
            }
            return o.Chunked ? Tuples.Pair(e._w.ToChunkList(), Py.None) : e._w.ToStr();
        }
        finally
        {
            roots.Top = mark;
        }
    }

    /// Writes a str, None, bool, int or float and ends its chunk; false for anything else.
    private bool Scalar(Value v)
    {
        if (Py.IsNone(v)) _w.Append("null");
        else if (v == Py.True) _w.Append("true");
        else if (v == Py.False) _w.Append("false");
        else if (Strs.IsStr(v)) JsonEscape.Quote(_w, v, _o.EnsureAscii);
        else if (v.IsSmallInt) _w.AppendInt(v.SmallInt);
        else if (Ints.IsInt(v)) _w.Append(Ints.ToDecimal(v));
        else if (Floats.IsFloat(v)) _w.Append(FloatText(Floats.Get(v)));
        else return false;
        _w.EndChunk();
        return true;
    }

    private void EncodeValue(Value v, int level)
    {
        if (Scalar(v)) return;
        if (Lists.IsList(v) || Tuples.IsTuple(v)) EncodeList(v, level);
        else if (Dicts.IsDict(v)) EncodeDict(v, level);
        else EncodeDefault(v, level);
    }

    private string FloatText(double d)
    {
        if (double.IsFinite(d)) return Vm.FloatText.Repr(d);
        if (!_o.AllowNan)
            throw Errors.ValueError("Out of range float values are not JSON compliant" + (_o.PythonMode ? ": " + Vm.FloatText.Repr(d) : ""));
        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void Enter()
    {
        if (_baseDepth + ++_depth >= ThreadState.RecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.RecursionError("maximum recursion depth exceeded" + (_o.PythonMode ? " while calling a Python object" : " while encoding a JSON object"));
    }

    /// Roots v (before anything can run guest code); Mark then puts it on the path.
    private int Hold(Value v) => _roots.Push(v);

    /// Puts a held container on the path ("Circular reference detected" if it is already on it).
    private void Mark(int slot)
    {
        if (_o.CheckCircular)
            foreach (int h in _path)
                if (_roots[h] == _roots[slot]) throw Errors.ValueError("Circular reference detected");
        _path.Add(slot);
    }

    private void Unmark(int slot)
    {
        _path.RemoveAt(_path.Count - 1);
        _roots.Top = slot;
    }

    /// A list or tuple; subclasses are iterated (their __iter__), as CPython does.
    private void EncodeList(Value seq, int level)
    {
        Enter();
        bool exact = Ops.TypeOf(seq) == (Lists.IsList(seq) ? BuiltinTypes.List : BuiltinTypes.Tuple);
        int slot = Hold(seq);
        if (!exact && _o.PythonMode && !Ops.Truth(_roots[slot])) { _roots.Top = slot; Empty("[]"); return; }
        Mark(slot);
        if (!exact) _roots[slot] = Materialize(_roots[slot]);
        if (Length(_roots[slot]) == 0) { Unmark(slot); Empty("[]"); return; }
        _w.Append('[');
        int[]? separator = Open(ref level, _o.ItemSeparator);
        for (int i = 0; i < Length(_roots[slot]); i++)
        {
            if (i > 0) _w.Append(separator!);
            Value item = Lists.IsList(_roots[slot]) ? Lists.Item(_roots[slot], i) : Tuples.Item(_roots[slot], i);
            if (Scalar(item)) continue;
            _w.EndChunk();
            EncodeValue(item, level);
        }
        Close(level, ']');
        Unmark(slot);
        _depth--;
    }

    private void Empty(string text)
    {
        _w.Append(text);
        _w.EndChunk();
        _depth--;
    }

    private static int Length(Value seq) => Lists.IsList(seq) ? Lists.Count(seq) : Tuples.Length(seq);

    /// After '[' or '{': with an indent, the newline and deeper indentation (and the item
    /// separator gets them too). Returns the separator to put between items.
    private int[] Open(ref int level, int[] itemSeparator)
    {
        if (_o.Indent == null) return itemSeparator;
        level++;
        NewLine(level);
        var separator = new int[itemSeparator.Length + 1 + _o.Indent.Length * level];
        itemSeparator.CopyTo(separator, 0);
        separator[itemSeparator.Length] = '\n';
        for (int k = 0; k < level; k++) _o.Indent.CopyTo(separator, itemSeparator.Length + 1 + k * _o.Indent.Length);
        return separator;
    }

    private void NewLine(int level)
    {
        _w.Append('\n');
        for (int k = 0; k < level; k++) _w.Append(_o.Indent!);
    }

    /// The closing newline (with an indent) and bracket, each its own chunk.
    private void Close(int level, char bracket)
    {
        if (_o.Indent != null)
        {
            NewLine(level - 1);
            _w.EndChunk();
        }
        _w.Append(bracket);
        _w.EndChunk();
    }

    /// list(iterable) through the iterator protocol.
    private static Value Materialize(Value iterable)
    {
        using var rs = new RootScope();
        int hl = rs.Add(Lists.New());
        int hi = rs.Add(Ops.GetIter(iterable));
        while (true)
        {
            Value item = Ops.Next(rs[hi]);
            if (item.IsNull) return rs[hl];
            Lists.Append(rs[hl], item);
        }
    }

    private void EncodeDict(Value dict, int level)
    {
        Enter();
        bool exact = Ops.TypeOf(dict) == BuiltinTypes.Dict;
        int slot = Hold(dict);
        if (exact || !_o.PythonMode ? Dicts.Count(dict) == 0 : !Ops.Truth(_roots[slot])) { _roots.Top = slot; Empty("{}"); return; }
        Mark(slot);
        _w.Append('{');
        _w.EndChunk();
        int[] separator = Open(ref level, _o.ItemSeparator);
        if (_o.Indent != null) _w.EndChunk();
        bool first = true;
        if (exact && !_o.SortKeys)
        {
            int pos = 0;
            while (Dicts.Next(_roots[slot], ref pos, out Value key, out Value value))
                Item(key, value, level, separator, ref first);
        }
        else
        {
            int items = _roots.Push(Items(_roots[slot], exact));
            if (_o.SortKeys) ListSort.Sort(_roots[items], Py.None, false);
            for (int i = 0; i < Lists.Count(_roots[items]); i++)
            {
                Value pair = Lists.Item(_roots[items], i);
                if (!Tuples.IsTuple(pair) || Tuples.Length(pair) != 2) throw Errors.ValueError("items must return 2-tuples");
                Item(Tuples.Item(pair, 0), Tuples.Item(pair, 1), level, separator, ref first);
            }
        }
        Close(level, '}');
        Unmark(slot);
        _depth--;
    }

    /// A new list of a dict's (key, value) pairs: its entries, or list(d.items()) for a subclass.
    private static Value Items(Value dict, bool exact)
    {
        if (!exact) return Materialize(Ops.Call(Ops.GetAttr(dict, "items"), []));
        var list = Lists.New(Dicts.Count(dict));
        int pos = 0;
        while (Dicts.Next(dict, ref pos, out Value key, out Value value)) Lists.Append(list, Tuples.Pair(key, value));
        return list;
    }

    /// One "key": value member; keys that are not strs are converted as CPython does.
    private void Item(Value key, Value value, int level, int[] separator, ref bool first)
    {
        string? text = null;
        if (!Strs.IsStr(key))
        {
            if (Floats.IsFloat(key)) text = FloatText(Floats.Get(key));
            else if (key == Py.True) text = "true";
            else if (key == Py.False) text = "false";
            else if (Py.IsNone(key)) text = "null";
            else if (Ints.IsInt(key)) text = Ints.ToDecimal(key);
            else if (_o.SkipKeys) return;
            else throw Errors.TypeError($"keys must be str, int, float, bool or None, not {Ops.TypeName(key)}");
        }
        if (!first)
        {
            _w.Append(separator);
            _w.EndChunk();
        }
        first = false;
        if (text == null) JsonEscape.Quote(_w, key, _o.EnsureAscii);
        else { _w.Append('"'); _w.Append(text); _w.Append('"'); }
        _w.EndChunk();
        _w.Append(_o.KeySeparator);
        _w.EndChunk();
        EncodeValue(value, level);
    }

    /// Anything else: default(o) (which raises TypeError unless overridden), then its result.
    private void EncodeDefault(Value o, int level)
    {
        int slot = Hold(o);
        Mark(slot);
        Value replacement = Ops.Call(_roots[_default], [_roots[slot]]);
        Enter();
        EncodeValue(replacement, level);
        _depth--;
        Unmark(slot);
    }
}
