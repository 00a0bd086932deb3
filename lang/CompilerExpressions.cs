// Expression compilation: constants (with small folds), names, operators, short-circuit
// and conditional jumps, chained comparisons (COPY/SWAP as CPython), calls (CALL, CALL_KW,
// CALL_METHOD, CALL_FUNCTION_EX), displays with starred items, subscripts and slices,
// f-strings, lambdas, comprehensions, yield and walrus.
using System.Numerics;

namespace Stmvm.Lang;

public sealed partial class Compiler
{
    private void VisitExpr(Expr e)
    {
        CheckStack();
        var old = SetLoc(e);
        switch (e)
        {
            case Constant c: LoadConst(c.Value); break;
            case Name n: NameOp(n.Id, Ctx.Load); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(Opcode.BINARY_OP, (int)b.Op);
                break;
            case UnaryOp u: CompileUnary(u); break;
            case BoolOp b:
            {
                var end = NewLabel();
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    VisitExpr(b.Values[i]);
                    Jump(b.IsAnd ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
                }
                VisitExpr(b.Values[^1]);
                Mark(end);
                break;
            }
            case Compare c: CompileCompare(c); break;
            case IfExp i:
            {
                var end = NewLabel();
                var orElse = NewLabel();
                JumpIf(i.Test, orElse, false);
                VisitExpr(i.Body);
                Jump(Opcode.JUMP, end);
                Mark(orElse);
                VisitExpr(i.OrElse);
                Mark(end);
                break;
            }
            case Lambda l: CompileLambda(l); break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(Opcode.COPY, 1);
                NameOp(ne.Target.Id, Ctx.Store);
                break;
            case Call c: CompileCall(c); break;
            case Attribute a:
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(Opcode.LOAD_ATTR, NameIndex(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                SetLoc(s);
                Emit(Opcode.BINARY_SUBSCR);
                break;
            case Slice s:
                if (s.Lower != null) VisitExpr(s.Lower); else LoadConst(null);
                if (s.Upper != null) VisitExpr(s.Upper); else LoadConst(null);
                if (s.Step != null) { VisitExpr(s.Step); Emit(Opcode.BUILD_SLICE, 3); }
                else Emit(Opcode.BUILD_SLICE, 2);
                break;
            case Starred st: throw Error("can't use starred expression here", st);
            case TupleExpr t:
                if (TryConstTuple(t.Elts) is ConstTuple ct) LoadConst(ct);
                else StarUnpack(t.Elts, 0, Opcode.BUILD_TUPLE, tuple: true);
                break;
            case ListExpr l: StarUnpack(l.Elts, 0, Opcode.BUILD_LIST, tuple: false); break;
            case SetExpr s: StarUnpack(s.Elts, 0, Opcode.BUILD_SET, tuple: false); break;
            case DictExpr d: CompileDict(d); break;
            case Comp c: CompileComprehension(c); break;
            case Yield y:
                if (!_u.Scope.IsFunctionLike) throw Error("'yield' outside function", y);
                if (y.Value != null) VisitExpr(y.Value); else LoadConst(null);
                Emit(Opcode.YIELD_VALUE);
                break;
            case YieldFrom y:
                if (!_u.Scope.IsFunctionLike) throw Error("'yield' outside function", y);
                VisitExpr(y.Value);
                Emit(Opcode.GET_YIELD_FROM_ITER);
                LoadConst(null);
                Emit(Opcode.YIELD_FROM);
                break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case FormattedValue f: CompileFormattedValue(f); break;
            default: throw Error($"unsupported expression {e.GetType().Name}", e);
        }
        RestoreLoc(old);
    }

    private static ConstTuple? TryConstTuple(List<Expr> elts)
    {
        if (elts.Count == 0) return new ConstTuple(Array.Empty<object?>());
        var items = new object?[elts.Count];
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Constant c) items[i] = c.Value;
            else if (elts[i] is TupleExpr t && TryConstTuple(t.Elts) is ConstTuple inner) items[i] = inner;
            else return null;
        }
        return new ConstTuple(items);
    }

