// Ops.Call: calling anything callable. Guest functions bind their arguments into a new
// frame (ArgBinding.cs) and run in the interpreter; bound methods and built-in functions
// with a bound self get self prepended in a temporary window of the data stack (no .NET
// allocation, scanned by the GC); classes go through the type-call protocol
// (TypeObjects.CallType); other objects through their type's __call__.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Ops
{
    public static Value Call(Value callable, ReadOnlySpan<Value> args) => Call(callable, args, default, null);

    public static Value Call(Value callable, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (callable.IsRef)
        {
            switch ((TypeId)Mem.TypeId(callable.Ref))
            {
                case TypeId.Function:
                    return Interpreter.CallFunction(ThreadState.Current, callable, args, kwValues, kwNames);
                case TypeId.BoundMethod:
                    return CallWithSelf(Methods.FuncOf(callable), Methods.SelfOf(callable), args, kwValues, kwNames);
                case TypeId.BuiltinFunction:
                {
                    Value self = Mem.LoadValue(callable.Ref, Off.BuiltinSelf);
                    var info = Natives.InfoOf(callable);
                    if (self.IsNull) return info.Fn(args, kwValues, kwNames);
                    return CallWithSelf(callable, self, args, kwValues, kwNames);
                }
                case TypeId.Type:
                    return TypeObjects.CallType(PyType.FromRef(callable), args, kwValues, kwNames);
            }
        }
        PyType t = TypeOf(callable);
        Value call = LookupSpecial(t, "__call__");
        if (call.IsNull) throw Errors.TypeError($"'{t.Name}' object is not callable");
        return CallWithSelf(call, callable, args, kwValues, kwNames);
    }

    /// fn(self, *args, **kw); for a built-in function with a bound self, its native with self first.
    private static Value CallWithSelf(Value fn, Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var ts = ThreadState.Current;
        Value[] w = ts.AllocWindow(args.Length + 1, out int chunk, out int start);
        try
        {
            w[start] = self;
            args.CopyTo(w.AsSpan(start + 1));
            var all = w.AsSpan(start, args.Length + 1);
            if (Is(fn, TypeId.BuiltinFunction) && !Mem.LoadValue(fn.Ref, Off.BuiltinSelf).IsNull)
                return Natives.InfoOf(fn).Fn(all, kwValues, kwNames);
            return Call(fn, all, kwValues, kwNames);
        }
        finally
        {
            ts.FreeWindow(chunk, start);
        }
    }
}
