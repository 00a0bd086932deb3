// Instruction emission for one code object: labels, a compile-time stack of active
// exception handlers (each emitted instruction records the innermost one), a flow analysis
// that computes the exact maximum stack depth and each handler's stack depth, and the
// final encoding (label resolution, exception table as coalesced ranges).
namespace Stmvm.Lang;

internal sealed class Label
{
    public int Index = -1;
}

internal sealed class Handler
{
    public int Id;
    public Label Target = null!;
    /// Added to the stack depth at the SETUP point to get the depth the handler cuts to.
    public int DepthAdjust;
    public int Depth = -1;
}

internal sealed class CodeBuilder
{
    /// Pseudo instruction marking where a handler becomes active (removed at the end).
    private const int Setup = 256;

    private struct Ins
    {
        public int Op;
        public int Arg;
        public Label? Target;
        public Position Pos;
        public int Handler;
    }

    private readonly List<Ins> _code = new();
    private readonly List<Handler> _handlers = new();
    private List<Handler> _active = new();
    public Position Loc;

    public int Count => _code.Count;

    public void Emit(Opcode op, int arg = 0)
    {
        if (arg < 0 || arg > Instr.MaxArg) throw new InvalidOperationException($"argument out of range for {op}: {arg}");
        _code.Add(new Ins { Op = (int)op, Arg = arg, Pos = Loc, Handler = _active.Count > 0 ? _active[^1].Id : -1 });
    }

    public void EmitJump(Opcode op, Label target)
        => _code.Add(new Ins { Op = (int)op, Target = target, Pos = Loc, Handler = _active.Count > 0 ? _active[^1].Id : -1 });

    public void Mark(Label l) => l.Index = _code.Count;

    public Label NewLabel() => new();

    /// The last real instruction emitted, if any (for "does the body end with a jump").
    public Opcode? LastOp => _code.Count > 0 && _code[^1].Op < Setup ? (Opcode)_code[^1].Op : null;

    // ---------------- exception handlers ----------------

    public Handler PushHandler(Label target, int depthAdjust = 0)
    {
        var h = new Handler { Id = _handlers.Count, Target = target, DepthAdjust = depthAdjust };
        _handlers.Add(h);
        _code.Add(new Ins { Op = Setup, Arg = h.Id, Pos = Loc, Handler = _active.Count > 0 ? _active[^1].Id : -1 });
        _active.Add(h);
        return h;
    }

    public void PopHandler(Handler h)
    {
        if (_active.Count == 0 || _active[^1] != h) throw new InvalidOperationException("handler stack out of order");
        _active.RemoveAt(_active.Count - 1);
    }

    public List<Handler> SaveHandlers() => new(_active);
    public void RestoreHandlers(List<Handler> saved) => _active = new List<Handler>(saved);
    public bool IsActive(Handler h) => _active.Contains(h);
    public Handler? TopHandler => _active.Count > 0 ? _active[^1] : null;

    // ---------------- stack effects ----------------

    /// Stack effect of an instruction; for jumps, `jump` selects the branch.
    public static int StackEffect(Opcode op, int arg, bool jump)
    {
        switch (op)
        {
            case Opcode.NOP: case Opcode.SETUP_ANNOTATIONS: case Opcode.SWAP: case Opcode.DELETE_FAST: case Opcode.DELETE_DEREF:
            case Opcode.DELETE_GLOBAL: case Opcode.DELETE_NAME: case Opcode.LOAD_ATTR:
            case Opcode.UNARY_POSITIVE: case Opcode.UNARY_NEGATIVE: case Opcode.UNARY_NOT: case Opcode.UNARY_INVERT:
            case Opcode.LIST_TO_TUPLE: case Opcode.JUMP: case Opcode.JUMP_BACKWARD: case Opcode.GET_ITER:
            case Opcode.YIELD_VALUE: case Opcode.GET_YIELD_FROM_ITER: case Opcode.CHECK_EXC_MATCH:
                return 0;
            case Opcode.POP_TOP: case Opcode.STORE_FAST: case Opcode.STORE_DEREF: case Opcode.STORE_GLOBAL:
            case Opcode.STORE_NAME: case Opcode.DELETE_ATTR: case Opcode.BINARY_OP: case Opcode.COMPARE_OP:
            case Opcode.IS_OP: case Opcode.CONTAINS_OP: case Opcode.BINARY_SUBSCR: case Opcode.LIST_APPEND:
            case Opcode.SET_ADD: case Opcode.LIST_EXTEND: case Opcode.SET_UPDATE: case Opcode.DICT_UPDATE:
            case Opcode.DICT_MERGE: case Opcode.POP_JUMP_IF_FALSE: case Opcode.POP_JUMP_IF_TRUE:
            case Opcode.RETURN_VALUE: case Opcode.YIELD_FROM: case Opcode.POP_EXCEPT: case Opcode.RERAISE:
            case Opcode.IMPORT_NAME: case Opcode.IMPORT_STAR: case Opcode.PRINT_EXPR:
                return -1;
            case Opcode.COPY: case Opcode.LOAD_CONST: case Opcode.LOAD_FAST: case Opcode.LOAD_DEREF:
            case Opcode.LOAD_CLOSURE: case Opcode.LOAD_CLASSDEREF: case Opcode.LOAD_GLOBAL: case Opcode.LOAD_NAME:
            case Opcode.LOAD_METHOD: case Opcode.LOAD_BUILD_CLASS: case Opcode.PUSH_EXC_INFO:
            case Opcode.LOAD_ASSERTION_ERROR: case Opcode.BEFORE_WITH: case Opcode.WITH_EXCEPT_START:
            case Opcode.IMPORT_FROM:
                return 1;
            case Opcode.STORE_ATTR: case Opcode.MAP_ADD: case Opcode.DELETE_SUBSCR: return -2;
            case Opcode.STORE_SUBSCR: return -3;
            case Opcode.CALL_METHOD: return -(arg + 1);
            case Opcode.BUILD_SLICE: return 1 - arg;
            case Opcode.BUILD_TUPLE: case Opcode.BUILD_LIST: case Opcode.BUILD_SET: case Opcode.BUILD_STRING:
                return 1 - arg;
            case Opcode.BUILD_MAP: return 1 - 2 * arg;
            case Opcode.FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case Opcode.UNPACK_SEQUENCE: return arg - 1;
            case Opcode.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
            case Opcode.JUMP_IF_FALSE_OR_POP: case Opcode.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case Opcode.FOR_ITER: return jump ? -1 : 1;
            case Opcode.CALL: return -arg;
            case Opcode.CALL_KW: return -(arg + 1);
            case Opcode.CALL_FUNCTION_EX: return -(1 + (arg & 1));
            case Opcode.MAKE_FUNCTION:
                return -(((arg & 1) != 0 ? 1 : 0) + ((arg & 2) != 0 ? 1 : 0) + ((arg & 4) != 0 ? 1 : 0) + ((arg & 8) != 0 ? 1 : 0));
            case Opcode.RAISE_VARARGS: return -arg;
        }
        throw new InvalidOperationException($"no stack effect for {op}");
    }

