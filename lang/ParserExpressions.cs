// Expression parsing with Python's exact precedence: lambda, conditional, or/and/not,
// chained comparisons, bitwise, shifts, arithmetic, unary, power, primaries (calls,
// subscripts, attributes), atoms, displays, comprehensions, yield, walrus and starred.
using System.Numerics;

namespace Stmvm.Lang;

public sealed partial class Parser
{
    private static readonly HashSet<string> AugOps = new() { "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^=" };

    /// Does the current token start an expression?
    private bool AtExprStart()
    {
        var t = Peek();
        return t.Kind switch
        {
            TokenKind.Number or TokenKind.String => true,
            TokenKind.Name => !Keywords.Contains(t.Text) || t.Text is "None" or "True" or "False" or "not" or "lambda" or "await",
            TokenKind.Op => t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "...",
            _ => false,
        };
    }

    // expression: lambda | disjunction ['if' disjunction 'else' expression]
    internal Expr ParseExpression()
    {
        if (AtKw("lambda")) return ParseLambda();
        var e = ParseDisjunction();
        if (AtKw("if"))
        {
            int save = _p;
            Next();
            var test = ParseDisjunction();
            if (!EatKw("else"))
            {
                if (AtExprStart() || Peek().Kind is TokenKind.Newline || AtOp(")") || AtOp("]") || AtOp(",") || AtOp("}"))
                    throw ErrRange(e, test, "expected 'else' after 'if' expression");
                _p = save;
                throw InvalidSyntax();
            }
            Expr orElse;
            EnterLevel(IfExpLevel);
            try { orElse = ParseExpression(); }
            finally { LeaveLevel(IfExpLevel); }
            return At(new IfExp(test, e, orElse), e, orElse);
        }
        return e;
    }

    // named_expression: NAME ':=' expression | expression !':='
    private Expr ParseNamedExpression()
    {
        if (Peek().Kind == TokenKind.Name && Peek(1).IsOp(":="))
        {
            var nameTok = Next();
            if (Keywords.Contains(nameTok.Text))
            {
                _p--;
                var lhs = ParseExpression();
                throw ErrAt(lhs, $"cannot use assignment expressions with {ExprName(lhs)}");
            }
            Next();
            var value = ParseExpression();
            var target = At(new Name(nameTok.Text, Ctx.Store), nameTok, nameTok);
            return At(new NamedExpr(target, value), nameTok, value);
        }
        var e = ParseExpression();
        if (AtOp(":="))
            throw ErrAt(e, $"cannot use assignment expressions with {ExprName(e)}");
        return e;
    }

    private Expr ParseLambda()
    {
        EnterLevel(LambdaLevel);
        try
        {
            var start = Next(); // lambda
            var args = ParseParameters(isLambda: true, ":");
            ExpectOp(":");
            var body = ParseExpression();
            return At(new Lambda(args, body), start, body);
        }
        finally { LeaveLevel(LambdaLevel); }
    }

    private Expr ParseDisjunction()
    {
        var first = ParseConjunction();
        if (!AtKw("or")) return first;
        var vals = new List<Expr> { first };
        while (EatKw("or")) vals.Add(ParseConjunction());
        return At(new BoolOp(false, vals), first, vals[^1]);
    }

    private Expr ParseConjunction()
    {
        var first = ParseInversion();
        if (!AtKw("and")) return first;
        var vals = new List<Expr> { first };
        while (EatKw("and")) vals.Add(ParseInversion());
        return At(new BoolOp(true, vals), first, vals[^1]);
    }

