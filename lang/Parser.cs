// Recursive-descent parser for the guest language (Python 3.11 syntax subset): the token
// buffer, backtracking helpers, error reporting in CPython's words, and the entry points.
// Statements are in ParserStatements.cs, expressions in ParserExpressions.cs, f-strings in
// FStringParser.cs, target validation in ParserTargets.cs.
using System.Runtime.CompilerServices;

namespace Stmvm.Lang;

public sealed partial class Parser
{
    private readonly Tokenizer _tok;
    private readonly List<Token> _tokens = new();
    private int _p;
    private int _furthest;
    private readonly string _file;
    /// For f-string sub-parsers: maps sub-source positions back to the file.
    private readonly int _lineShift, _colShift;
    private readonly bool _isFString;

    public static readonly HashSet<string> Keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public Parser(string source, string fileName, Tokenizer.SourceDefect? defect = null)
    {
        _file = fileName;
        _tok = new Tokenizer(Tokenizer.Normalize(source), fileName, defect);
    }

    private Parser(string exprSource, string fileName, int line, int col)
    {
        _file = fileName;
        _tok = new Tokenizer(exprSource, fileName);
        _lineShift = line - 1;
        _colShift = col;
        _isFString = true;
        _level = FStringBaseLevel;
    }

    public string[] SourceLines => _tok.Lines;

    // ---------------- nesting limit ----------------
    //
    // CPython 3.11's PEG parser stops with a bare MemoryError when its rule recursion reaches
    // MAXSTACK (6000 levels). This parser counts comparable levels, in hundredths, at the places
    // where its own recursion nests (weights measured against python3.11: a statement starts
    // about 32 levels deep; each unary operator, 'not', conditional expression and elif adds 1,
    // '**' and lambda 2, a block 6 (def/class 7), '(' 27.91, '[' and '{' 28.91, a call or
    // subscript 23.91). So deep input fails where CPython's does, and the parser's own
    // recursion stays bounded (also on a thread with a small stack: running short of stack is
    // the same MemoryError).
    private const int MaxLevel = 596800;
    internal const int UnaryLevel = 100, NotLevel = 100, IfExpLevel = 100, ElifLevel = 100, PowerLevel = 200, LambdaLevel = 200;
    internal const int BlockLevel = 600, DefLevel = 700, ParenLevel = 2791, BracketLevel = 2891, CallLevel = 2391;
    /// An f-string replacement field is parsed by a parser of its own, which starts this deep.
    private const int FStringBaseLevel = 2100;
    private int _level;

