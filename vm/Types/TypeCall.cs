// Calling a class (type.__call__): an exact built-in type runs its Constructor; any other
// class runs __new__ (object.__new__ allocates an instance of the class's layout) and
// then, when the result is an instance of the class, __init__, with CPython's argument
// checks between object.__new__ and object.__init__. The common case (a class of the
// Instance layout whose __new__ is object's and whose __init__ is a guest function or
// object's) is planned once per class version (InitPlan): no MRO lookups, the instance
// allocated here and __init__ run through the interpreter's plain call, or inline in the
// interpreter's loop when CALL calls the class (Interpreter.InlinableInit).
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class TypeObjects
{
    /// t(*args, **kwargs). Used by Ops.Call for classes.
    public static Value CallType(PyType t, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (t.Constructor != null && t.IsBuiltin) return t.Constructor(args, kwValues, kwNames);
        if (PlanOf(t) is { } plan) return Instantiate(t, plan, args, kwValues, kwNames);
        if ((t.Flags & TypeFlags.Instantiable) == 0) throw Errors.TypeError($"cannot create '{t.Name}' instances");
        Value newFn = LookupInMro(t, "__new__");
        bool excess = args.Length > 0 || kwNames is { Length: > 0 };
        Value obj;
        if (newFn == ObjectMethods.New)
        {
            if (excess && IsObjectInit(t)) throw TakesNoArguments(t);
            obj = Allocate(t);
        }
        else if (IsBuiltinContainerNew(t, newFn)) obj = Allocate(t);
        else obj = CallNew(newFn, t, args, kwValues, kwNames);
        if (!Ops.TypeOf(obj).IsSubtypeOf(t)) return obj;
        return RunInit(obj, args, kwValues, kwNames);
    }

    /// How to instantiate a class at one version: Usable when its __new__ is object.__new__
    /// and its layout is Instance; then Init is its __init__, a guest function (old), or
    /// Null for object.__init__. An unusable plan sends the class down the general path.
    private sealed class InitPlan(long version, bool usable, Value init)
    {
        public readonly long Version = version;
        public readonly bool Usable = usable;
        public readonly Value Init = init;
    }

    private static readonly PerTypeCache<InitPlan> _plans = new();

    /// The class's plan at its current version (made on a miss), or null for the general path.
    private static InitPlan? PlanOf(PyType t)
    {
        long version = VersionOf(t);
        var plan = _plans.Get(t);
        if (plan == null || plan.Version != version) plan = MakePlan(t, version);
        return plan is { Usable: true } ? plan : null;
    }

    private static InitPlan? MakePlan(PyType t, long version)
    {
        InitPlan plan;
        Value init = Value.Null;
        if (t.IsBuiltin || (t.Flags & TypeFlags.Instantiable) == 0 || t.InstanceLayout != TypeId.Instance
            || LookupInMro(t, "__new__") != ObjectMethods.New)
            plan = new InitPlan(version, false, Value.Null);
        else if ((init = LookupInMro(t, "__init__")) == ObjectMethods.Init)
            plan = new InitPlan(version, true, Value.Null);
        else if (!init.IsNull && Ops.Is(init, TypeId.Function))
        {
            // A young __init__ is planned after the minor collection Keepable asks for.
            if (!Interpreter.Keepable(init)) return null;
            plan = new InitPlan(version, true, init);
        }
        else plan = new InitPlan(version, false, Value.Null);
        _plans.Set(t, plan);
        return plan;
    }

    /// Whether calling t is object.__new__ then the guest function `init` (old), which the
    /// interpreter may then run inline on a new instance (TypeObjects.Allocate).
    internal static bool GuestInitOf(PyType t, out Value init)
    {
        init = !t.IsBuiltin && PlanOf(t) is { } plan ? plan.Init : Value.Null;
        return !init.IsNull;
    }

    private static Value Instantiate(PyType t, InitPlan plan, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (plan.Init.IsNull)
        {
            if (args.Length > 0 || kwNames is { Length: > 0 }) throw TakesNoArguments(t);
            return Allocate(t);
        }
        Value obj = Allocate(t);
        Value result = Interpreter.CallGuestWithFirst(plan.Init, ref obj, args, kwValues, kwNames);
        if (!Py.IsNone(result)) throw InitReturnedNotNone(result);
        return obj;
    }

    private static PyException TakesNoArguments(PyType t) => Errors.TypeError($"{t.Name}() takes no arguments");

    internal static PyException InitReturnedNotNone(Value result)
        => Errors.TypeError($"__init__() should return None, not '{Ops.TypeName(result)}'");

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
            throw InitReturnedNotNone(result);
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
