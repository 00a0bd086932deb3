// The abstract syntax tree produced by the Parser and consumed by the symbol table (Scopes)
// and the Compiler. It mirrors CPython's ast module; every node carries its source range
// (1-based lines, 0-based character columns, end exclusive).
namespace Stmvm.Lang;

public abstract class Node
{
    public int Line, Col, EndLine, EndCol;

    public T CopyPos<T>(T target) where T : Node
    {
        target.Line = Line; target.Col = Col; target.EndLine = EndLine; target.EndCol = EndCol;
        return target;
    }
}

public enum Ctx { Load, Store, Del }

// ---------------- expressions ----------------
public abstract class Expr : Node { }

public sealed class Name(string id, Ctx ctx = Ctx.Load) : Expr
{
    public string Id = id;
    public Ctx Ctx = ctx;
}

/// Value: null (None), bool, long, BigInteger, double, string, byte[], EllipsisConst.
public sealed class Constant(object? value) : Expr
{
    public object? Value = value;
}

public sealed class JoinedStr(List<Expr> values) : Expr
{
    public List<Expr> Values = values;
}

/// Conversion: -1 none, 's', 'r', 'a'.
public sealed class FormattedValue(Expr value, int conversion, JoinedStr? formatSpec) : Expr
{
    public Expr Value = value;
    public int Conversion = conversion;
    public JoinedStr? FormatSpec = formatSpec;
}

public sealed class BinOp(Expr left, BinaryOp op, Expr right) : Expr
{
    public Expr Left = left, Right = right;
    public BinaryOp Op = op;
}

public enum UnaryOpKind { Not, Neg, Pos, Invert }

public sealed class UnaryOp(UnaryOpKind op, Expr operand) : Expr
{
    public UnaryOpKind Op = op;
    public Expr Operand = operand;
}

public sealed class BoolOp(bool isAnd, List<Expr> values) : Expr
{
    public bool IsAnd = isAnd;
    public List<Expr> Values = values;
}

public enum CmpOpKind { Lt, Le, Eq, NotEq, Gt, Ge, Is, IsNot, In, NotIn }

public sealed class Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators) : Expr
{
    public Expr Left = left;
    public List<CmpOpKind> Ops = ops;
    public List<Expr> Comparators = comparators;
}

public sealed class IfExp(Expr test, Expr body, Expr orElse) : Expr
{
    public Expr Test = test, Body = body, OrElse = orElse;
}

public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args = args;
    public Expr Body = body;
}

public sealed class NamedExpr(Name target, Expr value) : Expr
{
    public Name Target = target;
    public Expr Value = value;
}

public sealed class Keyword(string? arg, Expr value) : Node
{
    /// null for **mapping.
    public string? Arg = arg;
    public Expr Value = value;
}

public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr
{
    public Expr Func = func;
    public List<Expr> Args = args;
    public List<Keyword> Keywords = keywords;
}

public sealed class Attribute(Expr value, string attr, Ctx ctx = Ctx.Load) : Expr
{
    public Expr Value = value;
    public string Attr = attr;
    public Ctx Ctx = ctx;
}

public sealed class Subscript(Expr value, Expr slice, Ctx ctx = Ctx.Load) : Expr
{
    public Expr Value = value, Slice = slice;
    public Ctx Ctx = ctx;
}

public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower = lower, Upper = upper, Step = step;
}

public sealed class Starred(Expr value, Ctx ctx = Ctx.Load) : Expr
{
    public Expr Value = value;
    public Ctx Ctx = ctx;
}

public sealed class ListExpr(List<Expr> elts, Ctx ctx = Ctx.Load) : Expr
{
    public List<Expr> Elts = elts;
    public Ctx Ctx = ctx;
}

public sealed class TupleExpr(List<Expr> elts, Ctx ctx = Ctx.Load) : Expr
{
    public List<Expr> Elts = elts;
    public Ctx Ctx = ctx;
    /// Written with parentheses (affects error positions only).
    public bool Parenthesized;
}

public sealed class SetExpr(List<Expr> elts) : Expr
{
    public List<Expr> Elts = elts;
}

public sealed class DictExpr(List<Expr?> keys, List<Expr> values) : Expr
{
    /// A null key means `**values[i]`.
    public List<Expr?> Keys = keys;
    public List<Expr> Values = values;
}

public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs) : Node
{
    public Expr Target = target, Iter = iter;
    public List<Expr> Ifs = ifs;
}

public enum CompKind { List, Set, Dict, Generator }

