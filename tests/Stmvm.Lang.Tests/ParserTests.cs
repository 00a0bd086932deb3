// Parser tests: operator precedence and associativity, every statement form, f-strings,
// comprehensions, argument lists, node positions, and the unsupported-feature errors.
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

public class ParserTests
{
    private static ModuleNode Parse(string src) => Parser.ParseModule(src, "t.py");
    private static string E(string src) => AstDump.Stmt(Parse(src).Body.Single());
    private static string S(string src) => AstDump.Body(Parse(src).Body);

    [Theory]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a ** b ** c", "(** a (** b c))")]
    [InlineData("-a ** b", "(neg (** a b))")]
    [InlineData("a ** -b", "(** a (neg b))")]
    [InlineData("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))")]
    [InlineData("a // b % c @ d / e", "(/ (@ (% (// a b) c) d) e)")]
    [InlineData("not a == b", "(not (cmp a Eq b))")]
    [InlineData("a and b or c and d", "(or (and a b) (and c d))")]
    [InlineData("not a and not b", "(and (not a) (not b))")]
    [InlineData("a < b <= c != d", "(cmp a Lt b Le c NotEq d)")]
    [InlineData("a is not b", "(cmp a IsNot b)")]
    [InlineData("a not in b", "(cmp a NotIn b)")]
    [InlineData("a if b else c if d else e", "(if b a (if d c e))")]
    [InlineData("lambda x, y=1: x + y", "(lambda (x y defaults:1) (+ x y))")]
    [InlineData("lambda *a, k, **kw: 0", "(lambda (*a k **kw) 0)")]
    [InlineData("~a + -b", "(+ (invert a) (neg b))")]
    [InlineData("a.b.c(d)[e]", "([] (call (. (. a b) c) d) e)")]
    [InlineData("f(a, *b, c=1, **d)", "(call f a *b c=1 **=d)")]
    [InlineData("f(x for x in y)", "(call f (generatorcomp x (for x y)))")]
    [InlineData("a[1:2]", "([] a (slice 1 2 _))")]
    [InlineData("a[::2]", "([] a (slice _ _ 2))")]
    [InlineData("a[1:2, 3]", "([] a (tuple (slice 1 2 _) 3))")]
    [InlineData("a[:]", "([] a (slice _ _ _))")]
    [InlineData("(x := 5)", "(:= x 5)")]
    [InlineData("[1, *a, 2]", "[1 *a 2]")]
    [InlineData("(1,)", "(tuple 1)")]
    [InlineData("()", "(tuple)")]
    [InlineData("{1, 2}", "{set 1 2}")]
    [InlineData("{}", "{dict}")]
    [InlineData("{1: 2, **d}", "{dict 1:2 **d}")]
    [InlineData("[x*y for x in a if x for y in b]", "(listcomp (* x y) (for x a (if x)) (for y b))")]
    [InlineData("{k: v for k, v in d}", "(dictcomp k:v (for (tuple k v) d))")]
    [InlineData("{x for x in s}", "(setcomp x (for x s))")]
    [InlineData("'a' 'b' \"c\"", "'abc'")]
    [InlineData("b'a' b'b'", "b'ab'")]
    [InlineData("...", "...")]
    [InlineData("None, True, False", "(tuple None True False)")]
    [InlineData("f'a{b!r:>{w}}c{d=}'", "(f 'a' (fv b !r (f '>' (fv w))) 'cd=' (fv d !r))")]
    [InlineData("f'{{x}}'", "(f '{x}')")]
    [InlineData("f'{x:%Y}' 'z'", "(f (fv x (f '%Y')) 'z')")]
    [InlineData("rf'\\n{x}'", "(f '\\n' (fv x))")]
    [InlineData("f'{ x + 1 }'", "(f (fv (+ x 1)))")]
    [InlineData("f'{a[\"k\"]}'", "(f (fv ([] a 'k')))")]
    public void Expressions(string src, string dump) => Assert.Equal(dump, E(src));

