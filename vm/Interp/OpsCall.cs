// OWNER: interpreter helper. Calling anything callable: guest functions (argument
// binding with defaults, keyword-only, *args, **kwargs and CPython's error messages),
// bound methods, built-in functions, classes (__new__ + __init__), objects with __call__.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Ops
{
    public static Value Call(Value callable, ReadOnlySpan<Value> args) => Call(callable, args, default, null);
    public static Value Call(Value callable, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => throw new NotImplementedException();
}
