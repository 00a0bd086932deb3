// Running whole programs for the command line: a file as __main__, a -c string, the REPL
// (Repl.cs) and the disassembler. Each returns the process exit code: uncaught
// exceptions are printed as CPython prints them (traceback on stderr, exit 1), SystemExit
// gives its code, a SyntaxError prints file/line/caret; an unexpected .NET exception is an
// internal error (exit 70, STMVM_DEBUG=1 adds the .NET stack).
using System.Text;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Runner
{
    public const int InternalErrorExit = 70;
    /// What a shell reports for a process ended by SIGINT, as CPython's exit after Ctrl-C.
    public const int KeyboardInterruptExit = 130;

    public static int RunFile(string path)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            StdStreams.Err.Write($"stmvm: can't open file '{full}': [Errno 2] No such file or directory\n");
            return 2;
        }
        string dir = Path.GetDirectoryName(full) ?? ".";
        if (!Modules.SearchPath.Contains(dir)) Modules.SearchPath.Insert(0, dir);
        return Guarded(() => RunMain(File.ReadAllBytes(full), full));
    }

    public static int RunCode(string code) => Guarded(() => RunMain(Encoding.UTF8.GetBytes(code), "<string>"));

    public static int Disassemble(string path)
    {
        try
        {
            var code = Compiler.CompileModule(File.ReadAllBytes(path), Path.GetFullPath(path));
            StdStreams.Out.Write(Disassembler.Format(code));
            StdStreams.FlushAll();
            return 0;
        }
        catch (SyntaxErrorException e)
        {
            StdStreams.Err.Write(FormatSyntaxError(e));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            StdStreams.Err.Write($"stmvm: can't open file '{path}': {e.Message}\n");
            return 2;
        }
    }

    /// The __main__ module (created once).
    public static Value MainModule()
    {
        Value m = Modules.Loaded("__main__");
        if (!m.IsNull) return m;
        m = Modules.New("__main__");
        Value dict = Modules.DictOf(m);
        if (Modules.TryGetNative("builtins", out var builtins)) Dicts.SetStr(dict, "__builtins__", builtins);
        Dicts.SetStr(Modules.SysModules, "__main__", m);
        return m;
    }

    private static void RunMain(byte[] source, string file)
    {
        Value dict = Modules.DictOf(MainModule());
        if (file != "<string>") Dicts.SetStr(dict, "__file__", Strs.NewOld(file));
        var code = CodeObjects.Load(Compiler.CompileModule(source, file));
        Interpreter.RunModule(code, dict);
    }

    /// Runs `body`, turning every way a program can end into an exit code.
    private static int Guarded(Action body)
    {
        ThreadState.BecomeMainThread();
        int exit;
        try
        {
            body();
            exit = 0;
        }
        catch (SyntaxErrorException e)
        {
            StdStreams.FlushAll();
            StdStreams.Err.Write(FormatSyntaxError(e));
            exit = 1;
        }
        catch (PyException e)
        {
            exit = ReportUncaught(e.Exc);
        }
        catch (GuestExit e)
        {
            exit = e.Code;
        }
        catch (Exception e) when (ResourceErrors.AsGuestError(e) is { } pe)
        {
            exit = ReportUncaught(pe.Exc);
        }
        catch (Exception e)
        {
            exit = ReportInternalError(e);
        }
        // As CPython: the main thread's error is reported first, then the non-daemon threads
        // are waited for; daemon threads are left behind (they wait for the GIL, which the
        // main thread keeps until the process ends).
        GuestThreads.WaitForShutdown();
        try { StdStreams.FlushAll(); }
        catch (Exception e) when (e is IOException or PyException) { }
        PrintStats();
#if NOSTM
        Runtime.ConflictLog?.Close(0);
#else
        Runtime.ConflictLog?.Close(Transactions.TransactionSeconds());
#endif
        return exit;
    }

    /// Prints an exception that reached the top (or handles SystemExit); the exit code.
    public static int ReportUncaught(Value exc)
    {
        using var scope = new RootScope();
        int h = scope.Add(exc);
        PyType t = Ops.TypeOf(exc);
        if (t.IsSubtypeOf(BuiltinTypes.SystemExit)) return SystemExitCode(scope[h]);
        StdStreams.FlushAll();
        StdStreams.Err.Write(Tracebacks.Format(scope[h]));
        return t.IsSubtypeOf(BuiltinTypes.KeyboardInterrupt) ? KeyboardInterruptExit : 1;
    }

    private static int SystemExitCode(Value exc)
    {
        using var scope = new RootScope();
        int h = scope.Add(Ops.GetAttrOrNull(exc, "code"));
        Value code = scope[h];
        if (code.IsNull || Py.IsNone(code)) return 0;
        if (Ints.IsInt(code) && Ints.TryGetLong(code, out long n)) return (int)n;
        string text = Ops.StrOf(code);
        StdStreams.FlushAll();
        StdStreams.Err.Write(text + "\n");
        return 1;
    }

    private static int ReportInternalError(Exception e)
    {
        var ts = ThreadState.Current;
        var sb = new StringBuilder();
        sb.Append($"stmvm: internal error: {e.GetType().FullName}: {e.Message}\n");
        if (ts.InternalTrace.Count > 0)
        {
            sb.Append("Guest traceback (most recent call last):\n");
            var entries = ts.InternalTrace.AsEnumerable().Reverse().ToList();
            Tracebacks.FormatEntryList(sb, entries);
            ts.InternalTrace.Clear();
        }
        if (Environment.GetEnvironmentVariable("STMVM_DEBUG") == "1") sb.Append(e).Append('\n');
        try { StdStreams.FlushAll(); }
        catch (Exception) { }
        StdStreams.Err.Write(sb.ToString());
        return InternalErrorExit;
    }

    private static void PrintStats()
    {
        if (!Runtime.Options.Stats) return;
        var st = Heap.Instance.Stats;
        double ms(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        StdStreams.Err.Write(
            $"gc: {st.MinorCollections} minor collections ({ms(st.MinorPauseTicks):F1} ms), " +
            $"{st.MajorCollections} major collections ({ms(st.MajorPauseTicks):F1} ms), max pause {ms(st.MaxPauseTicks):F2} ms\n" +
            $"gc: {st.BytesPromoted} bytes promoted, old space {st.OldBytes} bytes (peak {st.PeakOldBytes})\n");
#if !NOSTM
        StdStreams.Err.Write(Transactions.FormatStats());
#endif
    }

    // ---- syntax errors ----

    public static string FormatSyntaxError(SyntaxErrorException e)
    {
        var sb = new StringBuilder();
        // Compile-time MemoryError/RecursionError and errors without a line (undecodable
        // source) print as CPython prints them: the exception line alone.
        if (!e.IsLimitError && e.Line > 0)
        {
            sb.Append($"  File \"{e.FileName}\", line {e.Line}\n");
            if (e.SourceLine != null) Tracebacks.AppendSourceAndCaret(sb, e.SourceLine, e.Column, e.EndColumn);
        }
        sb.Append(e.Msg.Length == 0 ? $"{e.KindName}\n" : $"{e.KindName}: {e.Msg}\n");
        return sb.ToString();
    }

    /// A compile error as a guest SyntaxError (for `import` of a bad module).
    public static PyException ToGuestSyntaxError(SyntaxErrorException e)
    {
        if (e.Kind == SyntaxErrorKind.MemoryError) return Errors.MemoryError();
        if (e.Kind == SyntaxErrorKind.RecursionError) return Errors.RecursionError(e.Msg);
        PyType type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => BuiltinTypes.IndentationError,
            SyntaxErrorKind.TabError => BuiltinTypes.TabError,
            _ => BuiltinTypes.SyntaxError,
        };
        var pe = Errors.New(type, e.Msg);
        using var scope = new RootScope();
        int h = scope.Add(pe.Exc);
        Ops.SetAttr(scope[h], "msg", Strs.New(e.Msg));
        Ops.SetAttr(scope[h], "filename", Strs.New(e.FileName));
        Ops.SetAttr(scope[h], "lineno", e.Line > 0 ? Value.FromSmallInt(e.Line) : Py.None);
        Ops.SetAttr(scope[h], "offset", Value.FromSmallInt(e.Column));
        Ops.SetAttr(scope[h], "end_offset", Value.FromSmallInt(e.EndColumn));
        Ops.SetAttr(scope[h], "text", e.SourceLine == null ? Py.None : Strs.New(e.SourceLine));
        return new PyException(scope[h]);
    }
}
