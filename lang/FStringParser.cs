// Splits one f-string token body into literal parts and replacement fields
// ({expr!conv:spec}, `{expr=}`, nested fields inside format specs, `{{`/`}}`), as
// CPython 3.11's fstring parser does. Expressions are parsed by a sub-parser.
using System.Text;

namespace Stmvm.Lang;

internal sealed class FStringParser(Parser parser, Token tok)
{
    private readonly string _s = tok.Body;
    private readonly bool _raw = tok.Prefix.Contains('r');
    private int _i;

    public List<Expr> Parse()
    {
        var parts = new List<Expr>();
        ParseInto(parts, 0, inSpec: false);
        if (_i < _s.Length) throw Error("single '}' is not allowed");
        return parts;
    }

    private SyntaxErrorException Error(string msg) => parser.FStringError(tok, msg);

    /// Where body index i is in the source file.
    private (int line, int col) PosOf(int i)
    {
        // fields come in increasing order: continue from the last answer (linear overall)
        if (i < _posIndex) (_posIndex, _posLine, _posCol) = (0, tok.BodyLine, tok.BodyCol);
        for (; _posIndex < i; _posIndex++)
        {
            if (_s[_posIndex] == '\n') { _posLine++; _posCol = 0; }
            else _posCol++;
        }
        return (_posLine, _posCol);
    }

    private int _posIndex, _posLine = tok.BodyLine, _posCol = tok.BodyCol;

    private Expr Lit(string s)
    {
        var c = new Constant(s);
        c.Line = tok.Line; c.Col = tok.Col; c.EndLine = tok.EndLine; c.EndCol = tok.EndCol;
        return c;
    }

    /// Parses literal text and fields until the end, or (in a format spec) an unmatched '}'.
    private void ParseInto(List<Expr> parts, int depth, bool inSpec)
    {
        var lit = new StringBuilder();
        void Flush()
        {
            if (lit.Length == 0) return;
            string text = lit.ToString();
            lit.Clear();
            try
            {
                parts.Add(Lit(StringLiteral.DecodeStr(text, _raw)));
            }
            catch (StringLiteral.DecodeError e)
            {
                throw parser.FStringError(tok, e.Message).WithoutPrefix();
            }
        }
        while (_i < _s.Length)
        {
            char c = _s[_i];
            if (!_raw && c == '\\' && _i + 1 < _s.Length)
            {
                // keep escapes whole (\N{...} contains braces)
                if (_s[_i + 1] == 'N' && _i + 2 < _s.Length && _s[_i + 2] == '{')
                {
                    int close = _s.IndexOf('}', _i);
                    if (close < 0) close = _s.Length - 1;
                    lit.Append(_s, _i, close - _i + 1);
                    _i = close + 1;
                    continue;
                }
                lit.Append(c).Append(_s[_i + 1]);
                _i += 2;
                continue;
            }
            if (c == '{')
            {
                if (!inSpec && _i + 1 < _s.Length && _s[_i + 1] == '{') { lit.Append('{'); _i += 2; continue; }
                Flush();
                ParseField(parts, depth);
                continue;
            }
            if (c == '}')
            {
                if (inSpec) break;
                if (_i + 1 < _s.Length && _s[_i + 1] == '}') { lit.Append('}'); _i += 2; continue; }
                throw Error("single '}' is not allowed");
            }
            lit.Append(c);
            _i++;
        }
        Flush();
    }

