// The Python 3.11 tokenizer for stmvm's guest language: turns normalized source text into
// tokens on demand (the parser pulls them, so errors surface in source order as CPython's
// do). Handles INDENT/DEDENT with a stack (and tab consistency), implicit joining inside
// brackets, backslash continuations, comments, numbers and string tokens. String bodies
// are decoded later (StringLiteral), f-strings are split by the parser (FStringParser).
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Stmvm.Lang;

public sealed class Tokenizer
{
    private readonly string _src;
    private readonly string _file;
    public readonly string[] Lines;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private readonly List<int> _indents = new() { 0 };
    private readonly List<int> _altIndents = new() { 0 };
    private readonly List<(char ch, int line, int col)> _parens = new();
    private bool _atLineStart = true;
    private int _pendingDedents;
    private bool _done;
    private bool _emittedLogicalContent; // a token was produced on the current logical line
    private readonly Queue<Token> _queue = new();

    /// CPython's limit on nested indentation levels (tokenizer.c MAXINDENT).
    public const int MaxIndent = 100;

    /// CPython 3.11's default sys.get_int_max_str_digits(): a longer decimal int literal is a SyntaxError.
    public const int MaxIntLiteralDigits = 4300;

    /// A defect of the source file's bytes (a NUL byte, invalid UTF-8) on one line: CPython's
    /// tokenizer reads a file line by line and reports the defect when it reaches that line.
    public sealed record SourceDefect(int Line, SyntaxErrorException Error);

    private readonly SourceDefect? _defect;

    public Tokenizer(string normalizedSource, string fileName, SourceDefect? defect = null)
    {
        _src = normalizedSource;
        _file = fileName;
        Lines = normalizedSource.Split('\n');
        _defect = defect;
    }

    /// UTF-8 BOM removed; \r\n and \r become \n.
    public static string Normalize(string source)
    {
        if (source.Length > 0 && source[0] == '\uFEFF') source = source[1..];
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        return source;
    }

    public string? LineText(int line) => line >= 1 && line <= Lines.Length ? Lines[line - 1] : null;

    /// Set once the tokenizer has reported an error (the parser then reports it unchanged).
    public bool Failed { get; private set; }

    public SyntaxErrorException Error(string msg, int line, int col0, int endCol0 = -1,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        Failed = true;
        return new(kind, msg, _file, line, col0 + 1, LineText(line), endCol0 < 0 ? -1 : endCol0 + 1);
    }

    private int Col => _pos - _lineStart;
    private char Cur => _pos < _src.Length ? _src[_pos] : '\0';
    private char At(int k) => _pos + k < _src.Length ? _src[_pos + k] : '\0';

    /// Number of open brackets (used by the parser's error reporting).
    public int ParenDepth => _parens.Count;

