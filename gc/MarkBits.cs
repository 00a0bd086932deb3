// The mark bitmap of the major collection: one bit per 16 bytes of old space.
//
// Marks are kept outside the objects (not in the header's Marked flag) so that marking
// writes nothing into old pages: those pages are shared between segment views and the
// STM privatizes them per segment, as in c7 where the mark bits also live outside the
// segments. Two objects are always at least 16 bytes apart, so each has its own bit.
// The bitmap is anonymous memory reserved for the whole old space and only touched
// (and cleared after each sweep) up to the pages actually in use.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stmvm.Gc;

internal sealed unsafe class MarkBits
{
    private readonly byte* _bits;
    private readonly long _start;
    private readonly long _bytes;

    public MarkBits(long oldStart, long oldSize)
    {
        _start = oldStart;
        _bytes = (oldSize / 16 + 7) / 8;
        nint m = Native.mmap(0, (nuint)_bytes, Native.PROT_READ | Native.PROT_WRITE,
            Native.MAP_PRIVATE | Native.MAP_ANONYMOUS | Native.MAP_NORESERVE, -1, 0);
        Native.Check(m != Native.MapFailed, "mapping the mark bitmap");
        _bits = (byte*)m;
    }

    /// Sets the mark of `obj`; false if it was set already.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySet(long obj)
    {
        long i = (obj - _start) >> 4;
        byte* p = _bits + (i >> 3);
        byte m = (byte)(1 << (int)(i & 7));
        if ((*p & m) != 0) return false;
        *p |= m;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSet(long obj)
    {
        long i = (obj - _start) >> 4;
        return (_bits[i >> 3] & (1 << (int)(i & 7))) != 0;
    }

    /// Clears the marks of [oldStart, oldStart + usedBytes).
    public void Clear(long usedBytes)
    {
        long n = Math.Min(_bytes, (usedBytes / 16 + 7) / 8);
        NativeMemory.Clear(_bits, (nuint)n);
    }
}
