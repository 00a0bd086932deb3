// Sizes a guest asks for, turned into the ints the VM's storage is indexed with, with the
// errors CPython 3.11 gives: OverflowError where CPython's C conversion or size arithmetic
// overflows (each call site names which one), MemoryError where CPython would try to
// allocate and fail. Anything longer than MaxLength is a MemoryError: it is beyond what a
// .NET string or array (and our heap) can hold, and CPython would need that memory too.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Sizes
{
    /// Longest str, bytes, list or tuple (Array.MaxLength).
    public const int MaxLength = 0x7FFFFFC7;

    /// A Py_ssize_t argument as Argument Clinic converts it (str.center's width, to_bytes'
    /// length, ...): __index__, then OverflowError "Python int too large to convert to C ssize_t".
    public static long AsSsize(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        if (!Ints.TryGetLong(Ops.Index(v), out long n)) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        return n;
    }

    /// A C int argument (expandtabs' tabsize, '%.*f' precision): __index__, then OverflowError
    /// "Python int too large to convert to C int".
    public static int AsCInt(Value v)
    {
        if (!Ints.TryGetLong(v.IsSmallInt ? v : Ops.Index(v), out long n) || n is > int.MaxValue or < int.MinValue)
            throw Errors.OverflowError("Python int too large to convert to C int");
        return (int)n;
    }

    /// n as a length; MemoryError when nothing that long can exist (n is not negative).
    public static int Length(long n) => n <= MaxLength ? (int)n : throw Errors.MemoryError();

    /// CPython preallocates what a known-length iterable will fill (list(range(10**12)) is a
    /// MemoryError at once, not after exhausting the heap): the length `existing` items plus a
    /// range's would reach, checked. Other iterables are consumed as they come.
    public static void CheckLengthHint(Value iterable, long existing)
    {
        if (Ops.Is(iterable, TypeId.Range)) Length(existing + Ranges.Length(iterable));
    }

    /// The length of `count` copies of `unit` items (both not negative). When the product
    /// overflows ssize_t: OverflowError(overflowMessage) as CPython's str and bytes, or
    /// MemoryError (null message) as its list, tuple and bytearray; then Length's limit.
    public static int Repeat(long count, long unit, string? overflowMessage = null)
    {
        if (unit != 0 && count > long.MaxValue / unit)
            throw overflowMessage != null ? Errors.OverflowError(overflowMessage) : Errors.MemoryError();
        return Length(count * unit);
    }
}
