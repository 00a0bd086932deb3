// The read and write barriers every heap access of the VM goes through.
// Today they do only the GC's part (the write barrier feeds the remembered set);
// the STM build will add read markers and write locks here, and nowhere else.
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Stm;

public static class Barrier
{
    /// Call before reading a mutable object's fields.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read(long obj) => BarrierCheck.Saw(obj);

    /// Call before writing any field of `obj`.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(long obj)
    {
        BarrierCheck.Saw(obj);
        Collector.WriteBarrier(obj);
    }
}
