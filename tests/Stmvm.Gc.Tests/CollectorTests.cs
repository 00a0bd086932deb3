// Directed tests of allocation, minor and major collection, roots and the heap limit.
using Stmvm.Gc;
using Xunit;
using static Stmvm.Gc.Tests.H;

namespace Stmvm.Gc.Tests;

[Collection("gc")]
public sealed unsafe class CollectorTests(GcFixture fx)
{
    private Heap Heap => fx.Heap;

    [Fact]
    public void LayoutSizes()
    {
        Assert.Equal(32, Layouts.SizeFor(Layouts.Get(GcFixture.Node), 0));
        Assert.Equal(16, Layouts.SizeFor(Layouts.Get(GcFixture.Arr), 0));
        Assert.Equal(16 + 8 * 5, Layouts.SizeFor(Layouts.Get(GcFixture.Arr), 5));
        Assert.Equal(16 + 8, Layouts.SizeFor(Layouts.Get(GcFixture.Bytes), 1));
        Assert.Equal(16 + 16, Layouts.SizeFor(Layouts.Get(GcFixture.Bytes), 9));
        Assert.Throws<ArgumentException>(() => Layouts.Register(950, GcLayout.Values("bad", 16, 8)));
    }

    [Fact]
    public void SizeClassesCoverEverySmallSize()
    {
        for (long s = 16; s <= SizeClasses.MaxSmall; s += 8)
        {
            int c = SizeClasses.ClassOf(s);
            int slot = SizeClasses.Size[c];
            Assert.True(slot >= s, $"class of {s} has slot {slot}");
            Assert.True(slot - s <= Math.Max(8, s / 7), $"size {s} wastes {slot - s} in slot {slot}");
            if (c > 0) Assert.True(SizeClasses.Size[c - 1] < s);
        }
    }

    [Fact]
    public void AllocationBasics()
    {
        using var t = new TestMutator(Heap);
        long a = Collector.Allocate(GcFixture.Node, 32);
        long b = Collector.Allocate(GcFixture.Node, 32);
        Assert.True(Collector.IsYoung(a));
        Assert.Equal(32, b - a);
        Assert.Equal(0, a & 7);
        Assert.Equal(GcFixture.Node, Mem.TypeId(a));
        Assert.Equal(0u, Mem.Flags(a));
        Assert.Equal(0, Mem.Load(a, 16));

        long arr = Collector.AllocateArray(GcFixture.Arr, 7);
        Assert.Equal(7, Mem.Load(arr, 8));

        long old = Collector.AllocateOld(GcFixture.Pair, 24);
        Assert.False(Collector.IsYoung(old));
        Assert.True(Heap.IsOldObject(old));
        Assert.NotEqual(0u, Mem.Flags(old) & HeaderFlags.WriteBarrier);
        Assert.Equal(0, Mem.Load(old, 8));
        Assert.Equal(0, Mem.Load(old, 16));
    }

    [Fact]
    public void MinorKeepsReachableUpdatesReferencesDropsGarbage()
    {
        using var t = new TestMutator(Heap);
        Value head = Value.Null;
        for (int i = 0; i < 100; i++)
        {
            Collector.Allocate(GcFixture.Pair, 24); // garbage between the nodes
            head = Ref(NewNode(i, head, Int(i * 10)));
        }
        t.Frame[0] = head;
        long promotedBefore = Heap.Stats.BytesPromoted;
        long minorsBefore = Heap.Stats.MinorCollections;
        Collector.Collect();

        Assert.Equal(minorsBefore + 1, Heap.Stats.MinorCollections);
        Assert.Equal(100 * 32, Heap.Stats.BytesPromoted - promotedBefore);
        Assert.Equal(Heap.NurseryStart, t.Segment.NurseryTop);
        Value v = t.Frame[0];
        Assert.NotEqual(head, v);
        for (int i = 99; i >= 0; i--)
        {
            Assert.True(v.IsRef);
            Assert.False(Collector.IsYoung(v.Ref));
            Assert.True(Heap.IsOldObject(v.Ref));
            Assert.Equal(i, Mem.Load(v.Ref, GcFixture.NodeId));
            Assert.Equal(Int(i * 10), Mem.LoadValue(v.Ref, GcFixture.NodeData));
            Assert.NotEqual(0u, Mem.Flags(v.Ref) & HeaderFlags.WriteBarrier);
            v = Mem.LoadValue(v.Ref, GcFixture.NodeNext);
        }
        Assert.True(v.IsNull);
        AssertHeapSound(Heap);
    }

