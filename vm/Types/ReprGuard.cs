// The recursion guard of container reprs (CPython's Py_ReprEnter/Py_ReprLeave): a list that
// contains itself prints as [...]. The containers being printed are kept on the thread's
// root stack (so a collection updates them) and found again by their handles. A set of
// their references makes the check constant-time (a 50000-deep nesting was quadratic); a
// minor collection may move them, so the set is rebuilt from the roots after one.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ReprGuard
{
    [ThreadStatic] private static List<int>? _handles;
    [ThreadStatic] private static HashSet<long>? _refs;
    /// Heap.MinorCollections when _refs was last known to match the roots.
    [ThreadStatic] private static long _epoch;

    /// False when `container` is already being printed on this thread; otherwise records it
    /// (call Leave afterwards, in a finally block).
    public static bool Enter(Value container)
    {
        var roots = Mutator.Current.Roots;
        var handles = _handles ??= new List<int>();
        var refs = _refs ??= new HashSet<long>();
        long epoch = Heap.Instance.Stats.MinorCollections;
        if (epoch != _epoch)
        {
            refs.Clear();
            foreach (int h in handles) refs.Add(roots[h].Bits);
            _epoch = epoch;
        }
        if (!refs.Add(container.Bits)) return false;
        handles.Add(roots.Push(container));
        return true;
    }

    public static void Leave()
    {
        var handles = _handles!;
        var roots = Mutator.Current.Roots;
        int h = handles[^1];
        // After a collection the set is stale anyway and rebuilt by the next Enter.
        if (_epoch == Heap.Instance.Stats.MinorCollections) _refs!.Remove(roots[h].Bits);
        handles.RemoveAt(handles.Count - 1);
        roots.Top = h;
    }
}
