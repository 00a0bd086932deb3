// Printing an uncaught exception exactly as CPython 3.11 does (without its ^^^ markers):
// the chain of causes and contexts first, then "Traceback (most recent call last):",
// one "  File ..., line N, in f" entry per traceback entry with its source line,
// runs of more than 3 identical entries collapsed into "[Previous line repeated N more
// times]", and the final "Type: message" line (SyntaxErrors show file, line and caret).
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Tracebacks
{
    private const int RecursiveCutoff = 3;
    private const int Limit = 1000;
    private static readonly Dictionary<string, string[]?> _sources = new();

    /// The whole report for exc, as CPython's sys.excepthook writes it.
    public static string Format(Value exc)
    {
        using var scope = new RootScope();
        var chain = new List<(int Handle, string? Separator)>();
        CollectChain(exc, chain, scope);
        var sb = new StringBuilder();
        foreach (var (h, separator) in chain)
        {
            FormatEntries(sb, ExceptionFlow.TracebackOf(scope[h]));
            sb.Append(FormatFinal(scope[h]));
            if (separator != null) sb.Append(separator);
        }
        return sb.ToString();
    }

    private const string CauseSeparator = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextSeparator = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /// The exceptions to print, oldest first, each with the line that links it to the next.
    /// A loop, not a recursion: the chain can be as long as the recursion limit allows.
    private static void CollectChain(Value exc, List<(int, string?)> chain, RootScope scope)
    {
        var seen = new HashSet<long>();
        string? separator = null;
        for (Value e = exc; ;)
        {
            seen.Add(e.Bits);
            chain.Add((scope.Add(e), separator));
            Value cause = ExceptionFlow.CauseFieldOf(e), context = ExceptionFlow.ContextOf(e);
            if (!cause.IsNull && !seen.Contains(cause.Bits)) (e, separator) = (cause, CauseSeparator);
            else if (cause.IsNull && !context.IsNull && !ExceptionFlow.SuppressContext(e) && !seen.Contains(context.Bits))
                (e, separator) = (context, ContextSeparator);
            else break;
        }
        chain.Reverse();
    }

    private static void FormatEntries(StringBuilder sb, Value tb)
    {
        var entries = new List<(string File, int Line, string Name)>();
        for (; !tb.IsNull && Ops.Is(tb, TypeId.Traceback); tb = Mem.LoadValue(tb.Ref, Off.TbNext))
        {
            var code = CodeObjects.Of(Mem.LoadValue(tb.Ref, Off.TbCode));
            entries.Add((code.FileName, (int)Mem.LoadValue(tb.Ref, Off.TbLine).SmallInt, Strs.ToNet(Mem.LoadValue(tb.Ref, Off.TbName))));
        }
        if (entries.Count == 0) return;
        sb.Append("Traceback (most recent call last):\n");
        FormatEntryList(sb, entries.Skip(Math.Max(0, entries.Count - Limit)));
    }

    /// Entries with CPython's collapsing of repeated lines.
    public static void FormatEntryList(StringBuilder sb, IEnumerable<(string File, int Line, string Name)> entries)
    {
        (string File, int Line, string Name)? last = null;
        int count = 0;
        foreach (var e in entries)
        {
            if (last != e)
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count);
                last = e;
                count = 0;
            }
            if (++count > RecursiveCutoff) continue;
            sb.Append($"  File \"{e.File}\", line {e.Line}, in {e.Name}\n");
            if (SourceLine(e.File, e.Line) is { Length: > 0 } src) sb.Append($"    {src}\n");
        }
        if (count > RecursiveCutoff) AppendRepeated(sb, count);
    }

    private static void AppendRepeated(StringBuilder sb, int count)
    {
        int more = count - RecursiveCutoff;
        sb.Append($"  [Previous line repeated {more} more time{(more == 1 ? "" : "s")}]\n");
    }

    /// The last line: "ValueError: message", just the name for an empty message; the
    /// module prefix for classes outside builtins and __main__.
    public static string FormatFinal(Value exc)
    {
        PyType t = Ops.TypeOf(exc);
        string name = TypeName(t);
        if (t.IsSubtypeOf(BuiltinTypes.SyntaxError) && SyntaxErrorDetails(exc) is { } details) return details;
        string message;
        try { message = Ops.StrOf(exc); }
        catch (PyException) { message = "<exception str() failed>"; }
        return message.Length == 0 ? $"{name}\n" : $"{name}: {message}\n";
    }

    private static string TypeName(PyType t)
    {
        string qual = TypeObjects.QualNameOf(t);
        Value module = TypeObjects.ModuleOf(t);
        string mod = !module.IsNull && Strs.IsStr(module) ? Strs.ToNet(module) : "";
        return mod is "" or "builtins" or "__main__" ? qual : $"{mod}.{qual}";
    }

    /// "  File ..., line N" / source / caret / "SyntaxError: msg" from the exception's attributes.
    private static string? SyntaxErrorDetails(Value exc)
    {
        using var scope = new RootScope();
        int h = scope.Add(exc);
        string? msg = AttrText(h, "msg");
        if (msg == null) return null;
        var sb = new StringBuilder();
        string? file = AttrText(h, "filename"), line = AttrText(h, "lineno"), text = AttrText(h, "text");
        int.TryParse(AttrText(h, "offset"), out int offset);
        int.TryParse(AttrText(h, "end_offset"), out int endOffset);
        if (file != null && line != null) sb.Append($"  File \"{file}\", line {line}\n");
        if (text != null) AppendSourceAndCaret(sb, text, offset, endOffset);
        sb.Append($"{TypeName(Ops.TypeOf(scope[h]))}: {msg}\n");
        return sb.ToString();
    }

    /// str() of attribute `name` of the rooted object `handle`, or null when missing or None.
    private static string? AttrText(int handle, string name)
    {
        Value v = Ops.GetAttrOrNull(Mutator.Current.Roots[handle], name);
        return v.IsNull || Py.IsNone(v) ? null : Ops.StrOf(v);
    }

    public static void AppendSourceAndCaret(StringBuilder sb, string text, int offset, int endOffset)
    {
        string trimmedEnd = text.TrimEnd('\n', '\r');
        string stripped = trimmedEnd.TrimStart();
        sb.Append($"    {stripped}\n");
        if (offset <= 0) return;
        int col = Math.Max(0, offset - 1 - (trimmedEnd.Length - stripped.Length));
        int width = endOffset > offset ? endOffset - offset : 1;
        col = Math.Min(col, stripped.Length);
        sb.Append("    ").Append(' ', col).Append('^', width).Append('\n');
    }

    /// Line `line` of a source file (or of an embedded library module), stripped; null if unknown.
    public static string? SourceLine(string file, int line)
    {
        string[]? lines;
        lock (_sources)
        {
            if (!_sources.TryGetValue(file, out lines)) _sources[file] = lines = ReadLines(file);
        }
        if (lines == null || line < 1 || line > lines.Length) return null;
        return lines[line - 1].Trim();
    }

    private static string[]? ReadLines(string file)
    {
        try
        {
            byte[]? bytes = File.Exists(file) ? File.ReadAllBytes(file) : Imports.ReadResource(file);
            return bytes == null ? null : new UTF8Encoding(false).GetString(bytes).Split('\n');
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static Value TbLineNo(Value tb) => Mem.LoadValue(tb.Ref, Off.TbLine);

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineAttributes()
    {
        var t = BuiltinTypes.Traceback;
        NativeProperties.Define(t, "tb_lineno", TbLineNo);
        NativeProperties.Define(t, "tb_next", tb => Mem.LoadValue(tb.Ref, Off.TbNext));
        NativeProperties.Define(t, "tb_frame", _ => Py.None);
        NativeProperties.Define(t, "tb_code", tb => Mem.LoadValue(tb.Ref, Off.TbCode));
    }
}
