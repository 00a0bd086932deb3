// Statement parsing: simple statements (assignments, imports, del, raise, ...), compound
// statements (if/while/for/try/with/def/class, decorators), blocks with CPython's
// indentation error messages, and function parameter lists.
namespace Stmvm.Lang;

public sealed partial class Parser
{
    private List<Stmt> ParseStatement()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Indent) throw InvalidSyntax();
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if": return [ParseIf()];
                case "while": return [ParseWhile()];
                case "for": return [ParseFor()];
                case "try": return [ParseTry()];
                case "with": return [ParseWith()];
                case "def": return [ParseFunctionDef(new List<Expr>(), t)];
                case "class": return [ParseClassDef(new List<Expr>(), t)];
                case "async":
                    throw ErrAt(t, "async/await is not supported by stmvm");
                case "match":
                    if (LooksLikeMatch()) throw ErrAt(t, "the match statement is not supported by stmvm");
                    break;
            }
        }
        if (t.IsOp("@")) return [ParseDecorated()];
        return ParseSimpleStatements();
    }

    private bool LooksLikeMatch()
    {
        var n = Peek(1);
        if (n.Kind == TokenKind.Newline || n.Kind == TokenKind.EndMarker) return false;
        if (n.Kind == TokenKind.Op && n.Text is not ("(" or "[" or "{" or "-" or "*")) return false;
        // scan to the end of the logical line: a match statement ends with ':'
        int k = 1;
        Token last = n;
        while (true)
        {
            var x = Peek(k);
            if (x.Kind is TokenKind.Newline or TokenKind.EndMarker) break;
            last = x;
            k++;
        }
        return last.IsOp(":");
    }

    private List<Stmt> ParseSimpleStatements()
    {
        var list = new List<Stmt>();
        while (true)
        {
            list.Add(ParseSimpleStatement());
            if (EatOp(";"))
            {
                if (Peek().Kind == TokenKind.Newline) { Next(); break; }
                continue;
            }
            if (Peek().Kind == TokenKind.Newline) { Next(); break; }
            if (Peek().Kind == TokenKind.EndMarker) break;
            var s = list[^1];
            if (s is ExprStmt { Value: Name { Id: "print" or "exec" } pn } && AtExprStart())
            {
                int save = _p;
                Expr? arg = null;
                try { arg = ParseStarExpressions(); } catch (SyntaxErrorException e) when (Recoverable(e)) { }
                _p = save;
                if (arg != null)
                    throw ErrRange(pn, arg, $"Missing parentheses in call to '{pn.Id}'. Did you mean {pn.Id}(...)?");
            }
            throw InvalidSyntax();
        }
        return list;
    }

    private Stmt ParseSimpleStatement()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": Next(); return At(new Pass(), t, t);
                case "break": Next(); return At(new Break(), t, t);
                case "continue": Next(); return At(new Continue(), t, t);
                case "return":
                {
                    Next();
                    if (AtExprStart() || AtOp("*"))
                    {
                        var v = ParseStarExpressions();
                        return At(new Return(v), t, v);
                    }
                    return At(new Return(null), t, t);
                }
                case "raise":
                {
                    Next();
                    if (!AtExprStart()) return At(new Raise(null, null), t, t);
                    var exc = ParseExpression();
                    Expr? cause = null;
                    if (EatKw("from")) cause = ParseExpression();
                    return At(new Raise(exc, cause), t, (Node?)cause ?? exc);
                }
                case "global":
                case "nonlocal":
                {
                    Next();
                    var names = new List<string> { ExpectIdentifier().Text };
                    while (EatOp(",")) names.Add(ExpectIdentifier().Text);
                    return t.Text == "global" ? At(new Global(names), t, Prev) : At(new Nonlocal(names), t, Prev);
                }
                case "del":
                {
                    Next();
                    var targets = new List<Expr>();
                    while (true)
                    {
                        var e = ParseTargetItem();
                        SetStore(e, TargetUse.Del);
                        targets.Add(e);
                        if (!EatOp(",")) break;
                        if (Peek().Kind == TokenKind.Newline || AtOp(";")) break;
                    }
                    return At(new Delete(targets), t, Prev);
                }
                case "assert":
                {
                    Next();
                    var test = ParseExpression();
                    Expr? msg = null;
                    if (EatOp(",")) msg = ParseExpression();
                    return At(new AssertStmt(test, msg), t, (Node?)msg ?? test);
                }
                case "import": return ParseImport();
                case "from": return ParseFromImport();
            }
        }
        return ParseExpressionStatement();
    }

    private Stmt ParseExpressionStatement()
    {
        var start = Peek();
        Expr first = AtKw("yield") ? ParseYieldExpr() : ParseStarExpressions();
        if (AtOp(":"))
        {
            Next();
            if (first is TupleExpr) throw ErrAt(first, "only single target (not tuple) can be annotated");
            if (first is ListExpr) throw ErrAt(first, "only single target (not list) can be annotated");
            if (first is not (Name or Attribute or Subscript)) throw ErrAt(first, "illegal target for annotation");
            var ann = ParseExpression();
            Expr? value = null;
            if (EatOp("=")) value = AtKw("yield") ? ParseYieldExpr() : ParseStarExpressions();
            SetStore(first, TargetUse.Assign);
            bool simple = first is Name && !start.IsOp("(");
            return At(new AnnAssign(first, ann, value, simple), first, (Node?)value ?? ann);
        }
        if (Peek().Kind == TokenKind.Op && AugOps.Contains(Peek().Text))
        {
            var opTok = Next();
            if (first is not (Name or Attribute or Subscript))
                throw ErrAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            var value = AtKw("yield") ? ParseYieldExpr() : ParseStarExpressions();
            SetCtx(first, Ctx.Store);
            var op = opTok.Text[..^1] switch
            {
                "+" => BinaryOp.Add, "-" => BinaryOp.Subtract, "*" => BinaryOp.Multiply, "/" => BinaryOp.TrueDivide,
                "//" => BinaryOp.FloorDivide, "%" => BinaryOp.Remainder, "**" => BinaryOp.Power,
                "@" => BinaryOp.MatrixMultiply, "<<" => BinaryOp.LeftShift, ">>" => BinaryOp.RightShift,
                "&" => BinaryOp.And, "|" => BinaryOp.Or, _ => BinaryOp.Xor,
            };
            return At(new AugAssign(first, op, value), first, value);
        }
        if (AtOp("="))
        {
            var targets = new List<Expr> { first };
            Expr value = first;
            while (EatOp("="))
            {
                value = AtKw("yield") ? ParseYieldExpr() : ParseStarExpressions();
                if (AtOp("=")) targets.Add(value);
            }
            for (int i = 0; i < targets.Count; i++)
            {
                if (targets[i] is Starred st)
                {
                    SetStore(st.Value, TargetUse.Assign);
                    throw ErrAt(st, "starred assignment target must be in a list or tuple");
                }
                SetStore(targets[i], TargetUse.Assign, i == 0, value);
            }
            return At(new Assign(targets, value), first, value);
        }
        if (first is Starred) throw ErrAt(first, "can't use starred expression here");
        return At(new ExprStmt(first), first, first);
    }

    // ---------------- imports ----------------

    private string ParseDottedName()
    {
        var name = ExpectIdentifier().Text;
        while (AtOp(".") )
        {
            Next();
            name += "." + ExpectIdentifier().Text;
        }
        return name;
    }

    private Stmt ParseImport()
    {
        var t = Next();
        var names = new List<Alias>();
        do
        {
            var s = Peek();
            var name = ParseDottedName();
            string? asName = null;
            if (EatKw("as")) asName = ExpectIdentifier().Text;
            names.Add(At(new Alias(name, asName), s, Prev));
        } while (EatOp(","));
        return At(new Import(names), t, Prev);
    }

    private Stmt ParseFromImport()
    {
        var t = Next();
        int level = 0;
        while (AtOp(".") || AtOp("..."))
            level += Next().Text.Length;
        string? module = null;
        if (!AtKw("import") || level == 0) module = ParseDottedName();
        if (!EatKw("import")) throw InvalidSyntax();
        var names = new List<Alias>();
        if (AtOp("*"))
        {
            var st = Next();
            names.Add(At(new Alias("*", null), st, st));
            return At(new ImportFrom(module, names, level), t, st);
        }
        bool paren = EatOp("(");
        while (true)
        {
            var s = ExpectIdentifier();
            string? asName = null;
            if (EatKw("as")) asName = ExpectIdentifier().Text;
            names.Add(At(new Alias(s.Text, asName), s, Prev));
            if (!EatOp(",")) break;
            if (paren && AtOp(")")) break;
            if (!paren && (Peek().Kind == TokenKind.Newline || AtOp(";") || Peek().Kind == TokenKind.EndMarker))
                throw ErrAt(Peek(), "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) ExpectOp(")");
        return At(new ImportFrom(module, names, level), t, Prev);
    }

    // ---------------- blocks ----------------

    private List<Stmt> ParseBlock(string what, Token kw)
    {
        int level = what is "function definition" or "class definition" ? DefLevel : BlockLevel;
        EnterLevel(level);
        try { return ParseBlockBody(what, kw); }
        finally { LeaveLevel(level); }
    }

    private List<Stmt> ParseBlockBody(string what, Token kw)
    {
        ExpectOp(":");
        if (Peek().Kind != TokenKind.Newline) return ParseSimpleStatements();
        Next();
        if (Peek().Kind != TokenKind.Indent)
        {
            var n = Peek();
            throw Err($"expected an indented block after {what} on line {kw.Line}", n.Line, n.Col, n.EndLine, n.EndCol,
                SyntaxErrorKind.IndentationError);
        }
        Next();
        var body = new List<Stmt>();
        while (Peek().Kind != TokenKind.Dedent && Peek().Kind != TokenKind.EndMarker)
            body.AddRange(ParseStatement());
        EatDedent();
        return body;
    }

    private void EatDedent()
    {
        if (Peek().Kind == TokenKind.Dedent) Next();
    }

    private static Node LastOf(List<Stmt> body) => body[^1];

    private Expr ParseCondition()
    {
        var e = ParseNamedExpression();
        if (AtOp("="))
        {
            int save = _p;
            Next();
            try
            {
                var rhs = ParseExpression();
                throw ErrRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            catch (SyntaxErrorException ex) when (!ex.Msg.Contains("Maybe you meant") && Recoverable(ex))
            {
                _p = save;
            }
        }
        return e;
    }

    private Stmt ParseIf()
    {
        var kw = Next(); // if / elif
        var test = ParseCondition();
        var body = ParseBlock(kw.Text == "if" ? "'if' statement" : "'elif' statement", kw);
        var orElse = new List<Stmt>();
        if (AtKw("elif"))
        {
            EnterLevel(ElifLevel);
            try { orElse.Add(ParseIf()); }
            finally { LeaveLevel(ElifLevel); }
        }
        else if (AtKw("else"))
        {
            var e = Next();
            orElse = ParseBlock("'else' statement", e);
        }
        return At(new If(test, body, orElse), kw, LastOf(orElse.Count > 0 ? orElse : body));
    }

    private Stmt ParseWhile()
    {
        var kw = Next();
        var test = ParseCondition();
        var body = ParseBlock("'while' statement", kw);
        var orElse = new List<Stmt>();
        if (AtKw("else")) { var e = Next(); orElse = ParseBlock("'else' statement", e); }
        return At(new While(test, body, orElse), kw, LastOf(orElse.Count > 0 ? orElse : body));
    }

    private Stmt ParseFor()
    {
        var kw = Next();
        var target = ParseTargetList("in");
        SetStore(target, TargetUse.For);
        if (!EatKw("in")) throw InvalidSyntax();
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", kw);
        var orElse = new List<Stmt>();
        if (AtKw("else")) { var e = Next(); orElse = ParseBlock("'else' statement", e); }
        return At(new For(target, iter, body, orElse), kw, LastOf(orElse.Count > 0 ? orElse : body));
    }

    private Stmt ParseTry()
    {
        var kw = Next();
        var body = ParseBlock("'try' statement", kw);
        var handlers = new List<ExceptHandler>();
        var orElse = new List<Stmt>();
        var fin = new List<Stmt>();
        while (AtKw("except"))
        {
            var ek = Next();
            if (AtOp("*")) throw ErrAt(Peek(), "except* (exception groups) is not supported by stmvm");
            Expr? type = null;
            string? name = null;
            if (!AtOp(":"))
            {
                type = ParseExpression();
                if (AtOp(","))
                {
                    var items = new List<Expr> { type };
                    while (EatOp(",")) { if (AtOp(":")) break; items.Add(ParseExpression()); }
                    throw ErrRange(type, items[^1], "multiple exception types must be parenthesized");
                }
                if (EatKw("as")) name = ExpectIdentifier().Text;
            }
            if (handlers.Count > 0 && handlers[^1].Type == null)
                throw ErrAt(handlers[^1], "default 'except:' must be last");
            var hbody = ParseBlock("'except' statement", ek);
            var h = At(new ExceptHandler(type, name, hbody), ek, LastOf(hbody));
            handlers.Add(h);
        }
        if (handlers.Count > 0 && AtKw("else"))
        {
            var e = Next();
            orElse = ParseBlock("'else' statement", e);
        }
        if (AtKw("finally"))
        {
            var f = Next();
            fin = ParseBlock("'finally' statement", f);
        }
        if (handlers.Count == 0 && fin.Count == 0) throw ErrAt(Peek(), "expected 'except' or 'finally' block");
        Node last = fin.Count > 0 ? LastOf(fin) : orElse.Count > 0 ? LastOf(orElse) : handlers[^1];
        return At(new Try(body, handlers, orElse, fin), kw, last);
    }

    private Stmt ParseWith()
    {
        var kw = Next();
        List<WithItem>? items = null;
        if (AtOp("("))
        {
            int save = _p, furthest = _furthest;
            try
            {
                Next();
                var list = new List<WithItem>();
                while (!AtOp(")"))
                {
                    list.Add(ParseWithItem());
                    if (!EatOp(",")) break;
                }
                ExpectOp(")");
                if (!AtOp(":")) throw InvalidSyntax();
                items = list;
            }
            catch (SyntaxErrorException e) when (Recoverable(e))
            {
                _p = save;
                _furthest = furthest;
                items = null;
            }
        }
        if (items == null)
        {
            items = new List<WithItem>();
            do items.Add(ParseWithItem()); while (EatOp(","));
        }
        var body = ParseBlock("'with' statement", kw);
        return At(new With(items, body), kw, LastOf(body));
    }

    private WithItem ParseWithItem()
    {
        var e = ParseExpression();
        Expr? target = null;
        if (EatKw("as"))
        {
            target = ParseTargetItem();
            if (AtOp(","))
            {
                // `as (a, b)` needs parentheses; a bare comma starts the next item
            }
            SetStore(target, TargetUse.With);
        }
        return At(new WithItem(e, target), e, (Node?)target ?? e);
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (AtOp("@"))
        {
            Next();
            decorators.Add(ParseNamedExpression());
            if (Peek().Kind != TokenKind.Newline) throw InvalidSyntax();
            Next();
        }
        var t = Peek();
        if (t.IsName("def")) return ParseFunctionDef(decorators, t);
        if (t.IsName("class")) return ParseClassDef(decorators, t);
        if (t.IsName("async")) throw ErrAt(t, "async/await is not supported by stmvm");
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, Token kw)
    {
        Next(); // def
        var name = ExpectIdentifier();
        if (!AtOp("(")) throw ErrAt(Peek(), "expected '('");
        Next();
        var args = ParseParameters(isLambda: false, ")");
        ExpectOp(")");
        Expr? returns = null;
        if (EatOp("->")) returns = ParseExpression();
        var body = ParseBlock("function definition", kw);
        return At(new FunctionDef(name.Text, args, body, decorators, returns), kw, LastOf(body));
    }

    private Stmt ParseClassDef(List<Expr> decorators, Token kw)
    {
        Next(); // class
        var name = ExpectIdentifier();
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (AtOp("("))
        {
            var fake = At(new Name(name.Text), name, name);
            var call = (Call)ParseCall(fake);
            if (call.Args.Count == 1 && call.Args[0] is Comp { Kind: CompKind.Generator } g && g.Line == call.Line)
                throw InvalidSyntax();
            bases = call.Args;
            keywords = call.Keywords;
        }
        var body = ParseBlock("class definition", kw);
        return At(new ClassDef(name.Text, bases, keywords, body, decorators), kw, LastOf(body));
    }

    /// Parameters of def (closer ")") and lambda (closer ":").
    private Arguments ParseParameters(bool isLambda, string closer)
    {
        var a = new Arguments();
        var startTok = Peek();
        bool star = false, sawDefault = false, slash = false;
        while (!AtOp(closer))
        {
            var t = Peek();
            if (a.KwArg != null) throw ErrAt(t, "arguments cannot follow var-keyword argument");
            if (t.IsOp("/"))
            {
                if (slash) throw ErrAt(t, "/ may appear only once");
                if (star) throw ErrAt(t, "/ must be ahead of *");
                if (a.Args.Count == 0) throw InvalidSyntax();
                Next();
                slash = true;
                a.PosOnly.AddRange(a.Args);
                a.Args.Clear();
            }
            else if (t.IsOp("*"))
            {
                if (star) throw ErrAt(t, "* argument may appear only once");
                Next();
                star = true;
                if (AtOp(",") || AtOp(closer))
                {
                    if (AtOp(closer) || Peek(1).IsOp(closer) || Peek(1).IsOp("**"))
                        throw ErrAt(t, "named arguments must follow bare *");
                }
                else
                {
                    a.VarArg = ParseParam(isLambda, allowStarAnnotation: true);
                    if (AtOp("=")) throw ErrAt(Peek(), "var-positional argument cannot have default value");
                }
            }
            else if (t.IsOp("**"))
            {
                Next();
                a.KwArg = ParseParam(isLambda, false);
                if (AtOp("=")) throw ErrAt(Peek(), "var-keyword argument cannot have default value");
            }
            else
            {
                var p = ParseParam(isLambda, false);
                Expr? def = null;
                if (EatOp("=")) def = ParseExpression();
                if (star)
                {
                    a.KwOnly.Add(p);
                    a.KwDefaults.Add(def);
                }
                else
                {
                    a.Args.Add(p);
                    if (def != null) { a.Defaults.Add(def); sawDefault = true; }
                    else if (sawDefault) throw ErrAt(p, "non-default argument follows default argument");
                }
            }
            if (!EatOp(",")) break;
        }
        if (startTok != Peek()) At(a, startTok, Prev);
        else At(a, startTok, startTok);
        return a;
    }

    private Arg ParseParam(bool isLambda, bool allowStarAnnotation)
    {
        var n = ExpectIdentifier();
        Expr? ann = null;
        if (!isLambda && EatOp(":")) ann = allowStarAnnotation && AtOp("*") ? ParseStarExpression() : ParseExpression();
        return At(new Arg(n.Text, ann), n, (Node?)ann ?? At(new Name(n.Text), n, n));
    }
}
