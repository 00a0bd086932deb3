// Bounds on recursion, as CPython 3.11's Py_EnterRecursiveCall: one depth limit
// (sys.setrecursionlimit) counts interpreter frames (ThreadState.PushFrame) and the native
// paths that recurse without frames (repr/str of nested containers, rich comparison of nested
// sequences), each adding CPython's words to the RecursionError's message. Every check also
// looks at the .NET stack, so that a huge limit, or a native recursion that CPython leaves
// unchecked (hashing a deeply nested tuple), raises RecursionError instead of killing the
// process with a stack overflow.
//
// Usage on a native recursion path:
//   RecursionGuard.Enter(RecursionGuard.InRepr);
//   try { ... } finally { RecursionGuard.Leave(); }
using System.Runtime.CompilerServices;

namespace Stmvm.Vm;

public static class RecursionGuard
{
    public const string Message = "maximum recursion depth exceeded";
    public const string InRepr = " while getting the repr of an object";
    public const string InStr = " while getting the str of an object";
    public const string InComparison = " in comparison";

    /// One more level of native recursion; RecursionError when the limit or the stack is reached.
    public static void Enter(string where)
    {
        var ts = ThreadState.Current;
        if (ts.Depth + ts.NativeDepth >= ThreadState.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.RecursionError(Message + where);
        ts.NativeDepth++;
    }

    public static void Leave() => ThreadState.Current.NativeDepth--;

    /// For native recursion CPython does not count: only the .NET stack is checked.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Errors.RecursionError(Message);
    }
}
