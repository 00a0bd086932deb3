// Resource limits of the front end, as CPython 3.11 has them (each expectation was checked
// with python3): the tokenizer's 100 indentation levels, the parser's stack (MemoryError), the
// compiler's recursion limit (RecursionError), 20 statically nested blocks, the 4300-digit
// limit on decimal int literals, NUL bytes and invalid UTF-8 in source files. None of them
// may overflow the .NET stack, also on a thread with a small one.
using System.Diagnostics;
using System.Text;
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

public class LimitTests
{
    private static string Rep(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    /// Runs on a thread with a stack as large as the VM's guest thread gives (1 GiB there).
    private static T OnBigStack<T>(Func<T> f, int stackBytes = 256 << 20)
    {
        T result = default!;
        Exception? error = null;
        var t = new Thread(() =>
        {
            try { result = f(); }
            catch (Exception e) { error = e; }
        }, stackBytes);
        t.Start();
        t.Join();
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    private static SyntaxErrorException Fails(string src, int stackBytes = 256 << 20)
        => OnBigStack(() => Assert.Throws<SyntaxErrorException>(() => Compiler.CompileModule(src, "t.py")), stackBytes);

    private static void Compiles(string src) => OnBigStack(() => TestUtil.Compile(src));

    private static string Blocks(int n, Func<int, string> header, string body) =>
        string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i) + header(i) + "\n")) + new string(' ', n) + body + "\n";

    [Theory]
    [InlineData("x = {0}1", "-", 5967, true)]
    [InlineData("x = {0}1", "not ", 5967, true)]
    [InlineData("x = {0}a", "a if a else ", 5967, true)]
    [InlineData("x = {0}a", "a**", 2983, false)]
    [InlineData("x = {0}1", "lambda: ", 2983, false)]
    public void ParserStackOverflowIsMemoryError(string template, string unit, int lastOk, bool recursionErrorBelow)
    {
        // below the parser's limit the compiler's recursion limit may still apply
        if (recursionErrorBelow)
            Assert.Equal(SyntaxErrorKind.RecursionError, Fails(string.Format(template, Rep(unit, lastOk))).Kind);
        else
            Compiles(string.Format(template, Rep(unit, lastOk)));
        var e = Fails(string.Format(template, Rep(unit, lastOk + 1)));
        Assert.Equal(SyntaxErrorKind.MemoryError, e.Kind);
        Assert.Equal("", e.Msg);
        Assert.True(e.IsLimitError);
    }

    [Fact]
    public void BracketsCountTowardsTheParserLimit()
    {
        // python3.11: 199 parentheses and 413 unary minus parse, 414 do not
        Compiles("x = " + Rep("(", 199) + Rep("-", 413) + "a" + Rep(")", 199));
        Assert.Equal(SyntaxErrorKind.MemoryError, Fails("x = " + Rep("(", 199) + Rep("-", 414) + "a" + Rep(")", 199)).Kind);
        Compiles("x = " + Rep("{1: ", 199) + "1" + Rep("}", 199));
        Assert.Equal(SyntaxErrorKind.MemoryError, Fails("x = f\"{" + Rep("-", 6000) + "1}\"").Kind);
    }

    [Theory]
    [InlineData("x = {0}1", "-", 2998)]
    [InlineData("x = {0}1", "~", 2998)]
    public void DeepExpressionsAreRecursionErrors(string template, string unit, int lastOk)
    {
        Compiles(string.Format(template, Rep(unit, lastOk)));
        var e = Fails(string.Format(template, Rep(unit, lastOk + 1)));
        Assert.Equal(SyntaxErrorKind.RecursionError, e.Kind);
        Assert.Equal("maximum recursion depth exceeded during compilation", e.Msg);
    }

    [Theory]
    [InlineData("x = a{0}", ".b")]
    [InlineData("x = f{0}", "()")]
    [InlineData("x = a{0}", "[0]")]
    [InlineData("x = 1{0}", "+1")]
    public void LongLeftRecursiveChainsAreRecursionErrors(string template, string unit)
    {
        var e = Fails(string.Format(template, Rep(unit, 100000)));
        Assert.Equal(SyntaxErrorKind.RecursionError, e.Kind);
    }

    [Fact]
    public void LongFlatChainsCompileInLinearTime()
    {
        var sw = Stopwatch.StartNew();
        Compiles("x = " + string.Join(" and ", Enumerable.Repeat("1", 100000)));
        Compiles("x = " + string.Join(" < ", Enumerable.Repeat("1", 100000)));
        Compiles("x = " + Rep("1, ", 100000));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    [Fact]
    public void NestedBracesAreNotExponential()
    {
        var sw = Stopwatch.StartNew();
        Compiles("x = " + Rep("{", 60) + Rep("}", 60));
        var e = Fails("x = " + Rep("{", 60) + "a b" + Rep("}", 60));
        Assert.Equal("invalid syntax. Perhaps you forgot a comma?", e.Msg);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }

    [Fact]
    public void ElifChains()
    {
        Assert.Equal(SyntaxErrorKind.RecursionError, Fails("if x: pass\n" + Rep("elif x: pass\n", 5000)).Kind);
        Assert.Equal(SyntaxErrorKind.MemoryError, Fails("if x: pass\n" + Rep("elif x: pass\n", 10000)).Kind);
    }

    [Fact]
    public void SmallStacksGiveErrorsNotCrashes()
    {
        // 256 KiB: the parser and compiler stop with their limit errors before the stack ends
        foreach (var src in new[] { "x = " + Rep("-", 5000) + "1", "x = " + Rep("a if a else ", 5000) + "a", "x = 1" + Rep("+1", 2900) })
        {
            var e = Fails(src, 256 << 10);
            Assert.True(e.IsLimitError, $"{e.KindName}: {e.Msg}");
        }
    }

    [Fact]
    public void TooManyLevelsOfIndentation()
    {
        Compiles(Blocks(99, _ => "if 1:", "pass"));
        var e = Fails(Blocks(100, _ => "if 1:", "pass"));
        Assert.Equal((SyntaxErrorKind.IndentationError, "too many levels of indentation", 101, 0),
            (e.Kind, e.Msg, e.Line, e.Column));
    }

    [Theory]
    [InlineData("for a{0} in b:")]
    [InlineData("while a{0}:")]
    [InlineData("with a{0}:")]
    public void TooManyStaticallyNestedBlocks(string header)
    {
        Compiles(Blocks(20, i => string.Format(header, i), "pass"));
        var e = Fails(Blocks(21, i => string.Format(header, i), "pass"));
        Assert.Equal(("too many statically nested blocks", 21), (e.Msg, e.Line));
    }

    [Fact]
    public void HandlersCountTwice()
    {
        string Nest(int n) => string.Concat(Enumerable.Range(0, n).Select(i =>
            new string(' ', i) + "try:\n" + new string(' ', i + 1) + "x = 1\n" + new string(' ', i) + "except:\n")) + new string(' ', n) + "pass\n";
        Compiles(Nest(10));
        Assert.Equal("too many statically nested blocks", Fails(Nest(11)).Msg);
    }

    [Fact]
    public void IntLiteralDigitLimit()
    {
        Compiles("x = " + Rep("7", 4300));
        Compiles("x = " + Rep("0", 10000));
        Compiles("x = 0x" + Rep("f", 100000));
        var e = Fails("y = 2; x = " + Rep("1", 4301) + " + 5");
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use " +
                     "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", e.Msg);
        Assert.Equal((1, 0), (e.Line, e.Column));
        Assert.StartsWith("1111", e.SourceLine);
    }

    [Fact]
    public void HexLiteralsAreExact()
    {
        var code = TestUtil.Compile("x = 0xFFFFFFFFFFFFFFFFF\ny = 0o777\nz = 0b1011\nw = 0x7fffffffffffffff");
        Assert.Contains(System.Numerics.BigInteger.Parse("295147905179352825855"), code.Consts.OfType<System.Numerics.BigInteger>());
        Assert.Contains(511L, code.Consts.OfType<long>());
        Assert.Contains(11L, code.Consts.OfType<long>());
        Assert.Contains(long.MaxValue, code.Consts.OfType<long>());
    }

    private static SyntaxErrorException FailsBytes(byte[] src)
        => Assert.Throws<SyntaxErrorException>(() => Compiler.CompileModule(src, "/d/t.py"));

    [Fact]
    public void InvalidUtf8IsReportedAtItsLine()
    {
        byte[] src = [.. "x = 1 1\ny = 2\n"u8, 0xED, 0xA0, 0x80, .. "\n"u8];
        var e = FailsBytes(src);
        Assert.Equal("Non-UTF-8 code starting with '\\xed' in file /d/t.py on line 3, but no encoding declared; " +
                     "see https://peps.python.org/pep-0263/ for details", e.Msg);
        Assert.Equal(0, e.Line);
        // an earlier tokenizer error comes first
        byte[] src2 = [.. "x = 'abc\n"u8, 0xFF, .. "\n"u8];
        Assert.StartsWith("unterminated string literal", FailsBytes(src2).Msg);
        // a BOM is fine
        TestUtil.CheckInvariants(Compiler.CompileModule([0xEF, 0xBB, 0xBF, .. "x = 'é'\n"u8], "t.py"));
    }

    [Fact]
    public void NulBytesAreReportedAtTheirLine()
    {
        var e = FailsBytes([.. "x = 1 1\ny = 'a"u8, 0, .. "b'\n"u8]);
        Assert.Equal(("source code cannot contain null bytes", 2, "y = 'a"), (e.Msg, e.Line, e.SourceLine));
    }

    [Fact]
    public void LongLinesWithNonAsciiKeepByteColumns()
    {
        var src = "x = ['é', " + Rep("1, ", 20000) + "y]";
        var code = OnBigStack(() => TestUtil.Compile(src));
        var load = Array.FindIndex(code.Code, i => Instr.Op(i) == Opcode.LOAD_NAME);
        Assert.Equal(Encoding.UTF8.GetByteCount(src[..src.LastIndexOf('y')]), code.Positions[load].Col);
    }

    [Fact]
    public void ManyNamesCompileInLinearTime()
    {
        var sw = Stopwatch.StartNew();
        var src = "def f():\n" + string.Concat(Enumerable.Range(0, 50000).Select(i => $"    x{i} = {i}\n")) + "    return x49999\n";
        var f = TestUtil.Func(TestUtil.Compile(src), "f");
        Assert.Equal(50000, f.VarNames.Length);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    [Fact]
    public void SupplementaryCharacters()
    {
        // python3.11: an emoji is an invalid character, a mathematical letter an identifier (NFKC)
        var e = TestUtil.CompileError("x\U0001F600 = 1\n");
        Assert.Equal(("invalid character '\U0001F600' (U+1F600)", 1), (e.Msg, e.Line));
        var code = TestUtil.Compile("x\U0001D431 = 1\n\U0001D432 = 2\n");
        Assert.Contains("xx", code.Names);
        Assert.Contains("y", code.Names);
    }
}
