// Registering methods of built-in types with CPython's argument checks and messages:
// the self check ("descriptor 'x' for 'list' objects doesn't apply to a 'int' object"),
// the positional count ("list.append() takes exactly one argument (0 given)") and the
// six rich-comparison dunders from one comparison function.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

/// A method body: self, then the positional arguments after it.
public delegate Value SelfMethod(Value self, ReadOnlySpan<Value> args);

/// A method body that also takes keyword arguments.
public delegate Value SelfMethodKw(Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames);

public static class BuiltinDunders
{
    private static readonly (string Name, CompareOp Op)[] CompareNames =
    [
        ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__eq__", CompareOp.Eq),
        ("__ne__", CompareOp.Ne), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge),
    ];

    /// A method taking exactly `count` positional arguments.
    public static void Method(PyType type, string name, int count, SelfMethod body)
        => MethodRange(type, name, count, count, body);

    /// A method taking between min and max positional arguments (no keywords).
    public static void MethodRange(PyType type, string name, int min, int max, SelfMethod body)
    {
        string qual = $"{type.Name}.{name}";
        Natives.DefineMethod(type, name, (args, _, kwNames) =>
        {
            // The usual call (a count in range, no keywords, self of the type) is checked
            // here without a call; anything else goes through the checks in CPython's order.
            int n = args.Length - 1;
            if (n >= min && n <= max && kwNames is not { Length: > 0 } && Ops.IsInstance(args[0], type))
                return body(args[0], args[1..]);
            Value self = CheckSelf(type, name, qual, args);
            if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{qual}() takes no keyword arguments");
            CheckCount(name, qual, n, min, max);
            return body(self, args[1..]);
        });
    }

    /// A method that checks its own arguments, keywords included.
    public static void MethodKw(PyType type, string name, SelfMethodKw body)
    {
        string qual = $"{type.Name}.{name}";
        Natives.DefineMethod(type, name, (args, kwValues, kwNames) =>
        {
            Value self = CheckSelf(type, name, qual, args);
            return body(self, args[1..], kwValues, kwNames);
        });
    }

    /// A classmethod (e.g. dict.fromkeys): the function receives the class as args[0].
    public static void ClassMethod(PyType type, string name, NativeFn fn)
    {
        Value function = Natives.NewFunction(Natives.Register(name, $"{type.Name}.{name}", fn, isMethod: false));
        long cm = Collector.AllocateOld((uint)TypeId.ClassMethod, 16);
        Mem.StoreValue(cm, Off.WrappedFunc, function);
        Heap.Instance.GlobalRoots.Add(function);
        Heap.Instance.GlobalRoots.Add(Value.FromRef(cm));
        TypeObjects.SetTypeAttr(type, name, Value.FromRef(cm));
    }

    /// __lt__ .. __ge__ from one function; `other` of another kind gives NotImplemented.
    public static void DefineCompare(PyType type, Func<Value, bool> sameKind, Func<Value, Value, CompareOp, Value> compare)
    {
        foreach (var (name, op) in CompareNames)
            Method(type, name, 1, (self, a) => sameKind(a[0]) ? compare(self, a[0], op) : Py.NotImplemented);
    }

    private static Value CheckSelf(PyType type, string name, string qual, ReadOnlySpan<Value> args)
    {
        if (args.Length == 0) throw Errors.TypeError($"unbound method {qual}() needs an argument");
        if (!Ops.IsInstance(args[0], type))
            throw Errors.TypeError($"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{Ops.TypeName(args[0])}' object");
        return args[0];
    }

    private static void CheckCount(string name, string qual, int n, int min, int max)
    {
        if (n >= min && n <= max) return;
        if (max == 0) throw Errors.TypeError($"{qual}() takes no arguments ({n} given)");
        if (min == 1 && max == 1) throw Errors.TypeError($"{qual}() takes exactly one argument ({n} given)");
        if (n < min) throw Errors.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw Errors.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }
}