    [Fact]
    public void SharedYoungObjectIsCopiedOnce()
    {
        using var t = new TestMutator(Heap);
        long shared = NewNode(7, Value.Null, Int(1));
        t.Frame[0] = Ref(NewNode(1, Ref(shared), Ref(shared)));
        t.Frame[1] = Ref(shared);
        Collector.Collect();
        long a = t.Frame[0].Ref;
        Assert.Equal(t.Frame[1], Mem.LoadValue(a, GcFixture.NodeNext));
        Assert.Equal(t.Frame[1], Mem.LoadValue(a, GcFixture.NodeData));
        AssertHeapSound(Heap);
    }

    [Fact]
    public void RememberedSetKeepsOldToYoungLinks()
    {
        using var t = new TestMutator(Heap);
        long old = Collector.AllocateOld(GcFixture.Pair, 24);
        t.Frame[0] = Ref(old);
        long young = NewNode(42, Value.Null, Int(5));
        Set(old, 8, Ref(young));
        Assert.Equal(0u, Mem.Flags(old) & HeaderFlags.WriteBarrier);
        Collector.Collect();
        Assert.NotEqual(0u, Mem.Flags(old) & HeaderFlags.WriteBarrier);
        Value moved = Mem.LoadValue(old, 8);
        Assert.NotEqual(young, moved.Ref);
        Assert.False(Collector.IsYoung(moved.Ref));
        Assert.Equal(42, Mem.Load(moved.Ref, GcFixture.NodeId));

        // A second round: the barrier records the object again.
        long young2 = NewNode(43, Value.Null, Value.Null);
        Set(moved.Ref, GcFixture.NodeNext, Ref(young2));
        Collector.Collect();
        Value moved2 = Mem.LoadValue(moved.Ref, GcFixture.NodeNext);
        Assert.Equal(43, Mem.Load(moved2.Ref, GcFixture.NodeId));
        AssertHeapSound(Heap);
    }

    [Fact]
    public void OverflowObjectsAreYoungUntilTheNextMinor()
    {
        using var t = new TestMutator(Heap);
        // Fill the nursery: the allocation after it overflows into old space.
        long n = 0;
        while (t.Segment.NurseryTop + 32 <= t.Segment.NurseryLimit) n = NewNode(1, Value.Null, Value.Null);
        Assert.True(Collector.IsYoung(n));
        Assert.False(t.Segment.CollectionRequested);
        long ov = NewNode(2, Ref(n), Value.Null);           // overflow object -> nursery object
        Assert.False(Collector.IsYoung(ov));
        Assert.NotEqual(0u, Mem.Flags(ov) & HeaderFlags.Overflow);
        Assert.Equal(0u, Mem.Flags(ov) & HeaderFlags.WriteBarrier);
        Assert.True(t.Segment.CollectionRequested);
        Mem.StoreValue(n, GcFixture.NodeData, Ref(ov));      // nursery object -> overflow object
        long ov2 = NewNode(3, Value.Null, Value.Null);       // overflow reachable only from ov's chain? no: from root
        Mem.StoreValue(ov, GcFixture.NodeData, Ref(ov2));    // no barrier needed: overflow objects are young
        t.Frame[0] = Ref(ov);
        AssertHeapSound(Heap, allowYoung: true);

        Collector.SafePoint();
        Assert.False(t.Segment.CollectionRequested);
        Assert.Equal(ov, t.Frame[0].Ref);                    // overflow objects do not move
        Assert.Equal(0u, Mem.Flags(ov) & HeaderFlags.Overflow);
        Assert.NotEqual(0u, Mem.Flags(ov) & HeaderFlags.WriteBarrier);
        long nMoved = Mem.LoadValue(ov, GcFixture.NodeNext).Ref;
        Assert.False(Collector.IsYoung(nMoved));
        Assert.Equal(ov, Mem.LoadValue(nMoved, GcFixture.NodeData).Ref);
        Assert.Equal(3, Mem.Load(Mem.LoadValue(ov, GcFixture.NodeData).Ref, GcFixture.NodeId));
        AssertHeapSound(Heap);
    }

