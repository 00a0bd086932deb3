// A compile-time error, reported as CPython reports it:
//   File "prog.py", line 3
//     x = (1 +
//         ^
//   SyntaxError: '(' was never closed
namespace Stmvm.Lang;

public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

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
}