    private void CompileUnary(UnaryOp u)
    {
        if (u.Op == UnaryOpKind.Neg && u.Operand is Constant { Value: long or double or BigInteger } c)
        {
            object v = c.Value switch
            {
                long l when l != long.MinValue => -l,
                long l => -(BigInteger)l,
                double d => -d,
                BigInteger b => -b is var nb && nb >= long.MinValue && nb <= long.MaxValue ? (long)nb : nb,
                _ => throw new InvalidOperationException(),
            };
            LoadConst(v);
            return;
        }
        VisitExpr(u.Operand);
        Emit(u.Op switch
        {
            UnaryOpKind.Not => Opcode.UNARY_NOT,
            UnaryOpKind.Neg => Opcode.UNARY_NEGATIVE,
            UnaryOpKind.Pos => Opcode.UNARY_POSITIVE,
            _ => Opcode.UNARY_INVERT,
        });
    }

    private void EmitCompareOp(CmpOpKind op)
    {
        switch (op)
        {
            case CmpOpKind.Is: Emit(Opcode.IS_OP, 0); break;
            case CmpOpKind.IsNot: Emit(Opcode.IS_OP, 1); break;
            case CmpOpKind.In: Emit(Opcode.CONTAINS_OP, 0); break;
            case CmpOpKind.NotIn: Emit(Opcode.CONTAINS_OP, 1); break;
            default:
                Emit(Opcode.COMPARE_OP, (int)(op switch
                {
                    CmpOpKind.Lt => CompareOp.Lt, CmpOpKind.Le => CompareOp.Le, CmpOpKind.Eq => CompareOp.Eq,
                    CmpOpKind.NotEq => CompareOp.Ne, CmpOpKind.Gt => CompareOp.Gt, _ => CompareOp.Ge,
                }));
                break;
        }
    }

