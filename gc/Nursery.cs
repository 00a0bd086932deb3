// Minor collection: empties one segment's nursery by copying its live objects into old
// space (as c7's nursery.c, minus the STM parts that stm/ will add around it).
//
// Roots: the frames and root stacks of the mutators attached to the segment; the old
// objects the write barrier recorded (the remembered set: their value words may point
// into the nursery); and the overflow objects (allocated in old space since the last
// minor collection, young until now: they may point into the nursery too). A reference
// is young iff it lies in [NurseryStart, NurseryTop) of this segment.
//
// A young object is copied once: its nursery copy gets HeaderFlags.Forwarded and the
// new reference in its word at offset 8 (every object is at least 16 bytes). The copies
// are pushed on a stack and scanned in turn (Cheney's algorithm with a stack instead of
// a queue: order does not matter, and depth-first keeps linked structures together).
// Nothing recurses, so a million-node list is fine. Copies, remembered objects and
// overflow objects all leave with HeaderFlags.WriteBarrier set: the next store into
// them is recorded again. Finally only the used part of the nursery is zeroed (under
// GC stress this runs at every safe point) and the bump pointer goes back to the start.
//
// Large overflow objects (over SizeClasses.MaxSmall: big ints, long lists and strs) are
// not roots: they are young like the nursery, so the collection frees those it did not
// reach instead of leaving them, dead, to the next major collection (a program making big
// temporaries, such as pidigits' ints, otherwise filled 30 MB of old space with them
// between major collections). When there are any, every old reference met while tracing
// is checked for the Overflow flag (reached: flag cleared, traced), and GlobalRoots are
// roots too (a code constant may be one). Small overflow objects stay roots, as before:
// they share runs with other objects and wait for the major collection's sweep.
//
// All accesses go through the segment's own view base, not the running thread's:
// nursery offsets mean a different object in every view. While the STM runs a transaction
// in the segment (Segment.RecordMadeOld), every object made old here is also listed in
// Segment.MadeOld for the commit to publish. DropNursery (at an abort) throws the nursery,
// the overflow objects and the remembered set away instead of collecting them.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stmvm.Gc;

internal sealed unsafe class MinorCollection : RootVisitor
{
    private readonly Heap _heap;
    private readonly Segment _s;
    private byte* _b;
    private long _lo, _hi;
    private long[] _stack = new long[1024];
    private int _sp;
    private long _promoted;
    /// This collection frees the large overflow objects it does not reach.
    private bool _freeLarge;

    public MinorCollection(Heap heap, Segment s)
    {
        _heap = heap;
        _s = s;
    }

    /// Runs the collection; returns the bytes promoted.
    public long Run()
    {
        Segment s = _s;
        _b = s.Base;
        _lo = _heap.NurseryStart;
        _hi = s.NurseryTop;
        _promoted = 0;
        bool anyYoung = _hi > _lo;
        _freeLarge = false;
        foreach (long obj in CollectionsMarshal.AsSpan(s.Overflow))
            if (ObjectWalk.Size(_b, obj) > SizeClasses.MaxSmall) _freeLarge = true;

        if (anyYoung || _freeLarge)
        {
            foreach (Mutator m in Mutator.All())
            {
                if (m.Segment != s) continue;
                m.Frames?.VisitRoots(this);
                m.Roots.VisitRoots(this);
            }
            if (_freeLarge) _heap.GlobalRoots.VisitRoots(this);
        }

        foreach (long obj in CollectionsMarshal.AsSpan(s.Remembered))
        {
            if (anyYoung || _freeLarge) TraceObject(obj);
            *(uint*)(_b + obj) |= HeaderFlags.WriteBarrier;
        }
        s.Remembered.Clear();

        // Overflow objects may be added while we drain (none today: promotion never overflows),
        // so index rather than enumerate.
        for (int i = 0; i < s.Overflow.Count; i++)
        {
            long obj = s.Overflow[i];
            uint* f = (uint*)(_b + obj);
            if ((*f & HeaderFlags.Overflow) == 0 || (_freeLarge && ObjectWalk.Size(_b, obj) > SizeClasses.MaxSmall)) continue;
            if (anyYoung || _freeLarge) TraceObject(obj);
            *f = (*f & ~HeaderFlags.Overflow) | HeaderFlags.WriteBarrier;
            if (s.RecordMadeOld) s.MadeOld.Add(obj);
        }

        while (_sp > 0) TraceObject(_stack[--_sp]);

        // Large overflow objects still flagged were not reached.
        if (_freeLarge)
            foreach (long obj in CollectionsMarshal.AsSpan(s.Overflow))
                if ((*(uint*)(_b + obj) & HeaderFlags.Overflow) != 0) _heap.FreeUnreachedLarge(obj);
        s.Overflow.Clear();
        s.OverflowBytes = 0;
        Heap.DropShadows(s, _b);

        if (anyYoung) NativeMemory.Clear(_b + _lo, (nuint)(_hi - _lo));
        s.NurseryTop = _lo;
        s.NurseryLimit = _heap.NurseryEnd;
        return _promoted;
    }

