// The prebuilt singletons (old space, created first at start-up) and small helpers.
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Py
{
    public static Value None, True, False, Ellipsis, NotImplemented;

    internal static void CreateSingletons()
    {
        None = Singleton(TypeId.NoneType, 0);
        False = Singleton(TypeId.Bool, 0);
        True = Singleton(TypeId.Bool, 1);
        Ellipsis = Singleton(TypeId.EllipsisType, 0);
        NotImplemented = Singleton(TypeId.NotImplementedType, 0);
    }

    private static Value Singleton(TypeId id, long payload)
    {
        long obj = Collector.AllocateOld((uint)id, 16);
        Mem.Store(obj, Off.BoolValue, payload);
        var v = Value.FromRef(obj);
        Heap.Instance.GlobalRoots.Add(v);
        return v;
    }

    // Forced: the interpreter loop is past its inlining budget and would call it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Bool(bool b) => b ? True : False;
    public static bool IsNone(Value v) => v.Bits == None.Bits;
}
