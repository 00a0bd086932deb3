// Entering frames: calling guest functions (a new frame on the thread's data stack, the
// arguments bound into its locals, cells made, then the loop), running module code and
// class bodies, MAKE_FUNCTION, CALL_FUNCTION_EX, and small helpers for C# callers.
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Interpreter
{
    /// Whether CALL/CALL_METHOD runs `callable` with argc positional arguments inline (see
    /// Interpreter.cs): a plain guest function, or a bound method of one, called with exactly
    /// its parameters. `code`: the function's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Inlinable(Value callable, int argc, out CodeInfo code)
    {
        code = null!;
        if (!callable.IsRef) return false;
        TypeId t = (TypeId)Mem.TypeId(callable.Ref);
        if (t == TypeId.BoundMethod)
        {
            callable = Methods.FuncOf(callable);
            if (!Ops.Is(callable, TypeId.Function)) return false;
            argc++;
        }
        else if (t != TypeId.Function) return false;
        code = Functions.CodeOf(callable);
        return code.SimpleArgCount == argc;
    }

    /// The callee's frame for an inline call of s[fn] (Inlinable) with the argc arguments
    /// after it: the safe point and interrupt check of a call first, then the frame pushed
    /// (RecursionError at the limit) and the arguments (after a bound method's self) copied
    /// into its locals.
    private static Frame EnterInline(ThreadState ts, CodeInfo code, Value[] s, int fn, int argc)
    {
        if (ThreadState.InterruptPending) ThreadState.CheckInterrupt();
        Collector.SafePoint();
        Value callable = s[fn];
        Frame f = ts.PushFrame(code, code.SimpleArgCount);
        Value[] w = f.S;
        int lb = f.Base;
        if (Ops.Is(callable, TypeId.BoundMethod))
        {
            w[lb++] = Methods.SelfOf(callable);
            callable = Methods.FuncOf(callable);
        }
        f.Function = callable;
        f.Globals = Functions.Field(callable, Off.FuncGlobals);
        // A loop, not Span.CopyTo: a call has a handful of arguments, below memmove's break-even.
        for (int i = 0; i < argc; i++) w[lb + i] = s[fn + 1 + i];
        return f;
    }

    /// CALL and CALL_METHOD of what does not run inline: guest functions and built-in
    /// functions without a bound self are dispatched here with the thread state the loop
    /// already has; anything else goes through Ops.Call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value CallValue(ThreadState ts, Value callable, ReadOnlySpan<Value> args)
    {
        if (callable.IsRef)
        {
            switch ((TypeId)Mem.TypeId(callable.Ref))
            {
                case TypeId.Function:
                    return CallFunction(ts, callable, args, default, null);
                case TypeId.BuiltinFunction:
                    if (Mem.LoadValue(callable.Ref, Off.BuiltinSelf).IsNull) return Natives.InfoOf(callable).Fn(args, default, null);
                    break;
            }
        }
        return Ops.Call(callable, args, default, null);
    }

    /// CALL_KW: guest functions bind their keywords here; anything else goes through Ops.Call.
    private static Value CallValueKw(ThreadState ts, Value callable, ReadOnlySpan<Value> args,
        ReadOnlySpan<Value> kwValues, string[] kwNames)
        => Ops.Is(callable, TypeId.Function)
            ? CallFunction(ts, callable, args, kwValues, kwNames)
            : Ops.Call(callable, args, kwValues, kwNames);

    /// CallFunction for plain code (CodeInfo.SimpleArgCount) called with exactly its
    /// positional arguments from C# (the object model's call caches): no binding.
    internal static Value CallSimple(ThreadState ts, Value func, CodeInfo code, ReadOnlySpan<Value> args)
    {
        Frame f = ts.PushFrame(code, code.SimpleArgCount);
        try
        {
            f.Function = func;
            f.Globals = Functions.Field(func, Off.FuncGlobals);
            args.CopyTo(f.S.AsSpan(f.Base));
            if (ThreadState.InterruptPending) ThreadState.CheckInterrupt();
            Collector.SafePoint();
            return Execute(ts, f);
        }
        finally
        {
            ts.PopFrame(f);
        }
    }

    /// Calls a guest function object: binds the arguments, then runs it (or makes a generator).
    public static Value CallFunction(ThreadState ts, Value func, ReadOnlySpan<Value> args,
        ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        CodeInfo code = Functions.CodeOf(func);
        Frame f = ts.PushFrame(code);
        try
        {
            f.Function = func;
            f.Globals = Functions.Field(func, Off.FuncGlobals);
            ArgBinding.Bind(f, func, args, kwValues, kwNames);
            InitCells(f, Functions.Field(func, Off.FuncClosure));
            if (code.Code.IsGenerator) return Generators.Create(f);
            if (ThreadState.InterruptPending) ThreadState.CheckInterrupt();
            Collector.SafePoint();
            return Execute(ts, f);
        }
        finally
        {
            ts.PopFrame(f);
        }
    }

    /// Makes the cells of a new frame: one per cell variable (holding the parameter's value
    /// when it is one), then the closure's cells for the free variables.
    private static void InitCells(Frame f, Value closure)
    {
        var c = f.Code.Code;
        if (f.Code.NCells == 0) return;
        Value[] s = f.S;
        int cb = f.CellBase;
        for (int i = 0; i < c.CellVars.Length; i++)
        {
            int arg = c.CellArgs[i];
            s[cb + i] = Cells.New(arg >= 0 ? s[f.Base + arg] : Value.Null);
        }
        if (c.FreeVars.Length == 0) return;
        var cells = Tuples.Items(closure);
        cells.CopyTo(s.AsSpan(cb + c.CellVars.Length, c.FreeVars.Length));
    }

    /// Runs module-level code with `globals` as its namespace.
    public static Value RunModule(CodeInfo code, Value globals)
    {
        var ts = ThreadState.Current;
        Frame f = ts.PushFrame(code);
        try
        {
            f.Globals = globals;
            f.Locals = globals;
            Collector.SafePoint();
            return Execute(ts, f);
        }
        finally
        {
            ts.PopFrame(f);
        }
    }

    /// Runs a class body function with `ns` as its namespace; returns what the body returns
    /// (the __class__ cell or None).
    public static Value RunClassBody(Value func, Value ns)
    {
        var ts = ThreadState.Current;
        CodeInfo code = Functions.CodeOf(func);
        Frame f = ts.PushFrame(code);
        try
        {
            f.Function = func;
            f.Globals = Functions.Field(func, Off.FuncGlobals);
            f.Locals = ns;
            InitCells(f, Functions.Field(func, Off.FuncClosure));
            Collector.SafePoint();
            return Execute(ts, f);
        }
        finally
        {
            ts.PopFrame(f);
        }
    }

    /// [defaults?, kwdefaults?, annotations?, closure?, code] -> [function]
    private static int MakeFunction(Frame f, Value[] s, int sp, int flags)
    {
        CodeInfo code = CodeObjects.Of(s[--sp]);
        Value closure = (flags & 4) != 0 ? s[--sp] : Py.None;
        Value annotations = (flags & 8) != 0 ? s[--sp] : Py.None;
        Value kwDefaults = (flags & 2) != 0 ? s[--sp] : Py.None;
        Value defaults = (flags & 1) != 0 ? s[--sp] : Py.None;
        s[sp++] = Functions.New(code, f.Globals, defaults, kwDefaults, closure, annotations);
        return sp;
    }

    /// [callable, args (tuple or list), kwargs dict?] -> result: the arguments are copied into
    /// a window of the data stack so natives see them in scanned memory.
    private static Value CallEx(ThreadState ts, Value[] s, int first, bool hasKw)
    {
        Value posArgs = s[first + 1];
        if (!Ops.Is(posArgs, TypeId.Tuple) && !Ops.Is(posArgs, TypeId.List))
        {
            PyType t = Ops.TypeOf(posArgs);
            if (Ops.LookupSpecial(t, "__iter__").IsNull && Ops.LookupSpecial(t, "__getitem__").IsNull)
                throw Errors.TypeError($"{FunctionStr(s[first])} argument after * must be an iterable, not {t.Name}");
            // Iterating may run guest code (a generator): the slot keeps the result scanned.
            s[first + 1] = posArgs = TupleMethods.ToTuple(posArgs);
        }
        var items = Ops.Is(posArgs, TypeId.Tuple) ? Tuples.Items(posArgs) : Lists.Items(posArgs);
        int npos = items.Length;
        int nkw = hasKw ? Dicts.Count(s[first + 2]) : 0;
        Value[] w = ts.AllocWindow(npos + nkw, out int chunk, out int start);
        try
        {
            items.CopyTo(w.AsSpan(start));
            string[]? names = hasKw ? KeywordsInto(s[first + 2], w.AsSpan(start + npos, nkw)) : null;
            return Ops.Call(s[first], w.AsSpan(start, npos), w.AsSpan(start + npos, nkw), names);
        }
        finally
        {
            ts.FreeWindow(chunk, start);
        }
    }

    private static string[] KeywordsInto(Value kwargs, Span<Value> values)
    {
        var names = new string[values.Length];
        int pos = 0;
        for (int i = 0; Dicts.Next(kwargs, ref pos, out Value k, out Value v); i++)
        {
            if (!Ops.Is(k, TypeId.Str)) throw Errors.TypeError("keywords must be strings");
            names[i] = Strs.ToNet(k);
            values[i] = v;
        }
        return names;
    }

    /// callable(a...) from C#: the arguments are placed in a window of the data stack.
    public static Value CallArgs(Value callable, params ReadOnlySpan<Value> args)
    {
        var ts = ThreadState.Current;
        Value[] w = ts.AllocWindow(args.Length, out int chunk, out int start);
        try
        {
            args.CopyTo(w.AsSpan(start));
            return Ops.Call(callable, w.AsSpan(start, args.Length));
        }
        finally
        {
            ts.FreeWindow(chunk, start);
        }
    }
}
