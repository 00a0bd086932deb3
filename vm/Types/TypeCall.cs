// Calling a class (type.__call__): an exact built-in type runs its Constructor; any other
// class runs __new__ (object.__new__ allocates an instance of the class's layout) and
// then, when the result is an instance of the class, __init__, with CPython's argument
// checks between object.__new__ and object.__init__.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class TypeObjects
{
    /// t(*args, **kwargs). Used by Ops.Call for classes.
    public static Value CallType(PyType t, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (t.Constructor != null && t.IsBuiltin) return t.Constructor(args, kwValues, kwNames);
        if ((t.Flags & TypeFlags.Instantiable) == 0) throw Errors.TypeError($"cannot create '{t.Name}' instances");
        Value newFn = LookupInMro(t, "__new__");
        bool excess = args.Length > 0 || kwNames is { Length: > 0 };
        Value obj;
        if (newFn == ObjectMethods.New)
        {
            if (excess && IsObjectInit(t)) throw Errors.TypeError($"{t.Name}() takes no arguments");
            obj = Allocate(t);
        }
        else if (IsBuiltinContainerNew(t, newFn)) obj = Allocate(t);
        else obj = CallNew(newFn, t, args, kwValues, kwNames);
        if (!Ops.TypeOf(obj).IsSubtypeOf(t)) return obj;
        return RunInit(obj, args, kwValues, kwNames);
    }

    private static bool IsObjectInit(PyType t) => LookupInMro(t, "__init__") == ObjectMethods.Init;

    /// A subclass of list/dict/set/frozenset whose __new__ is the built-in one: allocate
    /// here (with the class word set); the base's __init__ fills the instance.
    private static bool IsBuiltinContainerNew(PyType t, Value newFn) =>
        !newFn.IsNull && Ops.Is(newFn, TypeId.BuiltinFunction)
        && t.InstanceLayout is TypeId.List or TypeId.Dict or TypeId.Set or TypeId.FrozenSet;

    private static Value CallNew(Value newFn, PyType t, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (newFn.IsNull) throw Errors.TypeError($"cannot create '{t.Name}' instances");
        if (Ops.Is(newFn, TypeId.StaticMethod)) newFn = Descriptors.Wrapped(newFn);
        return Descriptors.CallWithFirst(newFn, t.Ref, args, kwValues, kwNames);
    }

    private static Value RunInit(Value obj, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var type = Ops.TypeOf(obj);
        Value init = LookupInMro(type, "__init__");
        // object.__init__ with arguments is fine here: __new__ is overridden (CallType checked).
        if (init == ObjectMethods.Init) return obj;
        using var scope = new RootScope();
        int h = scope.Add(obj);
        Value result = Descriptors.CallUnbound(init, obj, args, kwValues, kwNames);
        if (!Py.IsNone(result))
            throw Errors.TypeError($"__init__() should return None, not '{Ops.TypeName(result)}'");
        return scope[h];
    }

    private static PyType BuiltinBaseOf(PyType t) => t.Mro.First(b => b.IsBuiltin);

    /// A new, empty instance of t: its built-in base's layout with the class word set
    /// (object.__new__ and the __new__ of list/dict/set/exception bases).
    public static Value Allocate(PyType t)
    {
        Value obj = t.InstanceLayout switch
        {
            TypeId.Instance => Value.FromRef(Collector.Allocate((uint)TypeId.Instance, Off.InstanceSlots + 8 * Off.InstanceInlineSlots)),
            TypeId.List => Lists.New(),
            TypeId.Dict => Dicts.New(),
            TypeId.Set => Sets.New(),
            TypeId.FrozenSet => Sets.NewFrozen([]),
            TypeId.Exception => ExceptionObjects.Allocate(t, Tuples.Empty),
            _ => throw Errors.TypeError($"object.__new__({t.Name}) is not safe, use {BuiltinBaseOf(t).Name}.__new__()"),
        };
        Mem.StoreValue(obj.Ref, Off.Class, t.Ref);
        return obj;
    }
}
