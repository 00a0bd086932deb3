// OWNER: containers helper. tuple: an immutable ValueArray-shaped object.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Tuples
{
    public static Value Empty;
    public static Value New(ReadOnlySpan<Value> items) => throw new NotImplementedException();
    public static Value NewOld(ReadOnlySpan<Value> items) => throw new NotImplementedException();
    public static int Length(Value t) => throw new NotImplementedException();
    public static Value Item(Value t, int i) => throw new NotImplementedException();
    /// The items in place (valid until the next safe point).
    public static Span<Value> Items(Value t) => throw new NotImplementedException();
}
