// The stmvm command line:
//   stmvm run [options] prog.py [args]   run a program (also: stmvm [options] prog.py [args])
//   stmvm -c CODE [args]                 run a string
//   stmvm                                interactive prompt
//   stmvm dis prog.py                    print the bytecode
//   stmvm stmlog FILE                    print the conflict report of a --stm-log file
// Guest code runs on a thread with a large stack; recursion depth is bounded by
// sys.getrecursionlimit() and by that stack (RecursionGuard), so the process stack never
// overflows. The stack's size bounds how deep a raised limit lets a program go (about
// 120,000 plain calls), and so how long unwinding a RecursionError can take (linear, but
// a .NET exception dispatch per frame: about a second here).
using Stmvm.Vm;

namespace Stmvm.Cli;

public static class Program
{
    private const string Usage =
        "usage: stmvm [run] [options] prog.py [args] | stmvm -c CODE | stmvm dis prog.py | stmvm stmlog FILE\n" +
        "options: --no-jit --jit-threshold N --jit-log FILE --segments N --stm-log FILE --stats --gc-stress --heap-limit MB\n";

    private const int GuestStackBytes = 64 << 20;
    /// --heap-limit bounds: enough for start-up, and what one heap view (4 GiB) can hold.
    private const int MinHeapLimitMB = 16, MaxHeapLimitMB = 3 << 10;

    public static int Main(string[] argv)
    {
        var options = new RuntimeOptions();
        int i = 0;
        string command = "run";
        if (i < argv.Length && argv[i] is "run" or "dis" or "stmlog") command = argv[i++];

        for (; i < argv.Length && argv[i].StartsWith('-') && argv[i] != "-c" && argv[i] != "-"; i++)
        {
            string opt = argv[i];
            string? Next() => i + 1 < argv.Length ? argv[++i] : null;
            switch (opt)
            {
                case "--no-jit": options.NoJit = true; break;
                case "--stats": options.Stats = true; break;
                case "--gc-stress": options.GcStress = true; break;
                case "--jit-threshold":
                    if (!int.TryParse(Next(), out options.JitThreshold) || options.JitThreshold < 1) return UsageError("--jit-threshold needs a positive number");
                    break;
                case "--segments":
                    if (!int.TryParse(Next(), out options.Segments) || options.Segments < 1 || options.Segments > 64) return UsageError("--segments needs a number from 1 to 64");
                    break;
                case "--jit-log":
                    if ((options.JitLog = Next()) == null) return UsageError("--jit-log needs a file name");
                    break;
                case "--heap-limit":
                    if (!int.TryParse(Next(), out int mb) || mb < MinHeapLimitMB || mb > MaxHeapLimitMB)
                        return UsageError($"--heap-limit needs a number of MiB from {MinHeapLimitMB} to {MaxHeapLimitMB}");
                    options.HeapLimit = (long)mb << 20;
                    break;
                case "--stm-log":
                    if ((options.StmLog = Next()) == null) return UsageError("--stm-log needs a file name");
                    break;
                case "-h": case "--help":
                    Console.Out.Write(Usage);
                    return 0;
                default:
                    return UsageError($"unknown option {opt}");
            }
        }

        if (command == "stmlog")
        {
            if (i != argv.Length - 1) return UsageError("stmlog needs one file: stmvm stmlog FILE");
            return ConflictReport.Print(argv[i], Console.Out, Console.Error);
        }

        string? code = null, file = null;
        if (i < argv.Length && argv[i] == "-c")
        {
            if (i + 1 >= argv.Length) return UsageError("-c needs an argument");
            code = argv[i + 1];
            options.Argv = ["-c", .. argv[(i + 2)..]];
        }
        else if (i < argv.Length)
        {
            file = argv[i];
            options.Argv = argv[i..];
        }
        else if (command == "dis") return UsageError("dis needs a file");

        int exit = 0;
        var guest = new Thread(() =>
        {
            try
            {
                Runtime.Initialize(options);
                exit = command == "dis" ? Runner.Disassemble(file!)
                    : code != null ? Runner.RunCode(code)
                    : file != null ? Runner.RunFile(file)
                    : Runner.Repl();
            }
            catch (IOException e) when (!Runtime.Initialized && options.StmLog != null)
            {
                Console.Error.Write($"stmvm: {e.Message}\n");
                exit = 2;
            }
            catch (Exception e)
            {
                // Last resort: the runner reports errors itself; whatever escapes it (start-up,
                // dis, the REPL) must still not kill the process with a .NET trace.
                exit = InternalError(e);
            }
        }, GuestStackBytes);
        guest.Start();
        guest.Join();
        return exit;
    }

    private static int InternalError(Exception e)
    {
        try
        {
            Console.Error.Write($"stmvm: internal error: {e.GetType().FullName}: {e.Message}\n" +
                (Environment.GetEnvironmentVariable("STMVM_DEBUG") == "1" ? e + "\n" : ""));
        }
        catch (Exception)
        {
        }
        return Runner.InternalErrorExit;
    }

    private static int UsageError(string message)
    {
        Console.Error.Write($"stmvm: {message}\n{Usage}");
        return 2;
    }
}
