// A compiled code unit (module, class body, function, lambda, comprehension), produced
// by the compiler and executed by the interpreter. Pure .NET data: the VM turns the
// constants into heap objects when it loads the code.
namespace Stmvm.Lang;

[Flags]
public enum CodeFlags
{
    None = 0,
    /// Has a *args parameter (its name follows the keyword-only ones in VarNames).
    VarArgs = 1,
    /// Has a **kwargs parameter (its name is last among the parameters in VarNames).
    VarKeywords = 2,
    /// Contains yield: calling it makes a generator.
    Generator = 4,
    /// A function body (fast locals), as opposed to a module or class body (LOAD_NAME namespace).
    Function = 8,
    /// A class body.
    ClassBody = 16,
    /// Uses zero-argument super() or __class__: the class body creates the __class__ cell.
    NeedsClassCell = 32,
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns as CPython's).
public readonly record struct Position(int Line, int Col, int EndLine, int EndCol);

/// Instructions Start <= i < End are protected: on an exception, cut the stack to Depth,
/// push the exception, continue at Handler.
public readonly record struct ExceptionEntry(int Start, int End, int Handler, int Depth);

/// A tuple constant: its items are constants too.
public sealed record ConstTuple(object?[] Items);

/// The Ellipsis constant (`...`). None is null; True/False are bool.
public sealed class EllipsisConst
{
    public static readonly EllipsisConst Instance = new();
    private EllipsisConst() { }
}

public sealed class CodeObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string FileName { get; init; }
    public required int FirstLineNo { get; init; }
    public CodeFlags Flags { get; init; }

    /// Positional parameters including the positional-only ones.
    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }

    public required int[] Code { get; init; }
    /// Per instruction, parallel to Code.
    public required Position[] Positions { get; init; }
    /// Innermost entries first when ranges nest.
    public required ExceptionEntry[] ExceptionTable { get; init; }
    /// Constants: null (None), bool, long, System.Numerics.BigInteger, double, string,
    /// byte[] (bytes), ConstTuple, EllipsisConst, CodeObject.
    public required object?[] Consts { get; init; }
    /// Global, attribute and imported names.
    public required string[] Names { get; init; }
    /// Local variables, parameters first (positional, keyword-only, *args, **kwargs).
    public required string[] VarNames { get; init; }
    /// Locals captured by inner functions (a cell is made for each at frame entry).
    public required string[] CellVars { get; init; }
    /// Variables captured from enclosing functions (cells come from the function's closure).
    public required string[] FreeVars { get; init; }
    /// Per cell var: the VarNames index of the parameter it holds, or -1.
    public required int[] CellArgs { get; init; }
    public int StackSize { get; init; }
    public string? DocString { get; init; }

    public int ParameterCount => ArgCount + KwOnlyArgCount
        + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
    public bool IsGenerator => (Flags & CodeFlags.Generator) != 0;
}