    public Token Next()
    {
        if (_defect != null && _line >= _defect.Line) ReportDefect();
        if (_queue.Count > 0) return _queue.Dequeue();
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            return Make(TokenKind.Dedent, "", _line, Col, _line, Col);
        }
        if (_done) return Make(TokenKind.EndMarker, "", _line, 0, _line, 0);
        return Scan();
    }

    private static Token Make(TokenKind k, string text, int l, int c, int el, int ec)
        => new() { Kind = k, Text = text, Line = l, Col = c, EndLine = el, EndCol = ec };

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
        if (_defect != null && _line >= _defect.Line) ReportDefect();
    }

    private void ReportDefect()
    {
        Failed = true;
        throw _defect!.Error;
    }

    private Token Scan()
    {
        while (true)
        {
            if (_atLineStart && _parens.Count == 0)
            {
                var t = HandleIndentation();
                if (t != null) return t;
            }
            _atLineStart = false;
            // skip blanks
            while (Cur == ' ' || Cur == '\t' || Cur == '\f') _pos++;
            char c = Cur;
            if (_pos >= _src.Length) return AtEof();
            if (c == '#')
            {
                while (_pos < _src.Length && Cur != '\n') _pos++;
                continue;
            }
            if (c == '\\')
            {
                if (At(1) == '\n')
                {
                    _pos++;
                    NewLine();
                    if (_pos >= _src.Length)
                        throw Error("unexpected EOF while parsing", _line - 1, 0);
                    continue;
                }
                if (_pos + 1 >= _src.Length)
                    throw Error("unexpected EOF while parsing", _line, Col);
                throw Error("unexpected character after line continuation character", _line, Col + 1);
            }
            if (c == '\n')
            {
                int l = _line, col = Col;
                NewLine();
                _atLineStart = true;
                if (_parens.Count > 0 || !_emittedLogicalContent) continue; // NL
                _emittedLogicalContent = false;
                return Make(TokenKind.Newline, "\n", l, col, l, col + 1);
            }
            _emittedLogicalContent = true;
            if (IsIdStartAt(_pos)) return ScanNameOrString();
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(1)))) return ScanNumber();
            if (c == '"' || c == '\'') return ScanString(_pos, "");
            return ScanOp();
        }
    }

    private Token AtEof()
    {
        if (_parens.Count > 0)
        {
            var (ch, l, col) = _parens[^1];
            throw Error($"'{ch}' was never closed", l, col);
        }
        _done = true;
        int line = _line, col0 = Col;
        // Final NEWLINE if the last logical line had content, then DEDENTs, then ENDMARKER.
        if (_emittedLogicalContent)
        {
            _emittedLogicalContent = false;
            var nl = Make(TokenKind.Newline, "", line, col0, line, col0 + 1);
            for (int i = 1; i < _indents.Count; i++) _queue.Enqueue(Make(TokenKind.Dedent, "", line + 1, 0, line + 1, 0));
            _indents.RemoveRange(1, _indents.Count - 1);
            return nl;
        }
        for (int i = 1; i < _indents.Count; i++) _queue.Enqueue(Make(TokenKind.Dedent, "", line, 0, line, 0));
        _indents.RemoveRange(1, _indents.Count - 1);
        return _queue.Count > 0 ? _queue.Dequeue() : Make(TokenKind.EndMarker, "", line, 0, line, 0);
    }

    /// At the start of a logical line: measure indentation, skip blank/comment-only lines.
    private Token? HandleIndentation()
    {
        while (true)
        {
            int col = 0, alt = 0;
            int p = _pos;
            while (p < _src.Length)
            {
                char c = _src[p];
                if (c == ' ') { col++; alt++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; alt = alt + 1; }
                else if (c == '\f') { col = alt = 0; }
                else break;
                p++;
            }
            if (p >= _src.Length) { _pos = p; return null; } // EOF
            char f = _src[p];
            if (f == '#' || f == '\n' || (f == '\\' && p + 1 < _src.Length && _src[p + 1] == '\n' && false))
            {
                // blank line: skip it entirely
                while (p < _src.Length && _src[p] != '\n') p++;
                _pos = p;
                if (p >= _src.Length) return null;
                NewLine();
                continue;
            }
            _pos = p;
            _atLineStart = false;
            int top = _indents[^1], altTop = _altIndents[^1];
            if (col == top)
            {
                if (alt != altTop) throw TabError();
                return null;
            }
            if (col > top)
            {
                if (alt <= altTop) throw TabError();
                // CPython's MAXINDENT: 100 indentation levels (the first is column 0).
                if (_indents.Count >= MaxIndent)
                    throw Error("too many levels of indentation", _line, -1, -1, SyntaxErrorKind.IndentationError);
                _indents.Add(col);
                _altIndents.Add(alt);
                _emittedLogicalContent = true;
                return Make(TokenKind.Indent, _src.Substring(_lineStart, p - _lineStart), _line, 0, _line, Col);
            }
            int n = 0;
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                n++;
            }
            if (col != _indents[^1])
                throw Error("unindent does not match any outer indentation level", _line, Col, -1,
                    SyntaxErrorKind.IndentationError);
            if (alt != _altIndents[^1]) throw TabError();
            _pendingDedents = n - 1;
            return Make(TokenKind.Dedent, "", _line, Col, _line, Col);
        }
    }

    private SyntaxErrorException TabError()
        => Error("inconsistent use of tabs and spaces in indentation", _line, Col, -1, SyntaxErrorKind.TabError);

    private static bool IsIdStart(char c)
        => c == '_' || char.IsAsciiLetter(c) || (c > 127 && !char.IsSurrogate(c) && IsIdStartCategory(CharUnicodeInfo.GetUnicodeCategory(c)));

    private static bool IsIdChar(char c)
        => IsIdStart(c) || char.IsAsciiDigit(c) || (c > 127 && !char.IsSurrogate(c) && IsIdContinueCategory(CharUnicodeInfo.GetUnicodeCategory(c)));

    private static bool IsIdStartCategory(UnicodeCategory u)
        => u is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsIdContinueCategory(UnicodeCategory u)
        => IsIdStartCategory(u) || u is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    /// 2 when a surrogate pair (one supplementary code point) starts at index i, else 0.
    private int PairAt(int i)
        => i + 1 < _src.Length && char.IsHighSurrogate(_src[i]) && char.IsLowSurrogate(_src[i + 1]) ? 2 : 0;

    /// Identifier start at source index i, supplementary code points (surrogate pairs) included.
    private bool IsIdStartAt(int i)
        => i < _src.Length && (PairAt(i) == 2
            ? IsIdStartCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(_src[i], _src[i + 1])))
            : IsIdStart(_src[i]));

    /// Length of the identifier character at i (0: none, 2: a surrogate pair).
    private int IdCharLengthAt(int i)
    {
        if (i >= _src.Length) return 0;
        if (PairAt(i) == 2)
            return IsIdContinueCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(_src[i], _src[i + 1]))) ? 2 : 0;
        return IsIdChar(_src[i]) ? 1 : 0;
    }

    private Token ScanNameOrString()
    {
        int start = _pos, col = Col;
        for (int n; (n = IdCharLengthAt(_pos)) > 0;) _pos += n;
        string name = _src[start.._pos];
        if ((Cur == '"' || Cur == '\'') && name.Length <= 2)
        {
            string lower = name.ToLowerInvariant();
            if (lower is "r" or "b" or "rb" or "br" or "f" or "rf" or "fr" or "u")
                return ScanString(start, lower);
        }
        if (name.Any(ch => ch > 127)) name = name.Normalize(NormalizationForm.FormKC);
        return Make(TokenKind.Name, name, _line, col, _line, Col);
    }

    private Token ScanString(int start, string prefix)
    {
        int line = _line, col = start - _lineStart;
        char q = Cur;
        bool triple = At(1) == q && At(2) == q;
        int qlen = triple ? 3 : 1;
        _pos += qlen;
        int bodyStart = _pos, bodyLine = _line, bodyCol = Col;
        while (true)
        {
            if (_pos >= _src.Length)
            {
                int last = _src.Length > 0 && _src[^1] == '\n' ? _line - 1 : _line;
                if (triple)
                    throw Error($"unterminated triple-quoted string literal (detected at line {last})", line, col, col);
                throw Error($"unterminated string literal (detected at line {last})", line, col, col);
            }
            char c = Cur;
            if (c == '\\')
            {
                if (At(1) == '\n') { _pos++; NewLine(); continue; }
                _pos += 2;
                if (_pos > _src.Length) _pos = _src.Length;
                continue;
            }
            if (c == '\n')
            {
                if (!triple)
                    throw Error($"unterminated string literal (detected at line {_line})", line, col, col);
                NewLine();
                continue;
            }
            if (c == q && (!triple || (At(1) == q && At(2) == q)))
            {
                string body = _src[bodyStart.._pos];
                _pos += qlen;
                return new Token
                {
                    Kind = TokenKind.String, Text = _src[start.._pos], Line = line, Col = col, EndLine = _line,
                    EndCol = Col, Prefix = prefix, Body = body, BodyLine = bodyLine, BodyCol = bodyCol,
                    TripleQuoted = triple,
                };
            }
            _pos++;
        }
    }

    private Token ScanNumber()
    {
        int start = _pos, col = Col;
        object value;
        char c = Cur;
        if (c == '0' && (At(1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            char kind = char.ToLowerInvariant(At(1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            string what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            _pos += 2;
            var digits = new StringBuilder();
            while (true)
            {
                if (Cur == '_') _pos++;
                int d = DigitValue(Cur);
                if (d < 0 || d >= radix)
                {
                    if (d >= radix && d < 10 && radix < 10)
                        throw Error($"invalid digit '{Cur}' in {what} literal", _line, Col, Col + 1);
                    if (digits.Length == 0 || _src[_pos - 1] == '_')
                        throw Error($"invalid {what} literal", _line, Col - 1, Col - 1);
                    break;
                }
                digits.Append(Cur);
                _pos++;
            }
            if (IdCharLengthAt(_pos) > 0) throw Error($"invalid {what} literal", _line, Col - 1, Col - 1);
            value = Shrink(ParsePowerOfTwoRadix(digits.ToString(), radix == 16 ? 4 : radix == 8 ? 3 : 1));
        }
        else
        {
            bool isFloat = false;
            ReadDigits(allowEmpty: c == '.');
            string intPart = _src[start.._pos].Replace("_", "");
            if (Cur == '.')
            {
                isFloat = true;
                _pos++;
                if (char.IsAsciiDigit(Cur)) ReadDigits(false);
            }
            if (Cur is 'e' or 'E')
            {
                char n1 = At(1);
                if (char.IsAsciiDigit(n1) || ((n1 == '+' || n1 == '-') && char.IsAsciiDigit(At(2))))
                {
                    isFloat = true;
                    _pos += char.IsAsciiDigit(n1) ? 1 : 2;
                    ReadDigits(false);
                }
                else if (!(n1 == 'l' && At(2) == 's' && At(3) == 'e'))
                    throw Error("invalid decimal literal", _line, Col, Col);
            }
            if (Cur is 'j' or 'J')
                throw Error("complex numbers are not supported", _line, col, Col + 1);
            string text = _src[start.._pos].Replace("_", "");
            if (!isFloat && intPart.Length > 1 && intPart[0] == '0' && intPart.Any(ch => ch != '0'))
                throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    _line, col, Col);
            CheckEndOfNumber();
            if (!isFloat)
            {
                int digits = text.Length - text.TakeWhile(ch => ch == '0').Count();
                if (digits > MaxIntLiteralDigits)
                {
                    // CPython shows the line from the literal on, without a caret
                    var bad = Make(TokenKind.Number, _src[start.._pos], _line, col, _line, Col);
                    bad.NumberValue = 0L;
                    bad.LiteralError = new SyntaxErrorException(SyntaxErrorKind.SyntaxError,
                        $"Exceeds the limit ({MaxIntLiteralDigits} digits) for integer string conversion: value has {digits} digits; " +
                        "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                        _file, _line, 0, LineText(_line)?[col..]);
                    return bad;
                }
            }
            value = isFloat ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : Shrink(BigInteger.Parse(text, CultureInfo.InvariantCulture));
        }
        var t = Make(TokenKind.Number, _src[start.._pos], _line, col, _line, Col);
        t.NumberValue = value;
        return t;
    }

    private void CheckEndOfNumber()
    {
        if (IdCharLengthAt(_pos) == 0) return;
        // CPython 3.11 accepts `1if x else y` etc. (with a warning)
        foreach (var kw in new[] { "and", "else", "for", "if", "in", "is", "not", "or" })
            if (string.CompareOrdinal(_src, _pos, kw, 0, kw.Length) == 0) return;
        throw Error("invalid decimal literal", _line, Col - 1, Col - 1);
    }

    private void ReadDigits(bool allowEmpty)
    {
        bool any = false;
        while (true)
        {
            if (char.IsAsciiDigit(Cur)) { _pos++; any = true; continue; }
            if (Cur == '_' && any)
            {
                if (!char.IsAsciiDigit(At(1))) { _pos++; throw Error("invalid decimal literal", _line, Col - 1, Col - 1); }
                _pos++;
                continue;
            }
            break;
        }
        if (!any && !allowEmpty) throw Error("invalid decimal literal", _line, Col, Col);
    }

    /// Digits of a hexadecimal, octal or binary literal (bitsPerDigit 4, 3, 1), in linear time.
    private static BigInteger ParsePowerOfTwoRadix(string digits, int bitsPerDigit)
    {
        var bytes = new byte[(digits.Length * bitsPerDigit + 7) / 8 + 1]; // little-endian, a zero sign byte on top
        int bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--, bit += bitsPerDigit)
        {
            int d = DigitValue(digits[i]);
            for (int b = 0; b < bitsPerDigit; b++)
                if ((d >> b & 1) != 0) bytes[(bit + b) >> 3] |= (byte)(1 << ((bit + b) & 7));
        }
        return new BigInteger(bytes, isUnsigned: true);
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    private static object Shrink(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? (object)(long)v : v;

    private static readonly string[] Ops3 = { "**=", "//=", ">>=", "<<=", "...", "!=" };
    private static readonly string[] Ops2 =
    {
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
        "@=", ":=",
    };
    private const string Ops1 = "+-*/%@&|^~<>()[]{},:;.=";

    private Token ScanOp()
    {
        int col = Col;
        string? op = null;
        foreach (var o in Ops3)
            if (o.Length == 3 && string.CompareOrdinal(_src, _pos, o, 0, 3) == 0) { op = o; break; }
        if (op == null)
            foreach (var o in Ops2)
                if (string.CompareOrdinal(_src, _pos, o, 0, 2) == 0) { op = o; break; }
        if (op == null && Ops1.IndexOf(Cur) >= 0) op = Cur.ToString();
        if (op == null)
        {
            char c = Cur;
            if (PairAt(_pos) == 2)
            {
                int cp = char.ConvertToUtf32(c, At(1));
                if (CharUnicodeInfo.GetUnicodeCategory(cp) is not (UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned))
                    throw Error($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", _line, col, col + 1);
                throw Error($"invalid non-printable character U+{cp:X4}", _line, col, col);
            }
            if (c > 127 && !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (
                    UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                    or UnicodeCategory.SpaceSeparator or UnicodeCategory.Surrogate))
                throw Error($"invalid character '{c}' (U+{(int)c:X4})", _line, col, col + 1);
            if (c < 32 || c == 127 || c > 127)
                throw Error($"invalid non-printable character U+{(int)c:X4}", _line, col, col);
            throw Error("invalid syntax", _line, col, col + 1);
        }
        _pos += op.Length;
        if (op is "(" or "[" or "{")
        {
            if (_parens.Count >= 200) throw Error("too many nested parentheses", _line, col, col + 1);
            _parens.Add((op[0], _line, col));
        }
        else if (op is ")" or "]" or "}")
        {
            if (_parens.Count == 0) throw Error($"unmatched '{op}'", _line, col, col);
            var (open, ol, _) = _parens[^1];
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (want != op[0])
            {
                string msg = ol != _line
                    ? $"closing parenthesis '{op}' does not match opening parenthesis '{open}' on line {ol}"
                    : $"closing parenthesis '{op}' does not match opening parenthesis '{open}'";
                throw Error(msg, _line, col, col);
            }
            _parens.RemoveAt(_parens.Count - 1);
        }
        return Make(TokenKind.Op, op, _line, col, _line, Col);
    }

    /// Tokenizes the whole source (tests, and the parser's "check the rest for tokenizer errors" step).
    public List<Token> All()
    {
        var list = new List<Token>();
        while (true)
        {
            var t = Next();
            list.Add(t);
            if (t.Kind == TokenKind.EndMarker) return list;
        }
    }
}
