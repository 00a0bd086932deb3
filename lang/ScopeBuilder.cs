// Pass 1 of the symbol table: walks the AST, creates the scopes and records how each name
// is used (bound, used, parameter, global, nonlocal), with CPython's errors for misplaced
// global/nonlocal/yield/import-star declarations and duplicate parameters.
namespace Stmvm.Lang;

internal sealed class ScopeBuilder(string fileName, string[] lines)
{
    private readonly SymbolTable _table = new();
    private Scope _cur = null!;
    private readonly Dictionary<(Scope, string), Node> _directives = new();

    public SyntaxErrorException Error(string msg, Node n)
        => new(SyntaxErrorKind.SyntaxError, msg, fileName, n.Line, n.Col + 1,
            n.Line >= 1 && n.Line <= lines.Length ? lines[n.Line - 1] : null, n.EndLine == n.Line ? n.EndCol + 1 : -1);

    public SyntaxErrorException Error(string msg, Scope s, string name)
        => _directives.TryGetValue((s, name), out var n) ? Error(msg, n) : Error(msg, s.Node!);

    /// The `from __future__ import` statements at the top of the module (after the docstring).
    private readonly HashSet<Node> _futureImports = new();

    /// Python 3's features are all on already: these imports only need their names checked
    /// (CPython's future.c). `annotations` (annotations kept as strings) and `barry_as_FLUFL`
    /// would change the language and are not supported.
    private static readonly string[] FutureFeatures =
        ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
         "unicode_literals", "generator_stop"];

    private void CheckFutureImports(List<Stmt> body)
    {
        int i = body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } } ? 1 : 0;
        for (; i < body.Count && body[i] is ImportFrom { Module: "__future__", Level: 0 } imf; i++)
        {
            _futureImports.Add(imf);
            foreach (var al in imf.Names)
            {
                if (FutureFeatures.Contains(al.Name)) continue;
                string msg = al.Name switch
                {
                    "braces" => "not a chance",
                    "annotations" or "barry_as_FLUFL" => $"future feature {al.Name} is not supported by stmvm",
                    _ => $"future feature {al.Name} is not defined",
                };
                // CPython points at the statement's first column only.
                throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, msg, fileName, imf.Line, imf.Col + 1,
                    imf.Line >= 1 && imf.Line <= lines.Length ? lines[imf.Line - 1] : null);
            }
        }
    }

    public SymbolTable Build(ModuleNode m)
    {
        _cur = NewScope(ScopeKind.Module, "<module>", m, null);
        _table.Module = _cur;
        CheckFutureImports(m.Body);
        foreach (var s in m.Body) Visit(s);
        return _table;
    }

    private Scope NewScope(ScopeKind kind, string name, Node node, string? privateName)
    {
        var s = new Scope { Kind = kind, Name = name, Node = node, Parent = _cur, PrivateName = privateName };
        _cur?.Children.Add(s);
        _table.Scopes[node] = s;
        return s;
    }

    private string M(string name) => SymbolTable.Mangle(_cur.PrivateName, name);

    private void Def(string name, SymFlags f, Node at)
    {
        name = M(name);
        var old = _cur.Flags(name);
        if ((f & SymFlags.Param) != 0 && (old & SymFlags.Param) != 0)
            throw Error($"duplicate argument '{name}' in function definition", at);
        _cur.Add(name, f);
        if ((f & SymFlags.Param) != 0) _cur.Params.Add(name);
    }

    private void Visit(List<Stmt> body)
    {
        foreach (var s in body) Visit(s);
    }

    /// CPython's symbol table (and AST optimizer) stop at this nesting of statements and
    /// expressions: 3 x the default recursion limit of 1000.
    public const int MaxNesting = 3000;
    private int _depth;

    /// Counts one level of statement/expression nesting; RecursionError past the limit.
    private void Enter()
    {
        if (++_depth > MaxNesting || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw SyntaxErrorException.TooDeepForCompiler(fileName);
    }

    private void Visit(Stmt s)
    {
        Enter();
        VisitStmt(s);
        _depth--;
    }

    private void Visit(Expr e)
    {
        Enter();
        VisitExpr(e);
        _depth--;
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                Def(f.Name, SymFlags.Local, f);
                VisitDefaults(f.Args);
                foreach (var p in f.Args.All()) if (p.Annotation != null) Visit(p.Annotation);
                if (f.Returns != null) Visit(f.Returns);
                foreach (var d in f.Decorators) Visit(d);
                EnterFunction(ScopeKind.Function, f.Name, f, f.Args);
                Visit(f.Body);
                _cur = _cur.Parent!;
                break;
            case ClassDef c:
                Def(c.Name, SymFlags.Local, c);
                foreach (var b in c.Bases) Visit(b);
                foreach (var k in c.Keywords) Visit(k.Value);
                foreach (var d in c.Decorators) Visit(d);
                _cur = NewScope(ScopeKind.Class, c.Name, c, c.Name);
                Visit(c.Body);
                _cur = _cur.Parent!;
                break;
            case Return r:
                if (r.Value != null) Visit(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets) Visit(t);
                break;
            case Assign a:
                Visit(a.Value);
                foreach (var t in a.Targets) Visit(t);
                break;
            case AugAssign a:
                Visit(a.Value);
                if (a.Target is Name n) { Def(n.Id, SymFlags.Local | SymFlags.Use, n); }
                else Visit(a.Target);
                break;
            case AnnAssign a:
                if (a.Target is Name an)
                {
                    var old = _cur.Flags(M(an.Id));
                    if ((old & (SymFlags.Global | SymFlags.Nonlocal)) != 0 && a.Simple)
                        throw Error($"annotated name '{an.Id}' can't be {((old & SymFlags.Global) != 0 ? "global" : "nonlocal")}", a);
                    Def(an.Id, SymFlags.Local | SymFlags.Annotated, an);
                }
                else Visit(a.Target);
                Visit(a.Annotation);
                if (a.Value != null) Visit(a.Value);
                break;
            case For f:
                Visit(f.Target); Visit(f.Iter); Visit(f.Body); Visit(f.OrElse);
                break;
            case While w:
                Visit(w.Test); Visit(w.Body); Visit(w.OrElse);
                break;
            case If i:
                Visit(i.Test); Visit(i.Body); Visit(i.OrElse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    Visit(item.ContextExpr);
                    if (item.OptionalVars != null) Visit(item.OptionalVars);
                }
                Visit(w.Body);
                break;
            case Raise r:
                if (r.Exc != null) Visit(r.Exc);
                if (r.Cause != null) Visit(r.Cause);
                break;
            case Try t:
                Visit(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type != null) Visit(h.Type);
                    if (h.Name != null) Def(h.Name, SymFlags.Local, h);
                    Visit(h.Body);
                }
                Visit(t.OrElse);
                Visit(t.FinalBody);
                break;
            case AssertStmt a:
                Visit(a.Test);
                if (a.Msg != null) Visit(a.Msg);
                break;
            case Import imp:
                foreach (var al in imp.Names)
                {
                    string bound = al.AsName ?? al.Name.Split('.')[0];
                    Def(bound, SymFlags.Import, al);
                }
                break;
            case ImportFrom { Module: "__future__", Level: 0 } future when !_futureImports.Contains(future):
                throw Error("from __future__ imports must occur at the beginning of the file", future);
            case ImportFrom imf:
                foreach (var al in imf.Names)
                {
                    if (al.Name == "*")
                    {
                        if (_cur.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", imf);
                        continue;
                    }
                    Def(al.AsName ?? al.Name, SymFlags.Import, al);
                }
                break;
            case Global g:
                foreach (var raw in g.Names)
                {
                    var name = M(raw);
                    var old = _cur.Flags(name);
                    if ((old & (SymFlags.Param | SymFlags.Local | SymFlags.Use | SymFlags.Annotated | SymFlags.Import)) != 0)
                    {
                        string why = (old & SymFlags.Param) != 0 ? "is parameter and global"
                            : (old & SymFlags.Annotated) != 0 ? "ANNOT"
                            : (old & (SymFlags.Local | SymFlags.Import)) != 0 ? "is assigned to before global declaration"
                            : "is used prior to global declaration";
                        throw Error(why == "ANNOT" ? $"annotated name '{raw}' can't be global" : $"name '{raw}' {why}", g);
                    }
                    if ((old & SymFlags.Nonlocal) != 0) throw Error($"name '{raw}' is nonlocal and global", _cur, name);
                    _cur.Add(name, SymFlags.Global);
                    _directives.TryAdd((_cur, name), g);
                }
                break;
            case Nonlocal nl:
                foreach (var raw in nl.Names)
                {
                    var name = M(raw);
                    if (_cur.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                    var old = _cur.Flags(name);
                    if ((old & (SymFlags.Param | SymFlags.Local | SymFlags.Use | SymFlags.Annotated | SymFlags.Import)) != 0)
                    {
                        string why = (old & SymFlags.Param) != 0 ? "is parameter and nonlocal"
                            : (old & SymFlags.Annotated) != 0 ? "ANNOT"
                            : (old & (SymFlags.Local | SymFlags.Import)) != 0 ? "is assigned to before nonlocal declaration"
                            : "is used prior to nonlocal declaration";
                        throw Error(why == "ANNOT" ? $"annotated name '{raw}' can't be nonlocal" : $"name '{raw}' {why}", nl);
                    }
                    if ((old & SymFlags.Global) != 0) throw Error($"name '{raw}' is nonlocal and global", _cur, name);
                    _cur.Add(name, SymFlags.Nonlocal);
                    _directives.TryAdd((_cur, name), nl);
                }
                break;
            case ExprStmt e:
                Visit(e.Value);
                break;
        }
    }

    private void VisitDefaults(Arguments a)
    {
        foreach (var d in a.Defaults) Visit(d);
        foreach (var d in a.KwDefaults) if (d != null) Visit(d);
    }

    private void EnterFunction(ScopeKind kind, string name, Node node, Arguments args)
    {
        _cur = NewScope(kind, name, node, _cur.PrivateName);
        foreach (var p in args.PosOnly) Def(p.Name, SymFlags.Param, p);
        foreach (var p in args.Args) Def(p.Name, SymFlags.Param, p);
        foreach (var p in args.KwOnly) Def(p.Name, SymFlags.Param, p);
        if (args.VarArg != null) Def(args.VarArg.Name, SymFlags.Param, args.VarArg);
        if (args.KwArg != null) Def(args.KwArg.Name, SymFlags.Param, args.KwArg);
    }

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case Name n:
                if (n.Ctx == Ctx.Load)
                {
                    _cur.Add(M(n.Id), SymFlags.Use);
                    if (_cur.IsFunctionLike && (n.Id == "super" || n.Id == "__class__"))
                    {
                        _cur.Add("__class__", SymFlags.Use);
                        _cur.UsesClassCell = true;
                    }
                }
                else Def(n.Id, SymFlags.Local, n);
                break;
            case Constant: break;
            case JoinedStr j:
                foreach (var v in j.Values) Visit(v);
                break;
            case FormattedValue f:
                Visit(f.Value);
                if (f.FormatSpec != null) Visit(f.FormatSpec);
                break;
            case BinOp b: Visit(b.Left); Visit(b.Right); break;
            case UnaryOp u: Visit(u.Operand); break;
            case BoolOp b: foreach (var v in b.Values) Visit(v); break;
            case Compare c:
                Visit(c.Left);
                foreach (var v in c.Comparators) Visit(v);
                break;
            case IfExp i: Visit(i.Test); Visit(i.Body); Visit(i.OrElse); break;
            case Lambda l:
                VisitDefaults(l.Args);
                EnterFunction(ScopeKind.Lambda, "<lambda>", l, l.Args);
                Visit(l.Body);
                _cur = _cur.Parent!;
                break;
            case NamedExpr ne:
                Visit(ne.Value);
                VisitNamedExprTarget(ne);
                break;
            case Call c:
                Visit(c.Func);
                foreach (var a in c.Args) Visit(a);
                foreach (var k in c.Keywords) Visit(k.Value);
                break;
            case Attribute a: Visit(a.Value); break;
            case Subscript s: Visit(s.Value); Visit(s.Slice); break;
            case Slice s:
                if (s.Lower != null) Visit(s.Lower);
                if (s.Upper != null) Visit(s.Upper);
                if (s.Step != null) Visit(s.Step);
                break;
            case Starred s: Visit(s.Value); break;
            case ListExpr l: foreach (var x in l.Elts) Visit(x); break;
            case TupleExpr t: foreach (var x in t.Elts) Visit(x); break;
            case SetExpr s: foreach (var x in s.Elts) Visit(x); break;
            case DictExpr d:
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    if (d.Keys[i] != null) Visit(d.Keys[i]!);
                    Visit(d.Values[i]);
                }
                break;
            case Comp c: VisitComp(c); break;
            case Yield y:
                MarkYield(y);
                if (y.Value != null) Visit(y.Value);
                break;
            case YieldFrom y:
                MarkYield(y);
                Visit(y.Value);
                break;
        }
    }

    private void MarkYield(Expr y)
    {
        if (_cur.Kind == ScopeKind.Comprehension)
        {
            var c = (Comp)_cur.Node!;
            string what = c.Kind switch
            {
                CompKind.List => "list comprehension", CompKind.Set => "set comprehension",
                CompKind.Dict => "dict comprehension", _ => "generator expression",
            };
            throw Error($"'yield' inside {what}", y);
        }
        if (!_cur.IsFunctionLike) throw Error("'yield' outside function", y);
        _cur.IsGenerator = true;
    }

    private void VisitComp(Comp c)
    {
        Visit(c.Generators[0].Iter);
        string name = c.Kind switch
        {
            CompKind.List => "<listcomp>", CompKind.Set => "<setcomp>", CompKind.Dict => "<dictcomp>", _ => "<genexpr>",
        };
        _cur = NewScope(ScopeKind.Comprehension, name, c, _cur.PrivateName);
        _cur.IsGenerator = c.Kind == CompKind.Generator;
        _cur.Add(".0", SymFlags.Param);
        _cur.Params.Add(".0");
        for (int i = 0; i < c.Generators.Count; i++)
        {
            var g = c.Generators[i];
            if (i > 0) Visit(g.Iter);
            VisitCompTarget(g.Target);
            foreach (var cond in g.Ifs) Visit(cond);
        }
        if (c.Key != null) Visit(c.Key);
        Visit(c.Elt);
        _cur = _cur.Parent!;
    }

    private void VisitCompTarget(Expr t)
    {
        switch (t)
        {
            case Name n:
                if ((_cur.Flags(M(n.Id)) & (SymFlags.Nonlocal | SymFlags.Global)) != 0)
                    throw Error($"comprehension inner loop cannot rebind assignment expression target '{n.Id}'", n);
                Def(n.Id, SymFlags.Local | SymFlags.CompIter, n);
                break;
            case TupleExpr tu: foreach (var x in tu.Elts) VisitCompTarget(x); break;
            case ListExpr l: foreach (var x in l.Elts) VisitCompTarget(x); break;
            case Starred s: VisitCompTarget(s.Value); break;
            default: Visit(t); break;
        }
    }

    private void VisitNamedExprTarget(NamedExpr ne)
    {
        string name = ne.Target.Id;
        if (_cur.Kind != ScopeKind.Comprehension)
        {
            Def(name, SymFlags.Local, ne.Target);
            return;
        }
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
        for (var s = _cur; s != null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Comprehension)
            {
                if ((s.Flags(name) & SymFlags.CompIter) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", ne);
                continue;
            }
            if (s.Kind == ScopeKind.Class)
                throw Error("assignment expression within a comprehension cannot be used in a class body", ne);
            if (s.IsFunctionLike)
            {
                _cur.Add(name, SymFlags.Nonlocal);
                if ((s.Flags(name) & SymFlags.Global) != 0) { _cur.Symbols[name] = (_cur.Symbols[name] & ~SymFlags.Nonlocal) | SymFlags.Global; }
                else s.Add(name, SymFlags.Local);
            }
            else
            {
                _cur.Add(name, SymFlags.Global);
                s.Add(name, SymFlags.Global);
            }
            return;
        }
    }
}
