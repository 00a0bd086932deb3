// How guest exceptions move through interpreter frames: raising (RAISE_VARARGS: classes
// are instantiated, `from` sets __cause__), re-raising (RERAISE and bare `raise` keep the
// traceback and add no entry for the raising frame), implicit __context__ from the
// exception being handled, traceback entries added as an exception leaves each frame's
// instruction, and the exception table lookup that finds a handler.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Interpreter
{
    /// Called when the instruction at faultIp raised pe. Records the traceback entry, then
    /// jumps to the innermost handler (true: its ip and stack pointer are left in f.Ip and
    /// f.Sp, not passed by reference, so that Execute's ip and sp stay in registers) or
    /// leaves the frame (false).
    private static bool HandleException(ThreadState ts, Frame f, PyException pe, int faultIp)
    {
        Value exc = pe.Exc;
        if (exc != ts.Propagating)
        {
            ExceptionFlow.SetContext(exc, ts.CurrentExc);
            ExceptionFlow.AddTraceback(exc, f.Code, faultIp);
            ts.Propagating = exc;
        }
        else if (!ts.NoTracebackEntry) ExceptionFlow.AddTraceback(exc, f.Code, faultIp);
        ts.NoTracebackEntry = false;
        f.LastIp = faultIp;
        foreach (var entry in f.Code.Code.ExceptionTable)
        {
            if (faultIp < entry.Start || faultIp >= entry.End) continue;
            int sp = f.StackBase + entry.Depth;
            f.S[sp] = ts.Propagating;
            f.Sp = sp + 1;
            f.Ip = entry.Handler;
            ts.Propagating = Value.Null;
            return true;
        }
        return false;
    }

    /// RAISE_VARARGS: 0 re-raises the exception being handled; 1 [exc]; 2 [exc, cause].
    private static PyException Raise(ThreadState ts, Value[] s, int sp, int form)
    {
        if (form == 0)
        {
            if (ts.CurrentExc.IsNull) return Errors.RuntimeError("No active exception to reraise");
            return Reraise(ts, ts.CurrentExc);
        }
        if (form == 1) return new PyException(ExceptionFlow.Instantiate(s[sp - 1]));
        s[sp - 2] = ExceptionFlow.Instantiate(s[sp - 2]);
        Value cause = ExceptionFlow.CauseOf(s[sp - 1]);
        Value exc = s[sp - 2];
        Barrier.Write(exc.Ref);
        Mem.StoreValue(exc.Ref, Off.ExcCause, cause);
        Mem.StoreValue(exc.Ref, Off.ExcSuppressContext, Py.True);
        return new PyException(exc);
    }

    /// Raises exc again keeping its traceback, without an entry for the current frame.
    internal static PyException Reraise(ThreadState ts, Value exc)
    {
        ts.Propagating = exc;
        ts.NoTracebackEntry = true;
        return new PyException(exc);
    }

    /// CHECK_EXC_MATCH: isinstance(exc, type) where type is a class or a tuple of classes.
    private static bool ExceptionMatches(Value exc, Value type)
    {
        PyType t = Ops.TypeOf(exc);
        if (Ops.Is(type, TypeId.Tuple))
        {
            bool match = false;
            foreach (var item in Tuples.Items(type)) match |= t.IsSubtypeOf(ExceptionFlow.CheckCatchable(item));
            return match;
        }
        return t.IsSubtypeOf(ExceptionFlow.CheckCatchable(type));
    }

    /// Exception filter: records the guest frames an unexpected .NET exception leaves (f, and
    /// the inline callers below it down to entry, which it pops: no nested Execute's
    /// `finally` will); never catches.
    private static bool NoteInternalError(ThreadState ts, Frame f, Frame entry, int ip)
    {
        while (true)
        {
            ts.InternalTrace.Add((f.Code.FileName, f.Code.LineOf(ip), f.Code.Code.Name));
            if (f == entry) return false;
            Frame caller = f.Back!;
            ts.PopFrame(f);
            f = caller;
            ip = f.Ip - 1;
        }
    }
}

public static class ExceptionFlow
{
    public static Value TracebackOf(Value exc) => Field(exc, Off.ExcTraceback);
    public static Value CauseFieldOf(Value exc) => Field(exc, Off.ExcCause);
    public static Value ContextOf(Value exc) => Field(exc, Off.ExcContext);
    public static bool SuppressContext(Value exc) => Field(exc, Off.ExcSuppressContext) == Py.True;

    private static Value Field(Value exc, int offset)
    {
        Barrier.Read(exc.Ref);
        Value v = Mem.LoadValue(exc.Ref, offset);
        return Py.IsNone(v) ? Value.Null : v;
    }

    /// The exception object `raise v` raises: v itself, or v() for an exception class.
    public static Value Instantiate(Value v)
    {
        if (Ops.Is(v, TypeId.Type) && PyType.FromRef(v).IsException)
        {
            Value exc = Ops.Call(v, default);
            if (!Ops.TypeOf(exc).IsException)
                throw Errors.TypeError($"calling {Ops.ReprOf(v)} should have returned an instance of BaseException, not {Ops.TypeName(exc)}");
            return exc;
        }
        if (Ops.TypeOf(v).IsException) return v;
        throw Errors.TypeError("exceptions must derive from BaseException");
    }

    /// The __cause__ `raise x from v` stores: None, an exception, or an instance of a class.
    public static Value CauseOf(Value v)
    {
        if (Py.IsNone(v)) return v;
        if (Ops.Is(v, TypeId.Type) && PyType.FromRef(v).IsException) return Instantiate(v);
        if (Ops.TypeOf(v).IsException) return v;
        throw Errors.TypeError("exception causes must derive from BaseException");
    }

    public static PyType CheckCatchable(Value type)
    {
        if (Ops.Is(type, TypeId.Type) && PyType.FromRef(type) is { IsException: true } t) return t;
        throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// exc.__context__ = the exception being handled (unless it is exc), breaking cycles.
    public static void SetContext(Value exc, Value handled)
    {
        if (handled.IsNull || handled == exc) return;
        for (Value o = handled; ;)
        {
            Value next = ContextOf(o);
            if (next.IsNull) break;
            if (next == exc)
            {
                Barrier.Write(o.Ref);
                Mem.StoreValue(o.Ref, Off.ExcContext, Py.None);
                break;
            }
            o = next;
        }
        Barrier.Write(exc.Ref);
        Mem.StoreValue(exc.Ref, Off.ExcContext, handled);
    }

    /// Prepends a traceback entry for the instruction at ip of code to exc.__traceback__.
    public static void AddTraceback(Value exc, CodeInfo code, int ip)
    {
        long tb = Collector.Allocate((uint)TypeId.Traceback, 40);
        Mem.StoreValue(tb, Off.TbNext, TracebackOf(exc) is { IsNull: false } next ? next : Py.None);
        Mem.StoreValue(tb, Off.TbCode, code.Ref);
        Mem.StoreValue(tb, Off.TbLine, Value.FromSmallInt(code.LineOf(ip)));
        Mem.StoreValue(tb, Off.TbName, code.Name);
        Barrier.Write(exc.Ref);
        Mem.StoreValue(exc.Ref, Off.ExcTraceback, Value.FromRef(tb));
    }

    /// StopIteration's value: args[0], or None.
    public static Value StopIterationValue(Value exc)
    {
        Value args = Field(exc, Off.ExcArgs);
        return !args.IsNull && Ops.Is(args, TypeId.Tuple) && Tuples.Length(args) > 0 ? Tuples.Item(args, 0) : Py.None;
    }
}
