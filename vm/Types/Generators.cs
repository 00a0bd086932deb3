// Generators (TypeId.Generator, Off.Gen*). A suspended generator's frame lives in the
// heap (Off.GenFrame, a ValueArray holding its locals, cells and value stack) with its
// instruction index and stack depth; resuming copies it back into a fresh window of the
// data stack and runs the interpreter until the next yield or the end. send, throw,
// close, __next__ and `yield from` delegation (throw/close forwarded to the subiterator)
// follow CPython 3.11.
using Stmvm.Gc;
using Stmvm.Lang;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Generators
{
    private const long Created = 0, Suspended = 1, Running = 2, Finished = 3;

    private enum Resumption { Send, Throw, Continue }

    /// A generator for frame f, whose arguments and cells are bound (called before f is popped).
    public static Value Create(Frame f)
    {
        int live = f.StackBase - f.Base;
        long arr = Collector.AllocateArray((uint)TypeId.ValueArray, f.Code.FrameSize);
        f.S.AsSpan(f.Base, live).CopyTo(Mem.Values(arr, Off.ArrayData, live));
        long g = Collector.Allocate((uint)TypeId.Generator, Off.GenExcState + 8);
        Mem.StoreValue(g, Off.GenCode, f.Code.Ref);
        Mem.StoreValue(g, Off.GenFunction, f.Function);
        Mem.StoreValue(g, Off.GenFrame, Value.FromRef(arr));
        Mem.StoreValue(g, Off.GenName, Functions.Field(f.Function, Off.FuncName));
        Mem.StoreValue(g, Off.GenQualName, Functions.Field(f.Function, Off.FuncQualName));
        return Value.FromRef(g);
    }

    private static long Raw(Value gen, int offset)
    {
        Barrier.Read(gen.Ref);
        return Mem.Load(gen.Ref, offset);
    }

    private static Value Field(Value gen, int offset)
    {
        Barrier.Read(gen.Ref);
        return Mem.LoadValue(gen.Ref, offset);
    }

    private static void SetRaw(Value gen, int offset, long raw)
    {
        Barrier.Write(gen.Ref);
        Mem.Store(gen.Ref, offset, raw);
    }

    private static void SetField(Value gen, int offset, Value v)
    {
        Barrier.Write(gen.Ref);
        Mem.StoreValue(gen.Ref, offset, v);
    }

    private static long State(Value gen) => Raw(gen, Off.GenState) & 0xff;

    /// Runs the generator until it yields (returned = false, the yielded value) or returns
    /// (returned = true, the return value). Exceptions from its body propagate. `throwing`
    /// (Resumption.Throw): the exception object to raise where the generator is suspended.
    private static Value Resume(Value gen, Value sent, Value throwing, Resumption how, out bool returned)
        => Resume(ThreadState.Current, gen, sent, throwing, how, out returned);

    private static Value Resume(ThreadState ts, Value gen, Value sent, Value throwing, Resumption how, out bool returned)
    {
        long state = State(gen);
        if (state == Running) throw Errors.ValueError("generator already executing");
        if (state == Finished)
        {
            if (how == Resumption.Throw) throw new PyException(throwing);
            returned = true;
            return Py.None;
        }
        if (state == Created && how == Resumption.Send && !Py.IsNone(sent))
            throw Errors.TypeError("can't send non-None value to a just-started generator");
        CodeInfo code = CodeObjects.Of(Field(gen, Off.GenCode));
        int depth = (int)Raw(gen, Off.GenDepth);
        // The saved locals, cells and stack are copied over the window: only the rest is cleared.
        Frame f = ts.PushFrame(code, code.NLocals + code.NCells + depth);
        PyException leaving;
        try
        {
            // The caller's exception state and the exception to throw are kept in the frame,
            // where the collector sees them, across the safe point and the body.
            f.CallerExc = ts.CurrentExc;
            f.Thrown = throwing;
            RestoreFrame(f, gen, state, depth);
            if (how == Resumption.Send && state != Created) f.S[f.Sp++] = sent;
            if (f.ExcDepth > 0) ts.CurrentExc = Field(gen, Off.GenExcState);
            Collector.SafePoint();
            var pending = how == Resumption.Throw ? new PyException(f.Thrown) : null;
            f.Thrown = Value.Null;
            Value r = Interpreter.Execute(ts, f, pending);
            returned = !f.Yielded;
            if (f.Yielded) SaveFrame(f, ts);
            else Finish(f.Generator);
            return r;
        }
        catch (Exception e) when (ResourceErrors.AsGuestError(e) is { } pe)
        {
            Finish(f.Generator);
            leaving = pe.Type.IsSubtypeOf(BuiltinTypes.StopIteration) ? StopIterationRaised(ts, pe.Exc) : pe;
        }
        finally
        {
            ts.CurrentExc = f.CallerExc;
            ts.PopFrame(f);
        }
        // Thrown after the catch block, not in it: see Interpreter.Execute.
        throw leaving;
    }

    private static void RestoreFrame(Frame f, Value gen, long state, int depth)
    {
        Value arr = Field(gen, Off.GenFrame);
        int live = f.StackBase - f.Base + depth;
        Barrier.Read(arr.Ref);
        Mem.Values(arr.Ref, Off.ArrayData, live).CopyTo(f.S.AsSpan(f.Base, live));
        f.Function = Field(gen, Off.GenFunction);
        f.Globals = Functions.Field(f.Function, Off.FuncGlobals);
        f.Generator = gen;
        f.Ip = (int)Raw(gen, Off.GenIp);
        f.Sp = f.StackBase + depth;
        f.ExcDepth = (int)(Raw(gen, Off.GenState) >> 8);
        SetRaw(gen, Off.GenState, Running);
    }

    private static void SaveFrame(Frame f, ThreadState ts)
    {
        Value gen = f.Generator;
        int live = f.Sp - f.Base;
        Value arr = Field(gen, Off.GenFrame);
        Barrier.Write(arr.Ref);
        f.S.AsSpan(f.Base, live).CopyTo(Mem.Values(arr.Ref, Off.ArrayData, live));
        SetRaw(gen, Off.GenIp, f.Ip);
        SetRaw(gen, Off.GenDepth, f.Sp - f.StackBase);
        SetRaw(gen, Off.GenState, Suspended | ((long)f.ExcDepth << 8));
        SetField(gen, Off.GenExcState, f.ExcDepth > 0 ? ts.CurrentExc : Value.Null);
    }

    private static void Finish(Value gen)
    {
        SetRaw(gen, Off.GenState, Finished);
        SetField(gen, Off.GenFrame, Value.Null);
        SetField(gen, Off.GenExcState, Value.Null);
    }

    /// "generator raised StopIteration": a RuntimeError caused by the StopIteration.
    private static PyException StopIterationRaised(ThreadState ts, Value stop)
    {
        using var scope = new RootScope();
        int h = scope.Add(stop);
        var err = Errors.RuntimeError("generator raised StopIteration");
        ExceptionObjects.ChainFrom(err.Exc, scope[h]);
        ts.Propagating = err.Exc;
        return err;
    }

    // ---- the protocol ----

    /// next(gen), or Null when it is exhausted (its return value is dropped).
    public static Value NextOrNull(Value gen) => NextOrNull(ThreadState.Current, gen);

    public static Value NextOrNull(ThreadState ts, Value gen)
    {
        Value r = Resume(ts, gen, Py.None, Value.Null, Resumption.Send, out bool returned);
        return returned ? Value.Null : r;
    }

    public static Value Send(Value gen, Value v)
    {
        Value r = Resume(gen, v, Value.Null, Resumption.Send, out bool returned);
        return returned ? throw StopIterationWith(r) : r;
    }

    private static PyException StopIterationWith(Value value) => Py.IsNone(value)
        ? Errors.StopIteration()
        : new PyException(ExceptionObjects.CreateWithArg(BuiltinTypes.StopIteration, value));

    /// gen.throw(exc): raised where the generator is suspended (forwarded to the subiterator
    /// of a `yield from`); returns the next yielded value.
    public static Value Throw(Value gen, Value exc)
    {
        Value r = ThrowInto(gen, exc, out bool returned);
        return returned ? throw StopIterationWith(r) : r;
    }

    private static Value ThrowInto(Value gen, Value exc, out bool returned)
    {
        if (State(gen) == Suspended && SuspendedAtYieldFrom(gen, out Value sub))
            return ThrowThroughYieldFrom(gen, sub, exc, out returned);
        var ts = ThreadState.Current;
        ts.Propagating = exc;
        ts.NoTracebackEntry = false;
        return Resume(gen, Value.Null, exc, Resumption.Throw, out returned);
    }

    private static bool SuspendedAtYieldFrom(Value gen, out Value sub)
    {
        sub = Value.Null;
        CodeInfo code = CodeObjects.Of(Field(gen, Off.GenCode));
        int ip = (int)Raw(gen, Off.GenIp);
        if (ip >= code.Instrs.Length || Instr.Op(code.Instrs[ip]) != Opcode.YIELD_FROM) return false;
        int top = code.NLocals + code.NCells + (int)Raw(gen, Off.GenDepth) - 1;
        sub = Mem.LoadValue(Field(gen, Off.GenFrame).Ref, Off.ArrayData + 8 * top);
        return true;
    }

    private static Value ThrowThroughYieldFrom(Value gen, Value sub, Value exc, out bool returned)
    {
        using var scope = new RootScope();
        int hg = scope.Add(gen), hs = scope.Add(sub), he = scope.Add(exc);
        if (Ops.TypeOf(exc).IsSubtypeOf(BuiltinTypes.GeneratorExit))
        {
            try
            {
                CloseIterator(sub);
                ThreadState.Current.Propagating = scope[he];
            }
            catch (PyException e) { scope[he] = e.Exc; }
        }
        else
        {
            try
            {
                Value r = ThrowIntoIterator(scope[hs], scope[he], out bool subReturned);
                if (!subReturned) { returned = false; return r; }
                return ContinueAfterYieldFrom(scope[hg], r, out returned);
            }
            catch (PyException e) { scope[he] = e.Exc; }
        }
        gen = scope[hg];
        SetRaw(gen, Off.GenIp, Raw(gen, Off.GenIp) + 1);
        return Resume(gen, Value.Null, scope[he], Resumption.Throw, out returned);
    }

    /// Throws exc into an iterator a `yield from` delegates to: a generator, or anything with
    /// a throw method (StopIteration from it means it returned); without one, exc is raised.
    private static Value ThrowIntoIterator(Value sub, Value exc, out bool returned)
    {
        if (Ops.Is(sub, TypeId.Generator)) return ThrowInto(sub, exc, out returned);
        using var scope = new RootScope();
        int he = scope.Add(exc);
        Value throwMeth = Ops.GetAttrOrNull(sub, "throw");
        if (throwMeth.IsNull) throw new PyException(scope[he]);
        try
        {
            returned = false;
            return Interpreter.CallArgs(throwMeth, scope[he]);
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            returned = true;
            return ExceptionFlow.StopIterationValue(e.Exc);
        }
    }

    /// The subiterator of a `yield from` returned r: the outer generator goes on after it.
    private static Value ContinueAfterYieldFrom(Value gen, Value r, out bool returned)
    {
        int top = CodeObjects.Of(Field(gen, Off.GenCode)) is var code ? code.NLocals + code.NCells + (int)Raw(gen, Off.GenDepth) - 1 : 0;
        Value arr = Field(gen, Off.GenFrame);
        Barrier.Write(arr.Ref);
        Mem.StoreValue(arr.Ref, Off.ArrayData + 8 * top, r);
        SetRaw(gen, Off.GenIp, Raw(gen, Off.GenIp) + 1);
        return Resume(gen, Value.Null, Value.Null, Resumption.Continue, out returned);
    }

    private static void CloseIterator(Value sub)
    {
        if (Ops.Is(sub, TypeId.Generator))
        {
            Close(sub);
            return;
        }
        Value close = Ops.GetAttrOrNull(sub, "close");
        if (!close.IsNull) Ops.Call(close, default);
    }

    public static void Close(Value gen)
    {
        long state = State(gen);
        if (state == Created || state == Finished)
        {
            if (state == Created) Finish(gen);
            return;
        }
        try
        {
            ThrowInto(gen, ExceptionObjects.CreateNoArgs(BuiltinTypes.GeneratorExit), out bool returned);
            if (returned) return;
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.GeneratorExit) || e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            return;
        }
        throw Errors.RuntimeError("generator ignored GeneratorExit");
    }

    /// One step of YIELD_FROM: sends v to sub (next() when v is None). True: sub yielded
    /// `result`; false: sub returned `result`.
    public static bool YieldFromStep(Value sub, Value v, out Value result)
    {
        if (Ops.Is(sub, TypeId.Generator))
        {
            result = Resume(sub, v, Value.Null, Resumption.Send, out bool returned);
            return !returned;
        }
        if (Py.IsNone(v))
        {
            result = Ops.Next(sub);
            if (!result.IsNull) return true;
            result = Py.None;
            return false;
        }
        try
        {
            using var scope = new RootScope();
            int hv = scope.Add(v);
            result = Interpreter.CallArgs(Ops.GetAttr(sub, "send"), scope[hv]);
            return true;
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            result = ExceptionFlow.StopIterationValue(e.Exc);
            return false;
        }
    }

    // ---- guest-visible methods and attributes ----

    private static Value Self(ReadOnlySpan<Value> args, string name)
    {
        if (args.Length == 0 || !Ops.Is(args[0], TypeId.Generator))
            throw Errors.TypeError($"descriptor '{name}' for 'generator' objects doesn't apply to a '{(args.Length == 0 ? "NoneType" : Ops.TypeName(args[0]))}' object");
        return args[0];
    }

    private static Value NextMethod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__next__", args, kwNames, 1);
        return Send(Self(args, "__next__"), Py.None);
    }

    private static Value SendMethod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("send", args, kwNames, 2);
        return Send(Self(args, "send"), args[1]);
    }

    private static Value ThrowMethod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("throw", args, kwNames, 2, 4);
        Self(args, "throw");
        Value exc = ExceptionToThrow(args[1], args.Length > 2 ? args[2] : Py.None);
        return Throw(args[0], exc);
    }

    /// throw(type[, value]) or throw(instance): the exception object to raise.
    private static Value ExceptionToThrow(Value type, Value value)
    {
        if (Ops.Is(type, TypeId.Type) && PyType.FromRef(type) is { IsException: true } t)
        {
            if (Py.IsNone(value)) return ExceptionFlow.Instantiate(type);
            if (Ops.TypeOf(value).IsSubtypeOf(t)) return value;
            return Ops.Is(value, TypeId.Tuple)
                ? Ops.Call(type, Tuples.Items(value).ToArray())
                : Interpreter.CallArgs(type, value);
        }
        if (Ops.TypeOf(type).IsException)
        {
            if (!Py.IsNone(value)) throw Errors.TypeError("instance exception may not have a separate value");
            return type;
        }
        throw Errors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {Ops.TypeName(type)}");
    }

    private static Value CloseMethod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("close", args, kwNames, 1);
        Close(Self(args, "close"));
        return Py.None;
    }

    private static Value IterMethod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__iter__", args, kwNames, 1);
        return Self(args, "__iter__");
    }

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        Value g = Self(args, "__repr__");
        return Strs.New($"<generator object {Strs.ToNet(Field(g, Off.GenQualName))} at 0x{Identity.Of(g.Ref):x}>");
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods()
    {
        var t = BuiltinTypes.Generator;
        Natives.DefineMethod(t, "__next__", NextMethod);
        Natives.DefineMethod(t, "__iter__", IterMethod);
        Natives.DefineMethod(t, "send", SendMethod);
        Natives.DefineMethod(t, "throw", ThrowMethod);
        Natives.DefineMethod(t, "close", CloseMethod);
        Natives.DefineMethod(t, "__repr__", Repr);
        NativeProperties.Define(t, "__name__", g => Field(g, Off.GenName), (g, v) => SetName(g, v, Off.GenName, "__name__"));
        NativeProperties.Define(t, "__qualname__", g => Field(g, Off.GenQualName), (g, v) => SetName(g, v, Off.GenQualName, "__qualname__"));
        NativeProperties.Define(t, "gi_running", g => Py.Bool(State(g) == Running));
        NativeProperties.Define(t, "gi_code", g => Field(g, Off.GenCode));
        NativeProperties.Define(t, "gi_frame", g => Py.None);
        NativeProperties.Define(t, "gi_yieldfrom", g => State(g) == Suspended && SuspendedAtYieldFrom(g, out Value sub) ? sub : Py.None);
    }

    private static void SetName(Value gen, Value v, int offset, string name)
    {
        if (!Strs.IsStr(v)) throw Errors.TypeError($"{name} must be set to a string object");
        SetField(gen, offset, v);
    }
}
