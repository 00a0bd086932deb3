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
    {
        var ts = ThreadState.Current;
        Value[] w = ts.AllocWindow(args.Length + 1, out int chunk, out int start);
        try
        {
            w[start] = first;
            args.CopyTo(w.AsSpan(start + 1));
            Value r = RunGuest(ts, func, w.AsSpan(start, args.Length + 1), kwValues, kwNames);
            first = w[start];
            return r;
        }
        finally
        {
            ts.FreeWindow(chunk, start);
        }
    }

    /// func(a, b) for a guest Function; a and b are updated after the call.
    internal static Value CallGuest2(Value func, ref Value a, ref Value b)
    {
        var ts = ThreadState.Current;
        Value[] w = ts.AllocWindow(2, out int chunk, out int start);
        try
        {
            w[start] = a;
            w[start + 1] = b;
            Value r = RunGuest(ts, func, w.AsSpan(start, 2), default, null);
            a = w[start];
            b = w[start + 1];
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
