// Shadows: old-space slots reserved for young objects whose identity was asked for
// (id(), default hash), as in PyPy's GC. Old objects never move, so the offset of an old
// object is its identity; a young object gets its future old location reserved now and
// the next minor collection copies it exactly there (Nursery.cs asks TakeShadow).
//
// Until that collection the reserved slot holds a placeholder: the object's header
// (flags: Overflow, so the verifier treats it as young) and length word, body zeroed, so
// that heap walks see a well-formed object. If the young object dies, the placeholder is
// turned into an ordinary dead old object (flag WriteBarrier) and the next major
// collection frees it. Shadows are per segment, like the nursery they belong to.
namespace Stmvm.Gc;

public sealed unsafe partial class Heap
{
    /// A stable identity for `obj`: itself if old, else the old-space slot reserved for it.
    public long StableIdentity(Segment s, long obj)
    {
        if (!IsYoung(obj)) return obj;
        s.Shadows ??= new Dictionary<long, long>();
        if (s.Shadows.TryGetValue(obj, out long shadow)) return shadow;
        byte* b = s.Base;
        long size = ObjectWalk.Size(b, obj);
        shadow = AllocForPromotion(s, size);
        System.Runtime.InteropServices.NativeMemory.Clear(b + shadow, (nuint)size);
        *(ulong*)(b + shadow) = (*(ulong*)(b + obj) & 0xFFFF_FFFF_0000_0000UL) | HeaderFlags.Overflow;
        *(long*)(b + shadow + 8) = *(long*)(b + obj + 8);
        s.Shadows[obj] = shadow;
        return shadow;
    }

    /// During a minor collection: the reserved slot of a young object, or 0.
    internal static long TakeShadow(Segment s, long obj)
        => s.Shadows != null && s.Shadows.Remove(obj, out long shadow) ? shadow : 0;

    /// At the end of a minor collection: placeholders of objects that died become plain garbage.
    internal static void DropShadows(Segment s, byte* b)
    {
        if (s.Shadows == null || s.Shadows.Count == 0) return;
        foreach (long shadow in s.Shadows.Values)
        {
            uint* f = (uint*)(b + shadow);
            *f = (*f & ~HeaderFlags.Overflow) | HeaderFlags.WriteBarrier;
        }
        s.Shadows.Clear();
    }
}