    private Expr ParseInversion()
    {
        if (AtKw("not"))
        {
            var t = Next();
            Expr operand;
            EnterLevel(NotLevel);
            try { operand = ParseInversion(); }
            finally { LeaveLevel(NotLevel); }
            return At(new UnaryOp(UnaryOpKind.Not, operand), t, operand);
        }
        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var left = ParseBitOr();
        var ops = new List<CmpOpKind>();
        var comps = new List<Expr>();
        while (true)
        {
            var t = Peek();
            CmpOpKind op;
            if (t.Kind == TokenKind.Op)
            {
                switch (t.Text)
                {
                    case "<": op = CmpOpKind.Lt; break;
                    case "<=": op = CmpOpKind.Le; break;
                    case "==": op = CmpOpKind.Eq; break;
                    case "!=": op = CmpOpKind.NotEq; break;
                    case ">": op = CmpOpKind.Gt; break;
                    case ">=": op = CmpOpKind.Ge; break;
                    default: goto done;
                }
                Next();
            }
            else if (t.IsName("in")) { Next(); op = CmpOpKind.In; }
            else if (t.IsName("not") && Peek(1).IsName("in")) { Next(); Next(); op = CmpOpKind.NotIn; }
            else if (t.IsName("is"))
            {
                Next();
                op = EatKw("not") ? CmpOpKind.IsNot : CmpOpKind.Is;
            }
            else break;
            ops.Add(op);
            comps.Add(ParseBitOr());
        }
        done:
        if (ops.Count == 0) return left;
        return At(new Compare(left, ops, comps), left, comps[^1]);
    }

    private Expr ParseBitOr() => ParseBinaryLevel(0);

    private static readonly (string op, BinaryOp bop)[][] Levels =
    {
        new[] { ("|", BinaryOp.Or) },
        new[] { ("^", BinaryOp.Xor) },
        new[] { ("&", BinaryOp.And) },
        new[] { ("<<", BinaryOp.LeftShift), (">>", BinaryOp.RightShift) },
        new[] { ("+", BinaryOp.Add), ("-", BinaryOp.Subtract) },
        new[] { ("*", BinaryOp.Multiply), ("/", BinaryOp.TrueDivide), ("//", BinaryOp.FloorDivide), ("%", BinaryOp.Remainder), ("@", BinaryOp.MatrixMultiply) },
    };

    private Expr ParseBinaryLevel(int level)
    {
        if (level == Levels.Length) return ParseFactor();
        var left = ParseBinaryLevel(level + 1);
        while (true)
        {
            var t = Peek();
            if (t.Kind != TokenKind.Op) return left;
            BinaryOp? found = null;
            foreach (var (op, bop) in Levels[level])
                if (t.Text == op) { found = bop; break; }
            if (found == null) return left;
            Next();
            var right = ParseBinaryLevel(level + 1);
            left = At(new BinOp(left, found.Value, right), left, right);
        }
    }

