// Raw access to guest objects: a reference is an offset into the running thread's
// segment view, so every access is `Base + ref + offset`. The STM build gives each
// thread its own view; the non-STM build has one segment (ThreadBinding.cs: which view
// the calling thread runs in, and how reading it stays one load).
// These accessors do no barrier: callers go through stm's Barrier first (BarrierCheck.cs
// checks that they do, in a build made for it).
using System.Runtime.CompilerServices;

namespace Stmvm.Gc;

public static unsafe class Mem
{
    /// The calling thread's segment view.
    public static byte* Base
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ThreadBinding.Base;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Ptr(long obj) => Base + obj;

    // The same accesses through a view base `b` the caller read once (Mem.Base): in the STM
    // build with several threads each read of Base is a lookup, and a hot path that touches
    // a few fields pays it once. A base in a local is valid until the next safe point or
    // call that may run guest code or block, as a reference in a local is (a transaction
    // break there may move the thread to another segment).

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Load(byte* b, long obj, int offset)
    {
        BarrierCheck.Loading(obj);
        return *(long*)(b + obj + offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadValue(byte* b, long obj, int offset)
    {
        BarrierCheck.Loading(obj);
        return new(*(long*)(b + obj + offset));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(byte* b, long obj, int offset, long raw) => *(long*)(b + obj + offset) = raw;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint TypeId(byte* b, long obj) => *(ushort*)(b + obj + 4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Load(long obj, int offset)
    {
        BarrierCheck.Loading(obj);
        return *(long*)(Base + obj + offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadValue(long obj, int offset)
    {
        BarrierCheck.Loading(obj);
        return new(*(long*)(Base + obj + offset));
    }

    /// A load from a field written once, when its object was made (a type's index, an array's
    /// length): no other transaction can change it, so it needs no read barrier.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long LoadFinal(long obj, int offset) => *(long*)(Base + obj + offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadValueFinal(long obj, int offset) => new(*(long*)(Base + obj + offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(long obj, int offset, long raw) => *(long*)(Base + obj + offset) = raw;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreValue(long obj, int offset, Value v) => *(long*)(Base + obj + offset) = v.Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LoadDouble(long obj, int offset)
    {
        BarrierCheck.Loading(obj);
        return *(double*)(Base + obj + offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreDouble(long obj, int offset, double d) => *(double*)(Base + obj + offset) = d;

    /// The type id: bits 32-47 of the header word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint TypeId(long obj) => *(ushort*)(Base + obj + 4);

    /// Bits 48-63 of the header word: zero at allocation, kept by copying, never read by
    /// the collector; the VM's own (it records the class of a user subclass instance of an
    /// immutable built-in type there).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref ushort HeaderTag(long obj) => ref *(ushort*)(Base + obj + 6);

    /// The flags: the lower half of the header word (bits 0-15 gc/stm, 16-31 vm).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref uint Flags(long obj) => ref *(uint*)(Base + obj);

    /// Raw bytes of an object's body, from `offset` for `length` bytes.
    public static Span<byte> Bytes(long obj, int offset, int length)
    {
        BarrierCheck.Loading(obj);
        return new(Base + obj + offset, length);
    }

    /// Value words of an object, from `offset` for `count` words.
    public static Span<Value> Values(long obj, int offset, int count)
    {
        BarrierCheck.Loading(obj);
        return new(Base + obj + offset, count);
    }
}

/// Header flag bits. Bits 0-15 belong to gc and stm; bits 16-31 are the VM's own.
public static class HeaderFlags
{
    /// Old object not yet recorded in this transaction/collection cycle: a write must take the slow path.
    public const uint WriteBarrier = 1u << 0;
    /// Reserved. The major collection keeps its marks in a side bitmap (MarkBits.cs), not here.
    public const uint Marked = 1u << 1;
    /// A nursery object that was copied out: the word at offset 8 holds the new reference.
    public const uint Forwarded = 1u << 2;
    /// Allocated in old space while the nursery was full: young until the next minor collection.
    public const uint Overflow = 1u << 3;
    /// First bit the VM may use for its own purposes.
    public const uint FirstVmBit = 1u << 16;
}
