// OWNER: containers helper. list: count and a ValueArray storage that grows as CPython's.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Lists
{
    public static Value New(int capacity = 0) => throw new NotImplementedException();
    public static Value FromSpan(ReadOnlySpan<Value> items) => throw new NotImplementedException();
    public static int Count(Value list) => throw new NotImplementedException();
    public static Value Item(Value list, int i) => throw new NotImplementedException();
    public static void SetItem(Value list, int i, Value v) => throw new NotImplementedException();
    public static void Append(Value list, Value v) => throw new NotImplementedException();
    /// The live items in place (valid until the next safe point or list mutation).
    public static Span<Value> Items(Value list) => throw new NotImplementedException();
}