    public static bool IsJump(Opcode op) => op is Opcode.JUMP or Opcode.JUMP_BACKWARD or Opcode.POP_JUMP_IF_FALSE
        or Opcode.POP_JUMP_IF_TRUE or Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP or Opcode.FOR_ITER;

    private static bool NoFallthrough(Opcode op) => op is Opcode.JUMP or Opcode.JUMP_BACKWARD or Opcode.RETURN_VALUE
        or Opcode.RAISE_VARARGS or Opcode.RERAISE;

    // ---------------- finishing ----------------

    public (int[] code, Position[] positions, ExceptionEntry[] table, int stackSize) Finish()
    {
        int n = _code.Count;
        var depth = new int[n + 1];
        Array.Fill(depth, -1);
        int max = 0;
        var work = new Stack<int>();
        void Reach(int i, int d)
        {
            if (d < 0) throw new InvalidOperationException($"negative stack depth at {i}");
            if (i >= n) return;
            if (depth[i] == -1) { depth[i] = d; work.Push(i); }
            else if (depth[i] != d) throw new InvalidOperationException($"inconsistent stack depth at {i}: {depth[i]} vs {d}");
        }
        if (n > 0) Reach(0, 0);
        while (work.Count > 0)
        {
            int i = work.Pop();
            int d = depth[i];
            var ins = _code[i];
            if (ins.Op == Setup)
            {
                var h = _handlers[ins.Arg];
                int hd = d + h.DepthAdjust;
                if (h.Depth == -1) h.Depth = hd;
                Reach(h.Target.Index, hd + 1);
                max = Math.Max(max, hd + 1);
                Reach(i + 1, d);
                continue;
            }
            var op = (Opcode)ins.Op;
            if (IsJump(op))
            {
                int dj = d + StackEffect(op, ins.Arg, true);
                max = Math.Max(max, dj);
                Reach(ins.Target!.Index, dj);
            }
            if (!NoFallthrough(op))
            {
                int df = d + StackEffect(op, ins.Arg, false);
                max = Math.Max(max, df);
                Reach(i + 1, df);
            }
        }
        // drop pseudo instructions, map old indices to new ones
        var map = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            map[i] = k;
            if (_code[i].Op != Setup) k++;
        }
        map[n] = k;
        var code = new int[k];
        var pos = new Position[k];
        var handlerOf = new int[k];
        k = 0;
        for (int i = 0; i < n; i++)
        {
            var ins = _code[i];
            if (ins.Op == Setup) continue;
            int arg = ins.Target != null ? map[ins.Target.Index] : ins.Arg;
            if (ins.Target != null && ins.Target.Index < 0) throw new InvalidOperationException("unmarked label");
            code[k] = Instr.Make((Opcode)ins.Op, arg);
            pos[k] = ins.Pos;
            handlerOf[k] = ins.Handler;
            k++;
        }
        var table = new List<ExceptionEntry>();
        for (int i = 0; i < k;)
        {
            int h = handlerOf[i];
            int j = i + 1;
            while (j < k && handlerOf[j] == h) j++;
            if (h >= 0)
            {
                var hh = _handlers[h];
                table.Add(new ExceptionEntry(i, j, map[hh.Target.Index], Math.Max(hh.Depth, 0)));
            }
            i = j;
        }
        return (code, pos, table.ToArray(), max);
    }
}