/// All four comprehension kinds. Key is set for dict comprehensions (Elt is then the value).
public sealed class Comp(CompKind kind, Expr? key, Expr elt, List<Comprehension> generators) : Expr
{
    public CompKind Kind = kind;
    public Expr? Key = key;
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class Yield(Expr? value) : Expr
{
    public Expr? Value = value;
}

public sealed class YieldFrom(Expr value) : Expr
{
    public Expr Value = value;
}

// ---------------- function signatures ----------------
public sealed class Arg(string name, Expr? annotation) : Node
{
    public string Name = name;
    public Expr? Annotation = annotation;
}

public sealed class Arguments : Node
{
    public List<Arg> PosOnly = new();
    public List<Arg> Args = new();
    public Arg? VarArg;
    public List<Arg> KwOnly = new();
    /// Parallel to KwOnly; null when the keyword-only parameter has no default.
    public List<Expr?> KwDefaults = new();
    public Arg? KwArg;
    /// Defaults of the last positional parameters (PosOnly + Args).
    public List<Expr> Defaults = new();

    public IEnumerable<Arg> All()
    {
        foreach (var a in PosOnly) yield return a;
        foreach (var a in Args) yield return a;
        foreach (var a in KwOnly) yield return a;
        if (VarArg != null) yield return VarArg;
        if (KwArg != null) yield return KwArg;
    }
}

// ---------------- statements ----------------
public abstract class Stmt : Node { }

public sealed class FunctionDef(string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns) : Stmt
{
    public string Name = name;
    public Arguments Args = args;
    public List<Stmt> Body = body;
    public List<Expr> Decorators = decorators;
    public Expr? Returns = returns;
}

public sealed class ClassDef(string name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators) : Stmt
{
    public string Name = name;
    public List<Expr> Bases = bases;
    public List<Keyword> Keywords = keywords;
    public List<Stmt> Body = body;
    public List<Expr> Decorators = decorators;
}

public sealed class Return(Expr? value) : Stmt { public Expr? Value = value; }
public sealed class Delete(List<Expr> targets) : Stmt { public List<Expr> Targets = targets; }

public sealed class Assign(List<Expr> targets, Expr value) : Stmt
{
    public List<Expr> Targets = targets;
    public Expr Value = value;
}

public sealed class AugAssign(Expr target, BinaryOp op, Expr value) : Stmt
{
    public Expr Target = target;
    /// The plain operator (the compiler adds InplaceOffset).
    public BinaryOp Op = op;
    public Expr Value = value;
}

public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt
{
    public Expr Target = target, Annotation = annotation;
    public Expr? Value = value;
    public bool Simple = simple;
}

public sealed class For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Target = target, Iter = iter;
    public List<Stmt> Body = body, OrElse = orElse;
}

public sealed class While(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test = test;
    public List<Stmt> Body = body, OrElse = orElse;
}

public sealed class If(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test = test;
    public List<Stmt> Body = body, OrElse = orElse;
}

public sealed class WithItem(Expr contextExpr, Expr? optionalVars) : Node
{
    public Expr ContextExpr = contextExpr;
    public Expr? OptionalVars = optionalVars;
}

public sealed class With(List<WithItem> items, List<Stmt> body) : Stmt
{
    public List<WithItem> Items = items;
    public List<Stmt> Body = body;
}

public sealed class Raise(Expr? exc, Expr? cause) : Stmt { public Expr? Exc = exc, Cause = cause; }

public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{
    public Expr? Type = type;
    public string? Name = name;
    public List<Stmt> Body = body;
}

public sealed class Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody) : Stmt
{
    public List<Stmt> Body = body;
    public List<ExceptHandler> Handlers = handlers;
    public List<Stmt> OrElse = orElse, FinalBody = finalBody;
}

public sealed class AssertStmt(Expr test, Expr? msg) : Stmt { public Expr Test = test; public Expr? Msg = msg; }

public sealed class Alias(string name, string? asName) : Node
{
    public string Name = name;
    public string? AsName = asName;
}

public sealed class Import(List<Alias> names) : Stmt { public List<Alias> Names = names; }

public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt
{
    public string? Module = module;
    public List<Alias> Names = names;
    public int Level = level;
}

public sealed class Global(List<string> names) : Stmt { public List<string> Names = names; }
public sealed class Nonlocal(List<string> names) : Stmt { public List<string> Names = names; }
public sealed class ExprStmt(Expr value) : Stmt { public Expr Value = value; }
public sealed class Pass : Stmt { }
public sealed class Break : Stmt { }
public sealed class Continue : Stmt { }

public sealed class ModuleNode(List<Stmt> body) : Node { public List<Stmt> Body = body; }
