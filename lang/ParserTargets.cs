// Validation of assignment, deletion and loop targets: sets Store/Del contexts and reports
// invalid targets with CPython's messages ("cannot assign to literal", ...).
namespace Stmvm.Lang;

internal enum TargetUse { Assign, For, With, Del, Comp }

public sealed partial class Parser
{
    /// CPython's _PyPegen_get_expr_name.
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        Comp { Kind: CompKind.Generator } => "generator expression",
        Comp { Kind: CompKind.List } => "list comprehension",
        Comp { Kind: CompKind.Set } => "set comprehension",
        Comp { Kind: CompKind.Dict } => "dict comprehension",
        Yield or YieldFrom => "yield expression",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisConst } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// The first sub-expression that cannot be a target of this kind, or null.
    private static Expr? InvalidTarget(Expr e, bool del)
    {
        switch (e)
        {
            case Name or Attribute or Subscript: return null;
            case Starred s: return del ? e : InvalidTarget(s.Value, del);
            case TupleExpr t:
                foreach (var x in t.Elts) { var bad = InvalidTarget(x, del); if (bad != null) return bad; }
                return null;
            case ListExpr l:
                foreach (var x in l.Elts) { var bad = InvalidTarget(x, del); if (bad != null) return bad; }
                return null;
            default: return e;
        }
    }

    private void SetStore(Expr e, TargetUse use, bool firstAssignTarget = false, Expr? value = null)
    {
        var bad = InvalidTarget(e, use == TargetUse.Del);
        if (bad != null)
        {
            string what = ExprName(bad);
            if (use == TargetUse.Del) throw ErrAt(bad, $"cannot delete {what}");
            if (bad is Constant { Value: null or bool }) throw ErrAt(bad, $"cannot assign to {what}");
            if (bad is Yield or YieldFrom && use == TargetUse.Assign)
                throw ErrAt(bad, "assignment to yield expression not possible");
            bool here = use == TargetUse.Assign && firstAssignTarget && bad is not (ListExpr or TupleExpr)
                && bad is not Comp { Kind: CompKind.Generator }
                && (bad == e || (e is TupleExpr { Parenthesized: false } t && t.Elts[^1] == bad))
                && value is not TupleExpr { Parenthesized: false };
            throw ErrAt(bad, here ? $"cannot assign to {what} here. Maybe you meant '==' instead of '='?" : $"cannot assign to {what}");
        }
        SetCtx(e, use == TargetUse.Del ? Ctx.Del : Ctx.Store);
    }

    private static void SetCtx(Expr e, Ctx ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred st: st.Ctx = ctx; SetCtx(st.Value, ctx); break;
            case TupleExpr t: t.Ctx = ctx; foreach (var x in t.Elts) SetCtx(x, ctx); break;
            case ListExpr l: l.Ctx = ctx; foreach (var x in l.Elts) SetCtx(x, ctx); break;
        }
    }
}
