// OWNER: containers helper. Iteration, subscripts, len and membership: fast paths for the
// built-in containers, then __iter__/__next__/__getitem__/__setitem__/__delitem__/__len__/
// __contains__ (and the old __getitem__ iteration protocol).
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Ops
{
    public static Value GetIter(Value obj) => throw new NotImplementedException();
    /// The next item, or Value.Null when the iterator is exhausted (StopIteration is consumed).
    public static Value Next(Value iterator) => throw new NotImplementedException();
    public static Value GetItem(Value obj, Value key) => throw new NotImplementedException();
    public static void SetItem(Value obj, Value key, Value value) => throw new NotImplementedException();
    public static void DelItem(Value obj, Value key) => throw new NotImplementedException();
    public static long Len(Value obj) => throw new NotImplementedException();
    public static bool Contains(Value container, Value item) => throw new NotImplementedException();
}
