// The heap verifier: walks all of old space and the roots and checks the collector's
// invariants. Used by the tests after every collection, and by the VM under
// HeapOptions.VerifyHeap (a debug flag: it costs a full heap walk per collection).
//
// It checks that the runs tile old space; that every small-run slot below the bump
// pointer is either a free slot (on its run's free list) or an object with a registered
// type id whose size fits the slot; that every value word of every object and every root
// is a small int, null, or the start of a live object; that global roots point to old
// objects; and, unless young objects are allowed (allowYoung: between collections),
// that no reference points into a nursery and every old object carries WriteBarrier.
namespace Stmvm.Gc;

/// The heap verifier found a broken invariant.
public sealed class HeapCorruptionException(string message) : Exception(message);

public static unsafe class HeapVerifier
{
    private const int MaxErrors = 50;

    /// Throws HeapCorruptionException listing the first errors Check finds.
    public static void Verify(Heap heap, bool allowYoung = false)
    {
        var errors = Check(heap, allowYoung);
        if (errors.Count > 0)
            throw new HeapCorruptionException($"heap verification failed ({errors.Count} errors):\n" + string.Join("\n", errors));
    }

    /// The broken invariants found (at most MaxErrors), empty if the heap is sound.
    public static List<string> Check(Heap heap, bool allowYoung = false) => new Walker(heap, allowYoung).Run();

    private sealed class Walker(Heap heap, bool allowYoung) : RootVisitor
    {
        private readonly List<string> _errors = new();
        private readonly byte* _b = heap.OldBase;
        private string _rootKind = "";
        private long _objects;

        private void Error(string e)
        {
            if (_errors.Count < MaxErrors) _errors.Add(e);
        }

        public List<string> Run()
        {
            lock (heap.OldLock)
            {
                WalkOldSpace();
                _rootKind = "global root";
                heap.GlobalRoots.VisitRoots(this);
                foreach (Mutator m in Mutator.All())
                {
                    _rootKind = "frame root";
                    m.Frames?.VisitRoots(this);
                    _rootKind = "root stack";
                    m.Roots.VisitRoots(this);
                }
            }
            return _errors;
        }

        public override void Visit(ref long slot)
        {
            long v = slot;
            if (!Value.IsRefBits(v)) return;
            if (heap.IsYoung(v))
            {
                if (_rootKind == "global root") Error($"global root 0x{v:x} points into a nursery");
                else if (!allowYoung) Error($"{_rootKind} 0x{v:x} points into a nursery after a collection");
                return;
            }
            if (!heap.IsOldObjectUnlocked(v)) Error($"{_rootKind} 0x{v:x} is not an object");
        }

        private void WalkOldSpace()
        {
            OldPages pages = heap.Pages;
            long used = 0;
            int p = 0;
            while (p < pages.Top)
            {
                Run? r = pages.RunAt(p);
                if (r == null || r.First != p || r.Pages <= 0 || r.Kind == RunKind.Dead)
                {
                    Error($"old space page {p} does not start a run");
                    return;
                }
                if (pages.RunAt(p + r.Pages - 1) != r) Error($"run at page {p}: its last page does not map back to it");
                switch (r.Kind)
                {
                    case RunKind.Small: used += r.Pages; WalkSmallRun(r); break;
                    case RunKind.Large: used += r.Pages; CheckObject(pages.Offset(r.First), (long)r.Pages * Heap.PageSize); break;
                }
                p += r.Pages;
            }
            if (used != pages.UsedPages) Error($"runs cover {used} used pages, the allocator counts {pages.UsedPages}");
        }

        private void WalkSmallRun(Run r)
        {
            if (r.Bump < r.Start || r.Bump > r.End || (r.Bump - r.Start) % r.SlotSize != 0)
            {
                Error($"small run at 0x{r.Start:x}: bad bump pointer 0x{r.Bump:x}");
                return;
            }
            long freeSlots = 0;
            for (long o = r.Start; o < r.Bump; o += r.SlotSize)
            {
                if (*(ulong*)(_b + o) == Heap.FreeSlotHeader) freeSlots++;
                else CheckObject(o, r.SlotSize);
            }
            long listed = 0;
            for (long f = r.FreeHead; f != 0; f = *(long*)(_b + f + 8))
            {
                if (f < r.Start || f >= r.Bump || (f - r.Start) % r.SlotSize != 0 || *(ulong*)(_b + f) != Heap.FreeSlotHeader)
                {
                    Error($"small run at 0x{r.Start:x}: bad free-list entry 0x{f:x}");
                    return;
                }
                if (++listed > freeSlots) break;
            }
            if (listed != freeSlots) Error($"small run at 0x{r.Start:x}: {freeSlots} free slots, {listed} on its free list");
        }

        private void CheckObject(long obj, long room)
        {
            _objects++;
            uint flags = *(uint*)(_b + obj);
            uint type = *(ushort*)(_b + obj + 4);
            if (!Layouts.IsRegistered(type))
            {
                Error($"object 0x{obj:x}: unregistered type id {type}");
                return;
            }
            long size = ObjectWalk.Size(_b, obj);
            if (size > room) Error($"object 0x{obj:x} ({Layouts.Get(type).Name}): size {size} exceeds its slot of {room}");
            if ((flags & HeaderFlags.Forwarded) != 0) Error($"old object 0x{obj:x} is marked forwarded");
            if (!allowYoung)
            {
                if ((flags & HeaderFlags.Overflow) != 0) Error($"object 0x{obj:x} still has the overflow flag after a collection");
                if ((flags & HeaderFlags.WriteBarrier) == 0) Error($"old object 0x{obj:x} lacks the write-barrier flag after a collection");
            }
            ObjectWalk.ValueRange(_b, obj, out long first, out long end);
            if (end > size) { Error($"object 0x{obj:x}: value words end at {end}, past its size {size}"); return; }
            for (long off = first; off < end; off += 8)
            {
                long v = *(long*)(_b + obj + off);
                if (!Value.IsRefBits(v)) continue;
                if (heap.IsYoung(v))
                {
                    if (!allowYoung) Error($"object 0x{obj:x}+{off}: reference 0x{v:x} into a nursery after a collection");
                    continue;
                }
                if (!heap.IsOldObjectUnlocked(v)) Error($"object 0x{obj:x} ({Layouts.Get(type).Name})+{off}: 0x{v:x} is not an object");
            }
        }
    }
}
