// OWNER: interpreter helper. Running whole programs for the command line: a file as
// __main__, a -c string, the REPL, and the disassembler. Each returns the process exit
// code; uncaught exceptions are printed as CPython prints them (traceback on stderr,
// exit 1), SystemExit gives its code, SyntaxError prints file/line/caret.
namespace Stmvm.Vm;

public static class Runner
{
    public static int RunFile(string path) => throw new NotImplementedException();
    public static int RunCode(string code) => throw new NotImplementedException();
    public static int Repl() => throw new NotImplementedException();
    public static int Disassemble(string path) => throw new NotImplementedException();
}
