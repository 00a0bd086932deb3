// A compact S-expression rendering of the AST, used by the parser tests to check structure
// and precedence (e.g. "(+ a (* b c))").
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

internal static class AstDump
{
    public static string Expr(Expr e) => e switch
    {
        Name n => n.Id,
        Constant { Value: null } => "None",
        Constant { Value: string s } => "'" + s + "'",
        Constant { Value: bool b } => b ? "True" : "False",
        Constant { Value: byte[] bs } => "b'" + System.Text.Encoding.Latin1.GetString(bs) + "'",
        Constant { Value: EllipsisConst } => "...",
        Constant c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture)!,
        BinOp b => $"({Op(b.Op)} {Expr(b.Left)} {Expr(b.Right)})",
        UnaryOp u => $"({u.Op.ToString().ToLowerInvariant()} {Expr(u.Operand)})",
        BoolOp b => $"({(b.IsAnd ? "and" : "or")} {string.Join(" ", b.Values.Select(Expr))})",
        Compare c => $"(cmp {Expr(c.Left)} {string.Join(" ", c.Ops.Zip(c.Comparators, (o, x) => o + " " + Expr(x)))})",
        IfExp i => $"(if {Expr(i.Test)} {Expr(i.Body)} {Expr(i.OrElse)})",
        Lambda l => $"(lambda {Args(l.Args)} {Expr(l.Body)})",
        NamedExpr ne => $"(:= {ne.Target.Id} {Expr(ne.Value)})",
        Call c => $"(call {Expr(c.Func)}{string.Concat(c.Args.Select(a => " " + Expr(a)))}{string.Concat(c.Keywords.Select(k => " " + (k.Arg ?? "**") + "=" + Expr(k.Value)))})",
        Attribute a => $"(. {Expr(a.Value)} {a.Attr})",
        Subscript s => $"([] {Expr(s.Value)} {Expr(s.Slice)})",
        Slice s => $"(slice {Opt(s.Lower)} {Opt(s.Upper)} {Opt(s.Step)})",
        Starred s => $"*{Expr(s.Value)}",
        ListExpr l => $"[{string.Join(" ", l.Elts.Select(Expr))}]",
        TupleExpr t => $"(tuple{string.Concat(t.Elts.Select(x => " " + Expr(x)))})",
        SetExpr s => $"{{set {string.Join(" ", s.Elts.Select(Expr))}}}",
        DictExpr d => $"{{dict{string.Concat(d.Keys.Zip(d.Values, (k, v) => " " + (k == null ? "**" : Expr(k) + ":") + Expr(v)))}}}",
        Comp c => $"({c.Kind.ToString().ToLowerInvariant()}comp {(c.Key != null ? Expr(c.Key) + ":" : "")}{Expr(c.Elt)}{string.Concat(c.Generators.Select(g => $" (for {Expr(g.Target)} {Expr(g.Iter)}{string.Concat(g.Ifs.Select(i => " (if " + Expr(i) + ")"))})"))})",
        Yield y => y.Value == null ? "(yield)" : $"(yield {Expr(y.Value)})",
        YieldFrom y => $"(yield-from {Expr(y.Value)})",
        JoinedStr j => $"(f {string.Join(" ", j.Values.Select(Expr))})",
        FormattedValue f => $"(fv {Expr(f.Value)}{(f.Conversion > 0 ? " !" + (char)f.Conversion : "")}{(f.FormatSpec != null ? " " + Expr(f.FormatSpec) : "")})",
        _ => e.GetType().Name,
    };

    private static string Opt(Expr? e) => e == null ? "_" : Expr(e);

    public static string Op(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+", BinaryOp.Subtract => "-", BinaryOp.Multiply => "*", BinaryOp.TrueDivide => "/",
        BinaryOp.FloorDivide => "//", BinaryOp.Remainder => "%", BinaryOp.Power => "**", BinaryOp.MatrixMultiply => "@",
        BinaryOp.LeftShift => "<<", BinaryOp.RightShift => ">>", BinaryOp.And => "&", BinaryOp.Or => "|", _ => "^",
    };

    public static string Args(Arguments a)
    {
        var parts = new List<string>();
        foreach (var p in a.PosOnly) parts.Add(p.Name);
        if (a.PosOnly.Count > 0) parts.Add("/");
        foreach (var p in a.Args) parts.Add(p.Name);
        if (a.VarArg != null) parts.Add("*" + a.VarArg.Name);
        else if (a.KwOnly.Count > 0) parts.Add("*");
        for (int i = 0; i < a.KwOnly.Count; i++) parts.Add(a.KwOnly[i].Name + (a.KwDefaults[i] != null ? "=" + Expr(a.KwDefaults[i]!) : ""));
        if (a.KwArg != null) parts.Add("**" + a.KwArg.Name);
        if (a.Defaults.Count > 0) parts.Add("defaults:" + string.Join(",", a.Defaults.Select(Expr)));
        return "(" + string.Join(" ", parts) + ")";
    }

    public static string Stmt(Stmt s) => s switch
    {
        ExprStmt e => Expr(e.Value),
        Assign a => $"(= {string.Join(" ", a.Targets.Select(Expr))} {Expr(a.Value)})",
        AugAssign a => $"({Op(a.Op)}= {Expr(a.Target)} {Expr(a.Value)})",
        AnnAssign a => $"(ann {Expr(a.Target)} {Expr(a.Annotation)}{(a.Value != null ? " " + Expr(a.Value) : "")})",
        Delete d => $"(del {string.Join(" ", d.Targets.Select(Expr))})",
        Return r => r.Value == null ? "(return)" : $"(return {Expr(r.Value)})",
        Raise r => $"(raise{(r.Exc != null ? " " + Expr(r.Exc) : "")}{(r.Cause != null ? " from " + Expr(r.Cause) : "")})",
        Pass => "pass", Break => "break", Continue => "continue",
        Global g => $"(global {string.Join(" ", g.Names)})",
        Nonlocal n => $"(nonlocal {string.Join(" ", n.Names)})",
        AssertStmt a => $"(assert {Expr(a.Test)}{(a.Msg != null ? " " + Expr(a.Msg) : "")})",
        Import i => $"(import {string.Join(" ", i.Names.Select(n => n.Name + (n.AsName != null ? " as " + n.AsName : "")))})",
        ImportFrom i => $"(from {new string('.', i.Level)}{i.Module} {string.Join(" ", i.Names.Select(n => n.Name + (n.AsName != null ? " as " + n.AsName : "")))})",
        If i => $"(if {Expr(i.Test)} {Body(i.Body)}{(i.OrElse.Count > 0 ? " else " + Body(i.OrElse) : "")})",
        While w => $"(while {Expr(w.Test)} {Body(w.Body)}{(w.OrElse.Count > 0 ? " else " + Body(w.OrElse) : "")})",
        For f => $"(for {Expr(f.Target)} {Expr(f.Iter)} {Body(f.Body)}{(f.OrElse.Count > 0 ? " else " + Body(f.OrElse) : "")})",
        With w => $"(with {string.Join(" ", w.Items.Select(i => Expr(i.ContextExpr) + (i.OptionalVars != null ? " as " + Expr(i.OptionalVars) : "")))} {Body(w.Body)})",
        Try t => $"(try {Body(t.Body)}{string.Concat(t.Handlers.Select(h => $" (except{(h.Type != null ? " " + Expr(h.Type) : "")}{(h.Name != null ? " as " + h.Name : "")} {Body(h.Body)})"))}{(t.OrElse.Count > 0 ? " else " + Body(t.OrElse) : "")}{(t.FinalBody.Count > 0 ? " finally " + Body(t.FinalBody) : "")})",
        FunctionDef f => $"(def {string.Concat(f.Decorators.Select(d => "@" + Expr(d) + " "))}{f.Name} {Args(f.Args)} {Body(f.Body)})",
        ClassDef c => $"(class {string.Concat(c.Decorators.Select(d => "@" + Expr(d) + " "))}{c.Name}{string.Concat(c.Bases.Select(b => " " + Expr(b)))}{string.Concat(c.Keywords.Select(k => " " + k.Arg + "=" + Expr(k.Value)))} {Body(c.Body)})",
        _ => s.GetType().Name,
    };

    public static string Body(List<Stmt> body) => "{" + string.Join("; ", body.Select(Stmt)) + "}";
}
