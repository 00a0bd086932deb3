// OWNER: numbers-and-strings helper. bytes: immutable byte strings.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BytesObjects
{
    public static Value New(ReadOnlySpan<byte> data) => throw new NotImplementedException();
    public static Value NewOld(ReadOnlySpan<byte> data) => throw new NotImplementedException();
    public static ReadOnlySpan<byte> Data(Value b) => throw new NotImplementedException();
}
