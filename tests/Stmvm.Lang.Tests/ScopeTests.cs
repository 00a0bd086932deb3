// Symbol-table tests: local/global/free/cell classification, class scopes, the implicit
// __class__ cell, comprehension scopes, walrus targets, and declaration errors.
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

public class ScopeTests
{
    private static SymbolTable Build(string src)
    {
        var p = new Parser(src, "t.py");
        var m = p.ParseFile();
        return SymbolTable.Build(m, "t.py", p.SourceLines);
    }

    private static Scope Find(SymbolTable st, string name)
        => st.Scopes.Values.First(s => s.Name == name);

    [Fact]
    public void LocalsGlobalsAndFree()
    {
        var st = Build("g = 1\ndef f(a):\n    b = a + g\n    def inner():\n        return b + c\n    return inner\n");
        var f = Find(st, "f");
        Assert.Equal(SymbolScope.Local, f.GetScope("a"));
        Assert.Equal(SymbolScope.Cell, f.GetScope("b"));
        Assert.Equal(SymbolScope.GlobalImplicit, f.GetScope("g"));
        Assert.Equal(new[] { "b" }, f.CellVars);
        var inner = Find(st, "inner");
        Assert.Equal(SymbolScope.Free, inner.GetScope("b"));
        Assert.Equal(SymbolScope.GlobalImplicit, inner.GetScope("c"));
        Assert.Equal(new[] { "b" }, inner.FreeVars);
        Assert.Equal(SymbolScope.Local, st.Module.GetScope("g"));
    }

    [Fact]
    public void GlobalAndNonlocalDeclarations()
    {
        var st = Build("def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n");
        Assert.Equal(SymbolScope.GlobalExplicit, Find(st, "f").GetScope("x"));
        Assert.Equal(SymbolScope.Cell, Find(st, "f").GetScope("y"));
        Assert.Equal(SymbolScope.Free, Find(st, "g").GetScope("y"));
    }

    [Fact]
    public void ClassScopeIsNotVisibleFromMethods()
    {
        var st = Build("class C:\n    x = 1\n    def m(self):\n        return x\n");
        Assert.Equal(SymbolScope.GlobalImplicit, Find(st, "m").GetScope("x"));
        Assert.Equal(SymbolScope.Local, Find(st, "C").GetScope("x"));
    }

    [Fact]
    public void ClassBindingAlsoFreeInMethodPassesThrough()
    {
        var st = Build("def f():\n    v = 1\n    class C:\n        v = 2\n        def g(self): return v\n");
        var c = Find(st, "C");
        Assert.Equal(SymbolScope.Local, c.GetScope("v"));
        Assert.Equal(new[] { "v" }, c.FreeVars);
        Assert.Equal(SymbolScope.Cell, Find(st, "f").GetScope("v"));
        Assert.Equal(SymbolScope.Free, Find(st, "g").GetScope("v"));
    }

    [Fact]
    public void ClassBodyReadsEnclosingFunctionVariable()
    {
        var st = Build("def f():\n    v = 1\n    class C:\n        w = v\n");
        Assert.Equal(SymbolScope.Free, Find(st, "C").GetScope("v"));
        var code = Compiler.CompileModule("def f():\n    v = 1\n    class C:\n        w = v\n", "t.py");
        Assert.Contains(Opcode.LOAD_CLASSDEREF, TestUtil.OpList(TestUtil.Func(code, "C")));
    }

    [Fact]
    public void SuperCreatesClassCell()
    {
        var st = Build("class C(B):\n    def m(self):\n        return super().m()\n    def n(self): return 1\n");
        var c = Find(st, "C");
        Assert.True(c.NeedsClassCell);
        Assert.Equal(new[] { "__class__" }, c.CellVars);
        Assert.Equal(SymbolScope.Free, Find(st, "m").GetScope("__class__"));
        Assert.Empty(Find(st, "n").FreeVars);
        var code = Compiler.CompileModule("class C(B):\n    def m(self):\n        return super().m()\n", "t.py");
        var body = TestUtil.Func(code, "C");
        Assert.True(body.Flags.HasFlag(CodeFlags.NeedsClassCell));
        Assert.True(body.Flags.HasFlag(CodeFlags.ClassBody));
        Assert.Equal(new[] { "__class__" }, body.CellVars);
        var ops = TestUtil.Ops(body);
        Assert.Equal((Opcode.LOAD_CLOSURE, 0), ops[^2]);
        Assert.Equal(Opcode.RETURN_VALUE, ops[^1].op);
        Assert.Equal(new[] { "__class__" }, TestUtil.Func(code, "m").FreeVars);
    }

