// Tokens produced by the Tokenizer and consumed by the Parser. Columns are 0-based
// character (UTF-16) offsets into the source line; the compiler converts them to
// CPython's UTF-8 byte columns when it writes instruction positions.
namespace Stmvm.Lang;

public enum TokenKind { Name, Number, String, Op, Newline, Indent, Dedent, EndMarker }

public sealed class Token
{
    public TokenKind Kind;
    /// The exact source text (for strings: prefix and quotes included).
    public string Text = "";
    public int Line, Col, EndLine, EndCol;

    /// Numbers: long, System.Numerics.BigInteger or double.
    public object? NumberValue;
    /// Numbers: the error the parser reports when it uses this literal (CPython converts
    /// literals in the parser, so this is a parser error, not a tokenizer error).
    public SyntaxErrorException? LiteralError;
    /// Strings: the lower-cased prefix (e.g. "rb", "f"), the body between the quotes,
    /// and where the body starts (for f-string expression positions).
    public string Prefix = "";
    public string Body = "";
    public int BodyLine, BodyCol;
    public bool TripleQuoted;

    public override string ToString() => $"{Kind} {Text} @{Line}:{Col}";

    public bool IsOp(string s) => Kind == TokenKind.Op && Text == s;
    public bool IsName(string s) => Kind == TokenKind.Name && Text == s;
}
