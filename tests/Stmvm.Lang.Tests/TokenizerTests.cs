// Tokenizer tests: every literal form, indentation tokens, line joining, and errors with
// CPython's messages and positions.
using System.Numerics;
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

public class TokenizerTests
{
    private static List<Token> Tok(string src) => new Tokenizer(Tokenizer.Normalize(src), "t.py").All();

    private static string Kinds(string src) => string.Join(" ", Tok(src).Select(t => t.Kind switch
    {
        TokenKind.Name or TokenKind.Op or TokenKind.Number => t.Text,
        TokenKind.String => "STR",
        _ => t.Kind.ToString().ToUpperInvariant(),
    }));

    private static SyntaxErrorException Err(string src)
        => Assert.Throws<SyntaxErrorException>(() => Tok(src));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("123", 123L)]
    [InlineData("1_000_000", 1000000L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0XfF", 255L)]
    [InlineData("0o17", 15L)]
    [InlineData("0b1011", 11L)]
    [InlineData("0b_1_0", 2L)]
    [InlineData("00", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Integers(string text, long value)
    {
        var t = Tok(text)[0];
        Assert.Equal(TokenKind.Number, t.Kind);
        Assert.Equal(value, t.NumberValue);
    }

    [Fact]
    public void BigIntegers()
    {
        Assert.Equal(BigInteger.Parse("9223372036854775808"), Tok("9223372036854775808")[0].NumberValue);
        Assert.Equal(BigInteger.Pow(2, 100), Tok("0x10000000000000000000000000")[0].NumberValue);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1E-2", 0.01)]
    [InlineData("2.5e+2", 250.0)]
    [InlineData("1_0.0_1", 10.01)]
    [InlineData("0.0", 0.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Floats(string text, double value) => Assert.Equal(value, Tok(text)[0].NumberValue);

    [Theory]
    [InlineData("'abc'", "", "abc")]
    [InlineData("\"abc\"", "", "abc")]
    [InlineData("r'a\\b'", "r", "a\\b")]
    [InlineData("R'x'", "r", "x")]
    [InlineData("b'x'", "b", "x")]
    [InlineData("Rb'x'", "rb", "x")]
    [InlineData("bR'x'", "br", "x")]
    [InlineData("f'{x}'", "f", "{x}")]
    [InlineData("Rf'x'", "rf", "x")]
    [InlineData("fR'x'", "fr", "x")]
    [InlineData("U'x'", "u", "x")]
    [InlineData("'''a\nb'''", "", "a\nb")]
    [InlineData("\"\"\"a'\"b\"\"\"", "", "a'\"b")]
    [InlineData("'it\\'s'", "", "it\\'s")]
    public void StringTokens(string text, string prefix, string body)
    {
        var t = Tok(text)[0];
        Assert.Equal(TokenKind.String, t.Kind);
        Assert.Equal(prefix, t.Prefix);
        Assert.Equal(body, t.Body);
    }

    [Theory]
    [InlineData("a\\n\\t\\\\b", "a\n\t\\b")]
    [InlineData("\\x41\\101\\u00e9\\U0001F600", "AA\u00e9\U0001F600")]
    [InlineData("\\N{LATIN SMALL LETTER A}\\N{EM DASH}", "a\u2014")]
    [InlineData("\\a\\b\\f\\v\\r\\0", "\a\b\f\v\r\0")]
    [InlineData("\\q", "\\q")]
    [InlineData("a\\\nb", "ab")]
    public void StringEscapes(string body, string value) => Assert.Equal(value, StringLiteral.DecodeStr(body, false));

    [Fact]
    public void BytesEscapes()
    {
        Assert.Equal(new byte[] { 0x41, 0xff, 10, 0x5c, 0x71 }, StringLiteral.DecodeBytes("\\x41\\xff\\n\\q", false));
        Assert.Equal(new byte[] { 0x5c, 0x6e }, StringLiteral.DecodeBytes("\\n", true));
    }

    [Fact]
    public void IndentDedent()
    {
        Assert.Equal("if x : NEWLINE INDENT y NEWLINE INDENT z NEWLINE DEDENT DEDENT w NEWLINE ENDMARKER",
            Kinds("if x:\n    y\n      z\nw\n"));
    }

    [Fact]
    public void BlankLinesAndCommentsAreSkipped()
    {
        Assert.Equal("a NEWLINE INDENT b NEWLINE DEDENT ENDMARKER", Kinds("a\n\n   # c\n  b # d\n\n"));
    }

    [Fact]
    public void NoNewlineInsideBrackets()
    {
        Assert.Equal("x = ( 1 , 2 ) NEWLINE ENDMARKER", Kinds("x = (1,\n     2)\n"));
        Assert.Equal("x = [ 1 ] NEWLINE ENDMARKER", Kinds("x = [  # c\n 1\n]"));
    }

    [Fact]
    public void BackslashContinuation()
    {
        Assert.Equal("x = 1 + 2 NEWLINE ENDMARKER", Kinds("x = 1 + \\\n  2\n"));
    }

    [Fact]
    public void LineEndingsAndBom()
    {
        Assert.Equal("a NEWLINE b NEWLINE c NEWLINE ENDMARKER", Kinds("\uFEFFa\r\nb\rc"));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("a **= b //= c >>= d <<= e -> f := g != h ... NEWLINE ENDMARKER",
            Kinds("a **= b //= c >>= d <<= e -> f := g != h ..."));
    }

    [Fact]
    public void Positions()
    {
        var t = Tok("x = 'ab'\n  \nyy");
        Assert.Equal((1, 4, 1, 8), (t[2].Line, t[2].Col, t[2].EndLine, t[2].EndCol));
        var yy = t.First(x => x.Text == "yy");
        Assert.Equal((3, 0, 3, 2), (yy.Line, yy.Col, yy.EndLine, yy.EndCol));
    }

    [Theory]
    [InlineData("s = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("s = '''abc\n\nx", "unterminated triple-quoted string literal (detected at line 3)", 1, 5)]
    [InlineData("x = (1,\n", "'(' was never closed", 1, 5)]
    [InlineData("x = )", "unmatched ')'", 1, 5)]
    [InlineData("x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)]
    [InlineData("x = (\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1)]
    [InlineData("x = 1abc", "invalid decimal literal", 1, 5)]
    [InlineData("x = 0x", "invalid hexadecimal literal", 1, 6)]
    [InlineData("x = 0b2", "invalid digit '2' in binary literal", 1, 7)]
    [InlineData("x = 0o8", "invalid digit '8' in octal literal", 1, 7)]
    [InlineData("x = 012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5)]
    [InlineData("x = 1__0", "invalid decimal literal", 1, 6)]
    [InlineData("x = $", "invalid syntax", 1, 5)]
    [InlineData("x = \u20ac", "invalid character '\u20ac' (U+20AC)", 1, 5)]
    [InlineData("x = 1j", "complex numbers are not supported", 1, 5)]
    [InlineData("x = 1 \\ 2", "unexpected character after line continuation character", 1, 8)]
    public void Errors(string src, string msg, int line, int col)
    {
        var e = Err(src);
        Assert.Equal(msg, e.Msg);
        Assert.Equal(line, e.Line);
        Assert.Equal(col, e.Column);
    }

    [Fact]
    public void IndentationErrors()
    {
        var e = Err("if x:\n    a\n  b\n");
        Assert.Equal(SyntaxErrorKind.IndentationError, e.Kind);
        Assert.Equal("unindent does not match any outer indentation level", e.Msg);
        Assert.Equal(3, e.Line);
        var t = Err("if x:\n        a\n\tb\n");
        Assert.Equal(SyntaxErrorKind.TabError, t.Kind);
        Assert.Equal("inconsistent use of tabs and spaces in indentation", t.Msg);
    }

    [Fact]
    public void TabsConsistentlyUsedAreFine()
    {
        Assert.Equal("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT ENDMARKER", Kinds("if x:\n\ta\n\tb\n"));
    }
}