    [Fact]
    public void DunderClassInNestedComprehensionOfMethod()
    {
        var st = Build("class C:\n    def m(self):\n        return [__class__ for _ in range(1)]\n");
        Assert.True(Find(st, "C").NeedsClassCell);
        Assert.Equal(SymbolScope.Free, Find(st, "m").GetScope("__class__"));
    }

    [Fact]
    public void ComprehensionsAreFunctionScopes()
    {
        var st = Build("def f(xs):\n    return [x + y for x in xs for y in x]\n");
        var comp = Find(st, "<listcomp>");
        Assert.Equal(ScopeKind.Comprehension, comp.Kind);
        Assert.Equal(SymbolScope.Local, comp.GetScope("x"));
        Assert.Equal(SymbolScope.Local, comp.GetScope(".0"));
        // the first iterable is evaluated in f, so xs is not free in the comprehension
        Assert.Equal(SymbolScope.Unknown, comp.GetScope("xs"));
        Assert.Equal(SymbolScope.Local, Find(st, "f").GetScope("xs"));
    }

    [Fact]
    public void WalrusInComprehensionBindsInEnclosingFunction()
    {
        var st = Build("def f(xs):\n    [last := x for x in xs]\n    return last\n");
        Assert.Equal(SymbolScope.Cell, Find(st, "f").GetScope("last"));
        Assert.Equal(SymbolScope.Free, Find(st, "<listcomp>").GetScope("last"));
        var st2 = Build("[last := x for x in xs]\n");
        Assert.Equal(SymbolScope.GlobalExplicit, Find(st2, "<listcomp>").GetScope("last"));
    }

    [Fact]
    public void ParameterCapturedByInnerFunctionIsACellWithCellArg()
    {
        var code = Compiler.CompileModule("def f(a, b):\n    return lambda: b\n", "t.py");
        var f = TestUtil.Func(code, "f");
        Assert.Equal(new[] { "b" }, f.CellVars);
        Assert.Equal(new[] { 1 }, f.CellArgs);
    }

    [Fact]
    public void GeneratorFlag()
    {
        var st = Build("def g():\n    yield 1\ndef h():\n    return (x for x in y)\n");
        Assert.True(Find(st, "g").IsGenerator);
        Assert.False(Find(st, "h").IsGenerator);
        Assert.True(Find(st, "<genexpr>").IsGenerator);
    }

    [Fact]
    public void PrivateNamesAreMangled()
    {
        var code = Compiler.CompileModule("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n", "t.py");
        Assert.Contains("_C__x", TestUtil.Func(code, "C").Names);
        Assert.Contains("_C__y", TestUtil.Func(code, "m").Names);
    }

    [Theory]
    [InlineData("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3)]
    [InlineData("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3)]
    [InlineData("def f(x):\n    global x\n", "name 'x' is parameter and global", 2)]
    [InlineData("def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found", 2)]
    [InlineData("nonlocal x\n", "nonlocal declaration not allowed at module level", 1)]
    [InlineData("x = 1\ndef f():\n    def g():\n        nonlocal x\n", "no binding for nonlocal 'x' found", 4)]
    [InlineData("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1)]
    [InlineData("def f():\n    import *\n", "invalid syntax", 2)]
    [InlineData("def f():\n    from m import *\n", "import * only allowed at module level", 2)]
    [InlineData("yield 1\n", "'yield' outside function", 1)]
    [InlineData("class C:\n    yield 1\n", "'yield' outside function", 2)]
    [InlineData("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2)]
    [InlineData("def f():\n    [x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 2)]
    [InlineData("class C:\n    [y := 1 for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2)]
    public void Errors(string src, string msg, int line)
    {
        var e = TestUtil.CompileError(src);
        Assert.Equal(msg, e.Msg);
        Assert.Equal(line, e.Line);
    }
}