    private void ParseField(List<Expr> parts, int depth)
    {
        if (depth >= 2) throw Error("expressions nested too deeply");
        _i++; // {
        int exprStart = _i;
        var nest = new Stack<char>();
        char quote = '\0';
        bool tripleQuote = false;
        int exprEnd = -1;
        bool selfDoc = false;
        while (_i < _s.Length)
        {
            char c = _s[_i];
            if (c == '\\') throw parser.FStringError(tok, "f-string expression part cannot include a backslash", prefix: false);
            if (quote != '\0')
            {
                if (c == quote && (!tripleQuote || (_i + 2 < _s.Length && _s[_i + 1] == quote && _s[_i + 2] == quote)))
                {
                    _i += tripleQuote ? 3 : 1;
                    quote = '\0';
                    continue;
                }
                _i++;
                continue;
            }
            if (c is '\'' or '"')
            {
                tripleQuote = _i + 2 < _s.Length && _s[_i + 1] == c && _s[_i + 2] == c;
                quote = c;
                _i += tripleQuote ? 3 : 1;
                continue;
            }
            if (c is '(' or '[' or '{') { nest.Push(c); _i++; continue; }
            if (c is ')' or ']' or '}')
            {
                if (nest.Count == 0)
                {
                    if (c == '}') { exprEnd = _i; break; }
                    throw Error($"unmatched '{c}'");
                }
                char open = nest.Pop();
                if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
                    throw Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                _i++;
                continue;
            }
            if (c == '#') throw parser.FStringError(tok, "f-string expression part cannot include '#'", prefix: false);
            if (nest.Count == 0)
            {
                if (c == '!' && !(_i + 1 < _s.Length && _s[_i + 1] == '=')) { exprEnd = _i; break; }
                if (c == ':') { exprEnd = _i; break; }
                if (c == '=' && !(_i + 1 < _s.Length && _s[_i + 1] == '=')
                    && !(_i > exprStart && _s[_i - 1] is '=' or '!' or '<' or '>'))
                {
                    exprEnd = _i;
                    selfDoc = true;
                    _i++;
                    break;
                }
            }
            _i++;
        }
        if (quote != '\0') throw Error("unterminated string");
        if (exprEnd < 0) throw Error("expecting '}'");
        string exprText = _s[exprStart..exprEnd];
        if (exprText.Trim().Length == 0) throw Error("empty expression not allowed");
        var (line, col) = PosOf(exprStart);
        var expr = parser.ParseFStringExpression(exprText, line, col);
        int conversion = -1;
        if (selfDoc)
        {
            // the text up to and including '=' (and whitespace after it) is emitted literally
            int j = _i;
            while (j < _s.Length && _s[j] is ' ' or '\t' or '\n') j++;
            parts.Add(Lit(_s[exprStart..j]));
            _i = j;
        }
        if (_i < _s.Length && _s[_i] == '!')
        {
            _i++;
            if (_i >= _s.Length) throw Error("expecting '}'");
            char conv = _s[_i];
            if (conv is not ('s' or 'r' or 'a') || _i + 1 >= _s.Length || _s[_i + 1] is not (':' or '}'))
            {
                throw Error("invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            _i++;
        }
        JoinedStr? spec = null;
        if (_i < _s.Length && _s[_i] == ':')
        {
            _i++;
            var specParts = new List<Expr>();
            ParseInto(specParts, depth + 1, inSpec: true);
            spec = new JoinedStr(specParts);
            spec.Line = tok.Line; spec.Col = tok.Col; spec.EndLine = tok.EndLine; spec.EndCol = tok.EndCol;
        }
        if (_i >= _s.Length || _s[_i] != '}') throw Error("expecting '}'");
        _i++;
        if (selfDoc && conversion == -1 && spec == null) conversion = 'r';
        var fv = new FormattedValue(expr, conversion, spec);
        fv.Line = tok.Line; fv.Col = tok.Col; fv.EndLine = tok.EndLine; fv.EndCol = tok.EndCol;
        parts.Add(fv);
    }
}

internal static class SyntaxErrorExtensions
{
    /// Escape-decoding errors inside f-strings are reported without the "f-string: " prefix.
    public static SyntaxErrorException WithoutPrefix(this SyntaxErrorException e)
        => new(e.Kind, e.Msg.StartsWith("f-string: ") ? e.Msg["f-string: ".Length..] : e.Msg, e.FileName, e.Line,
            e.Column, e.SourceLine, e.EndColumn);
}
