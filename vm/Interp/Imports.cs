// `import`: IMPORT_NAME / IMPORT_FROM / IMPORT_STAR. A module is looked for in sys.modules,
// then among the native modules, then in the embedded library (vm/lib, resources
// "lib/x.py" or "lib/x/__init__.py"), then as x.py or x/__init__.py in each directory of
// sys.path. A module is entered in sys.modules before its code runs, so circular imports
// see the partially initialized module.
using System.Text;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class Imports
{
    /// [level, fromlist] -> the top package (fromlist None or empty) or the module itself.
    public static Value ImportName(Frame f, string name, Value level, Value fromlist)
    {
        long lvl = level.IsSmallInt ? level.SmallInt : 0;
        string fullName = lvl > 0 ? ResolveRelative(f.Globals, name, (int)lvl) : name;
        Value module = Import(fullName);
        bool hasFromList = !Py.IsNone(fromlist) && !fromlist.IsNull && Ops.Len(fromlist) > 0;
        if (!hasFromList)
        {
            if (lvl > 0 || !fullName.Contains('.')) return module;
            return Modules.Loaded(fullName[..fullName.IndexOf('.')]);
        }
        if (IsPackage(module)) ImportSubmodulesOf(fullName, fromlist);
        return Modules.Loaded(fullName) is { IsNull: false } m ? m : module;
    }

    private static void ImportSubmodulesOf(string package, Value fromlist)
    {
        using var scope = new RootScope();
        int h = scope.Add(fromlist);
        int n = (int)Ops.Len(fromlist);
        for (int i = 0; i < n; i++)
        {
            Value item = Ops.GetItem(scope[h], Value.FromSmallInt(i));
            if (!Strs.IsStr(item)) continue;
            string sub = Strs.ToNet(item);
            if (sub == "*" || !Dicts.GetStr(Modules.DictOf(Modules.Loaded(package)), sub).IsNull) continue;
            try { Import($"{package}.{sub}"); }
            catch (PyException e) when (e.Type == BuiltinTypes.ModuleNotFoundError) { }
        }
    }

    private static string ResolveRelative(Value globals, string name, int level)
    {
        Value pkg = Dicts.GetStr(globals, "__package__");
        string package = TextOf(pkg) ?? "";
        if (package == "")
        {
            Value modName = Dicts.GetStr(globals, "__name__");
            bool isPackage = !Dicts.GetStr(globals, "__path__").IsNull;
            string mod = TextOf(modName) ?? "";
            package = isPackage ? mod : (mod.Contains('.') ? mod[..mod.LastIndexOf('.')] : "");
        }
        if (package == "") throw Errors.ImportError("attempted relative import with no known parent package");
        string[] parts = package.Split('.');
        if (level - 1 >= parts.Length) throw Errors.ImportError("attempted relative import beyond top-level package");
        string base_ = string.Join('.', parts[..^(level - 1)]);
        return name == "" ? base_ : $"{base_}.{name}";
    }

    /// The .NET string of a str value; null for Null or a non-str.
    private static string? TextOf(Value v) => !v.IsNull && Strs.IsStr(v) ? Strs.ToNet(v) : null;

    /// Imports fullName (and its parent packages first); the module from sys.modules.
    public static Value Import(string fullName)
    {
        Value m = Modules.Loaded(fullName);
        if (!m.IsNull) return m;
        int dot = fullName.LastIndexOf('.');
        List<string> dirs;
        if (dot < 0) dirs = SearchDirs();
        else
        {
            Value parent = Import(fullName[..dot]);
            m = Modules.Loaded(fullName);
            if (!m.IsNull) return m;
            dirs = PackageDirs(parent);
            if (dirs.Count == 0) throw NotFound(fullName, $"; '{fullName[..dot]}' is not a package");
        }
        m = Load(fullName, dirs);
        if (dot >= 0) Dicts.SetStr(Modules.DictOf(Modules.Loaded(fullName[..dot])), fullName[(dot + 1)..], m);
        return m;
    }

    private static PyException NotFound(string name, string detail = "")
    {
        var e = Errors.ModuleNotFoundError($"No module named '{name}'{detail}");
        Value nameStr = Strs.New(name);
        Ops.SetAttr(e.Exc, "name", nameStr);
        return e;
    }

    private static Value Load(string fullName, List<string> dirs)
    {
        if (Modules.TryGetNative(fullName, out Value native))
        {
            Dicts.SetStr(Modules.SysModules, fullName, native);
            return native;
        }
        string resource = "lib/" + fullName.Replace('.', '/');
        if (ReadResource(resource + ".py") is { } src) return Execute(fullName, src, resource + ".py", null);
        if (ReadResource(resource + "/__init__.py") is { } pkgSrc) return Execute(fullName, pkgSrc, resource + "/__init__.py", resource);
        string leaf = fullName[(fullName.LastIndexOf('.') + 1)..];
        foreach (var dir in dirs)
        {
            string file = Path.Combine(dir, leaf + ".py");
            if (File.Exists(file)) return Execute(fullName, File.ReadAllBytes(file), file, null);
            string init = Path.Combine(dir, leaf, "__init__.py");
            if (File.Exists(init)) return Execute(fullName, File.ReadAllBytes(init), init, Path.Combine(dir, leaf));
        }
        throw NotFound(fullName);
    }

    public static byte[]? ReadResource(string name)
    {
        using var stream = typeof(Imports).Assembly.GetManifestResourceStream(name);
        if (stream == null) return null;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    /// Compiles and runs a module's source; packageDir is set for packages (__path__).
    private static Value Execute(string fullName, byte[] source, string file, string? packageDir)
    {
        CodeObject compiled;
        try { compiled = Compiler.CompileModule(source, file); }
        catch (SyntaxErrorException e) { throw Runner.ToGuestSyntaxError(e); }
        CodeInfo code = CodeObjects.Load(compiled);
        Value module = Modules.New(fullName);
        Value dict = Modules.DictOf(module);
        Dicts.SetStr(dict, "__file__", Strs.NewOld(file));
        int dot = fullName.LastIndexOf('.');
        Dicts.SetStr(dict, "__package__", Strs.NewOld(packageDir != null ? fullName : dot < 0 ? "" : fullName[..dot]));
        if (packageDir != null) Dicts.SetStr(dict, "__path__", Lists.FromSpan([Strs.New(packageDir)]));
        Dicts.SetStr(Modules.SysModules, fullName, module);
        try
        {
            Interpreter.RunModule(code, dict);
        }
        catch (PyException)
        {
            Dicts.DeleteStr(Modules.SysModules, fullName);
            throw;
        }
        Value loaded = Modules.Loaded(fullName);
        return loaded.IsNull ? module : loaded;
    }

    /// The directories of sys.path ('' is the current directory).
    private static List<string> SearchDirs()
    {
        var dirs = new List<string>();
        Value sys = Modules.Loaded("sys");
        if (sys.IsNull && Modules.TryGetNative("sys", out var native)) sys = native;
        Value path = sys.IsNull ? Value.Null : Dicts.GetStr(Modules.DictOf(sys), "path");
        if (path.IsNull || !Ops.Is(path, TypeId.List)) return new List<string>(Modules.SearchPath);
        foreach (var p in Lists.Items(path))
            if (Strs.IsStr(p)) dirs.Add(Strs.ToNet(p) is "" ? "." : Strs.ToNet(p));
        return dirs;
    }

    private static bool IsPackage(Value module)
        => Ops.Is(module, TypeId.Module) && !Dicts.GetStr(Modules.DictOf(module), "__path__").IsNull;

    private static List<string> PackageDirs(Value package)
    {
        var dirs = new List<string>();
        if (!Ops.Is(package, TypeId.Module)) return dirs;
        Value path = Dicts.GetStr(Modules.DictOf(package), "__path__");
        if (!path.IsNull && Ops.Is(path, TypeId.List))
            foreach (var p in Lists.Items(path))
                if (Strs.IsStr(p)) dirs.Add(Strs.ToNet(p));
        return dirs;
    }

    /// [module] -> [module, module.name]
    public static Value ImportFrom(Value module, string name)
    {
        Value v = Ops.GetAttrOrNull(module, name);
        if (!v.IsNull) return v;
        if (Ops.Is(module, TypeId.Module))
        {
            string modName = Modules.NameOf(module);
            if (IsPackage(module))
            {
                try { return Import($"{modName}.{name}"); }
                catch (PyException e) when (e.Type == BuiltinTypes.ModuleNotFoundError) { }
            }
            Value file = Dicts.GetStr(Modules.DictOf(module), "__file__");
            string where = TextOf(file) ?? "unknown location";
            throw Errors.ImportError($"cannot import name '{name}' from '{modName}' ({where})");
        }
        throw Errors.ImportError($"cannot import name '{name}'");
    }

    /// from module import *: the names in __all__, or every public name.
    public static void ImportStar(Value module, Value ns)
    {
        using var scope = new RootScope();
        int hm = scope.Add(module), hn = scope.Add(ns);
        Value all = Ops.GetAttrOrNull(module, "__all__");
        if (!all.IsNull)
        {
            int ha = scope.Add(all);
            int n = (int)Ops.Len(all);
            for (int i = 0; i < n; i++)
            {
                Value name = Ops.GetItem(scope[ha], Value.FromSmallInt(i));
                Dicts.Set(scope[hn], name, Ops.GetAttr(scope[hm], Strs.ToNet(name)));
            }
            return;
        }
        if (!Ops.Is(module, TypeId.Module)) throw Errors.ImportError("from-import-* object has no __dict__ and no __all__");
        Value dict = Modules.DictOf(module);
        int pos = 0;
        while (Dicts.Next(dict, ref pos, out Value k, out Value v))
            if (Strs.IsStr(k) && !Strs.ToNet(k).StartsWith('_')) Dicts.Set(scope[hn], k, v);
    }
}
