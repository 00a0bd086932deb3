// Symbol-table analysis (CPython's symtable.c): one Scope per module, class, function,
// lambda and comprehension; every name classified as local, global (explicit/implicit),
// free or cell. Class scopes are invisible to the functions nested in them. A function
// nested in a class that uses `super` or `__class__` gets `__class__` as a free variable;
// the class body then has the implicit cell `__class__` (Scope.NeedsClassCell): the
// compiled class body returns that cell and __build_class__ stores the new class into it.
namespace Stmvm.Lang;

public enum ScopeKind { Module, Class, Function, Lambda, Comprehension }

public enum SymbolScope { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell }

[Flags]
public enum SymFlags
{
    None = 0, Local = 1, Param = 2, Use = 4, Global = 8, Nonlocal = 16, Import = 32, Annotated = 64,
    /// A class binds a name that is also free in a nested function (passes through to the closure).
    FreeClass = 128,
    /// The iteration variable of a comprehension.
    CompIter = 256,
    Bound = Local | Param | Import,
}

public sealed class Scope
{
    public ScopeKind Kind;
    public string Name = "";
    public Node? Node;
    public Scope? Parent;
    public readonly List<Scope> Children = new();
    public readonly Dictionary<string, SymFlags> Symbols = new();
    public readonly List<string> SymbolOrder = new();
    public readonly Dictionary<string, SymbolScope> Resolved = new();
    public readonly List<string> Params = new();
    public bool IsGenerator;
    /// Class scopes: a method uses super()/__class__, so `__class__` is a cell of the class body.
    public bool NeedsClassCell;
    /// Function scopes: uses super()/__class__ (has `__class__` free).
    public bool UsesClassCell;
    public List<string> CellVars = new();
    public List<string> FreeVars = new();
    /// The class name used for private-name mangling inside this scope, or null.
    public string? PrivateName;

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public SymbolScope GetScope(string name) => Resolved.TryGetValue(name, out var s) ? s : SymbolScope.Unknown;

    public SymFlags Flags(string name) => Symbols.TryGetValue(name, out var f) ? f : SymFlags.None;

    internal void Add(string name, SymFlags f)
    {
        if (Symbols.TryGetValue(name, out var old)) Symbols[name] = old | f;
        else { Symbols[name] = f; SymbolOrder.Add(name); }
    }

    public override string ToString() => $"{Kind} {Name}";
}

public sealed class SymbolTable
{
    public readonly Dictionary<Node, Scope> Scopes = new(ReferenceEqualityComparer.Instance);
    public Scope Module = null!;

    public Scope Of(Node n) => Scopes[n];

    public static SymbolTable Build(ModuleNode module, string fileName, string[] lines)
    {
        var b = new ScopeBuilder(fileName, lines);
        var st = b.Build(module);
        ScopeAnalyzer.Analyze(st.Module, b);
        return st;
    }

    /// CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x`.
    public static string Mangle(string? privateName, string name)
    {
        if (privateName == null || !name.StartsWith("__") || name.EndsWith("__") || name.Contains('.')) return name;
        string cls = privateName.TrimStart('_');
        if (cls.Length == 0) return name;
        return "_" + cls + name;
    }
}

/// Pass 2: classify every name (CPython's analyze_block).
internal static class ScopeAnalyzer
{
    public static void Analyze(Scope module, ScopeBuilder b)
    {
        var free = new HashSet<string>();
        AnalyzeBlock(module, null, free, new HashSet<string>(), b);
    }

    private static void AnalyzeBlock(Scope s, HashSet<string>? bound, HashSet<string> free, HashSet<string> global, ScopeBuilder b)
    {
        var local = new HashSet<string>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        if (s.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound != null) newBound.UnionWith(bound);
        }
        foreach (var name in s.SymbolOrder)
            AnalyzeName(s, name, s.Symbols[name], bound, local, free, global, b);
        if (s.Kind != ScopeKind.Class)
        {
            if (s.IsFunctionLike) newBound.UnionWith(local);
            if (bound != null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else newBound.Add("__class__");
        var allFree = new HashSet<string>();
        foreach (var child in s.Children)
        {
            var cf = new HashSet<string>();
            AnalyzeBlock(child, new HashSet<string>(newBound), cf, new HashSet<string>(newGlobal), b);
            allFree.UnionWith(cf);
        }
        newFree.UnionWith(allFree);
        if (s.IsFunctionLike)
        {
            foreach (var name in local)
            {
                if (newFree.Remove(name)) s.Resolved[name] = SymbolScope.Cell;
            }
        }
        else if (s.Kind == ScopeKind.Class)
        {
            if (newFree.Remove("__class__")) s.NeedsClassCell = true;
        }
        // update symbols: free names passing through this scope
        foreach (var name in newFree)
        {
            if (s.Symbols.TryGetValue(name, out var f))
            {
                if (s.Kind == ScopeKind.Class && ((f & SymFlags.Bound) != 0 || (f & SymFlags.Global) != 0))
                    s.Symbols[name] = f | SymFlags.FreeClass;
                continue;
            }
            if (bound == null || !bound.Contains(name)) continue;
            s.Add(name, SymFlags.None);
            s.Resolved[name] = SymbolScope.Free;
        }
        free.UnionWith(newFree);
        // ordered cell and free variable lists
        s.CellVars = s.Resolved.Where(kv => kv.Value == SymbolScope.Cell).Select(kv => kv.Key).OrderBy(x => x, StringComparer.Ordinal).ToList();
        if (s.NeedsClassCell) s.CellVars.Insert(0, "__class__");
        s.FreeVars = s.Symbols.Where(kv => s.Resolved.GetValueOrDefault(kv.Key) == SymbolScope.Free || (kv.Value & SymFlags.FreeClass) != 0)
            .Select(kv => kv.Key).OrderBy(x => x, StringComparer.Ordinal).ToList();
    }

    private static void AnalyzeName(Scope s, string name, SymFlags flags, HashSet<string>? bound, HashSet<string> local,
        HashSet<string> free, HashSet<string> global, ScopeBuilder b)
    {
        if ((flags & SymFlags.Global) != 0)
        {
            if ((flags & SymFlags.Nonlocal) != 0) throw b.Error($"name '{name}' is nonlocal and global", s, name);
            s.Resolved[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymFlags.Nonlocal) != 0)
        {
            if (bound == null || !bound.Contains(name)) throw b.Error($"no binding for nonlocal '{name}' found", s, name);
            s.Resolved[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }
        if ((flags & SymFlags.Bound) != 0)
        {
            s.Resolved[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound != null && bound.Contains(name))
        {
            s.Resolved[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }
        s.Resolved[name] = SymbolScope.GlobalImplicit;
    }
}
