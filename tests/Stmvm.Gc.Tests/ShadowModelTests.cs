// Randomized allocation and mutation checked against a shadow model in plain C#:
// random object graphs (value arrays with random links, small-int payloads, nulls; byte
// arrays with random contents; sometimes large; sometimes allocated old), random link
// removals and root changes, collections (minor, major, at safe points) interleaved.
// After every collection the whole reachable graph is compared with the model (same
// shape, same payloads, one heap object per model object) and the heap verifier runs.
using System.Diagnostics;
using Stmvm.Gc;
using Xunit;
using Xunit.Abstractions;
using static Stmvm.Gc.Tests.H;

namespace Stmvm.Gc.Tests;

[Collection("gc")]
public sealed class ShadowModelTests(GcFixture fx, ITestOutputHelper output)
{
    private Heap Heap => fx.Heap;

    private sealed class SObj
    {
        public int Id;
        public object?[]? Slots;   // value array: null, long (small int) or SObj; slot 0 holds Id
        public byte[]? Bytes;      // byte array
    }

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 30).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomGraphsMatchTheModel(int seed) => Run(seed, ops: 4000, roots: 16);

    [Fact]
    public void LongRunWithManyCollections() => Run(1000, ops: 20_000, roots: 32);

    private void Run(int seed, int ops, int roots)
    {
        var rnd = new Random(seed);
        using var t = new TestMutator(Heap, roots);
        var sroots = new SObj?[roots];
        var objs = new List<(SObj S, long R)>();   // heap references valid until the next collection
        int nextId = 1;
        long minors0 = Heap.Stats.MinorCollections, majors0 = Heap.Stats.MajorCollections;
        long minorTicks0 = Heap.Stats.MinorPauseTicks, majorTicks0 = Heap.Stats.MajorPauseTicks;
        int checks = 0;
        int nextCollect = rnd.Next(20, 300);

        Value RandomSlotValue(out object? model)
        {
            int k = rnd.Next(10);
            if (k < 3 || objs.Count == 0) { long n = rnd.NextInt64(Value.MinSmallInt, Value.MaxSmallInt); model = n; return Int(n); }
            if (k < 4) { model = null; return Value.Null; }
            var (s, r) = objs[rnd.Next(objs.Count)];
            model = s;
            return Ref(r);
        }

        (SObj, long) NewArray()
        {
            int len = rnd.Next(20) == 0 ? rnd.Next(2100, 2600) : rnd.Next(1, 7);
            bool old = rnd.Next(10) == 0;
            long r = old ? Collector.AllocateOldArray(GcFixture.Arr, len) : Collector.AllocateArray(GcFixture.Arr, len);
            var s = new SObj { Id = nextId++, Slots = new object?[len] };
            s.Slots[0] = (long)s.Id;
            Mem.StoreValue(r, 16, Int(s.Id));
            for (int i = 1; i < len; i++)
            {
                if (len > 100 && rnd.Next(8) != 0) { s.Slots[i] = (long)i; Mem.StoreValue(r, 16 + 8 * i, Int(i)); continue; }
                Value v = RandomSlotValue(out s.Slots[i]);
                if (old) Collector.WriteBarrier(r);
                Mem.StoreValue(r, 16 + 8 * i, v);
            }
            return (s, r);
        }

        (SObj, long) NewBytes()
        {
            int len = rnd.Next(30) == 0 ? rnd.Next(17_000, 40_000) : rnd.Next(0, 300);
            bool old = rnd.Next(10) == 0;
            long r = old ? Collector.AllocateOldArray(GcFixture.Bytes, len) : Collector.AllocateArray(GcFixture.Bytes, len);
            var s = new SObj { Id = nextId++, Bytes = new byte[len] };
            rnd.NextBytes(s.Bytes);
            s.Bytes.CopyTo(Mem.Bytes(r, 16, len));
            return (s, r);
        }

        void Link(SObj s, long r)
        {
            // Into a root, or into a random slot of a random array.
            var arrays = objs.Count;
            if (rnd.Next(3) == 0 || arrays == 0)
            {
                int k = rnd.Next(roots);
                sroots[k] = s;
                t.Frame[k] = Ref(r);
            }
            else
            {
                var (ps, pr) = objs[rnd.Next(arrays)];
                if (ps.Slots == null || ps.Slots.Length < 2) return;
                int i = rnd.Next(1, ps.Slots.Length);
                ps.Slots[i] = s;
                Set(pr, 16 + 8 * i, Ref(r));
            }
        }

        void CheckAndRebuild(bool allowYoung)
        {
            checks++;
            objs.Clear();
            var heapToModel = new Dictionary<long, SObj>();
            var modelToHeap = new Dictionary<SObj, long>(ReferenceEqualityComparer.Instance);
            var work = new Stack<(SObj, long)>();
            void Reach(SObj s, Value v, string where)
            {
                Assert.True(v.IsRef, $"{where}: expected a reference to #{s.Id}, found {v}");
                long r = v.Ref;
                if (heapToModel.TryGetValue(r, out var known))
                {
                    Assert.Same(s, known);
                    return;
                }
                Assert.False(modelToHeap.ContainsKey(s), $"{where}: #{s.Id} has two heap copies");
                heapToModel[r] = s;
                modelToHeap[s] = r;
                work.Push((s, r));
            }
            for (int k = 0; k < roots; k++)
            {
                if (sroots[k] is { } s) Reach(s, t.Frame[k], $"root {k}");
                else Assert.True(t.Frame[k].IsNull);
            }
            while (work.Count > 0)
            {
                var (s, r) = work.Pop();
                objs.Add((s, r));
                if (!allowYoung) Assert.False(Collector.IsYoung(r));
                if (s.Slots != null)
                {
                    Assert.Equal(GcFixture.Arr, Mem.TypeId(r));
                    Assert.Equal(s.Slots.Length, Mem.Load(r, 8));
                    for (int i = 0; i < s.Slots.Length; i++)
                    {
                        Value v = Mem.LoadValue(r, 16 + 8 * i);
                        switch (s.Slots[i])
                        {
                            case null: Assert.True(v.IsNull, $"#{s.Id}[{i}] should be null, is {v}"); break;
                            case long n: Assert.Equal(Int(n), v); break;
                            case SObj c: Reach(c, v, $"#{s.Id}[{i}]"); break;
                        }
                    }
                }
                else
                {
                    Assert.Equal(GcFixture.Bytes, Mem.TypeId(r));
                    Assert.Equal(s.Bytes!.Length, Mem.Load(r, 8));
                    Assert.True(Mem.Bytes(r, 16, s.Bytes.Length).SequenceEqual(s.Bytes), $"#{s.Id}: bytes differ");
                }
            }
            AssertHeapSound(Heap, allowYoung);
        }

        for (int op = 0; op < ops; op++)
        {
            int k = rnd.Next(100);
            if (k < 30) { var (s, r) = NewArray(); objs.Add((s, r)); Link(s, r); }
            else if (k < 38) { var (s, r) = NewBytes(); objs.Add((s, r)); Link(s, r); }
            else if (k < 75 && objs.Count > 0)
            {
                var (s, r) = objs[rnd.Next(objs.Count)];
                if (s.Slots is { Length: > 1 })
                {
                    int i = rnd.Next(1, s.Slots.Length);
                    Value v = RandomSlotValue(out object? m);
                    s.Slots[i] = m;
                    Set(r, 16 + 8 * i, v);
                }
            }
            else if (k < 85)
            {
                int i = rnd.Next(roots);
                if (rnd.Next(3) == 0 || objs.Count == 0) { sroots[i] = null; t.Frame[i] = Value.Null; }
                else { var (s, r) = objs[rnd.Next(objs.Count)]; sroots[i] = s; t.Frame[i] = Ref(r); }
            }
            else if (k < 90)
            {
                bool requested = t.Segment.CollectionRequested;
                Collector.SafePoint();
                if (requested) CheckAndRebuild(false);
            }
            else if (k == 90 && rnd.Next(10) == 0) CheckAndRebuild(true);

            if (--nextCollect == 0)
            {
                Collector.Collect(forceMajor: rnd.Next(6) == 0);
                CheckAndRebuild(false);
                nextCollect = rnd.Next(20, 300);
            }
        }
        Collector.Collect(forceMajor: true);
        CheckAndRebuild(false);
        output.WriteLine($"seed {seed}: {checks} checks, {Heap.Stats.MinorCollections - minors0} minor and " +
                         $"{Heap.Stats.MajorCollections - majors0} major collections, {objs.Count} objects reachable at the end; " +
                         $"pauses: minor avg {(Heap.Stats.MinorPauseTicks - minorTicks0) * 1e3 / Stopwatch.Frequency / Math.Max(1, Heap.Stats.MinorCollections - minors0):F3} ms, " +
                         $"major avg {(Heap.Stats.MajorPauseTicks - majorTicks0) * 1e3 / Stopwatch.Frequency / Math.Max(1, Heap.Stats.MajorCollections - majors0):F3} ms, " +
                         $"old bytes {Heap.Stats.OldBytes >> 10} KiB");
    }

    /// Not a correctness test: measures pauses on a heap with a big live set and churn.
    [Fact]
    public void PauseTimes()
    {
        using var t = new TestMutator(Heap, 4);
        Collector.Collect(forceMajor: true);
        var rnd = new Random(5);
        // A live set of ~200k small arrays in a big table (itself large), rewritten at random.
        const int tableLen = 200_000;
        t.Frame[0] = Ref(Collector.AllocateArray(GcFixture.Arr, tableLen));
        long m0 = Heap.Stats.MinorCollections, j0 = Heap.Stats.MajorCollections;
        long mt0 = Heap.Stats.MinorPauseTicks, jt0 = Heap.Stats.MajorPauseTicks;
        long max0 = Heap.Stats.MaxPauseTicks;
        Heap.Stats.MaxPauseTicks = 0;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 3_000_000; i++)
        {
            long a = Collector.AllocateArray(GcFixture.Arr, 1 + (i & 3));
            Mem.StoreValue(a, 16, Int(i));
            Set(t.Frame[0].Ref, 16 + 8 * rnd.Next(tableLen), Ref(a));
            if ((i & 255) == 0) Collector.SafePoint();
        }
        Collector.Collect(forceMajor: true);
        sw.Stop();
        AssertHeapSound(Heap);
        double f = 1000.0 / Stopwatch.Frequency;
        long minors = Heap.Stats.MinorCollections - m0, majors = Heap.Stats.MajorCollections - j0;
        output.WriteLine($"total {sw.ElapsedMilliseconds} ms; {minors} minors, avg {(Heap.Stats.MinorPauseTicks - mt0) * f / Math.Max(1, minors):F3} ms; " +
                         $"{majors} majors, avg {(Heap.Stats.MajorPauseTicks - jt0) * f / Math.Max(1, majors):F2} ms; " +
                         $"max pause {Heap.Stats.MaxPauseTicks * f:F2} ms; old bytes {Heap.Stats.OldBytes >> 20} MiB, peak {Heap.Stats.PeakOldBytes >> 20} MiB");
        Heap.Stats.MaxPauseTicks = Math.Max(max0, Heap.Stats.MaxPauseTicks);
    }
}
