// OWNER: containers helper. set and frozenset: open addressing exactly as CPython's
// setobject.c (same probing, same resizing) so that iteration order matches CPython's.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Sets
{
    public static Value New() => throw new NotImplementedException();
    public static Value NewFrozen(ReadOnlySpan<Value> items) => throw new NotImplementedException();
    public static void Add(Value set, Value item) => throw new NotImplementedException();
    public static bool Contains(Value set, Value item) => throw new NotImplementedException();
}
