// The guest class _io.TextIOWrapper: the class of sys.stdin, sys.stdout and sys.stderr and
// of the text files open() returns (TextFiles.cs defines its methods for files). This file
// holds the standard streams' side, reduced to what programs use: write, flush, read,
// readline, readlines, iteration by lines, fileno, isatty, readable, writable, repr. Each
// of those finds its stream by the identity of self (StdStreams' three objects); the
// methods registered on the class dispatch here when self is one of them (StdMethod).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class TextIOClass
{
    public static PyType Type = null!;
    private static readonly Dictionary<string, NativeFn> _std = new();

    [Setup(SetupPhase.Builtins)]
    private static void Setup()
    {
        Type = NativeClasses.Create("TextIOWrapper", "_io");
        _std["write"] = Write;
        _std["flush"] = Flush;
        _std["readline"] = ReadLine;
        _std["read"] = Read;
        _std["readlines"] = ReadLines;
        _std["__iter__"] = Iter;
        _std["__next__"] = Next;
        _std["fileno"] = FileNo;
        _std["isatty"] = IsATty;
        _std["readable"] = (a, _, k) => Py.Bool(Stream("readable", a, k, 0) == 0);
        _std["writable"] = (a, _, k) => Py.Bool(Stream("writable", a, k, 0) != 0);
        _std["__repr__"] = Repr;
        StdStreams.StdinObject = NewStream("<stdin>", "r");
        StdStreams.StdoutObject = NewStream("<stdout>", "w");
        StdStreams.StderrObject = NewStream("<stderr>", "w");
        TextFiles.Define(Type);
    }

    /// The standard-stream version of a TextIOWrapper method, or null.
    public static NativeFn? StdMethod(string name) => _std.GetValueOrDefault(name);

    public static bool IsStd(Value v) => v == StdStreams.StdinObject || v == StdStreams.StdoutObject || v == StdStreams.StderrObject;

    private static Value NewStream(string name, string mode)
    {
        Value obj = NativeClasses.NewOldInstance(Type);
        Instances.Set(obj, "mode", Strs.NewOld(mode));
        Instances.Set(obj, FileObjects.HName, Strs.NewOld(name));
        Instances.Set(obj, FileObjects.HEncoding, Strs.NewOld("utf-8"));
        Instances.Set(obj, FileObjects.HErrors, Strs.NewOld("strict"));
        return obj;
    }

    /// The file descriptor of self (0, 1 or 2), after checking the positional argument count.
    private static int Stream(string method, ReadOnlySpan<Value> args, string[]? kwNames, int extraMax)
    {
        Args.NoKeywords(method, kwNames);
        if (args.Length == 0 || args.Length > 1 + extraMax)
            throw Errors.TypeError($"TextIOWrapper.{method}() takes {(extraMax == 0 ? "no arguments" : $"at most {extraMax} argument")} ({args.Length - 1} given)");
        Value self = args[0];
        if (self == StdStreams.StdinObject) return 0;
        if (self == StdStreams.StdoutObject) return 1;
        if (self == StdStreams.StderrObject) return 2;
        throw Errors.TypeError($"descriptor '{method}' for '_io.TextIOWrapper' objects doesn't apply to a '{Ops.TypeName(self)}' object");
    }

    private static BufferedOutput Output(string method, ReadOnlySpan<Value> args, string[]? kwNames, int extraMax)
    {
        int fd = Stream(method, args, kwNames, extraMax);
        if (fd == 0) throw Errors.OSError("not writable");
        return fd == 1 ? StdStreams.Out : StdStreams.Err;
    }

    private static void CheckReadable(string method, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        if (Stream(method, args, kwNames, 1) != 0) throw Errors.OSError("not readable");
    }

    private static Value Write(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length != 2)
            throw Errors.TypeError($"TextIOWrapper.write() takes exactly one argument ({args.Length - 1} given)");
        var output = Output("write", args, kwNames, 1);
        Value s = args[1];
        if (!Strs.IsStr(s)) throw Errors.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");
        output.Write(Strs.ToNet(s));
        return Ints.New(Strs.Length(s));
    }

    private static Value Flush(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (Stream("flush", args, kwNames, 0) != 0) Output("flush", args, kwNames, 0).Flush();
        return Py.None;
    }

    /// The optional size argument of read/readline: -1 (all) for None or absent.
    private static long SizeArgument(ReadOnlySpan<Value> args)
    {
        if (args.Length < 2 || Py.IsNone(args[1])) return -1;
        return Ops.IndexAsLong(args[1]);
    }

    private static Value ReadLine(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        CheckReadable("readline", args, kwNames);
        return Strs.New(StdStreams.In.ReadLine(SizeArgument(args)));
    }

    private static Value Read(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        CheckReadable("read", args, kwNames);
        return Strs.New(StdStreams.In.Read(SizeArgument(args)));
    }

    private static Value ReadLines(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        CheckReadable("readlines", args, kwNames);
        // The list is kept in a root scope: other threads run (and may collect) while a line is read.
        using var scope = new RootScope();
        int h = scope.Add(Lists.New());
        for (string line; (line = StdStreams.In.ReadLine()).Length > 0;) Lists.Append(scope[h], Strs.New(line));
        return scope[h];
    }

    private static Value Iter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Stream("__iter__", args, kwNames, 0);
        return args[0];
    }

    private static Value Next(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        CheckReadable("__next__", args, kwNames);
        string line = StdStreams.In.ReadLine();
        if (line.Length == 0) throw Errors.StopIteration();
        return Strs.New(line);
    }

    private static Value FileNo(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => Ints.New(Stream("fileno", args, kwNames, 0));

    private static Value IsATty(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        bool redirected = Stream("isatty", args, kwNames, 0) switch
        {
            0 => Console.IsInputRedirected,
            1 => Console.IsOutputRedirected,
            _ => Console.IsErrorRedirected,
        };
        return Py.Bool(!redirected);
    }

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        int fd = Stream("__repr__", args, kwNames, 0);
        string name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
        return Strs.New($"<_io.TextIOWrapper name='{name}' mode='{(fd == 0 ? "r" : "w")}' encoding='utf-8'>");
    }
}
