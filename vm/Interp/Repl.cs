// The interactive prompt: ">>> " and "... " prompts, each complete input compiled in
// interactive mode (expression statements print their repr through PRINT_EXPR) and run
// in __main__; errors are printed and the loop goes on; end of input exits.
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Runner
{
    public static int Repl()
    {
        ThreadState.BecomeMainThread();
        Stmvm.Gc.Value globals = Modules.DictOf(MainModule());
        while (ReadInput() is { } source)
        {
            if (source.Trim().Length == 0) continue;
            int exit = RunInteractive(source, globals);
            if (exit >= 0) return exit;
        }
        StdStreams.FlushAll();
        return 0;
    }

    /// Runs one input; an exit code when the program asked to end (SystemExit), else -1.
    private static int RunInteractive(string source, Stmvm.Gc.Value globals)
    {
        try
        {
            var code = CodeObjects.Load(Compiler.CompileInteractive(source));
            Interpreter.RunModule(code, globals);
        }
        catch (SyntaxErrorException e)
        {
            StdStreams.Err.Write(FormatSyntaxError(e));
        }
        catch (PyException e)
        {
            if (Ops.TypeOf(e.Exc).IsSubtypeOf(BuiltinTypes.SystemExit)) return ReportUncaught(e.Exc);
            ReportUncaught(e.Exc);
        }
        catch (GuestExit e)
        {
            return e.Code;
        }
        StdStreams.FlushAll();
        return -1;
    }

    /// One complete input: a line, or a block continued with "... " until an empty line.
    private static string? ReadInput()
    {
        StdStreams.Err.Write(">>> ");
        string? first = ReadLine();
        if (first == null) return null;
        if (!NeedsContinuation(first)) return first + "\n";
        var sb = new System.Text.StringBuilder(first).Append('\n');
        while (true)
        {
            StdStreams.Err.Write("... ");
            string? line = ReadLine();
            if (line == null || line.Length == 0) return sb.ToString();
            sb.Append(line).Append('\n');
        }
    }

    /// A line of standard input without its newline; null at end of input.
    private static string? ReadLine()
    {
        StdStreams.FlushAll();
        string line = StdStreams.In.ReadLine();
        return line.Length == 0 ? null : line.TrimEnd('\n');
    }

    private static bool NeedsContinuation(string line)
    {
        string t = line.TrimEnd();
        return t.EndsWith(':') || t.EndsWith('\\') || Unbalanced(t);
    }

    private static bool Unbalanced(string line)
    {
        int depth = 0;
        foreach (char c in line)
        {
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
        }
        return depth > 0;
    }
}
