// Module objects (a name and a namespace dict, both in old space: modules are referenced
// from VM structures), the table of loaded modules (sys.modules, a heap dict) and the
// table of native modules that `import` finds before looking for files.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Modules
{
    private static Value _sysModules;
    private static readonly Dictionary<string, Value> _natives = new();

    /// Directories searched by `import` after the embedded library (sys.path; [0] is the main
    /// script's directory). The sys module builds sys.path from this list.
    public static readonly List<string> SearchPath = new();

    /// sys.modules: name -> module (old dict, a global root).
    public static Value SysModules
    {
        get
        {
            if (_sysModules.IsNull)
            {
                _sysModules = Dicts.NewOld();
                Heap.Instance.GlobalRoots.Add(_sysModules);
            }
            return _sysModules;
        }
    }

    /// A new module object named `name` with an empty namespace (old space, a global root).
    public static Value New(string name)
    {
        Value dict = Dicts.NewOld();
        long obj = Collector.AllocateOld((uint)TypeId.Module, 24);
        Value nameStr = Strs.Intern(name);
        Mem.StoreValue(obj, Off.ModuleDict, dict);
        Mem.StoreValue(obj, Off.ModuleName, nameStr);
        var module = Value.FromRef(obj);
        Heap.Instance.GlobalRoots.Add(module);
        Dicts.SetStr(dict, "__name__", nameStr);
        Dicts.SetStr(dict, "__doc__", Py.None);
        return module;
    }

    public static Value DictOf(Value module)
    {
        Barrier.Read(module.Ref);
        return Mem.LoadValue(module.Ref, Off.ModuleDict);
    }

    public static string NameOf(Value module)
    {
        Barrier.Read(module.Ref);
        return Strs.ToNet(Mem.LoadValue(module.Ref, Off.ModuleName));
    }

    /// Makes a native module importable by name (called from [Setup(SetupPhase.Modules)] methods).
    public static void RegisterNative(string name, Value module)
    {
        lock (_natives) _natives[name] = module;
    }

    public static bool TryGetNative(string name, out Value module)
    {
        lock (_natives) return _natives.TryGetValue(name, out module);
    }

    /// The module in sys.modules under `name`, or Null.
    public static Value Loaded(string name) => Dicts.GetStr(SysModules, name);

    /// The builtins module's namespace (Null until the builtins module is registered).
    public static Value BuiltinsDict
    {
        get
        {
            if (_builtinsDict.IsNull && TryGetNative("builtins", out var b)) _builtinsDict = DictOf(b);
            return _builtinsDict;
        }
    }
    private static Value _builtinsDict;

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        if (!Ops.Is(args[0], TypeId.Module)) throw Errors.TypeError("descriptor '__repr__' requires a 'module' object");
        string name = NameOf(args[0]);
        Value file = Dicts.GetStr(DictOf(args[0]), "__file__");
        return Strs.New(file.IsNull || !Strs.IsStr(file)
            ? $"<module '{name}' (built-in)>"
            : $"<module '{name}' from '{Strs.ToNet(file)}'>");
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods() => Natives.DefineMethod(BuiltinTypes.Module, "__repr__", Repr);
}
