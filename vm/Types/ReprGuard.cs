// The recursion guard of container reprs (CPython's Py_ReprEnter/Py_ReprLeave): a list that
// contains itself prints as [...]. The containers being printed are kept on the thread's
// root stack (so a collection updates them) and found again by their handles.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ReprGuard
{
    [ThreadStatic] private static List<int>? _handles;

    /// False when `container` is already being printed on this thread; otherwise records it
    /// (call Leave afterwards, in a finally block).
    public static bool Enter(Value container)
    {
        var roots = Mutator.Current.Roots;
        var handles = _handles ??= new List<int>();
        foreach (int h in handles)
            if (roots[h] == container) return false;
        handles.Add(roots.Push(container));
        return true;
    }

    public static void Leave()
    {
        var handles = _handles!;
        int h = handles[^1];
        handles.RemoveAt(handles.Count - 1);
        Mutator.Current.Roots.Top = h;
    }
}
