// Built-in functions implemented in C#. A NativeFn receives its positional arguments and,
// when the call has keywords, their values and names. The spans point into the calling
// frame's value stack, which the collector scans and updates: reading args[i] again after
// calling guest code is safe. A native is registered once at start-up in a global table;
// heap BuiltinFunction objects refer to it by index (Off.BuiltinId) and may carry a bound
// `self` (Off.BuiltinSelf) which is then passed as args[0].
using Stmvm.Gc;

namespace Stmvm.Vm;

public delegate Value NativeFn(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames);

public sealed class NativeInfo(int id, string name, string qualName, NativeFn fn, bool isMethod)
{
    public readonly int Id = id;
    public readonly string Name = name;
    /// "len", "list.append", "math.sqrt": used in error messages.
    public readonly string QualName = qualName;
    public readonly NativeFn Fn = fn;
    /// A method of a built-in type: args[0] is self (bound or passed explicitly).
    public readonly bool IsMethod = isMethod;
}

public static class Natives
{
    // A plain array (grown by copying, under the lock) rather than a List: InfoOf runs on
    // every call of a built-in function, and readers need no lock (an id is only handed out
    // after its entry is in the array they can see).
    private static NativeInfo[] _table = new NativeInfo[1024];
    private static int _count;
    private static readonly object _lock = new();

    public static NativeInfo Get(int id) => _table[id];

    public static NativeInfo Register(string name, string qualName, NativeFn fn, bool isMethod)
    {
        lock (_lock)
        {
            var info = new NativeInfo(_count, name, qualName, fn, isMethod);
            if (_count == _table.Length)
            {
                var bigger = new NativeInfo[_count * 2];
                _table.CopyTo(bigger, 0);
                _table = bigger;
            }
            _table[_count++] = info;
            return info;
        }
    }

    /// A heap BuiltinFunction for `info` (old space: referenced from type and module dicts
    /// created at start-up).
    public static Value NewFunction(NativeInfo info, Value self = default)
    {
        long obj = Collector.AllocateOld((uint)TypeId.BuiltinFunction, 24);
        Mem.Store(obj, Off.BuiltinId, info.Id);
        Mem.StoreValue(obj, Off.BuiltinSelf, self);
        return Value.FromRef(obj);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static NativeInfo InfoOf(Value builtinFunction) => _table[(int)Mem.Load(builtinFunction.Ref, Off.BuiltinId)];

    /// Defines a method `name` of a built-in type: stored in the type's dict.
    public static void DefineMethod(PyType type, string name, NativeFn fn)
    {
        var info = Register(name, $"{type.Name}.{name}", fn, isMethod: true);
        TypeObjects.SetTypeAttr(type, name, NewFunction(info));
    }

    /// Defines a function `name` in a module's namespace dict.
    public static void DefineFunction(Value moduleDict, string moduleName, string name, NativeFn fn)
    {
        var info = Register(name, moduleName == "builtins" ? name : $"{moduleName}.{name}", fn, isMethod: false);
        Dicts.SetStr(moduleDict, name, NewFunction(info));
    }
}

/// Argument checking helpers for natives, with CPython's messages.
public static class Args
{
    public static void NoKeywords(string fname, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{fname}() takes no keyword arguments");
    }

    /// Exactly n positional arguments, no keywords.
    public static void Exactly(string fname, ReadOnlySpan<Value> args, string[]? kwNames, int n)
    {
        NoKeywords(fname, kwNames);
        if (args.Length != n)
            throw Errors.TypeError(n == 1
                ? $"{fname}() takes exactly one argument ({args.Length} given)"
                : $"{fname} expected {n} arguments, got {args.Length}");
    }

    /// Between min and max positional arguments, no keywords.
    public static void Range(string fname, ReadOnlySpan<Value> args, string[]? kwNames, int min, int max)
    {
        NoKeywords(fname, kwNames);
        if (args.Length < min) throw Errors.TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        if (args.Length > max) throw Errors.TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
    }

    /// The value of keyword `name`, or Null when absent.
    public static Value Keyword(ReadOnlySpan<Value> kwValues, string[]? kwNames, string name)
    {
        if (kwNames == null) return Value.Null;
        for (int i = 0; i < kwNames.Length; i++) if (kwNames[i] == name) return kwValues[i];
        return Value.Null;
    }

    /// TypeError for a keyword not in `allowed`.
    public static void OnlyKeywords(string fname, string[]? kwNames, params string[] allowed)
    {
        if (kwNames == null) return;
        foreach (var n in kwNames)
            if (Array.IndexOf(allowed, n) < 0)
                throw Errors.TypeError($"'{n}' is an invalid keyword argument for {fname}()");
    }
}