    private Expr ParseFactor()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Op && t.Text is "+" or "-" or "~")
        {
            Next();
            Expr operand;
            EnterLevel(UnaryLevel);
            try { operand = ParseFactor(); }
            finally { LeaveLevel(UnaryLevel); }
            var kind = t.Text == "+" ? UnaryOpKind.Pos : t.Text == "-" ? UnaryOpKind.Neg : UnaryOpKind.Invert;
            return At(new UnaryOp(kind, operand), t, operand);
        }
        return ParsePower();
    }

    private Expr ParsePower()
    {
        if (AtKw("await")) throw ErrAt(Peek(), "'await' is not supported (async/await is not available in stmvm)");
        var b = ParsePrimary();
        if (EatOp("**"))
        {
            Expr e;
            EnterLevel(PowerLevel);
            try { e = ParseFactor(); }
            finally { LeaveLevel(PowerLevel); }
            return At(new BinOp(b, BinaryOp.Power, e), b, e);
        }
        return b;
    }

    private Expr ParsePrimary()
    {
        var e = ParseAtom();
        while (true)
        {
            if (AtOp("."))
            {
                Next();
                var name = ExpectIdentifier();
                e = At(new Attribute(e, name.Text), e, name);
            }
            else if (AtOp("("))
            {
                EnterLevel(CallLevel);
                try { e = ParseCall(e); }
                finally { LeaveLevel(CallLevel); }
            }
            else if (AtOp("["))
            {
                Next();
                Expr slice;
                EnterLevel(CallLevel);
                try { slice = ParseSlices(); }
                finally { LeaveLevel(CallLevel); }
                var close = ExpectOp("]");
                e = At(new Subscript(e, slice), e, close);
            }
            else return e;
        }
    }

    private Expr ParseSlices()
    {
        var first = ParseSlice();
        if (!AtOp(",")) return first;
        var items = new List<Expr> { first };
        while (EatOp(","))
        {
            if (AtOp("]")) break;
            items.Add(ParseSlice());
        }
        return At(new TupleExpr(items), first, items[^1]);
    }

    private Expr ParseSlice()
    {
        var start = Peek();
        Expr? lower = null, upper = null, step = null;
        if (AtOp("*"))
        {
            var st = Next();
            var v = ParseBitOr();
            return At(new Starred(v), st, v);
        }
        if (!AtOp(":"))
        {
            lower = ParseNamedExpression();
            if (!AtOp(":")) return lower;
        }
        var colon = Next();
        Token last = colon;
        if (!AtOp(":") && !AtOp("]") && !AtOp(",")) { upper = ParseExpression(); }
        if (AtOp(":"))
        {
            last = Next();
            if (!AtOp("]") && !AtOp(",")) step = ParseExpression();
        }
        var s = new Slice(lower, upper, step);
        s.Line = start.Line; s.Col = start.Col;
        Node? end = step ?? upper;
        if (end != null) { s.EndLine = end.EndLine; s.EndCol = end.EndCol; }
        else { s.EndLine = last.EndLine; s.EndCol = last.EndCol; }
        return s;
    }

    private Expr ParseCall(Expr func)
    {
        var open = Next(); // (
        var args = new List<Expr>();
        var kws = new List<Keyword>();
        bool sawKeyword = false, sawDoubleStar = false;
        while (!AtOp(")"))
        {
            var t = Peek();
            if (t.IsOp("*"))
            {
                Next();
                var v = ParseExpression();
                if (AtKw("for")) throw ErrAt(At(new Starred(v), t, v), "iterable unpacking cannot be used in comprehension");
                if (sawDoubleStar) throw ErrAt(At(new Starred(v), t, v), "iterable argument unpacking follows keyword argument unpacking");
                args.Add(At(new Starred(v), t, v));
            }
            else if (t.IsOp("**"))
            {
                Next();
                var v = ParseExpression();
                kws.Add(At(new Keyword(null, v), t, v));
                sawDoubleStar = true;
            }
            else if (t.Kind == TokenKind.Name && Peek(1).IsOp("=") && !Peek(2).IsOp("="))
            {
                if (Keywords.Contains(t.Text) && t.Text is "True" or "False" or "None")
                    throw ErrAt(t, $"cannot assign to {t.Text}");
                Next(); Next();
                var v = ParseExpression();
                kws.Add(At(new Keyword(t.Text, v), t, v));
                sawKeyword = true;
            }
            else
            {
                var v = ParseNamedExpression();
                if (AtKw("for"))
                {
                    var gen = ParseComprehensionTail(CompKind.Generator, null, v, v);
                    bool sole = args.Count == 0 && kws.Count == 0 && AtOp(")");
                    if (!sole)
                    {
                        At(gen, v, Prev);
                        throw ErrAt(gen, "Generator expression must be parenthesized");
                    }
                    var close0 = Next();
                    At(gen, open, close0);
                    args.Add(gen);
                    return At(new Call(func, args, kws), func, close0);
                }
                if (AtOp("="))
                {
                    var eq = Peek();
                    throw Err("expression cannot contain assignment, perhaps you meant \"==\"?", v.Line, v.Col, eq.EndLine, eq.EndCol);
                }
                if (sawDoubleStar) throw ErrAt(v, "positional argument follows keyword argument unpacking");
                if (sawKeyword) throw ErrAt(v, "positional argument follows keyword argument");
                args.Add(v);
            }
            if (!EatOp(","))
            {
                if (!AtOp(")") && AtExprStart()) ThrowMissingComma(args.Count > 0 ? args[^1] : kws[^1].Value);
                break;
            }
        }
        var close = ExpectOp(")");
        return At(new Call(func, args, kws), func, close);
    }

    private void ThrowMissingComma(Expr before)
    {
        int save = _p;
        try
        {
            var after = ParseExpression();
            _p = save;
            throw ErrRange(before, after, "invalid syntax. Perhaps you forgot a comma?");
        }
        catch (SyntaxErrorException e) when (!e.Msg.Contains("forgot a comma") && Recoverable(e))
        {
            _p = save;
            throw InvalidSyntax();
        }
    }

    private Expr ParseAtom()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Next(); return At(new Constant(null), t, t);
                    case "True": Next(); return At(new Constant(true), t, t);
                    case "False": Next(); return At(new Constant(false), t, t);
                }
                if (Keywords.Contains(t.Text)) throw InvalidSyntax();
                Next();
                return At(new Name(t.Text), t, t);
            case TokenKind.Number:
                if (t.LiteralError != null) throw t.LiteralError;
                Next();
                return At(new Constant(t.NumberValue), t, t);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Op:
                int level = t.Text switch { "(" => ParenLevel, "[" or "{" => BracketLevel, _ => 0 };
                if (level > 0)
                {
                    EnterLevel(level);
                    try { return t.Text == "(" ? ParseParen() : t.Text == "[" ? ParseListDisplay() : ParseBraceDisplay(); }
                    finally { LeaveLevel(level); }
                }
                if (t.Text == "...")
                {
                    Next();
                    return At(new Constant(EllipsisConst.Instance), t, t);
                }
                break;
        }
        throw InvalidSyntax();
    }

    private Expr ParseParen()
    {
        var open = Next();
        if (AtOp(")"))
        {
            var c = Next();
            return At(new TupleExpr(new List<Expr>()) { Parenthesized = true }, open, c);
        }
        if (AtKw("yield"))
        {
            var y = ParseYieldExpr();
            ExpectOp(")");
            return y;
        }
        var first = ParseStarOrNamed();
        if (AtKw("for"))
        {
            if (first is Starred) throw ErrAt(first, "iterable unpacking cannot be used in comprehension");
            var gen = ParseComprehensionTail(CompKind.Generator, null, first, first);
            var close = ExpectOp(")");
            return At(gen, open, close);
        }
        if (AtOp(")"))
        {
            var close = Next();
            if (first is Starred) throw ErrAt(first, "cannot use starred expression here");
            return first;
        }
        if (!AtOp(","))
        {
            if (AtExprStart()) ThrowMissingComma(first);
            if (AtOp("=")) throw InvalidSyntax();
            throw InvalidSyntax();
        }
        var items = new List<Expr> { first };
        while (EatOp(","))
        {
            if (AtOp(")")) break;
            items.Add(ParseStarOrNamed());
        }
        if (!AtOp(")") && AtExprStart()) ThrowMissingComma(items[^1]);
        var cl = ExpectOp(")");
        return At(new TupleExpr(items) { Parenthesized = true }, open, cl);
    }

    private Expr ParseStarOrNamed()
    {
        if (AtOp("*"))
        {
            var st = Next();
            var v = ParseBitOr();
            return At(new Starred(v), st, v);
        }
        return ParseNamedExpression();
    }

    private Expr ParseListDisplay()
    {
        var open = Next();
        var items = new List<Expr>();
        if (!AtOp("]"))
        {
            var first = ParseStarOrNamed();
            if (AtKw("for"))
            {
                if (first is Starred) throw ErrAt(first, "iterable unpacking cannot be used in comprehension");
                var comp = ParseComprehensionTail(CompKind.List, null, first, first);
                var close0 = ExpectOp("]");
                return At(comp, open, close0);
            }
            items.Add(first);
            while (EatOp(","))
            {
                if (AtOp("]")) break;
                items.Add(ParseStarOrNamed());
            }
            if (!AtOp("]") && AtExprStart()) ThrowMissingComma(items[^1]);
        }
        var close = ExpectOp("]");
        return At(new ListExpr(items), open, close);
    }

    private Expr ParseBraceDisplay()
    {
        var open = Next();
        if (AtOp("}"))
        {
            var c = Next();
            return At(new DictExpr(new List<Expr?>(), new List<Expr>()), open, c);
        }
        if (AtOp("**") || IsDictStart())
        {
            var keys = new List<Expr?>();
            var values = new List<Expr>();
            while (true)
            {
                if (EatOp("**"))
                {
                    keys.Add(null);
                    values.Add(ParseBitOr());
                }
                else
                {
                    var k = ParseExpression();
                    if (!AtOp(":"))
                    {
                        if (AtOp("}") || AtOp(",")) throw ErrAt(Peek(), "':' expected after dictionary key");
                        throw InvalidSyntax();
                    }
                    Next();
                    if (AtOp("}") || AtOp(","))
                        throw ErrAt(Prev, "expression expected after dictionary key and ':'");
                    var v = ParseExpression();
                    if (keys.Count == 0 && AtKw("for"))
                    {
                        var comp = ParseComprehensionTail(CompKind.Dict, k, v, k);
                        var close0 = ExpectOp("}");
                        return At(comp, open, close0);
                    }
                    keys.Add(k);
                    values.Add(v);
                }
                if (!EatOp(",")) break;
                if (AtOp("}")) break;
            }
            var close = ExpectOp("}");
            return At(new DictExpr(keys, values), open, close);
        }
        var first = ParseStarOrNamed();
        if (AtKw("for"))
        {
            if (first is Starred) throw ErrAt(first, "iterable unpacking cannot be used in comprehension");
            var comp = ParseComprehensionTail(CompKind.Set, null, first, first);
            var close0 = ExpectOp("}");
            return At(comp, open, close0);
        }
        var items = new List<Expr> { first };
        while (EatOp(","))
        {
            if (AtOp("}")) break;
            items.Add(ParseStarOrNamed());
        }
        if (!AtOp("}") && AtExprStart()) ThrowMissingComma(items[^1]);
        var cl = ExpectOp("}");
        return At(new SetExpr(items), open, cl);
    }

    /// IsDictStart's answers by token index: without them nested braces would be parsed
    /// speculatively twice per level (2^depth work).
    private Dictionary<int, bool>? _dictStartMemo;

    /// After '{': is this a dict display (expression followed by ':')?
    private bool IsDictStart()
    {
        _dictStartMemo ??= new Dictionary<int, bool>();
        if (_dictStartMemo.TryGetValue(_p, out bool known)) return known;
        int save = _p, furthest = _furthest;
        try
        {
            if (AtOp("*")) return _dictStartMemo[save] = false;
            ParseExpression();
            return _dictStartMemo[save] = AtOp(":");
        }
        catch (SyntaxErrorException e) when (Recoverable(e))
        {
            return _dictStartMemo[save] = false;
        }
        finally
        {
            _p = save;
            _furthest = furthest;
        }
    }

    private Comp ParseComprehensionTail(CompKind kind, Expr? key, Expr elt, Node start)
    {
        var gens = new List<Comprehension>();
        while (AtKw("for") || AtKw("async"))
        {
            if (AtKw("async")) throw ErrAt(Peek(), "asynchronous comprehensions are not supported in stmvm");
            var forTok = Next();
            var target = ParseTargetList("in");
            SetStore(target, TargetUse.For);
            if (!EatKw("in")) throw InvalidSyntax();
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (AtKw("if"))
            {
                Next();
                ifs.Add(ParseDisjunction());
            }
            Node end = ifs.Count > 0 ? ifs[^1] : iter;
            gens.Add(At(new Comprehension(target, iter, ifs), forTok, end));
        }
        var comp = new Comp(kind, key, elt, gens);
        return At(comp, start, gens[^1]);
    }

    /// star_targets for `for` loops and comprehensions: a comma list of bitwise-or
    /// level expressions (so that `in` is not swallowed as a comparison).
    private Expr ParseTargetList(string stopKeyword)
    {
        var first = ParseTargetItem();
        if (!AtOp(",")) return first;
        var items = new List<Expr> { first };
        while (EatOp(","))
        {
            if (AtKw(stopKeyword) || AtOp("=")) break;
            items.Add(ParseTargetItem());
        }
        return At(new TupleExpr(items), first, items[^1]);
    }

    private Expr ParseTargetItem()
    {
        if (AtOp("*"))
        {
            var st = Next();
            var v = ParseBitOr();
            return At(new Starred(v), st, v);
        }
        return ParseBitOr();
    }

    /// star_expressions: expression (',' expression)* [','] → a tuple when there is a comma.
    private Expr ParseStarExpressions()
    {
        var first = ParseStarExpression();
        if (!AtOp(",")) return first;
        var items = new List<Expr> { first };
        Token last = Peek();
        while (EatOp(","))
        {
            last = Prev;
            if (!AtExprStart() && !AtOp("*")) break;
            items.Add(ParseStarExpression());
        }
        var endNode = items[^1];
        var tup = new TupleExpr(items);
        At(tup, first, endNode);
        if (last.EndLine > endNode.EndLine || (last.EndLine == endNode.EndLine && last.EndCol > endNode.EndCol))
        { tup.EndLine = last.EndLine; tup.EndCol = last.EndCol; }
        return tup;
    }

    private Expr ParseStarExpression()
    {
        if (AtOp("*"))
        {
            var st = Next();
            var v = ParseBitOr();
            return At(new Starred(v), st, v);
        }
        return ParseNamedOrPlain();
    }

    /// In statement contexts a walrus needs parentheses; `x := 1` alone is invalid syntax.
    private Expr ParseNamedOrPlain()
    {
        var e = ParseExpression();
        if (AtOp(":=")) throw InvalidSyntax();
        return e;
    }

    private Expr ParseYieldExpr()
    {
        var y = Next(); // yield
        if (EatKw("from"))
        {
            var v = ParseExpression();
            return At(new YieldFrom(v), y, v);
        }
        if (AtExprStart() || AtOp("*"))
        {
            var v = ParseStarExpressions();
            return At(new Yield(v), y, v);
        }
        return At(new Yield(null), y, y);
    }

    // ---------------- strings ----------------

    private Expr ParseStrings()
    {
        var first = Peek();
        var parts = new List<Expr>();
        bool anyF = false, anyBytes = false, anyStr = false;
        var bytes = new List<byte>();
        Token last = first;
        var sb = new System.Text.StringBuilder();
        while (Peek().Kind == TokenKind.String)
        {
            var t = Next();
            last = t;
            bool isBytes = t.Prefix.Contains('b'), raw = t.Prefix.Contains('r'), isF = t.Prefix.Contains('f');
            if (isBytes) anyBytes = true; else anyStr = true;
            if (anyBytes && anyStr) throw Err("cannot mix bytes and nonbytes literals", first.Line, first.Col, t.EndLine, t.EndCol);
            try
            {
                if (isBytes) bytes.AddRange(StringLiteral.DecodeBytes(t.Body, raw));
                else if (isF)
                {
                    anyF = true;
                    if (sb.Length > 0) { parts.Add(At(new Constant(sb.ToString()), t, t)); sb.Clear(); }
                    foreach (var part in new FStringParser(this, t).Parse())
                    {
                        if (part is Constant { Value: string s }) sb.Append(s);
                        else
                        {
                            if (sb.Length > 0) { parts.Add(At(new Constant(sb.ToString()), t, t)); sb.Clear(); }
                            parts.Add(part);
                        }
                    }
                }
                else sb.Append(StringLiteral.DecodeStr(t.Body, raw));
            }
            catch (StringLiteral.DecodeError e)
            {
                throw Err(e.Message, t.Line, t.Col, t.EndLine, t.EndCol);
            }
        }
        if (anyBytes) return At(new Constant(bytes.ToArray()), first, last);
        if (!anyF) return At(new Constant(sb.ToString()), first, last);
        if (sb.Length > 0) parts.Add(At(new Constant(sb.ToString()), last, last));
        return At(new JoinedStr(parts), first, last);
    }

    /// Parses an f-string replacement field's expression text (positions mapped to the file).
    internal Expr ParseFStringExpression(string text, int line, int col)
    {
        var sub = new Parser("(" + text + ")", _file, line, col);
        var open = sub.Next();
        Expr e;
        if (sub.AtKw("yield")) e = sub.ParseYieldExpr();
        else e = sub.ParseStarExpressions();
        if (e is Starred) throw sub.ErrAt(e, "cannot use starred expression here");
        if (!sub.AtOp(")"))
        {
            if (sub.AtExprStart()) sub.ThrowMissingComma(e);
            if (sub.AtOp("=") || sub.AtOp("!") || sub.AtOp(":")) throw sub.InvalidSyntax();
            throw sub.InvalidSyntax();
        }
        sub.Next();
        if (sub.Peek().Kind != TokenKind.Newline && sub.Peek().Kind != TokenKind.EndMarker) throw sub.InvalidSyntax();
        _ = open;
        return e;
    }

    internal SyntaxErrorException FStringError(Token t, string msg, bool prefix = true)
        => Err(prefix ? "f-string: " + msg : msg, t.Line, t.Col, t.EndLine, t.EndCol);

    private static object? Fold(object? v) => v is BigInteger b && b >= long.MinValue && b <= long.MaxValue ? (long)b : v;
}
