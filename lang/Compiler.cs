// The bytecode compiler (AST -> CodeObject), following CPython 3.11's compile.c with
// stmvm's opcodes (Opcode.cs). This file: entry points, compilation units, constants and
// names, name resolution, functions, lambdas, classes and comprehensions. Statements are in
// CompilerStatements.cs, expressions in CompilerExpressions.cs, emission in CodeBuilder.cs.
using System.Numerics;
using System.Text;

namespace Stmvm.Lang;

public sealed partial class Compiler
{
    private readonly string _file;
    private readonly string[] _lines;
    private readonly SymbolTable _st;
    private readonly bool _interactive;
    private Unit _u = null!;

    private sealed class Unit
    {
        public Scope Scope = null!;
        public CodeBuilder B = new();
        public readonly List<object?> Consts = new();
        public readonly Dictionary<object, int> ConstIndex = new();
        public readonly List<string> Names = new();
        public readonly List<string> VarNames = new();
        /// Indices into Names and VarNames (a code object may have tens of thousands of names).
        public readonly Dictionary<string, int> NameIndices = new(), VarIndices = new();
        public string Name = "", QualName = "";
        public int FirstLine;
        public readonly List<FBlock> FBlocks = new();
        /// Blocks CPython counts towards CO_MAXBLOCKS that have no FBlock here (its
        /// EXCEPTION_HANDLER block around the except clauses).
        public int ExtraBlocks;
        public string? PrivateName;
        public Unit? Parent;
    }

    private Compiler(string file, string[] lines, SymbolTable st, bool interactive)
    {
        _file = file;
        _lines = lines;
        _st = st;
        _interactive = interactive;
    }

    // ---------------- entry points ----------------

    /// Compiles a module. Throws SyntaxErrorException.
    public static CodeObject CompileModule(string source, string fileName)
        => Compile(source, fileName, interactive: false);

    /// Compiles one REPL input: expression statements print their value (PRINT_EXPR).
    public static CodeObject CompileInteractive(string source, string fileName = "<stdin>")
        => Compile(source, fileName, interactive: true);

    /// Decodes UTF-8 source bytes (a leading BOM is ignored) and compiles them. A NUL byte or
    /// invalid UTF-8 is a SyntaxError, reported as CPython does when its tokenizer reaches that line.
    public static CodeObject CompileModule(byte[] utf8Source, string fileName)
    {
        var text = DecodeSource(utf8Source, fileName, out var defect);
        return Compile(text, fileName, interactive: false, defect);
    }

