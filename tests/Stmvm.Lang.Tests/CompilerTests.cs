// Compiler tests: exact instruction sequences for the core forms, stack sizes, exception
// table shapes (try/except/finally/with), jump directions, positions, docstrings, calls,
// imports, the interactive mode, and the disassembler output.
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

public class CompilerTests
{
    private static CodeObject C(string src)
    {
        var code = TestUtil.Compile(src);
        TestUtil.CheckInvariants(code);
        return code;
    }

    private static string OpsText(CodeObject c) => string.Join(" ", TestUtil.OpList(c));

    [Fact]
    public void SimpleAssignment()
    {
        var c = C("x = 1 + y\n");
        Assert.Equal("LOAD_CONST LOAD_NAME BINARY_OP STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(c));
        Assert.Equal(2, c.StackSize);
        Assert.Equal(new object?[] { 1L, null }, c.Consts);
        Assert.Equal(new[] { "y", "x" }, c.Names);
    }

    [Fact]
    public void FunctionLocalsAndGlobals()
    {
        var f = TestUtil.Func(C("def f(a, *b, c=1, **d):\n    e = a\n    return g\n"), "f");
        Assert.Equal(1, f.ArgCount);
        Assert.Equal(1, f.KwOnlyArgCount);
        Assert.Equal(CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Function, f.Flags);
        Assert.Equal(new[] { "a", "c", "b", "d", "e" }, f.VarNames);
        Assert.Equal("LOAD_FAST STORE_FAST LOAD_GLOBAL RETURN_VALUE LOAD_CONST RETURN_VALUE", OpsText(f));
        Assert.Equal(4, f.ParameterCount);
    }

    [Fact]
    public void PositionalOnlyParameters()
    {
        var f = TestUtil.Func(C("def f(a, b, /, c): pass\n"), "f");
        Assert.Equal(3, f.ArgCount);
        Assert.Equal(2, f.PosOnlyArgCount);
    }

    [Fact]
    public void ChainedComparisonUsesCopyAndSwap()
    {
        var c = C("r = a < b < c\n");
        Assert.Equal("LOAD_NAME LOAD_NAME SWAP COPY COMPARE_OP JUMP_IF_FALSE_OR_POP LOAD_NAME COMPARE_OP JUMP SWAP POP_TOP STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(c));
        Assert.Equal(3, c.StackSize);
    }

    [Fact]
    public void WhileLoopUsesJumpBackward()
    {
        var c = C("i = 0\nwhile i < 10:\n    i += 1\n    if i == 5:\n        continue\nelse:\n    pass\n");
        var ops = TestUtil.Ops(c);
        Assert.Equal(2, ops.Count(o => o.op == Opcode.JUMP_BACKWARD));
        int header = ops.FindIndex(o => o.op == Opcode.LOAD_NAME);
        Assert.All(ops.Where(o => o.op == Opcode.JUMP_BACKWARD), o => Assert.Equal(header, o.arg));
    }

    [Fact]
    public void WhileTrueHasNoTest()
    {
        var c = C("while True:\n    f()\n");
        Assert.Equal("LOAD_NAME CALL POP_TOP JUMP_BACKWARD LOAD_CONST RETURN_VALUE", OpsText(c));
    }

    [Fact]
    public void ForLoopWithBreak()
    {
        var c = C("for x in y:\n    if x: break\nelse:\n    z()\n");
        var ops = TestUtil.Ops(c);
        Assert.Equal("LOAD_NAME GET_ITER FOR_ITER STORE_NAME LOAD_NAME POP_JUMP_IF_FALSE POP_TOP JUMP JUMP_BACKWARD LOAD_NAME CALL POP_TOP LOAD_CONST RETURN_VALUE", OpsText(c));
        int forIter = ops.FindIndex(o => o.op == Opcode.FOR_ITER);
        Assert.Equal(forIter, ops.First(o => o.op == Opcode.JUMP_BACKWARD).arg);
        Assert.Equal(9, ops[forIter].arg);               // exhaustion: the else clause
        Assert.Equal(12, ops.First(o => o.op == Opcode.JUMP).arg); // break: after the else clause
        Assert.Equal(2, c.StackSize);
    }

    [Fact]
    public void TryExceptShape()
    {
        var c = C("try:\n    a()\nexcept E as e:\n    b()\n");
        Assert.Equal(
            "LOAD_NAME CALL POP_TOP JUMP " +                                   // 0-3 body, to end
            "PUSH_EXC_INFO LOAD_NAME CHECK_EXC_MATCH POP_JUMP_IF_FALSE STORE_NAME " + // 4-8
            "LOAD_NAME CALL POP_TOP " +                                         // 9-11 handler body
            "POP_EXCEPT LOAD_CONST STORE_NAME DELETE_NAME JUMP " +              // 12-16
            "LOAD_CONST STORE_NAME DELETE_NAME RERAISE " +                      // 17-20 cleanup of `e`
            "RERAISE " +                                                        // 21 no match
            "SWAP POP_EXCEPT RERAISE " +                                        // 22-24 cleanup
            "LOAD_CONST RETURN_VALUE", OpsText(c));
        Assert.Equal(new[]
        {
            new ExceptionEntry(0, 3, 4, 0),
            new ExceptionEntry(4, 9, 22, 1),
            new ExceptionEntry(9, 12, 17, 1),
            new ExceptionEntry(17, 22, 22, 1),
        }, c.ExceptionTable);
    }

    [Fact]
    public void TryFinallyInlinesFinallyOnEveryExit()
    {
        var f = TestUtil.Func(C("def f():\n    for x in y:\n        try:\n            if x: return 1\n            if x: break\n            continue\n        finally:\n            g()\n"), "f");
        // normal exit, return, break, continue and the exception path each run g()
        Assert.Equal(5, TestUtil.Ops(f).Count(o => o.op == Opcode.LOAD_GLOBAL && f.Names[o.arg] == "g"));
        var handler = f.ExceptionTable.First();
        Assert.Equal(1, handler.Depth); // the for iterator stays on the stack
        Assert.Equal(Opcode.PUSH_EXC_INFO, Instr.Op(f.Code[handler.Handler]));
    }

    [Fact]
    public void ReturnInsideFinallyProtectedBodyPreservesValue()
    {
        var f = TestUtil.Func(C("def f():\n    try:\n        return g()\n    finally:\n        h()\n"), "f");
        Assert.StartsWith("LOAD_GLOBAL CALL LOAD_GLOBAL CALL POP_TOP RETURN_VALUE", OpsText(f));
        Assert.Equal(new ExceptionEntry(0, 2, 10, 0), f.ExceptionTable[0]);
    }

    [Fact]
    public void WithStatementShape()
    {
        var c = C("with m() as v:\n    body()\n");
        Assert.Equal(
            "LOAD_NAME CALL BEFORE_WITH STORE_NAME LOAD_NAME CALL POP_TOP " +
            "LOAD_CONST LOAD_CONST LOAD_CONST CALL POP_TOP JUMP " +
            "PUSH_EXC_INFO WITH_EXCEPT_START POP_JUMP_IF_TRUE RERAISE " +
            "SWAP POP_EXCEPT RERAISE " +
            "POP_TOP POP_EXCEPT POP_TOP LOAD_CONST RETURN_VALUE", OpsText(c));
        Assert.Equal(new[]
        {
            new ExceptionEntry(3, 7, 13, 1),
            new ExceptionEntry(13, 17, 17, 2),
        }, c.ExceptionTable);
        Assert.Equal(4, c.StackSize); // [exit, prev, exc, result] and [exit, None, None, None]
    }

    [Fact]
    public void ReturnInsideWithCallsExit()
    {
        var f = TestUtil.Func(C("def f():\n    with m():\n        return x\n"), "f");
        Assert.StartsWith("LOAD_GLOBAL CALL BEFORE_WITH POP_TOP LOAD_GLOBAL SWAP LOAD_CONST LOAD_CONST LOAD_CONST CALL POP_TOP RETURN_VALUE", OpsText(f));
    }

    [Fact]
    public void CallForms()
    {
        Assert.Equal("LOAD_NAME LOAD_METHOD LOAD_CONST CALL_METHOD POP_TOP LOAD_CONST RETURN_VALUE", OpsText(C("o.m(1)\n")));
        var kw = C("f(1, k=2)\n");
        Assert.Equal("LOAD_NAME LOAD_CONST LOAD_CONST LOAD_CONST CALL_KW POP_TOP LOAD_CONST RETURN_VALUE", OpsText(kw));
        Assert.Contains(kw.Consts, k => k is ConstTuple t && t.Items.SequenceEqual(new object?[] { "k" }));
        Assert.Equal(2, Instr.Arg(kw.Code[4])); // positional + keyword
        Assert.Equal("LOAD_NAME LOAD_ATTR LOAD_CONST LOAD_CONST CALL_KW POP_TOP LOAD_CONST RETURN_VALUE", OpsText(C("o.m(k=2)\n")));
        Assert.Equal("LOAD_NAME LOAD_CONST BUILD_LIST LOAD_NAME LIST_EXTEND LIST_TO_TUPLE BUILD_MAP LOAD_NAME DICT_MERGE CALL_FUNCTION_EX POP_TOP LOAD_CONST RETURN_VALUE",
            OpsText(C("f(1, *a, **k)\n")));
    }

    [Fact]
    public void ImportForms()
    {
        Assert.Equal("LOAD_CONST LOAD_CONST IMPORT_NAME STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(C("import a.b.c\n")));
        var c = C("import a.b.c\n");
        Assert.Equal("a", c.Names[Instr.Arg(c.Code[3])]);
        Assert.Equal("LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_FROM SWAP POP_TOP IMPORT_FROM STORE_NAME POP_TOP LOAD_CONST RETURN_VALUE",
            OpsText(C("import a.b.c as d\n")));
        var rel = C("from ..m import x as y\n");
        Assert.Equal(2L, rel.Consts[0]);
        Assert.Equal("LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_FROM STORE_NAME POP_TOP LOAD_CONST RETURN_VALUE", OpsText(rel));
        Assert.Equal("LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_STAR LOAD_CONST RETURN_VALUE", OpsText(C("from m import *\n")));
    }

    [Fact]
    public void AugmentedAssignmentTargets()
    {
        Assert.Equal("LOAD_NAME COPY LOAD_ATTR LOAD_CONST BINARY_OP SWAP STORE_ATTR LOAD_CONST RETURN_VALUE", OpsText(C("o.a += 1\n")));
        Assert.Equal("LOAD_NAME LOAD_NAME COPY COPY BINARY_SUBSCR LOAD_CONST BINARY_OP SWAP SWAP STORE_SUBSCR LOAD_CONST RETURN_VALUE", OpsText(C("o[k] -= 1\n")));
        var c = C("x **= 2\n");
        Assert.Equal((int)BinaryOp.InplacePower, Instr.Arg(c.Code[2]));
    }

    [Fact]
    public void UnpackingAndDelete()
    {
        var c = C("a, *b, c = s\ndel a, o.x, o[1]\n");
        Assert.Contains((Opcode.UNPACK_EX, 1 | (1 << 8)), TestUtil.Ops(c));
        Assert.Contains(Opcode.DELETE_NAME, TestUtil.OpList(c));
        Assert.Contains(Opcode.DELETE_ATTR, TestUtil.OpList(c));
        Assert.Contains(Opcode.DELETE_SUBSCR, TestUtil.OpList(c));
    }

    [Fact]
    public void AssertUsesAssertionError()
    {
        Assert.Equal("LOAD_NAME POP_JUMP_IF_TRUE LOAD_ASSERTION_ERROR LOAD_CONST CALL RAISE_VARARGS LOAD_CONST RETURN_VALUE", OpsText(C("assert x, 'm'\n")));
    }

    [Fact]
    public void ComprehensionCode()
    {
        var c = C("r = [x for x in y if x]\n");
        Assert.Equal("LOAD_CONST MAKE_FUNCTION LOAD_NAME GET_ITER CALL STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(c));
        var lc = TestUtil.Func(c, "<listcomp>");
        Assert.Equal(1, lc.ArgCount);
        Assert.Equal(".0", lc.VarNames[0]);
        Assert.Equal("BUILD_LIST LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE LOAD_FAST LIST_APPEND JUMP_BACKWARD RETURN_VALUE", OpsText(lc));
        Assert.Contains((Opcode.LIST_APPEND, 2), TestUtil.Ops(lc));
        var g = TestUtil.Func(C("r = (x for x in y)\n"), "<genexpr>");
        Assert.True(g.IsGenerator);
        Assert.Contains(Opcode.YIELD_VALUE, TestUtil.OpList(g));
        var d = TestUtil.Func(C("r = {k: v for k in a for v in b}\n"), "<dictcomp>");
        Assert.Contains((Opcode.MAP_ADD, 3), TestUtil.Ops(d));
    }

    [Fact]
    public void YieldFrom()
    {
        var g = TestUtil.Func(C("def g():\n    x = yield from h()\n"), "g");
        Assert.StartsWith("LOAD_GLOBAL CALL GET_YIELD_FROM_ITER LOAD_CONST YIELD_FROM STORE_FAST", OpsText(g));
        Assert.True(g.IsGenerator);
    }

    [Fact]
    public void ClassBody()
    {
        var c = C("@dec\nclass C(B, metaclass=M):\n    'doc'\n    x = 1\n");
        Assert.Equal("LOAD_NAME LOAD_BUILD_CLASS LOAD_CONST MAKE_FUNCTION LOAD_CONST LOAD_NAME LOAD_NAME LOAD_CONST CALL_KW CALL STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(c));
        var body = TestUtil.Func(c, "C");
        Assert.Equal("doc", body.DocString);
        Assert.Equal(1, body.FirstLineNo);
        Assert.Equal("LOAD_NAME STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(body));
        Assert.Equal(new[] { "__name__", "__module__", "__qualname__", "__doc__", "x" }, body.Names);
    }

    [Fact]
    public void QualifiedNames()
    {
        var c = C("class A:\n    def m(self):\n        def inner(): pass\n        return lambda: 0\n");
        Assert.Equal("A.m", TestUtil.Func(c, "m").QualName);
        Assert.Equal("A.m.<locals>.inner", TestUtil.Func(c, "inner").QualName);
        Assert.Equal("A.m.<locals>.<lambda>", TestUtil.Func(c, "<lambda>").QualName);
    }

    [Fact]
    public void DocStrings()
    {
        var c = C("'''mod'''\ndef f():\n    'fdoc'\n    return 1\n");
        Assert.Equal("mod", c.DocString);
        Assert.Equal("fdoc", TestUtil.Func(c, "f").DocString);
        Assert.Equal("LOAD_CONST RETURN_VALUE LOAD_CONST RETURN_VALUE", OpsText(TestUtil.Func(c, "f")));
    }

    [Fact]
    public void ClosuresUseDerefAndMakeFunctionClosure()
    {
        var c = C("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
        var f = TestUtil.Func(c, "f");
        Assert.Equal("LOAD_CONST STORE_DEREF LOAD_CLOSURE BUILD_TUPLE LOAD_CONST MAKE_FUNCTION STORE_FAST LOAD_FAST RETURN_VALUE LOAD_CONST RETURN_VALUE", OpsText(f));
        Assert.Contains((Opcode.MAKE_FUNCTION, 4), TestUtil.Ops(f));
        Assert.Equal("LOAD_DEREF RETURN_VALUE LOAD_CONST RETURN_VALUE", OpsText(TestUtil.Func(c, "g")));
    }

    [Fact]
    public void DefaultsAndKwDefaults()
    {
        var c = C("def f(a=1, *, b=2): pass\n");
        Assert.StartsWith("LOAD_CONST BUILD_TUPLE LOAD_CONST LOAD_CONST BUILD_MAP LOAD_CONST MAKE_FUNCTION", OpsText(c));
        Assert.Contains((Opcode.MAKE_FUNCTION, 3), TestUtil.Ops(c));
    }

    [Fact]
    public void FStrings()
    {
        var c = C("s = f'a{x!r:>{w}}'\n");
        Assert.Equal("LOAD_CONST LOAD_NAME LOAD_CONST LOAD_NAME FORMAT_VALUE BUILD_STRING FORMAT_VALUE BUILD_STRING STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(c));
        Assert.Contains((Opcode.FORMAT_VALUE, 2 | 4), TestUtil.Ops(c));
    }

    [Fact]
    public void DisplaysWithStars()
    {
        Assert.Equal("LOAD_CONST LOAD_NAME LIST_EXTEND LOAD_CONST LIST_APPEND STORE_NAME LOAD_CONST RETURN_VALUE",
            OpsText(C("x = [1, *a, 2]\n")).Replace("BUILD_LIST ", ""));
        Assert.Equal("BUILD_MAP LOAD_NAME DICT_UPDATE LOAD_CONST LOAD_CONST BUILD_MAP DICT_UPDATE STORE_NAME LOAD_CONST RETURN_VALUE",
            OpsText(C("x = {**a, 1: 2}\n")));
        var t = C("x = (1, 'a', (None, 2.5))\n");
        Assert.Equal("LOAD_CONST STORE_NAME LOAD_CONST RETURN_VALUE", OpsText(t));
    }

    [Fact]
    public void NegativeConstantsAreFolded()
    {
        Assert.Equal(new object?[] { -5L, null }, C("x = -5\n").Consts);
    }

    [Fact]
    public void PositionsPointAtSubexpressions()
    {
        var c = C("x = a.b(c[1] + 2)\n");
        var ops = TestUtil.Ops(c);
        var subscr = c.Positions[ops.FindIndex(o => o.op == Opcode.BINARY_SUBSCR)];
        Assert.Equal(new Position(1, 8, 1, 12), subscr);
        var add = c.Positions[ops.FindIndex(o => o.op == Opcode.BINARY_OP)];
        Assert.Equal(new Position(1, 8, 1, 16), add);
        var call = c.Positions[ops.FindIndex(o => o.op == Opcode.CALL_METHOD)];
        Assert.Equal(new Position(1, 4, 1, 17), call);
        var meth = c.Positions[ops.FindIndex(o => o.op == Opcode.LOAD_METHOD)];
        Assert.Equal(new Position(1, 4, 1, 7), meth);
    }

    [Fact]
    public void PositionsUseUtf8Columns()
    {
        var c = C("s = 'é'; t = x.y\n");
        var attr = c.Positions[TestUtil.Ops(c).FindIndex(o => o.op == Opcode.LOAD_ATTR)];
        Assert.Equal(new Position(1, 14, 1, 17), attr);
    }

    [Fact]
    public void InteractiveModePrintsExpressions()
    {
        var c = Compiler.CompileInteractive("1 + 2\n");
        Assert.Equal("LOAD_CONST LOAD_CONST BINARY_OP PRINT_EXPR LOAD_CONST RETURN_VALUE", OpsText(c));
    }

    [Theory]
    [InlineData("return 1\n", "'return' outside function")]
    [InlineData("class C:\n    return 1\n", "'return' outside function")]
    [InlineData("break\n", "'break' outside loop")]
    [InlineData("def f():\n    continue\n", "'continue' not properly in loop")]
    [InlineData("while x:\n    def f():\n        break\n", "'break' outside loop")]
    [InlineData("a, *b, *c = d\n", "multiple starred expressions in assignment")]
    [InlineData("f(a=1, a=2)\n", "keyword argument repeated: a")]
    [InlineData("print(*a)\nx = *a\n", "can't use starred expression here")]
    public void CompileErrors(string src, string msg) => Assert.Equal(msg, TestUtil.CompileError(src).Msg);

    [Fact]
    public void DisassemblerListsEverything()
    {
        var text = Disassembler.Format(C("def f(x):\n    try:\n        return x.y\n    except E:\n        return 'no'\n"));
        Assert.Contains("Disassembly of <code object f", text);
        Assert.Contains("LOAD_ATTR", text);
        Assert.Contains("(y)", text);
        Assert.Contains("('no')", text);
        Assert.Contains("ExceptionTable:", text);
        Assert.Contains(">>", text);
    }

    [Fact]
    public void SourceAsUtf8BytesWithBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("x = 'é'\r\ny = 2\r\n")).ToArray();
        var c = Compiler.CompileModule(bytes, "t.py");
        Assert.Contains("é", c.Consts);
        Assert.Equal(2, c.Positions[^3].Line);
    }

    [Fact]
    public void StackSizeOfDeepExpression()
    {
        var c = C("x = a + (b + (c + (d + e)))\n");
        Assert.Equal(5, c.StackSize);
    }
}
