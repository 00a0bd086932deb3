// The read and write barriers every heap access of the VM goes through. The non-STM build
// does only the GC's part (the write barrier feeds the remembered set); the STM build
// adds the read marker and, on the write slow path, the write lock, page privatisation
// and modified list (StmBarrier.cs).
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Stm;

public static class Barrier
{
    /// Call before reading a mutable object's fields.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read(long obj)
    {
#if NOSTM
        BarrierCheck.Saw(obj);
#else
        StmBarrier.Read(obj);
#endif
    }

    /// Read(obj) through a view base the caller holds (Mem.cs: when it stays valid).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Read(byte* b, long obj)
    {
#if NOSTM
        BarrierCheck.Saw(obj);
#else
        StmBarrier.Read(b, obj);
#endif
    }

    /// Write(obj) through a view base the caller holds.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Write(byte* b, long obj)
    {
        BarrierCheck.Saw(obj);
#if NOSTM
        if ((*(uint*)(b + obj) & HeaderFlags.WriteBarrier) != 0) Collector.WriteBarrier(obj);
#else
        if ((*(uint*)(b + obj) & HeaderFlags.WriteBarrier) != 0) StmBarrier.WriteSlow(obj);
#endif
    }

    /// Call before writing any field of `obj`.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(long obj)
    {
#if NOSTM
        BarrierCheck.Saw(obj);
        Collector.WriteBarrier(obj);
#else
        StmBarrier.Write(obj);
#endif
    }
}
