// Calls made by the object model's caches (instantiation, user binary dunders): a guest
// function with a receiver first, the arguments copied into a window of the thread's data
// stack so that the GC updates them across the call, then run through the interpreter's
// plain-call path (CallSimple: no argument binding) when the code allows it. The window's
// receiver and operand are read back afterwards, so callers get them as they are after
// any collection the call ran.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Interpreter
{
    /// func(first, *args, **kw) for a guest Function; `first` is updated after the call.
    internal static Value CallGuestWithFirst(Value func, ref Value first, ReadOnlySpan<Value> args,
        ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => CallGuestUpdating(func, new Span<Value>(ref first), args, kwValues, kwNames);

    /// func(a, b) for a guest Function; a and b are updated after the call.
    internal static Value CallGuest2(Value func, ref Value a, ref Value b)
    {
        Span<Value> ab = [a, b];
        Value r = CallGuestUpdating(func, ab, default, default, null);
        a = ab[0];
        b = ab[1];
        return r;
    }

    /// func(*updated, *rest, **kw), the arguments in a window of the data stack; `updated`
    /// is copied back from the window after the call.
    private static Value CallGuestUpdating(Value func, Span<Value> updated, ReadOnlySpan<Value> rest,
        ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var ts = ThreadState.Current;
        int n = updated.Length + rest.Length;
        Value[] w = ts.AllocWindow(n, out int chunk, out int start);
        try
        {
            updated.CopyTo(w.AsSpan(start));
            rest.CopyTo(w.AsSpan(start + updated.Length));
            Value r = RunGuest(ts, func, w.AsSpan(start, n), kwValues, kwNames);
            w.AsSpan(start, updated.Length).CopyTo(updated);
            return r;
        }
        finally
        {
            ts.FreeWindow(chunk, start);
        }
    }

    private static Value RunGuest(ThreadState ts, Value func, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        CodeInfo code = Functions.CodeOf(func);
        return code.SimpleArgCount == args.Length && kwNames == null
            ? CallSimple(ts, func, code, args)
            : CallFunction(ts, func, args, kwValues, kwNames);
    }
}
