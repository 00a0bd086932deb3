// OWNER: numbers helper. int: small ints are tagged Values; larger ones are BigInt heap
// objects holding System.Numerics.BigInteger's little-endian two's complement bytes.
// Every int result is normalized: a value that fits a small int is never a BigInt.
using System.Numerics;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Ints
{
    public static Value New(long v) => throw new NotImplementedException();
    public static Value New(BigInteger v) => throw new NotImplementedException();
    /// int or bool (bool is a subclass of int).
    public static bool IsInt(Value v) => throw new NotImplementedException();
    /// Fits in a long (True/False count as 1/0).
    public static bool TryGetLong(Value v, out long x) => throw new NotImplementedException();
    public static BigInteger ToBig(Value v) => throw new NotImplementedException();
}