    private void CompileCompare(Compare c)
    {
        VisitExpr(c.Left);
        int n = c.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(c.Comparators[0]);
            EmitCompareOp(c.Ops[0]);
            return;
        }
        var cleanup = NewLabel();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(c.Comparators[i]);
            Emit(Opcode.SWAP, 2);
            Emit(Opcode.COPY, 2);
            EmitCompareOp(c.Ops[i]);
            Jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(c.Comparators[n]);
        EmitCompareOp(c.Ops[n]);
        var end = NewLabel();
        Jump(Opcode.JUMP, end);
        Mark(cleanup);
        Emit(Opcode.SWAP, 2);
        Emit(Opcode.POP_TOP);
        Mark(end);
    }

    /// Jumps to `target` when truth(e) == cond; falls through otherwise (CPython's compiler_jump_if).
    private void JumpIf(Expr e, Label target, bool cond)
    {
        var old = SetLoc(e);
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                JumpIf(u.Operand, target, !cond);
                break;
            case BoolOp b:
            {
                bool cond2 = b.IsAnd ? false : true; // for `and`, any false value decides
                var next2 = cond == cond2 ? target : NewLabel();
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[^1], target, cond);
                if (next2 != target) Mark(next2);
                break;
            }
            case IfExp i:
            {
                var end = NewLabel();
                var next2 = NewLabel();
                JumpIf(i.Test, next2, false);
                JumpIf(i.Body, target, cond);
                Jump(Opcode.JUMP, end);
                Mark(next2);
                JumpIf(i.OrElse, target, cond);
                Mark(end);
                break;
            }
            default:
                VisitExpr(e);
                SetLoc(e);
                Jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
                break;
        }
        RestoreLoc(old);
    }

    // ---------------- calls ----------------

    private void CompileCall(Call c)
    {
        if (c.Func is Attribute { Ctx: Ctx.Load } a && c.Keywords.Count == 0 && !c.Args.Any(x => x is Starred)
            && c.Args.Count < 256)
        {
            VisitExpr(a.Value);
            var old = SetLoc(a);
            Emit(Opcode.LOAD_METHOD, NameIndex(Mangle(a.Attr)));
            RestoreLoc(old);
            foreach (var arg in c.Args) VisitExpr(arg);
            SetLoc(c);
            Emit(Opcode.CALL_METHOD, c.Args.Count);
            return;
        }
        VisitExpr(c.Func);
        CallHelper(0, c.Args, c.Keywords, c);
    }

    /// Arguments and the call itself; `pushed` positional arguments are already on the stack.
    private void CallHelper(int pushed, List<Expr> args, List<Keyword> keywords, Node callNode)
    {
        var seen = new HashSet<string>();
        foreach (var k in keywords)
        {
            if (k.Arg == null) continue;
            if (!seen.Add(k.Arg)) throw Error($"keyword argument repeated: {k.Arg}", k);
        }
        bool ex = args.Any(x => x is Starred) || keywords.Any(k => k.Arg == null);
        if (!ex)
        {
            foreach (var a in args) VisitExpr(a);
            if (keywords.Count > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                LoadConst(new ConstTuple(keywords.Select(k => (object?)k.Arg).ToArray()));
                SetLoc(callNode);
                Emit(Opcode.CALL_KW, pushed + args.Count + keywords.Count);
            }
            else
            {
                SetLoc(callNode);
                Emit(Opcode.CALL, pushed + args.Count);
            }
            return;
        }
        // f(*xs) alone passes xs as it is: CALL_FUNCTION_EX makes the tuple, and names the
        // callable when xs is not iterable (CPython's compiler_call_helper does the same).
        if (pushed == 0 && args.Count == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpack(args, pushed, Opcode.BUILD_TUPLE, tuple: true);
        if (keywords.Count > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < keywords.Count; i++)
            {
                var k = keywords[i];
                if (k.Arg == null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) Emit(Opcode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) { Emit(Opcode.BUILD_MAP, 0); haveDict = true; }
                    VisitExpr(k.Value);
                    Emit(Opcode.DICT_MERGE, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, keywords.Count - nseen, keywords.Count);
                if (haveDict) Emit(Opcode.DICT_MERGE, 1);
            }
        }
        SetLoc(callNode);
        Emit(Opcode.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0);
    }

    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
        }
        Emit(Opcode.BUILD_MAP, end - begin);
    }

    /// Builds a tuple/list/set from items that may be starred (CPython's starunpack_helper).
    private void StarUnpack(List<Expr> elts, int pushed, Opcode build, bool tuple)
    {
        bool star = elts.Any(x => x is Starred);
        bool big = elts.Count + pushed > 30;
        if (!star && !big)
        {
            foreach (var e in elts) VisitExpr(e);
            Emit(build, elts.Count + pushed);
            return;
        }
        Opcode seqBuild = build == Opcode.BUILD_SET ? Opcode.BUILD_SET : Opcode.BUILD_LIST;
        Opcode add = build == Opcode.BUILD_SET ? Opcode.SET_ADD : Opcode.LIST_APPEND;
        Opcode extend = build == Opcode.BUILD_SET ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND;
        bool built = false;
        if (big) { Emit(seqBuild, pushed); built = true; }
        for (int i = 0; i < elts.Count; i++)
        {
            var e = elts[i];
            if (e is Starred s)
            {
                if (!built) { Emit(seqBuild, i + pushed); built = true; }
                VisitExpr(s.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(e);
                if (built) Emit(add, 1);
            }
        }
        if (!built) Emit(seqBuild, elts.Count + pushed);
        if (tuple) Emit(Opcode.LIST_TO_TUPLE);
    }

    private void CompileDict(DictExpr d)
    {
        bool haveDict = false;
        int n = 0;
        for (int i = 0; i < d.Keys.Count; i++)
        {
            var k = d.Keys[i];
            if (k == null)
            {
                if (n > 0)
                {
                    Emit(Opcode.BUILD_MAP, n);
                    if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    n = 0;
                }
                if (!haveDict) { Emit(Opcode.BUILD_MAP, 0); haveDict = true; }
                VisitExpr(d.Values[i]);
                Emit(Opcode.DICT_UPDATE, 1);
            }
            else
            {
                VisitExpr(k);
                VisitExpr(d.Values[i]);
                n++;
                if (n == 0xFFFF)
                {
                    Emit(Opcode.BUILD_MAP, n);
                    if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    n = 0;
                }
            }
        }
        if (n > 0 || !haveDict)
        {
            Emit(Opcode.BUILD_MAP, n);
            if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
        }
    }

    // ---------------- f-strings ----------------

    private void CompileJoinedStr(JoinedStr j)
    {
        if (j.Values.Count == 0) { LoadConst(""); return; }
        foreach (var v in j.Values) VisitExpr(v);
        if (j.Values.Count > 1) Emit(Opcode.BUILD_STRING, j.Values.Count);
        else if (j.Values[0] is Constant) { }
    }

    private void CompileFormattedValue(FormattedValue f)
    {
        VisitExpr(f.Value);
        int arg = f.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (f.FormatSpec != null)
        {
            CompileJoinedStr(f.FormatSpec);
            arg |= 4;
        }
        SetLoc(f);
        Emit(Opcode.FORMAT_VALUE, arg);
    }
}