    public override void Visit(ref long slot)
    {
        long v = slot;
        if ((ulong)(v - _lo) < (ulong)(_hi - _lo) && (v & 1) == 0) slot = Forward(v);
        else if (_freeLarge) Reach(v);
    }

    /// Under _freeLarge: if `v` is an overflow object not reached yet, it is now: flag it
    /// old (WriteBarrier) and trace it.
    private void Reach(long v)
    {
        if (v < _heap.OldStart || (v & 7) != 0) return;
        uint* hdr = (uint*)(_b + v);
        if ((*hdr & HeaderFlags.Overflow) == 0) return;
        *hdr = (*hdr & ~HeaderFlags.Overflow) | HeaderFlags.WriteBarrier;
        if (_s.RecordMadeOld) _s.MadeOld.Add(v);
        Push(v);
    }

    private void Push(long obj)
    {
        if (_sp == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_sp++] = obj;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TraceObject(long obj)
    {
        ObjectWalk.ValueRange(_b, obj, out long first, out long end);
        long lo = _lo;
        ulong span = (ulong)(_hi - lo);
        for (long* p = (long*)(_b + obj + first), e = (long*)(_b + obj + end); p < e; p++)
        {
            long v = *p;
            if ((ulong)(v - lo) < span && (v & 1) == 0) *p = Forward(v);
            else if (_freeLarge) Reach(v);
        }
    }

    private long Forward(long v)
    {
        uint* hdr = (uint*)(_b + v);
        if ((*hdr & HeaderFlags.Forwarded) != 0) return *(long*)(_b + v + 8);
        long size = ObjectWalk.Size(_b, v);
        long n = Heap.TakeShadow(_s, v);
        if (n == 0) n = _heap.AllocForPromotion(_s, size);
        Buffer.MemoryCopy(_b + v, _b + n, size, size);
        uint* nh = (uint*)(_b + n);
        *nh = (*nh & ~(HeaderFlags.Forwarded | HeaderFlags.Overflow | HeaderFlags.Marked)) | HeaderFlags.WriteBarrier;
        *hdr |= HeaderFlags.Forwarded;
        *(long*)(_b + v + 8) = n;
        _promoted += size;
        if (_s.RecordMadeOld) _s.MadeOld.Add(n);
        Push(n);
        return n;
    }
}

public sealed unsafe partial class Heap
{
    /// An aborted transaction's young objects are thrown away: the nursery is cleared, the
    /// overflow objects become old garbage for the next major collection (large ones are freed
    /// at once), the remembered set, the shadows and the made-old list are forgotten (the STM
    /// restores the remembered objects' committed bytes, flags included, from view 0).
    public void DropNursery(Segment s)
    {
        byte* b = s.Base;
        foreach (long obj in CollectionsMarshal.AsSpan(s.Overflow))
        {
            uint* f = (uint*)(b + obj);
            if ((*f & HeaderFlags.Overflow) == 0) continue;
            *f = (*f & ~HeaderFlags.Overflow) | HeaderFlags.WriteBarrier;
            if (ObjectWalk.Size(b, obj) > SizeClasses.MaxSmall) FreeUnreachedLarge(obj);
        }
        s.Overflow.Clear();
        s.OverflowBytes = 0;
        s.Remembered.Clear();
        DropShadows(s, b);
        s.MadeOld.Clear();
        if (s.NurseryTop > NurseryStart) NativeMemory.Clear(b + NurseryStart, (nuint)(s.NurseryTop - NurseryStart));
        s.NurseryTop = NurseryStart;
        s.NurseryLimit = NurseryEnd;
    }
}
