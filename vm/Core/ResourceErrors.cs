// Running out of something is a guest error, never an internal one: heap exhaustion
// (HeapExhaustedException from gc/) and .NET allocation failures (OutOfMemoryException:
// a .NET string or array too big to exist) become MemoryError, a .NET stack too deep for
// one more step (InsufficientExecutionStackException) RecursionError. The interpreter
// maps them where it catches guest exceptions, so no native needs its own check.
//
// MemoryError must be raisable when the heap is full: allocating the exception object can
// itself fail, and then a preallocated instance (old, a global root) is raised, as CPython
// keeps spare MemoryErrors.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class ResourceErrors
{
    private static Value _spareMemoryError;

    /// The guest exception `e` stands for; null when it is a VM bug (an internal error).
    public static PyException? AsGuestError(Exception e) => e switch
    {
        PyException pe => pe,
        HeapExhaustedException or OutOfMemoryException => MemoryError(),
        InsufficientExecutionStackException => Errors.RecursionError(RecursionGuard.Message),
        _ => null,
    };

    /// A new MemoryError, or the spare one when even that cannot be allocated.
    public static PyException MemoryError()
    {
        try
        {
            return new PyException(ExceptionObjects.CreateNoArgs(BuiltinTypes.MemoryError));
        }
        catch (HeapExhaustedException)
        {
            // A fresh start: the spare may carry the traceback of its last use.
            Value spare = _spareMemoryError;
            Barrier.Write(spare.Ref);
            Mem.StoreValue(spare.Ref, Off.ExcTraceback, Py.None);
            Mem.StoreValue(spare.Ref, Off.ExcContext, Py.None);
            Mem.StoreValue(spare.Ref, Off.ExcCause, Py.None);
            return new PyException(spare);
        }
    }

    [Setup(SetupPhase.Late)]
    private static void AllocateSpare()
    {
        _spareMemoryError = ExceptionObjects.Allocate(BuiltinTypes.MemoryError, Tuples.Empty, old: true);
        Heap.Instance.GlobalRoots.Add(_spareMemoryError);
    }
}
