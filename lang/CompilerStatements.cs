// Statement compilation: control flow (if/while/for with JUMP_BACKWARD back edges),
// try/except/finally and with (exception table handlers, finally bodies inlined on every
// exit path), assignments and targets, del, imports, raise, assert, return/break/continue
// with the unwinding of enclosing blocks (CPython's fblock stack).
namespace Stmvm.Lang;

public sealed partial class Compiler
{
    private enum FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue }

    private sealed class FBlock
    {
        public FBlockKind Kind;
        public Label? Start, Exit;
        public List<Stmt>? FinalBody;
        public string? Name;
        /// Handlers this block pushed (innermost last); unwinding deactivates them.
        public List<Handler> Handlers = new();
        public Node? Node;
    }

    /// CPython's CO_MAXBLOCKS: loops, try, with and handler bodies nested in one code object.
    private const int MaxBlocks = 20;

    private FBlock PushFBlock(FBlockKind kind, Node? node = null)
    {
        if (_u.FBlocks.Count + _u.ExtraBlocks >= MaxBlocks)
            throw Error("too many statically nested blocks", node ?? _locNode ?? _u.Scope.Node!);
        var f = new FBlock { Kind = kind, Node = node };
        _u.FBlocks.Add(f);
        return f;
    }

    private void PopFBlock(FBlock f)
    {
        if (_u.FBlocks.Count == 0 || _u.FBlocks[^1] != f) throw new InvalidOperationException("fblock stack out of order");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        CheckStack();
        var old = SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompileFunctionDef(f); break;
            case ClassDef c: CompileClassDef(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d: foreach (var t in d.Targets) DeleteTarget(t); break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(Opcode.COPY, 1);
                    StoreTarget(a.Targets[i]);
                }
                break;
            case AugAssign a: CompileAugAssign(a); break;
            case AnnAssign a: CompileAnnAssign(a); break;
            case For f: CompileFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case With w: CompileWith(w, 0); break;
            case Raise r:
                if (r.Exc == null) Emit(Opcode.RAISE_VARARGS, 0);
                else
                {
                    VisitExpr(r.Exc);
                    if (r.Cause != null)
                    {
                        VisitExpr(r.Cause);
                        Emit(Opcode.RAISE_VARARGS, 2);
                    }
                    else Emit(Opcode.RAISE_VARARGS, 1);
                }
                break;
            case Try t:
                if (t.FinalBody.Count > 0) CompileTryFinally(t);
                else CompileTryExcept(t);
                break;
            case AssertStmt a: CompileAssert(a); break;
            case Import imp: CompileImport(imp); break;
            case ImportFrom imf: CompileImportFrom(imf); break;
            case Global or Nonlocal or Pass: break;
            case ExprStmt e:
                if (_interactive && _u.Scope.Kind == ScopeKind.Module)
                {
                    VisitExpr(e.Value);
                    Emit(Opcode.PRINT_EXPR);
                }
                else if (e.Value is Constant) { /* no effect (docstring-like) */ }
                else
                {
                    VisitExpr(e.Value);
                    Emit(Opcode.POP_TOP);
                }
                break;
            case Break b: CompileBreak(b); break;
            case Continue c: CompileContinue(c); break;
            default: throw Error($"unsupported statement {s.GetType().Name}", s);
        }
        RestoreLoc(old);
    }

    // ---------------- control flow ----------------

    private void CompileIf(If s)
    {
        var end = NewLabel();
        var next = s.OrElse.Count > 0 ? NewLabel() : end;
        JumpIf(s.Test, next, false);
        VisitBody(s.Body);
        if (s.OrElse.Count > 0)
        {
            Jump(Opcode.JUMP, end);
            Mark(next);
            VisitBody(s.OrElse);
        }
        Mark(end);
    }

    private static bool IsConstTrue(Expr e) => e is Constant { Value: true } || e is Constant { Value: long l and not 0 };

    private void CompileWhile(While s)
    {
        var loop = NewLabel();
        var orElse = NewLabel();
        var exit = NewLabel();
        Mark(loop);
        if (!IsConstTrue(s.Test)) JumpIf(s.Test, orElse, false);
        var fb = PushFBlock(FBlockKind.WhileLoop, s);
        fb.Start = loop;
        fb.Exit = exit;
        VisitBody(s.Body);
        PopFBlock(fb);
        SetLoc(s);
        Jump(Opcode.JUMP_BACKWARD, loop);
        Mark(orElse);
        VisitBody(s.OrElse);
        Mark(exit);
    }

    private void CompileFor(For s)
    {
        var start = NewLabel();
        var cleanup = NewLabel();
        var exit = NewLabel();
        VisitExpr(s.Iter);
        Emit(Opcode.GET_ITER);
        Mark(start);
        SetLoc(s.Target);
        Jump(Opcode.FOR_ITER, cleanup);
        var fb = PushFBlock(FBlockKind.ForLoop, s);
        fb.Start = start;
        fb.Exit = exit;
        StoreTarget(s.Target);
        VisitBody(s.Body);
        PopFBlock(fb);
        SetLoc(s.Target);
        Jump(Opcode.JUMP_BACKWARD, start);
        Mark(cleanup);
        VisitBody(s.OrElse);
        Mark(exit);
    }

    private FBlock? InnermostLoop()
    {
        for (int i = _u.FBlocks.Count - 1; i >= 0; i--)
            if (_u.FBlocks[i].Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop) return _u.FBlocks[i];
        return null;
    }

    private void CompileBreak(Break b)
    {
        var loop = InnermostLoop() ?? throw Error("'break' outside loop", b);
        var saved = _u.B.SaveHandlers();
        UnwindStack(false, loop);
        UnwindFBlock(loop, false);
        SetLoc(b);
        Jump(Opcode.JUMP, loop.Exit!);
        _u.B.RestoreHandlers(saved);
    }

    private void CompileContinue(Continue c)
    {
        var loop = InnermostLoop() ?? throw Error("'continue' not properly in loop", c);
        var saved = _u.B.SaveHandlers();
        UnwindStack(false, loop);
        SetLoc(c);
        Jump(Opcode.JUMP_BACKWARD, loop.Start!);
        _u.B.RestoreHandlers(saved);
    }

    private void CompileReturn(Return r)
    {
        if (!_u.Scope.IsFunctionLike) throw Error("'return' outside function", r);
        bool preserve = r.Value != null && r.Value is not Constant;
        if (preserve) VisitExpr(r.Value!);
        var saved = _u.B.SaveHandlers();
        UnwindStack(preserve, null);
        SetLoc(r);
        if (r.Value == null) LoadConst(null);
        else if (!preserve) VisitExpr(r.Value);
        Emit(Opcode.RETURN_VALUE);
        _u.B.RestoreHandlers(saved);
    }

    /// Unwinds every fblock above `stopAt` (all of them when null), innermost first.
    private void UnwindStack(bool preserveTos, FBlock? stopAt)
    {
        if (_u.FBlocks.Count == 0) return;
        var top = _u.FBlocks[^1];
        if (top == stopAt) return;
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        UnwindStack(preserveTos, stopAt);
        _u.FBlocks.Add(top);
    }

    private void Deactivate(FBlock f)
    {
        for (int i = f.Handlers.Count - 1; i >= 0; i--)
        {
            var h = f.Handlers[i];
            if (_u.B.TopHandler == h) _u.B.PopHandler(h);
        }
    }

    private void UnwindFBlock(FBlock f, bool preserveTos)
    {
        switch (f.Kind)
        {
            case FBlockKind.WhileLoop:
                return;
            case FBlockKind.ForLoop:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP);
                return;
            case FBlockKind.TryExcept:
                Deactivate(f);
                return;
            case FBlockKind.FinallyTry:
            {
                Deactivate(f);
                FBlock? pv = preserveTos ? PushFBlock(FBlockKind.PopValue) : null;
                VisitBody(f.FinalBody!);
                if (pv != null) PopFBlock(pv);
                return;
            }
            case FBlockKind.FinallyEnd:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP); // the exception
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Deactivate(f);
                Emit(Opcode.POP_EXCEPT);
                return;
            case FBlockKind.With:
            {
                var old = SetLoc(f.Node!);
                Deactivate(f);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                CallExitWithNones();
                Emit(Opcode.POP_TOP);
                RestoreLoc(old);
                return;
            }
            case FBlockKind.HandlerCleanup:
                Deactivate(f);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_EXCEPT);
                if (f.Name != null)
                {
                    LoadConst(null);
                    NameOp(f.Name, Ctx.Store);
                    NameOp(f.Name, Ctx.Del);
                }
                return;
            case FBlockKind.PopValue:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP);
                return;
        }
    }

    private void CallExitWithNones()
    {
        LoadConst(null);
        LoadConst(null);
        LoadConst(null);
        Emit(Opcode.CALL, 3);
    }

    // ---------------- try ----------------

    private void CompileTryFinally(Try t)
    {
        var end = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        // try body, protected by the finally handler
        var h = _u.B.PushHandler(end);
        var fb = PushFBlock(FBlockKind.FinallyTry, t);
        fb.FinalBody = t.FinalBody;
        fb.Handlers.Add(h);
        if (t.Handlers.Count > 0) CompileTryExcept(t);
        else VisitBody(t.Body);
        _u.B.PopHandler(h);
        PopFBlock(fb);
        // normal exit: the finally body inline
        VisitBody(t.FinalBody);
        Jump(Opcode.JUMP, exit);
        // exceptional exit: [exc]
        Mark(end);
        SetLoc(t.FinalBody[0]);
        var ch = _u.B.PushHandler(cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        var fe = PushFBlock(FBlockKind.FinallyEnd, t);
        fe.Handlers.Add(ch);
        VisitBody(t.FinalBody);
        PopFBlock(fe);
        SetLoc(t.FinalBody[^1]);
        Emit(Opcode.RERAISE);
        _u.B.PopHandler(ch);
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(exit);
    }

    /// Handler for exceptions raised while an except/finally body runs: [prev, exc] → restore prev, re-raise.
    private void PopExceptAndReraise()
    {
        Emit(Opcode.SWAP, 2);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.RERAISE);
    }

    private void CompileTryExcept(Try t)
    {
        var except = NewLabel();
        var orElse = NewLabel();
        var end = NewLabel();
        var cleanup = NewLabel();
        var h = _u.B.PushHandler(except);
        var fb = PushFBlock(FBlockKind.TryExcept, t);
        fb.Handlers.Add(h);
        VisitBody(t.Body);
        PopFBlock(fb);
        _u.B.PopHandler(h);
        VisitBody(t.OrElse);
        Jump(Opcode.JUMP, end);
        // [exc]
        Mark(except);
        SetLoc(t.Handlers[0]);
        var ch = _u.B.PushHandler(cleanup);
        Emit(Opcode.PUSH_EXC_INFO); // [prev, exc]
        if (_u.FBlocks.Count + _u.ExtraBlocks >= MaxBlocks) throw Error("too many statically nested blocks", t.Handlers[0]);
        _u.ExtraBlocks++; // CPython's EXCEPTION_HANDLER block
        foreach (var handler in t.Handlers)
        {
            SetLoc(handler);
            var next = NewLabel();
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                SetLoc(handler);
                Emit(Opcode.CHECK_EXC_MATCH);
                Jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (handler.Name != null)
            {
                var cleanupEnd = NewLabel();
                NameOp(handler.Name, Ctx.Store); // [prev]
                var hb = _u.B.PushHandler(cleanupEnd);
                var fc = PushFBlock(FBlockKind.HandlerCleanup, handler);
                fc.Name = handler.Name;
                fc.Handlers.Add(ch);
                fc.Handlers.Add(hb);
                VisitBody(handler.Body);
                PopFBlock(fc);
                var saved = _u.B.SaveHandlers();
                _u.B.PopHandler(hb);
                _u.B.PopHandler(ch);
                Emit(Opcode.POP_EXCEPT);
                LoadConst(null);
                NameOp(handler.Name, Ctx.Store);
                NameOp(handler.Name, Ctx.Del);
                Jump(Opcode.JUMP, end);
                _u.B.RestoreHandlers(saved);
                _u.B.PopHandler(hb);
                // exception inside the handler body: [prev, exc2]
                Mark(cleanupEnd);
                LoadConst(null);
                NameOp(handler.Name, Ctx.Store);
                NameOp(handler.Name, Ctx.Del);
                Emit(Opcode.RERAISE);
            }
            else
            {
                Emit(Opcode.POP_TOP); // [prev]
                var fc = PushFBlock(FBlockKind.HandlerCleanup, handler);
                fc.Handlers.Add(ch);
                VisitBody(handler.Body);
                PopFBlock(fc);
                var saved = _u.B.SaveHandlers();
                _u.B.PopHandler(ch);
                Emit(Opcode.POP_EXCEPT);
                Jump(Opcode.JUMP, end);
                _u.B.RestoreHandlers(saved);
            }
            Mark(next);
        }
        // no handler matched: [prev, exc]
        _u.ExtraBlocks--;
        Emit(Opcode.RERAISE);
        _u.B.PopHandler(ch);
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(end);
        _ = orElse;
    }

    // ---------------- with ----------------

    private void CompileWith(With s, int index)
    {
        var item = s.Items[index];
        var final = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        var suppress = NewLabel();
        SetLoc(item.ContextExpr);
        VisitExpr(item.ContextExpr);
        SetLoc(s);
        Emit(Opcode.BEFORE_WITH); // [exit, value]
        var h = _u.B.PushHandler(final, depthAdjust: -1);
        var fb = PushFBlock(FBlockKind.With, s);
        fb.Handlers.Add(h);
        if (item.OptionalVars != null) StoreTarget(item.OptionalVars);
        else Emit(Opcode.POP_TOP);
        if (index + 1 < s.Items.Count) CompileWith(s, index + 1);
        else VisitBody(s.Body);
        PopFBlock(fb);
        _u.B.PopHandler(h);
        SetLoc(s);
        CallExitWithNones();
        Emit(Opcode.POP_TOP);
        Jump(Opcode.JUMP, exit);
        // [exit, exc]
        Mark(final);
        var ch = _u.B.PushHandler(cleanup);
        Emit(Opcode.PUSH_EXC_INFO);      // [exit, prev, exc]
        Emit(Opcode.WITH_EXCEPT_START);  // [exit, prev, exc, res]
        Jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        Emit(Opcode.RERAISE);
        _u.B.PopHandler(ch);
        Mark(cleanup);
        PopExceptAndReraise();
        Mark(suppress);                  // [exit, prev, exc]
        Emit(Opcode.POP_TOP);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.POP_TOP);
        Mark(exit);
    }

    // ---------------- assignment ----------------

    private void StoreTarget(Expr t)
    {
        var old = SetLoc(t);
        switch (t)
        {
            case Name n: NameOp(n.Id, Ctx.Store); break;
            case Attribute a:
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(Opcode.STORE_ATTR, NameIndex(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                SetLoc(s);
                Emit(Opcode.STORE_SUBSCR);
                break;
            case TupleExpr tu: UnpackInto(tu.Elts, t); break;
            case ListExpr l: UnpackInto(l.Elts, t); break;
            case Starred st: throw Error("starred assignment target must be in a list or tuple", st);
            default: throw Error($"cannot assign to {Parser.ExprName(t)}", t);
        }
        RestoreLoc(old);
    }

    private void UnpackInto(List<Expr> elts, Expr node)
    {
        int star = -1;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is not Starred) continue;
            if (star >= 0) throw Error("multiple starred expressions in assignment", node);
            star = i;
        }
        if (star < 0) Emit(Opcode.UNPACK_SEQUENCE, elts.Count);
        else
        {
            int after = elts.Count - star - 1;
            if (star >= 256 || after >= (1 << 16)) throw Error("too many expressions in star-unpacking assignment", node);
            Emit(Opcode.UNPACK_EX, star | (after << 8));
        }
        foreach (var e in elts) StoreTarget(e is Starred s ? s.Value : e);
    }

    private void DeleteTarget(Expr t)
    {
        var old = SetLoc(t);
        switch (t)
        {
            case Name n: NameOp(n.Id, Ctx.Del); break;
            case Attribute a:
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(Opcode.DELETE_ATTR, NameIndex(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                SetLoc(s);
                Emit(Opcode.DELETE_SUBSCR);
                break;
            case TupleExpr tu: foreach (var e in tu.Elts) DeleteTarget(e); break;
            case ListExpr l: foreach (var e in l.Elts) DeleteTarget(e); break;
            default: throw Error($"cannot delete {Parser.ExprName(t)}", t);
        }
        RestoreLoc(old);
    }

    /// `target: annotation [= value]` as CPython 3.11: the assignment first; then, in a module or
    /// class body, a simple name's annotation goes into __annotations__[name] and a complex
    /// target's is evaluated and dropped. Function bodies never evaluate annotations.
    private void CompileAnnAssign(AnnAssign a)
    {
        if (a.Value != null)
        {
            VisitExpr(a.Value);
            StoreTarget(a.Target);
        }
        else if (a.Target is Attribute at) { VisitExpr(at.Value); Emit(Opcode.POP_TOP); }
        else if (a.Target is Subscript sb) { VisitExpr(sb.Value); VisitExpr(sb.Slice); Emit(Opcode.POP_TOP); Emit(Opcode.POP_TOP); }
        if (_u.Scope.Kind is not (ScopeKind.Module or ScopeKind.Class)) return;
        VisitExpr(a.Annotation);
        if (a.Simple && a.Target is Name n)
        {
            Emit(Opcode.LOAD_NAME, NameIndex("__annotations__"));
            LoadConst(Mangle(n.Id));
            Emit(Opcode.STORE_SUBSCR);
        }
        else Emit(Opcode.POP_TOP);
    }

    private void CompileAugAssign(AugAssign a)
    {
        int op = (int)a.Op + Instr.InplaceOffset;
        switch (a.Target)
        {
            case Name n:
                NameOp(n.Id, Ctx.Load);
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(Opcode.BINARY_OP, op);
                NameOp(n.Id, Ctx.Store);
                break;
            case Attribute at:
            {
                VisitExpr(at.Value);
                Emit(Opcode.COPY, 1);
                var old = SetLoc(at);
                Emit(Opcode.LOAD_ATTR, NameIndex(Mangle(at.Attr)));
                RestoreLoc(old);
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(Opcode.BINARY_OP, op);
                Emit(Opcode.SWAP, 2);
                SetLoc(at);
                Emit(Opcode.STORE_ATTR, NameIndex(Mangle(at.Attr)));
                break;
            }
            case Subscript s:
            {
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                Emit(Opcode.COPY, 2);
                Emit(Opcode.COPY, 2);
                var old = SetLoc(s);
                Emit(Opcode.BINARY_SUBSCR);
                RestoreLoc(old);
                VisitExpr(a.Value);
                SetLoc(a);
                Emit(Opcode.BINARY_OP, op);
                Emit(Opcode.SWAP, 3);
                Emit(Opcode.SWAP, 2);
                SetLoc(s);
                Emit(Opcode.STORE_SUBSCR);
                break;
            }
            default:
                throw Error($"'{Parser.ExprName(a.Target)}' is an illegal expression for augmented assignment", a.Target);
        }
    }

    // ---------------- assert, imports ----------------

    private void CompileAssert(AssertStmt a)
    {
        var end = NewLabel();
        JumpIf(a.Test, end, true);
        SetLoc(a);
        Emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.Msg != null)
        {
            VisitExpr(a.Msg);
            SetLoc(a);
            Emit(Opcode.CALL, 1);
        }
        Emit(Opcode.RAISE_VARARGS, 1);
        Mark(end);
    }

    private void CompileImport(Import imp)
    {
        foreach (var al in imp.Names)
        {
            SetLoc(al);
            LoadConst(0L);
            LoadConst(null);
            Emit(Opcode.IMPORT_NAME, NameIndex(al.Name));
            if (al.AsName != null)
            {
                var parts = al.Name.Split('.');
                if (parts.Length > 1)
                {
                    for (int i = 1; i < parts.Length; i++)
                    {
                        Emit(Opcode.IMPORT_FROM, NameIndex(parts[i]));
                        if (i < parts.Length - 1)
                        {
                            Emit(Opcode.SWAP, 2);
                            Emit(Opcode.POP_TOP);
                        }
                    }
                    StoreName(al.AsName);
                    Emit(Opcode.POP_TOP);
                }
                else StoreName(al.AsName);
            }
            else StoreName(al.Name.Split('.')[0]);
        }
    }

    private void CompileImportFrom(ImportFrom imf)
    {
        LoadConst((long)imf.Level);
        LoadConst(new ConstTuple(imf.Names.Select(n => (object?)n.Name).ToArray()));
        Emit(Opcode.IMPORT_NAME, NameIndex(imf.Module ?? ""));
        if (imf.Names.Count == 1 && imf.Names[0].Name == "*")
        {
            Emit(Opcode.IMPORT_STAR);
            return;
        }
        foreach (var al in imf.Names)
        {
            SetLoc(al);
            Emit(Opcode.IMPORT_FROM, NameIndex(al.Name));
            StoreName(al.AsName ?? al.Name);
        }
        Emit(Opcode.POP_TOP);
    }
}