    /// The text of a source file (invalid UTF-8 replaced by U+FFFD) and its first defect, if
    /// any: the first line holding invalid UTF-8 or a NUL byte, with CPython 3.11's error.
    public static string DecodeSource(byte[] source, string fileName, out Tokenizer.SourceDefect? defect)
    {
        defect = null;
        int line = 1;
        for (int start = 0; start < source.Length && defect == null; line++)
        {
            int end = start;
            while (end < source.Length && source[end] != (byte)'\n' && source[end] != (byte)'\r') end++;
            var bytes = source.AsSpan(start, end - start);
            if (line == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            int bad = FirstInvalidUtf8(bytes);
            if (bad >= 0)
            {
                defect = new(line, new SyntaxErrorException(SyntaxErrorKind.SyntaxError,
                    $"Non-UTF-8 code starting with '\\x{bytes[bad]:x2}' in file {fileName} on line {line}, " +
                    "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    fileName, 0, 0, null));
            }
            else if (bytes.IndexOf((byte)0) is var nul and >= 0)
            {
                defect = new(line, new SyntaxErrorException(SyntaxErrorKind.SyntaxError,
                    "source code cannot contain null bytes", fileName, line, 0, Encoding.UTF8.GetString(bytes[..nul])));
            }
            // \n, \r\n and a lone \r each end a line
            start = end < source.Length && source[end] == (byte)'\r' && end + 1 < source.Length && source[end + 1] == (byte)'\n'
                ? end + 2 : end + 1;
        }
        return new UTF8Encoding(false, false).GetString(source);
    }

    /// Index of the first byte that does not start a valid UTF-8 sequence, or -1.
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
        int i = 0;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int n) != System.Buffers.OperationStatus.Done) return i;
            i += n;
        }
        return -1;
    }

    private static CodeObject Compile(string source, string fileName, bool interactive, Tokenizer.SourceDefect? defect = null)
    {
        var parser = new Parser(source, fileName, defect);
        var module = parser.ParseFile();
        var lines = parser.SourceLines;
        var st = SymbolTable.Build(module, fileName, lines);
        var c = new Compiler(fileName, lines, st, interactive);
        return c.CompileModuleNode(module);
    }

    private CodeObject CompileModuleNode(ModuleNode m)
    {
        EnterUnit(_st.Module, "<module>", "<module>", 1, null);
        string? doc = null;
        var body = m.Body;
        if (!_interactive && GetDocString(body) is string d)
        {
            doc = d;
            SetLoc(body[0]);
            LoadConst(d);
            StoreName("__doc__");
            body = body.Skip(1).ToList();
        }
        SetupAnnotations(body);
        VisitBody(body);
        if (body.Count > 0) SetLoc(body[^1]);
        else _u.B.Loc = new Position(1, 0, 1, 0);
        LoadConst(null);
        Emit(Opcode.RETURN_VALUE);
        return LeaveUnit(CodeFlags.None, doc, 0, 0, 0);
    }

    // ---------------- units ----------------

    private void EnterUnit(Scope scope, string name, string qualName, int firstLine, string? privateName)
    {
        var u = new Unit
        {
            Scope = scope, Name = name, QualName = qualName, FirstLine = firstLine, PrivateName = privateName, Parent = _u,
        };
        foreach (var p in scope.Params)
        {
            u.VarIndices.TryAdd(p, u.VarNames.Count);
            u.VarNames.Add(p);
        }
        _u = u;
    }

    private CodeObject LeaveUnit(CodeFlags flags, string? doc, int argCount, int posOnly, int kwOnly)
    {
        var u = _u;
        (int[] code, Position[] pos, ExceptionEntry[] table, int stack) fin;
        try
        {
            fin = u.B.Finish();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"internal compiler error in {u.QualName} ({_file}): {e.Message}", e);
        }
        var s = u.Scope;
        if (s.IsGenerator) flags |= CodeFlags.Generator;
        if (s.IsFunctionLike) flags |= CodeFlags.Function;
        if (s.Kind == ScopeKind.Class) flags |= CodeFlags.ClassBody;
        if (s.NeedsClassCell) flags |= CodeFlags.NeedsClassCell;
        var cellArgs = s.CellVars.Select(cv => u.VarNames.IndexOf(cv) is var i && i < s.Params.Count ? i : -1).ToArray();
        var co = new CodeObject
        {
            Name = u.Name, QualName = u.QualName, FileName = _file, FirstLineNo = u.FirstLine, Flags = flags,
            ArgCount = argCount, PosOnlyArgCount = posOnly, KwOnlyArgCount = kwOnly,
            Code = fin.code, Positions = fin.pos, ExceptionTable = fin.table, Consts = u.Consts.ToArray(),
            Names = u.Names.ToArray(), VarNames = u.VarNames.ToArray(), CellVars = s.CellVars.ToArray(),
            FreeVars = s.FreeVars.ToArray(), CellArgs = cellArgs, StackSize = fin.stack, DocString = doc,
        };
        _u = u.Parent!;
        return co;
    }

    private static string? GetDocString(List<Stmt> body)
        => body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } } ? s : null;

    // ---------------- emission helpers ----------------

    private void Emit(Opcode op, int arg = 0) => _u.B.Emit(op, arg);
    private void Jump(Opcode op, Label l) => _u.B.EmitJump(op, l);
    private Label NewLabel() => _u.B.NewLabel();
    private void Mark(Label l) => _u.B.Mark(l);

    private Position PosOf(Node n)
        => new(n.Line, ByteCol(n.Line, n.Col), n.EndLine, ByteCol(n.EndLine, n.EndCol));

    /// Per source line: null while not computed, an empty array for an ASCII-only line, else
    /// the UTF-8 byte offset of every char index (length + 1 entries).
    private int[]?[]? _byteCols;

    /// CPython columns are UTF-8 byte offsets (constant time per lookup: long lines hold many nodes).
    private int ByteCol(int line, int col)
    {
        if (line < 1 || line > _lines.Length) return col;
        _byteCols ??= new int[]?[_lines.Length];
        var map = _byteCols[line - 1] ??= ByteOffsets(_lines[line - 1]);
        if (map.Length == 0) return col;
        int n = Math.Min(col, map.Length - 1);
        return map[n] + (col - n);
    }

    private static int[] ByteOffsets(string s)
    {
        bool ascii = true;
        foreach (char ch in s)
            if (ch >= 0x80) { ascii = false; break; }
        if (ascii) return Array.Empty<int>();
        var map = new int[s.Length + 1];
        int bytes = 0;
        for (int i = 0; i < s.Length; i++)
        {
            map[i] = bytes;
            char ch = s[i];
            if (ch < 0x80) bytes++;
            else if (ch < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                bytes += 4;
                map[++i] = bytes; // a column never points inside a pair; keep the map monotonic
            }
            else bytes += 3;
        }
        map[s.Length] = bytes;
        return map;
    }

    /// The node whose position SetLoc last made current (where compile errors point).
    private Node? _locNode;

    /// The AST's depth is bounded by the symbol table (ScopeBuilder.MaxNesting); this keeps a
    /// thread with a small stack from overflowing all the same.
    private void CheckStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw SyntaxErrorException.TooDeepForCompiler(_file);
    }

    private Position SetLoc(Node n)
    {
        _locNode = n;
        var old = _u.B.Loc;
        _u.B.Loc = PosOf(n);
        return old;
    }

    private void RestoreLoc(Position p) => _u.B.Loc = p;

    private SyntaxErrorException Error(string msg, Node n)
        => new(SyntaxErrorKind.SyntaxError, msg, _file, n.Line, n.Col + 1,
            n.Line >= 1 && n.Line <= _lines.Length ? _lines[n.Line - 1] : null, n.EndLine == n.Line ? n.EndCol + 1 : -1);

    // ---------------- constants and names ----------------

    private static object ConstKey(object? v) => v switch
    {
        null => "N",
        bool b => b ? "T" : "F",
        long l => "i" + l,
        BigInteger bi => "i" + bi,
        double d => "f" + BitConverter.DoubleToInt64Bits(d),
        string s => "s" + s,
        byte[] bs => "b" + Convert.ToHexString(bs),
        EllipsisConst => "E",
        ConstTuple t => "t(" + string.Join(",", t.Items.Select(x => ConstKey(x) is string k ? k.Length + ":" + k : "#" + x!.GetHashCode())) + ")",
        _ => v,
    };

    private int ConstIndex(object? v)
    {
        var key = ConstKey(v);
        if (_u.ConstIndex.TryGetValue(key, out int i)) return i;
        i = _u.Consts.Count;
        _u.Consts.Add(v);
        _u.ConstIndex[key] = i;
        return i;
    }

    private void LoadConst(object? v) => Emit(Opcode.LOAD_CONST, ConstIndex(v));

    private int NameIndex(string name)
    {
        if (_u.NameIndices.TryGetValue(name, out int i)) return i;
        _u.NameIndices[name] = _u.Names.Count;
        _u.Names.Add(name);
        return _u.Names.Count - 1;
    }

    private int VarIndex(string name)
    {
        if (_u.VarIndices.TryGetValue(name, out int i)) return i;
        _u.VarIndices[name] = _u.VarNames.Count;
        _u.VarNames.Add(name);
        return _u.VarNames.Count - 1;
    }

    private int DerefIndex(string name)
    {
        var s = _u.Scope;
        int i = s.CellVars.IndexOf(name);
        if (i >= 0) return i;
        i = s.FreeVars.IndexOf(name);
        if (i >= 0) return s.CellVars.Count + i;
        throw new InvalidOperationException($"internal compiler error: no cell for '{name}' in {_u.QualName}");
    }

    private string Mangle(string name) => SymbolTable.Mangle(_u.PrivateName, name);

    private void NameOp(string rawName, Ctx ctx)
    {
        string name = Mangle(rawName);
        var scope = _u.Scope;
        var kind = scope.GetScope(name);
        bool fn = scope.IsFunctionLike;
        switch (kind)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
            {
                int i = DerefIndex(name);
                Emit(ctx switch
                {
                    Ctx.Load => scope.Kind == ScopeKind.Class ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF,
                    Ctx.Store => Opcode.STORE_DEREF,
                    _ => Opcode.DELETE_DEREF,
                }, i);
                return;
            }
            case SymbolScope.Local when fn:
                Emit(ctx switch { Ctx.Load => Opcode.LOAD_FAST, Ctx.Store => Opcode.STORE_FAST, _ => Opcode.DELETE_FAST },
                    VarIndex(name));
                return;
            case SymbolScope.GlobalExplicit:
            case SymbolScope.GlobalImplicit when fn:
                Emit(ctx switch { Ctx.Load => Opcode.LOAD_GLOBAL, Ctx.Store => Opcode.STORE_GLOBAL, _ => Opcode.DELETE_GLOBAL },
                    NameIndex(name));
                return;
        }
        Emit(ctx switch { Ctx.Load => Opcode.LOAD_NAME, Ctx.Store => Opcode.STORE_NAME, _ => Opcode.DELETE_NAME },
            NameIndex(name));
    }

    private void StoreName(string name) => NameOp(name, Ctx.Store);

    // ---------------- functions, lambdas, classes ----------------

    private string QualNameFor(string name)
    {
        var u = _u;
        if (u.Scope.Kind == ScopeKind.Module) return name;
        // a name declared global in the enclosing function/class is qualified as top-level
        var mangled = Mangle(name);
        if (u.Scope.GetScope(mangled) == SymbolScope.GlobalExplicit) return name;
        if (u.Scope.IsFunctionLike) return u.QualName + ".<locals>." + name;
        return u.QualName + "." + name;
    }

    /// Pushes the closure tuple for a child scope (if any) and returns the MAKE_FUNCTION flag bit.
    private int MakeClosure(CodeObject co)
    {
        if (co.FreeVars.Length == 0) return 0;
        foreach (var fv in co.FreeVars)
            Emit(Opcode.LOAD_CLOSURE, DerefIndex(fv));
        Emit(Opcode.BUILD_TUPLE, co.FreeVars.Length);
        return 4;
    }

    private void MakeFunction(CodeObject co, int flags)
    {
        flags |= MakeClosure(co);
        LoadConst(co);
        Emit(Opcode.MAKE_FUNCTION, flags);
    }

    /// Pushes positional defaults (tuple) and keyword-only defaults (dict); returns flags.
    private int VisitDefaults(Arguments a)
    {
        int flags = 0;
        if (a.Defaults.Count > 0)
        {
            foreach (var d in a.Defaults) VisitExpr(d);
            Emit(Opcode.BUILD_TUPLE, a.Defaults.Count);
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < a.KwOnly.Count; i++)
        {
            var d = a.KwDefaults[i];
            if (d == null) continue;
            LoadConst(Mangle(a.KwOnly[i].Name));
            VisitExpr(d);
            nkw++;
        }
        if (nkw > 0)
        {
            Emit(Opcode.BUILD_MAP, nkw);
            flags |= 2;
        }
        return flags;
    }

    /// A module or class body with annotated assignments anywhere outside nested functions and
    /// classes starts by making its `__annotations__` dict (CPython's find_ann).
    private void SetupAnnotations(List<Stmt> body)
    {
        if (!HasAnnotations(body)) return;
        SetLoc(body[0]);
        Emit(Opcode.SETUP_ANNOTATIONS);
    }

    private static bool HasAnnotations(List<Stmt> body) => body.Any(s => s switch
    {
        AnnAssign => true,
        For f => HasAnnotations(f.Body) || HasAnnotations(f.OrElse),
        While w => HasAnnotations(w.Body) || HasAnnotations(w.OrElse),
        If i => HasAnnotations(i.Body) || HasAnnotations(i.OrElse),
        With w => HasAnnotations(w.Body),
        Try t => HasAnnotations(t.Body) || t.Handlers.Any(h => HasAnnotations(h.Body))
            || HasAnnotations(t.OrElse) || HasAnnotations(t.FinalBody),
        _ => false,
    });

    /// Pushes the annotations as one tuple of names and values, in CPython 3.11's order
    /// (parameters, positional-only ones, *args, keyword-only, **kwargs, return); returns the
    /// MAKE_FUNCTION flag bit, 0 when there are none.
    private int VisitAnnotations(Arguments a, Expr? returns)
    {
        int n = 0;
        void One(string name, Expr? annotation)
        {
            if (annotation == null) return;
            LoadConst(Mangle(name));
            VisitExpr(annotation);
            n++;
        }
        foreach (var p in a.Args) One(p.Name, p.Annotation);
        foreach (var p in a.PosOnly) One(p.Name, p.Annotation);
        if (a.VarArg != null) One(a.VarArg.Name, a.VarArg.Annotation);
        foreach (var p in a.KwOnly) One(p.Name, p.Annotation);
        if (a.KwArg != null) One(a.KwArg.Name, a.KwArg.Annotation);
        One("return", returns);
        if (n == 0) return 0;
        Emit(Opcode.BUILD_TUPLE, 2 * n);
        return 8;
    }

    private CodeFlags ArgFlags(Arguments a)
        => (a.VarArg != null ? CodeFlags.VarArgs : 0) | (a.KwArg != null ? CodeFlags.VarKeywords : 0);

    private void CompileFunctionDef(FunctionDef f)
    {
        foreach (var d in f.Decorators) VisitExpr(d);
        int firstLine = f.Decorators.Count > 0 ? f.Decorators[0].Line : f.Line;
        int flags = VisitDefaults(f.Args) | VisitAnnotations(f.Args, f.Returns);
        var scope = _st.Of(f);
        EnterUnit(scope, f.Name, QualNameFor(f.Name), firstLine, _u.PrivateName);
        _u.B.Loc = PosOf(f);
        string? doc = GetDocString(f.Body);
        var body = doc != null ? f.Body.Skip(1).ToList() : f.Body;
        VisitBody(body);
        // the implicit `return None` (also the target of jumps that end the body)
        SetLoc(body.Count > 0 ? body[^1] : f);
        LoadConst(null);
        Emit(Opcode.RETURN_VALUE);
        var a = f.Args;
        var co = LeaveUnit(ArgFlags(a), doc, a.PosOnly.Count + a.Args.Count, a.PosOnly.Count, a.KwOnly.Count);
        SetLoc(f);
        MakeFunction(co, flags);
        for (int i = 0; i < f.Decorators.Count; i++) Emit(Opcode.CALL, 1);
        StoreName(f.Name);
    }

    private void CompileLambda(Lambda l)
    {
        int flags = VisitDefaults(l.Args);
        var scope = _st.Of(l);
        EnterUnit(scope, "<lambda>", QualNameFor("<lambda>"), l.Line, _u.PrivateName);
        _u.B.Loc = PosOf(l.Body);
        VisitExpr(l.Body);
        if (!scope.IsGenerator) Emit(Opcode.RETURN_VALUE);
        else { Emit(Opcode.POP_TOP); LoadConst(null); Emit(Opcode.RETURN_VALUE); }
        var a = l.Args;
        var co = LeaveUnit(ArgFlags(a), null, a.PosOnly.Count + a.Args.Count, a.PosOnly.Count, a.KwOnly.Count);
        MakeFunction(co, flags);
    }

    private void CompileClassDef(ClassDef c)
    {
        foreach (var d in c.Decorators) VisitExpr(d);
        int firstLine = c.Decorators.Count > 0 ? c.Decorators[0].Line : c.Line;
        var scope = _st.Of(c);
        SetLoc(c);
        Emit(Opcode.LOAD_BUILD_CLASS);
        EnterUnit(scope, c.Name, QualNameFor(c.Name), firstLine, c.Name);
        _u.B.Loc = PosOf(c);
        NameOp("__name__", Ctx.Load);
        StoreName("__module__");
        LoadConst(_u.QualName);
        StoreName("__qualname__");
        string? doc = GetDocString(c.Body);
        var body = c.Body;
        if (doc != null)
        {
            SetLoc(body[0]);
            LoadConst(doc);
            StoreName("__doc__");
            body = body.Skip(1).ToList();
        }
        SetupAnnotations(body);
        VisitBody(body);
        if (body.Count > 0) SetLoc(body[^1]);
        if (scope.NeedsClassCell)
            Emit(Opcode.LOAD_CLOSURE, 0); // CellVars[0] is __class__
        else
            LoadConst(null);
        Emit(Opcode.RETURN_VALUE);
        var co = LeaveUnit(CodeFlags.None, doc, 0, 0, 0);
        SetLoc(c);
        MakeFunction(co, 0);
        LoadConst(c.Name);
        CallHelper(2, c.Bases, c.Keywords, c);
        for (int i = 0; i < c.Decorators.Count; i++) Emit(Opcode.CALL, 1);
        StoreName(c.Name);
    }

    private void CompileComprehension(Comp c)
    {
        var scope = _st.Of(c);
        string name = scope.Name;
        EnterUnit(scope, name, QualNameFor(name), c.Line, _u.PrivateName);
        _u.B.Loc = PosOf(c);
        if (c.Kind != CompKind.Generator)
            Emit(c.Kind switch { CompKind.List => Opcode.BUILD_LIST, CompKind.Set => Opcode.BUILD_SET, _ => Opcode.BUILD_MAP }, 0);
        CompGenerator(c, 0, 0);
        if (c.Kind == CompKind.Generator) LoadConst(null);
        Emit(Opcode.RETURN_VALUE);
        var co = LeaveUnit(CodeFlags.None, null, 1, 0, 0);
        MakeFunction(co, 0);
        VisitExpr(c.Generators[0].Iter);
        Emit(Opcode.GET_ITER);
        Emit(Opcode.CALL, 1);
    }

    private void CompGenerator(Comp c, int index, int depth)
    {
        var g = c.Generators[index];
        var start = NewLabel();
        var ifCleanup = NewLabel();
        var anchor = NewLabel();
        if (index == 0) Emit(Opcode.LOAD_FAST, 0);
        else
        {
            VisitExpr(g.Iter);
            Emit(Opcode.GET_ITER);
        }
        depth++;
        Mark(start);
        var old = SetLoc(g);
        Jump(Opcode.FOR_ITER, anchor);
        RestoreLoc(old);
        StoreTarget(g.Target);
        foreach (var cond in g.Ifs) JumpIf(cond, ifCleanup, false);
        if (index + 1 < c.Generators.Count) CompGenerator(c, index + 1, depth);
        else
        {
            var o2 = SetLoc(c.Elt);
            switch (c.Kind)
            {
                case CompKind.Generator:
                    VisitExpr(c.Elt);
                    Emit(Opcode.YIELD_VALUE);
                    Emit(Opcode.POP_TOP);
                    break;
                case CompKind.List:
                    VisitExpr(c.Elt);
                    Emit(Opcode.LIST_APPEND, depth + 1);
                    break;
                case CompKind.Set:
                    VisitExpr(c.Elt);
                    Emit(Opcode.SET_ADD, depth + 1);
                    break;
                case CompKind.Dict:
                    VisitExpr(c.Key!);
                    VisitExpr(c.Elt);
                    Emit(Opcode.MAP_ADD, depth + 1);
                    break;
            }
            RestoreLoc(o2);
        }
        Mark(ifCleanup);
        Jump(Opcode.JUMP_BACKWARD, start);
        Mark(anchor);
    }
}
