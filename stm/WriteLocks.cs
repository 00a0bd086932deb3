// The write locks (c7's write_locks): one byte per 16 bytes of old space, in an anonymous
// mapping the kernel fills lazily, holding the index of the segment whose transaction
// owns the object (0: free). Taken by CAS in the write barrier's slow path, released at
// commit and abort. A lock owned by a doomed transaction may be taken over by CAS from its
// owner, so the loser releases only the locks still its own (CAS, never a plain store).
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Stm;

internal sealed unsafe class WriteLocks
{
    private readonly byte* _locks;
    private readonly long _oldStart;

    public WriteLocks(Heap heap)
    {
        _oldStart = heap.OldStart;
        nuint size = (nuint)((heap.Options.ViewSize - heap.OldStart) >> 4);
        nint m = Native.mmap(0, size, Native.PROT_READ | Native.PROT_WRITE,
            Native.MAP_PRIVATE | Native.MAP_ANONYMOUS | Native.MAP_NORESERVE, -1, 0);
        Native.Check(m != Native.MapFailed, "mapping the write locks");
        _locks = (byte*)m;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte Slot(long obj) => ref _locks[(obj - _oldStart) >> 4];

    public byte Owner(long obj) => Volatile.Read(ref Slot(obj));

    /// Sets the owner to `to` if it is `from`; true on success.
    public bool Swap(long obj, byte from, byte to) => Interlocked.CompareExchange(ref Slot(obj), to, from) == from;
}
