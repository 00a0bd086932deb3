// Built-in functions for input and output: print (with a fast path to the buffered
// standard streams), input, open (FileObjects.cs), exit/quit.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class BuiltinsIO
{
    public static void Define(Value d)
    {
        BuiltinsModule.Function(d, "print", Print);
        BuiltinsModule.Function(d, "input", Input);
        BuiltinsModule.Function(d, "open", FileObjects.Open);
        BuiltinsModule.Function(d, "exit", (a, _, k) => SysModule.Exit("exit", a, k));
        BuiltinsModule.Function(d, "quit", (a, _, k) => SysModule.Exit("quit", a, k));
    }

    /// A str keyword of print (sep, end), or `dflt` when absent or None.
    private static string? TextKeyword(ReadOnlySpan<Value> kwValues, string[]? kwNames, string name, string dflt)
    {
        Value v = Args.Keyword(kwValues, kwNames, name);
        if (v.IsNull || Py.IsNone(v)) return dflt;
        if (!Strs.IsStr(v)) throw Errors.TypeError($"{name} must be None or a string, not {Ops.TypeName(v)}");
        return Strs.ToNet(v);
    }

    private static Value Print(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("print", kwNames, "sep", "end", "file", "flush");
        string sep = TextKeyword(kwValues, kwNames, "sep", " ")!;
        string end = TextKeyword(kwValues, kwNames, "end", "\n")!;
        Value file = Args.Keyword(kwValues, kwNames, "file");
        if (file.IsNull || Py.IsNone(file)) file = SysModule.Stdout();
        if (Py.IsNone(file)) return Py.None;
        var output = StdStreams.OutputFor(file);
        if (output != null) PrintFast(output, args, sep, end);
        else PrintToObject(args, kwValues, kwNames, sep, end);
        Value flush = Args.Keyword(kwValues, kwNames, "flush");
        if (!flush.IsNull && Ops.Truth(flush)) FlushFile(kwValues, kwNames);
        return Py.None;
    }

    private static void PrintFast(BufferedOutput output, ReadOnlySpan<Value> args, string sep, string end)
    {
        if (args.Length == 1 && Strs.IsStr(args[0]))
        {
            output.Write(Strs.ToNet(args[0]));
            output.Write(end);
            return;
        }
        var sb = new StringBuilder();
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Ops.StrOf(args[i]));
        }
        sb.Append(end);
        output.Write(sb.ToString());
    }

    /// print(file=obj): obj.write(piece) for each piece, as CPython calls it.
    private static void PrintToObject(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, string sep, string end)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) WriteTo(kwValues, kwNames, Strs.New(sep));
            WriteTo(kwValues, kwNames, Ops.Str(args[i]));
        }
        WriteTo(kwValues, kwNames, Strs.New(end));
    }

    /// The print target (re-read from the frame stack: it may have moved) .write(text).
    private static void WriteTo(ReadOnlySpan<Value> kwValues, string[]? kwNames, Value text)
    {
        using var rs = new RootScope();
        int h = rs.Add(text);
        Value write = Ops.GetAttr(PrintTarget(kwValues, kwNames), "write");
        Ops.Call(write, [rs[h]]);
    }

    private static Value PrintTarget(ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value file = Args.Keyword(kwValues, kwNames, "file");
        return file.IsNull || Py.IsNone(file) ? SysModule.Stdout() : file;
    }

    private static void FlushFile(ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value file = PrintTarget(kwValues, kwNames);
        var output = StdStreams.OutputFor(file);
        if (output != null) output.Flush();
        else Ops.Call(Ops.GetAttr(file, "flush"), []);
    }

    private static Value Input(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("input", args, kwNames, 0, 1);
        Value stdout = SysModule.Stdout();
        if (args.Length == 1)
        {
            string prompt = Ops.StrOf(args[0]);
            var output = StdStreams.OutputFor(stdout);
            if (output != null) output.Write(prompt);
            else Ops.Call(Ops.GetAttr(stdout, "write"), [Strs.New(prompt)]);
        }
        StdStreams.FlushAll();
        string line = ReadInputLine();
        if (line.Length == 0) throw Errors.New(BuiltinTypes.EOFError, "EOF when reading a line");
        return Strs.New(line.EndsWith('\n') ? line[..^1] : line);
    }

    /// A line from sys.stdin: the process's stdin directly, or stdin.readline() of a replacement.
    private static string ReadInputLine()
    {
        Value stdin = SysModule.Stdin();
        if (stdin == StdStreams.StdinObject) return StdStreams.In.ReadLine();
        Value line = Ops.Call(Ops.GetAttr(stdin, "readline"), []);
        if (!Strs.IsStr(line)) throw Errors.TypeError($"object.readline() returned non-string");
        return Strs.ToNet(line);
    }
}