    [Fact]
    public void MajorCollectionFreesAndReusesMemory()
    {
        using var t = new TestMutator(Heap);
        Collector.Collect(forceMajor: true);
        long baseBytes = Heap.Stats.OldBytes;
        long basePages = Heap.OldPagesInUse;

        // 4 MiB of garbage old objects plus a few survivors.
        t.Frame[0] = Ref(Collector.AllocateOldArray(GcFixture.Arr, 100));
        long firstPeak = 0;
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < 4 << 20 >> 5; i++)
            {
                long o = Collector.AllocateOld(GcFixture.Node, 32);
                if (i % 1000 == 0) Set(t.Frame[0].Ref, 16 + 8 * (i / 1000 % 100), Ref(o));
            }
            Collector.Collect();
            long grown = Heap.Stats.OldBytes;
            long grownPages = Heap.OldPagesInUse;
            Assert.True(grown > baseBytes + (3 << 20), $"OldBytes {grown}");
            long majors = Heap.Stats.MajorCollections;
            Collector.Collect(forceMajor: true);
            Assert.Equal(majors + 1, Heap.Stats.MajorCollections);
            Assert.True(Heap.Stats.OldBytes < baseBytes + (64 << 10), $"OldBytes {Heap.Stats.OldBytes} after major, {baseBytes} before");
            Assert.True(Heap.OldPagesInUse < grownPages / 2, $"pages {Heap.OldPagesInUse} after, {grownPages} before");
            // Survivors pin their pages (non-moving): about one page per survivor here.
            Assert.True(Heap.OldPagesInUse <= basePages + 110, $"pages {Heap.OldPagesInUse} after, {basePages} at start");
            // The second round reuses the freed pages instead of taking new ones.
            if (round == 0) firstPeak = grownPages;
            else Assert.True(grownPages <= firstPeak + 8, $"round 2 took {grownPages} pages, round 1 {firstPeak}");
            AssertHeapSound(Heap);
        }
        for (int i = 0; i < 100; i++)
        {
            Value v = Mem.LoadValue(t.Frame[0].Ref, 16 + 8 * i);
            if (i < 100 && v.IsRef) Assert.Equal(GcFixture.Node, Mem.TypeId(v.Ref));
        }
        Assert.True(Heap.Stats.PeakOldBytes >= baseBytes + (3 << 20));
    }

    [Fact]
    public void GrowthTriggersAMajorCollection()
    {
        using var t = new TestMutator(Heap);
        Collector.Collect(forceMajor: true);
        long majors = Heap.Stats.MajorCollections;
        // Young garbage never reaches old space; promoted garbage does.
        for (int round = 0; round < 200 && Heap.Stats.MajorCollections == majors; round++)
        {
            Value head = Value.Null;
            for (int i = 0; i < 2000; i++) head = Ref(NewNode(i, head, Value.Null));
            t.Frame[0] = head;
            Collector.SafePoint();
            Collector.Collect();
        }
        Assert.True(Heap.Stats.MajorCollections > majors, "no major collection after promoting plenty of garbage");
        AssertHeapSound(Heap);
    }

    [Fact]
    public void UnreachedLargeOverflowObjectsDieAtTheMinorCollection()
    {
        using var t = new TestMutator(Heap);
        Collector.Collect(forceMajor: true);
        long pages0 = Heap.OldPagesInUse;
        const int len = 10_000; // 80 KiB, 20 pages: large overflow objects
        long dead = Collector.AllocateArray(GcFixture.Arr, len);
        Mem.StoreValue(dead, 16, Ref(NewNode(1, Value.Null, Value.Null)));
        long rooted = Collector.AllocateArray(GcFixture.Arr, len);
        long inner = Collector.AllocateArray(GcFixture.Arr, len);   // reached only through `rooted`
        long global = Collector.AllocateArray(GcFixture.Arr, len);  // reached only from GlobalRoots
        long small = NewNode(2, Value.Null, Value.Null);
        Mem.StoreValue(rooted, 16, Ref(inner));
        Mem.StoreValue(inner, 16, Ref(small));
        Mem.StoreValue(global, 24, Int(7));
        t.Frame[0] = Ref(rooted);
        int handle = Heap.GlobalRoots.Add(Ref(global));
        Assert.True(Heap.OldPagesInUse >= pages0 + 80);

        Collector.Collect();
        Assert.True(Heap.OldPagesInUse <= pages0 + 60 + 4, $"{Heap.OldPagesInUse} pages, {pages0} before");
        Assert.Equal(rooted, t.Frame[0].Ref);
        Assert.Equal(inner, Mem.LoadValue(rooted, 16).Ref);
        long moved = Mem.LoadValue(inner, 16).Ref;
        Assert.False(Collector.IsYoung(moved));
        Assert.Equal(2, Mem.Load(moved, GcFixture.NodeId));
        Assert.Equal(Int(7), Mem.LoadValue(Heap.GlobalRoots[handle].Ref, 24));
        foreach (long o in new[] { rooted, inner, global })
            Assert.Equal(0u, Mem.Flags(o) & HeaderFlags.Overflow);
        AssertHeapSound(Heap);

        t.Frame[0] = Value.Null;
        Heap.GlobalRoots[handle] = Value.Null;
        Collector.Collect(forceMajor: true);
        Assert.True(Heap.OldPagesInUse <= pages0 + 2, $"{Heap.OldPagesInUse} pages, {pages0} before");
    }

    [Fact]
    public void LargeObjects()
    {
        using var t = new TestMutator(Heap);
        Collector.Collect(forceMajor: true);
        long pages0 = Heap.OldPagesInUse;
        const int len = 10_000; // 80 KiB: straight into old space
        long big = Collector.AllocateArray(GcFixture.Arr, len);
        Assert.False(Collector.IsYoung(big));
        Assert.NotEqual(0u, Mem.Flags(big) & HeaderFlags.Overflow);
        Assert.Equal(0, big % Heap.PageSize);
        for (int i = 0; i < len; i++)
            Mem.StoreValue(big, 16 + 8 * i, i % 3 == 0 ? Ref(NewNode(i, Value.Null, Value.Null)) : Int(i));
        t.Frame[0] = Ref(big);
        Collector.Collect();
        Assert.Equal(big, t.Frame[0].Ref);
        for (int i = 0; i < len; i++)
        {
            Value v = Mem.LoadValue(big, 16 + 8 * i);
            if (i % 3 == 0) Assert.Equal(i, Mem.Load(v.Ref, GcFixture.NodeId));
            else Assert.Equal(Int(i), v);
        }
        long bytes = Collector.AllocateArray(GcFixture.Bytes, 1 << 20);
        Mem.Bytes(bytes, 16, 1 << 20).Fill(0xAB);
        t.Frame[1] = Ref(bytes);
        Collector.Collect(forceMajor: true);
        Assert.True(Heap.OldPagesInUse >= pages0 + 256 + 20);
        Assert.Equal(0xAB, Mem.Bytes(t.Frame[1].Ref, 16, 1 << 20)[12345]);
        AssertHeapSound(Heap);

        t.Frame[0] = t.Frame[1] = Value.Null;
        Collector.Collect(forceMajor: true);
        Assert.True(Heap.OldPagesInUse <= pages0 + 2, $"{Heap.OldPagesInUse} pages, {pages0} before");
        // Reused pages come back zeroed.
        long again = Collector.AllocateArray(GcFixture.Bytes, 1 << 20);
        Assert.Equal(0, Mem.Bytes(again, 16, 1 << 20)[12345]);
        AssertHeapSound(Heap, allowYoung: true);
    }

    [Fact]
    public void IdentityOfAYoungObjectSurvivesPromotion()
    {
        using var t = new TestMutator(Heap);
        long young = NewNode(5, Value.Null, Int(6));
        long id = Identity.Of(young);
        Assert.False(Collector.IsYoung(id));
        Assert.Equal(id, Identity.Of(young));
        long dead = Collector.AllocateArray(GcFixture.Arr, 3);
        long deadId = Identity.Of(dead);
        t.Frame[0] = Ref(young);
        AssertHeapSound(Heap, allowYoung: true);
        Collector.Collect();
        Assert.Equal(id, t.Frame[0].Ref);
        Assert.Equal(id, Identity.Of(t.Frame[0].Ref));
        Assert.Equal(5, Mem.Load(id, GcFixture.NodeId));
        Assert.Equal(Int(6), Mem.LoadValue(id, GcFixture.NodeData));
        AssertHeapSound(Heap);
        Assert.True(Heap.IsOldObject(deadId));
        Collector.Collect(forceMajor: true);
        Assert.False(Heap.IsOldObject(deadId));
        AssertHeapSound(Heap);
    }

    [Fact]
    public void RootScopesAreScannedAndUpdated()
    {
        using var t = new TestMutator(Heap);
        int top = t.Mutator.Roots.Top;
        using (var scope = new RootScope())
        {
            long young = NewNode(9, Value.Null, Int(3));
            int h = scope.Add(Ref(young));
            Collector.Collect(); // stands for a call into guest code
            long moved = scope[h].Ref;
            Assert.NotEqual(young, moved);
            Assert.Equal(9, Mem.Load(moved, GcFixture.NodeId));
            Collector.Collect(forceMajor: true);
            Assert.Equal(moved, scope[h].Ref);
            Assert.Equal(9, Mem.Load(moved, GcFixture.NodeId));
        }
        Assert.Equal(top, t.Mutator.Roots.Top);
    }

    [Fact]
    public void GlobalRootsKeepOldObjects()
    {
        using var t = new TestMutator(Heap);
        long g = Collector.AllocateOld(GcFixture.Pair, 24);
        int h = Heap.GlobalRoots.Add(Ref(g));
        try
        {
            Set(g, 8, Ref(NewNode(77, Value.Null, Value.Null)));
            Collector.Collect(forceMajor: true);
            Collector.Collect(forceMajor: true);
            Assert.True(Heap.IsOldObject(g));
            Assert.Equal(77, Mem.Load(Mem.LoadValue(g, 8).Ref, GcFixture.NodeId));
            AssertHeapSound(Heap);
        }
        finally
        {
            Heap.GlobalRoots[h] = Value.Null;
        }
    }

    [Fact]
    public void HeapLimitRaisesHeapExhausted()
    {
        using var t = new TestMutator(Heap);
        Collector.Collect(forceMajor: true);
        long saved = Heap.Options.HeapLimit;
        Heap.Options.HeapLimit = (Heap.OldPagesInUse + 1024) * Heap.PageSize; // 4 MiB more
        try
        {
            var ex = Assert.Throws<HeapExhaustedException>(() =>
            {
                for (int i = 0; i < 100; i++) t.Frame[i % 8] = Ref(Collector.AllocateArray(GcFixture.Bytes, 1 << 20));
            });
            Assert.True(ex.Requested >= 1 << 20);
            Assert.Throws<HeapExhaustedException>(() => { for (int i = 0; i < 1_000_000; i++) Collector.AllocateOld(GcFixture.Node, 32); });
            Assert.True(t.Segment.CollectionRequested);
            Array.Clear(t.Frame);
            Collector.Collect(forceMajor: true);
            // Memory is available again.
            t.Frame[0] = Ref(Collector.AllocateArray(GcFixture.Bytes, 1 << 20));
            AssertHeapSound(Heap, allowYoung: true);
        }
        finally
        {
            Heap.Options.HeapLimit = saved;
        }
    }

    [Fact]
    public void DeepLinkedListSurvivesMinorAndMajor()
    {
        using var t = new TestMutator(Heap);
        const int count = 1_000_000;
        long head = 0;
        for (int i = 0; i < count; i++)
        {
            head = NewNode(i, head == 0 ? Value.Null : Ref(head), Int(i));
            if (i % 100_000 == 0)
            {
                t.Frame[0] = Ref(head);
                Collector.SafePoint();
                head = t.Frame[0].Ref;
            }
        }
        t.Frame[0] = Ref(head);
        Collector.Collect();
        CheckList(t.Frame[0], count);
        Collector.Collect(forceMajor: true);
        CheckList(t.Frame[0], count);
        AssertHeapSound(Heap);
        t.Frame[0] = Value.Null;
        Collector.Collect(forceMajor: true);

        static void CheckList(Value v, int count)
        {
            for (int i = count - 1; i >= 0; i--)
            {
                if (Mem.Load(v.Ref, GcFixture.NodeId) != i) Assert.Fail($"node {i} has id {Mem.Load(v.Ref, GcFixture.NodeId)}");
                v = Mem.LoadValue(v.Ref, GcFixture.NodeNext);
            }
            Assert.True(v.IsNull);
        }
    }

    [Fact]
    public void StressModeCollectsAtEverySafePoint()
    {
        using var t = new TestMutator(Heap);
        Heap.Options.Stress = true;
        try
        {
            t.Segment.CollectionRequested = true;
            long minors = Heap.Stats.MinorCollections, majors = Heap.Stats.MajorCollections;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (int i = 0; i < 5000; i++)
            {
                t.Frame[0] = Ref(NewNode(i, t.Frame[0], Int(i)));
                if (i % 50 == 0) t.Frame[0] = Value.Null;
                Collector.SafePoint();
            }
            Assert.True(t.Segment.CollectionRequested);
            Assert.True(Heap.Stats.MinorCollections >= minors + 5000);
            Assert.True(Heap.Stats.MajorCollections >= majors + 5000 / Heap.Options.StressMajorInterval);
            Assert.True(sw.Elapsed.TotalSeconds < 20, $"5000 stress safe points took {sw.Elapsed}");
        }
        finally
        {
            Heap.Options.Stress = false;
            t.Segment.CollectionRequested = false;
        }
        AssertHeapSound(Heap);
    }
}
