#if !NOSTM
// The calling thread's view base found from its stack address, for the STM build once
// several threads run (ThreadBinding.cs). A [ThreadStatic] read costs a call into the
// runtime's TLS getter at every object access; threads' stacks, though, are disjoint
// address ranges, so the address of any local variable says which thread is running.
//
// The address space is cut into 2 MiB granules; a direct-mapped table of Count slots
// holds, per slot, the one granule it describes and the base of the thread whose stack
// covers it. A read is: take a local's address, shift, mask, load the slot's granule,
// compare, load the base: no call. A miss (the granule is not registered: its slot holds
// another granule, or two threads' stacks share the granule) falls back to the
// thread-static read, which is always right.
//
// Registration (Register, at every bind; Unregister when the thread unbinds) happens
// under a lock. A granule two threads' stacks both touch is marked Shared and matches no
// one. A thread only ever reads slots of its own granules (its own stack), which only
// it writes while it runs, so the reads need no lock; a slot another thread marks Shared
// meanwhile just turns into misses.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stmvm.Gc;

internal static unsafe partial class StackSlots
{
    private const int GranuleShift = 21, Count = 4096, Mask = Count - 1;
    private const nuint Free = 0;
    /// A granule two threads' stacks touch: no address shifts to it, so it matches no one.
    private static readonly nuint Shared = nuint.MaxValue;

    private struct Slot
    {
        public nuint Granule;
        public byte* Base;
        public Segment? Segment;
        public Mutator? Mutator;
        public int Owner;
    }

    private static readonly Slot[] _slots = new Slot[Count];
    private static readonly object _lock = new();

    /// The granules of the calling thread's stack (0, 0 until it registers).
    [ThreadStatic] private static nuint _lo, _hi;

    /// The slot of the calling thread's current stack granule `g` (it is the thread's own
    /// binding only if the slot's Granule is g).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Slot Find(out nuint g)
    {
        byte probe;
        g = (nuint)(&probe) >> GranuleShift;
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), (int)(g & Mask));
    }

    /// The calling thread's base if its stack granule is registered, else null.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Base()
    {
        ref Slot s = ref Find(out nuint g);
        return s.Granule == g ? s.Base : null;
    }

    /// The calling thread's segment if its stack granule is registered, else null.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Segment? Segment()
    {
        ref Slot s = ref Find(out nuint g);
        return s.Granule == g ? s.Segment : null;
    }

    /// The calling thread's mutator if its stack granule is registered, else null.
    public static Mutator? Mutator()
    {
        ref Slot s = ref Find(out nuint g);
        return s.Granule == g ? s.Mutator : null;
    }

    /// Registers (or updates) the calling thread's stack granules with its binding.
    public static void Register(Mutator? m, Segment segment)
    {
        if (_hi == 0) FindStack();
        int me = Environment.CurrentManagedThreadId;
        lock (_lock)
        {
            for (nuint g = _lo; g <= _hi; g++)
            {
                ref Slot s = ref _slots[(int)(g & Mask)];
                if (s.Granule == Free || (s.Granule == g && s.Owner == me))
                {
                    s.Base = segment.Base;
                    s.Segment = segment;
                    s.Mutator = m;
                    s.Owner = me;
                    Volatile.Write(ref s.Granule, g);
                }
                else if (s.Granule == g) s.Granule = Shared;
            }
        }
    }

    /// Frees the calling thread's slots (it ends, or stops being a mutator).
    public static void Unregister()
    {
        if (_hi == 0) return;
        int me = Environment.CurrentManagedThreadId;
        lock (_lock)
            for (nuint g = _lo; g <= _hi; g++)
            {
                ref Slot s = ref _slots[(int)(g & Mask)];
                if (s.Granule == g && s.Owner == me) s = default;
            }
    }

    private static void FindStack()
    {
        byte* attr = stackalloc byte[128];
        if (pthread_getattr_np(pthread_self(), attr) != 0) return;
        nint addr;
        nuint size;
        int r = pthread_attr_getstack(attr, &addr, &size);
        pthread_attr_destroy(attr);
        if (r != 0 || size == 0) return;
        _lo = (nuint)addr >> GranuleShift;
        _hi = ((nuint)addr + size - 1) >> GranuleShift;
    }

    [LibraryImport("libc")]
    private static partial nint pthread_self();

    [LibraryImport("libc")]
    private static partial int pthread_getattr_np(nint thread, byte* attr);

    [LibraryImport("libc")]
    private static partial int pthread_attr_getstack(byte* attr, nint* addr, nuint* size);

    [LibraryImport("libc")]
    private static partial int pthread_attr_destroy(byte* attr);
}
#endif
