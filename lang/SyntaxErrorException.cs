// A compile-time error, reported as CPython reports it:
//   File "prog.py", line 3
//     x = (1 +
//         ^
//   SyntaxError: '(' was never closed
namespace Stmvm.Lang;

/// The last two are not syntax errors: CPython 3.11 raises them while compiling source that
/// nests too deeply (the parser's stack limit: MemoryError with no message; the AST
/// optimizer's and symbol table's recursion limit: RecursionError "maximum recursion depth
/// exceeded during compilation"). They carry no position and print as a bare exception line.
public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError, MemoryError, RecursionError }

public sealed class SyntaxErrorException(SyntaxErrorKind kind, string message, string fileName, int line,
    int column, string? sourceLine, int endColumn = -1) : Exception(message)
{
    public SyntaxErrorKind Kind { get; } = kind;
    public string Msg { get; } = message;
    public string FileName { get; } = fileName;
    /// 1-based.
    public int Line { get; } = line;
    /// 1-based column of the caret (CPython's offset), 0 if unknown.
    public int Column { get; } = column;
    /// 1-based end column (exclusive) for a range of carets, -1 for a single caret.
    public int EndColumn { get; } = endColumn;
    public string? SourceLine { get; } = sourceLine;
    public string KindName => Kind.ToString();
    /// MemoryError / RecursionError: a resource limit, not a syntax error. Such an error is final:
    /// the parser's speculative paths never swallow it, and it is printed without file and line.
    public bool IsLimitError => Kind is SyntaxErrorKind.MemoryError or SyntaxErrorKind.RecursionError;

    public const string CompileRecursionMessage = "maximum recursion depth exceeded during compilation";

    public static SyntaxErrorException TooDeepForParser(string fileName)
        => new(SyntaxErrorKind.MemoryError, "", fileName, 0, 0, null);

    public static SyntaxErrorException TooDeepForCompiler(string fileName)
        => new(SyntaxErrorKind.RecursionError, CompileRecursionMessage, fileName, 0, 0, null);
}
