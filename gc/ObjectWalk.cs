// How the collector reads an object it knows nothing about: its size and where its
// value words are, both from the layout registered for the type id in its header
// (Layout.cs). Every collector phase (minor copy, major mark, verifier) goes through
// here, so the rules of LayoutKind are written down in one place only.
using System.Runtime.CompilerServices;

namespace Stmvm.Gc;

internal static unsafe class ObjectWalk
{
    /// Size in bytes of the object at `obj` seen through view base `b` (8-aligned, at least 16).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Size(byte* b, long obj)
    {
        ref readonly GcLayout l = ref Layouts.Get(*(ushort*)(b + obj + 4));
        if (l.Kind == LayoutKind.Fixed) return l.BaseSize < 16 ? 16 : l.BaseSize;
        return Layouts.SizeFor(l, *(long*)(b + obj + 8));
    }

    /// The byte range [first, end) of the object's value words.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ValueRange(byte* b, long obj, out long first, out long end)
    {
        ref readonly GcLayout l = ref Layouts.Get(*(ushort*)(b + obj + 4));
        first = l.FirstValue;
        end = l.Kind == LayoutKind.ValueArray ? l.BaseSize + 8 * *(long*)(b + obj + 8) : l.BaseSize;
    }
}