    [Theory]
    [InlineData("x = y = 1", "(= x y 1)")]
    [InlineData("a, *b = c", "(= (tuple a *b) c)")]
    [InlineData("[a, b] = c", "(= [a b] c)")]
    [InlineData("x += 1", "(+= x 1)")]
    [InlineData("a.b **= 2", "(**= (. a b) 2)")]
    [InlineData("x: int = 5", "(ann x int 5)")]
    [InlineData("x: int", "(ann x int)")]
    [InlineData("del a, b[0], c.d", "(del a ([] b 0) (. c d))")]
    [InlineData("return", "(return)")]
    [InlineData("return 1, 2", "(return (tuple 1 2))")]
    [InlineData("raise E from e", "(raise E from e)")]
    [InlineData("raise", "(raise)")]
    [InlineData("global a, b", "(global a b)")]
    [InlineData("assert x, 'm'", "(assert x 'm')")]
    [InlineData("import a.b as c, d", "(import a.b as c d)")]
    [InlineData("from ..m import (a as b, c,)", "(from ..m a as b c)")]
    [InlineData("from . import x", "(from . x)")]
    [InlineData("from m import *", "(from m *)")]
    [InlineData("x = yield", "(= x (yield))")]
    [InlineData("x = yield from g()", "(= x (yield-from (call g)))")]
    [InlineData("if a: pass\nelif b: pass\nelse: pass", "(if a {pass} else {(if b {pass} else {pass})})")]
    [InlineData("while x: break\nelse: continue", "(while x {break} else {continue})")]
    [InlineData("for i, j in x: pass\nelse: pass", "(for (tuple i j) x {pass} else {pass})")]
    [InlineData("with a as b, c: pass", "(with a as b c {pass})")]
    [InlineData("with (a as b, c as d): pass", "(with a as b c as d {pass})")]
    [InlineData("with (a, b): pass", "(with a b {pass})")]
    [InlineData("try: a\nexcept (E, F) as e: b\nexcept: c\nelse: d\nfinally: f",
        "(try {a} (except (tuple E F) as e {b}) (except {c}) else {d} finally {f})")]
    [InlineData("@d\n@e.f(1)\ndef g(a, /, b, *, c=1, **k): pass", "(def @d @(call (. e f) 1) g (a / b * c=1 **k) {pass})")]
    [InlineData("def f(a, b=1, *args): return a", "(def f (a b *args defaults:1) {(return a)})")]
    [InlineData("def f(x: int = 1, *a: str) -> bool: pass", "(def f (x *a defaults:1) {pass})")]
    [InlineData("class C(A, B, metaclass=M): pass", "(class C A B metaclass=M {pass})")]
    [InlineData("class C: x = 1", "(class C {(= x 1)})")]
    public void Statements(string src, string dump) => Assert.Equal(dump, E(src));

    [Fact]
    public void SemicolonsAndNesting()
    {
        Assert.Equal("{(= a 1); (= b 2); (if a {(if b {pass}); (= c 3)})}", S("a = 1; b = 2\nif a:\n    if b:\n        pass\n    c = 3\n"));
    }

    [Fact]
    public void PositionsCoverTheSource()
    {
        var m = Parse("x = foo(1,\n  2)\n");
        var assign = (Assign)m.Body[0];
        Assert.Equal((1, 0, 2, 4), (assign.Line, assign.Col, assign.EndLine, assign.EndCol));
        var call = (Call)assign.Value;
        Assert.Equal((1, 4, 2, 4), (call.Line, call.Col, call.EndLine, call.EndCol));
        var fs = (JoinedStr)((ExprStmt)Parse("f'ab{x+y}'").Body[0]).Value;
        var bin = (BinOp)((FormattedValue)fs.Values[1]).Value;
        Assert.Equal((1, 5, 1, 8), (bin.Line, bin.Col, bin.EndLine, bin.EndCol));
    }

    [Theory]
    [InlineData("async def f(): pass", "async/await is not supported by stmvm")]
    [InlineData("x = await y", "'await' is not supported (async/await is not available in stmvm)")]
    [InlineData("match x:\n    case 1: pass", "the match statement is not supported by stmvm")]
    [InlineData("try:\n  pass\nexcept* E:\n  pass", "except* (exception groups) is not supported by stmvm")]
    [InlineData("x = 2j", "complex numbers are not supported")]
    public void UnsupportedFeaturesAreClearErrors(string src, string msg)
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parse(src));
        Assert.Equal(msg, e.Msg);
    }

    [Theory]
    [InlineData("match = 1")]
    [InlineData("match(x)")]
    [InlineData("match[1] = 2")]
    [InlineData("print(match.group)")]
    public void MatchIsASoftKeyword(string src) => Parse(src);
}