    private void EnterLevel(int hundredths)
    {
        _level += hundredths;
        if (_level >= MaxLevel || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw SyntaxErrorException.TooDeepForParser(_file);
    }

    private void LeaveLevel(int hundredths) => _level -= hundredths;

    /// A syntax error that a speculative parse may catch and retry from (not a limit error,
    /// and not an error the tokenizer reported: those are final).
    private bool Recoverable(SyntaxErrorException e) => !e.IsLimitError && !_tok.Failed;

    // ---------------- entry points ----------------

    public static ModuleNode ParseModule(string source, string fileName)
        => new Parser(source, fileName).ParseFile();

    public ModuleNode ParseFile()
    {
        try
        {
            var body = new List<Stmt>();
            while (Peek().Kind != TokenKind.EndMarker)
            {
                if (Peek().Kind == TokenKind.Newline) { Next(); continue; }
                body.AddRange(ParseStatement());
            }
            var m = new ModuleNode(body) { Line = 1, Col = 0, EndLine = Peek().Line, EndCol = 0 };
            return m;
        }
        catch (SyntaxErrorException e) when (!_isFString && Recoverable(e))
        {
            throw PreferTokenizerError(e);
        }
    }

    /// CPython tokenizes the rest of the file after a parser error: a tokenizer error found
    /// there wins (an unclosed bracket only when it opened on an earlier line).
    private SyntaxErrorException PreferTokenizerError(SyntaxErrorException e)
    {
        if (e.Kind != SyntaxErrorKind.SyntaxError && e.Kind != SyntaxErrorKind.IndentationError) return e;
        try
        {
            while (true)
            {
                var t = _tok.Next();
                if (t.Kind == TokenKind.EndMarker) return e;
            }
        }
        catch (SyntaxErrorException te)
        {
            if (te.Msg.EndsWith("was never closed")) return te.Line < e.Line ? te : e;
            return te;
        }
    }

    // ---------------- token access ----------------

    private Token Peek(int k = 0)
    {
        while (_tokens.Count <= _p + k)
        {
            var t = _tok.Next();
            if (_lineShift != 0 || _colShift != 0) Shift(t);
            _tokens.Add(t);
        }
        if (_p + k > _furthest) _furthest = _p + k;
        return _tokens[_p + k];
    }

    private void Shift(Token t)
    {
        if (t.Line == 1) t.Col += _colShift - 1;
        if (t.EndLine == 1) t.EndCol += _colShift - 1;
        t.Line += _lineShift;
        t.EndLine += _lineShift;
    }

    private Token Next()
    {
        var t = Peek();
        _p++;
        return t;
    }

    private Token Prev => _tokens[_p - 1];

    private bool AtOp(string op) => Peek().IsOp(op);
    private bool AtKw(string kw) => Peek().IsName(kw);

    private bool EatOp(string op)
    {
        if (!AtOp(op)) return false;
        _p++;
        return true;
    }

    private bool EatKw(string kw)
    {
        if (!AtKw(kw)) return false;
        _p++;
        return true;
    }

    private Token ExpectOp(string op)
    {
        if (AtOp(op)) return Next();
        if (op == ":") throw ErrAt(Peek(), "expected ':'");
        throw InvalidSyntax();
    }

    private bool AtIdentifier() => Peek().Kind == TokenKind.Name && !Keywords.Contains(Peek().Text);

    private Token ExpectIdentifier()
    {
        if (AtIdentifier()) return Next();
        throw InvalidSyntax();
    }

    // ---------------- errors ----------------

    private SyntaxErrorException Err(string msg, int line, int col, int endLine, int endCol,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (_isFString) msg = "f-string: " + msg;
        return new SyntaxErrorException(kind, msg, _file, line, col + 1, _isFString ? null : _tok.LineText(line),
            endLine == line ? endCol + 1 : -1);
    }

    private SyntaxErrorException ErrAt(Token t, string msg) => Err(msg, t.Line, t.Col, t.EndLine, t.EndCol);
    private SyntaxErrorException ErrAt(Node n, string msg) => Err(msg, n.Line, n.Col, n.EndLine, n.EndCol);

    private SyntaxErrorException ErrRange(Node a, Node b, string msg) => Err(msg, a.Line, a.Col, b.EndLine, b.EndCol);

    /// The generic error, at the furthest token the parser looked at (as CPython does).
    private SyntaxErrorException InvalidSyntax()
    {
        var t = _tokens[Math.Min(_furthest, _tokens.Count - 1)];
        if (t.Kind == TokenKind.Indent)
            return Err("unexpected indent", t.Line, t.EndCol - 1, t.Line, -2, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.Dedent)
            return Err("unexpected unindent", t.Line, t.Col, t.Line, -2, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.EndMarker && _isFString) return Err("invalid syntax", t.Line, t.Col, t.Line, t.Col);
        return ErrAt(t, "invalid syntax");
    }

    private static T At<T>(T node, Token start, Token end) where T : Node
    {
        node.Line = start.Line; node.Col = start.Col; node.EndLine = end.EndLine; node.EndCol = end.EndCol;
        return node;
    }

    private static T At<T>(T node, Node start, Node end) where T : Node
    {
        node.Line = start.Line; node.Col = start.Col; node.EndLine = end.EndLine; node.EndCol = end.EndCol;
        return node;
    }

    private static T At<T>(T node, Token start, Node end) where T : Node
    {
        node.Line = start.Line; node.Col = start.Col; node.EndLine = end.EndLine; node.EndCol = end.EndCol;
        return node;
    }

    private static T At<T>(T node, Node start, Token end) where T : Node
    {
        node.Line = start.Line; node.Col = start.Col; node.EndLine = end.EndLine; node.EndCol = end.EndCol;
        return node;
    }
}
