// Shared helpers for the lang tests: compiling snippets, walking nested code objects,
// checking bytecode invariants (jump directions, targets, exception table ranges).
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

internal static class TestUtil
{
    public static CodeObject Compile(string src) => Compiler.CompileModule(src, "t.py");

    public static SyntaxErrorException CompileError(string src)
        => Assert.Throws<SyntaxErrorException>(() => Compiler.CompileModule(src, "t.py"));

    public static IEnumerable<CodeObject> AllCode(CodeObject c)
    {
        yield return c;
        foreach (var k in c.Consts)
            if (k is CodeObject inner)
                foreach (var x in AllCode(inner)) yield return x;
    }

    public static CodeObject Func(CodeObject module, string name)
        => AllCode(module).First(c => c.Name == name);

    public static List<(Opcode op, int arg)> Ops(CodeObject c)
        => c.Code.Select(i => (Instr.Op(i), Instr.Arg(i))).ToList();

    public static List<Opcode> OpList(CodeObject c) => c.Code.Select(Instr.Op).ToList();

    /// Structural invariants every compiled code object must satisfy.
    public static void CheckInvariants(CodeObject root)
    {
        foreach (var c in AllCode(root))
        {
            Assert.Equal(c.Code.Length, c.Positions.Length);
            for (int i = 0; i < c.Code.Length; i++)
            {
                var op = Instr.Op(c.Code[i]);
                int arg = Instr.Arg(c.Code[i]);
                switch (op)
                {
                    case Opcode.JUMP_BACKWARD:
                        Assert.True(arg <= i, $"{c.QualName}: JUMP_BACKWARD at {i} goes forward to {arg}");
                        break;
                    case Opcode.JUMP or Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE or Opcode.JUMP_IF_FALSE_OR_POP
                        or Opcode.JUMP_IF_TRUE_OR_POP or Opcode.FOR_ITER:
                        Assert.True(arg > i && arg < c.Code.Length, $"{c.QualName}: {op} at {i} targets {arg}");
                        break;
                    case Opcode.LOAD_CONST:
                        Assert.InRange(arg, 0, c.Consts.Length - 1);
                        break;
                    case Opcode.LOAD_FAST or Opcode.STORE_FAST or Opcode.DELETE_FAST:
                        Assert.InRange(arg, 0, c.VarNames.Length - 1);
                        break;
                    case Opcode.LOAD_DEREF or Opcode.STORE_DEREF or Opcode.DELETE_DEREF or Opcode.LOAD_CLOSURE or Opcode.LOAD_CLASSDEREF:
                        Assert.InRange(arg, 0, c.CellVars.Length + c.FreeVars.Length - 1);
                        break;
                }
                Assert.True(c.Positions[i].Line >= 1, $"{c.QualName}: instruction {i} has no line");
            }
            int prevEnd = 0;
            foreach (var e in c.ExceptionTable)
            {
                Assert.True(e.Start < e.End && e.End <= c.Code.Length);
                Assert.True(e.Start >= prevEnd, "exception ranges overlap");
                prevEnd = e.End;
                Assert.InRange(e.Handler, 0, c.Code.Length - 1);
                Assert.InRange(e.Depth, 0, c.StackSize);
            }
            Assert.True(c.StackSize >= 0);
            Assert.Equal(c.CellVars.Length, c.CellArgs.Length);
        }
    }
}
