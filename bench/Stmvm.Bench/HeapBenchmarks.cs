// Micro-benchmarks of the heap's fast paths: nursery allocation and the barriers.
// The heap is a process-wide singleton: one is created per benchmark process.
using BenchmarkDotNet.Attributes;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Bench;

[MemoryDiagnoser]
public class HeapBenchmarks
{
    private const uint SmallTypeId = 1;
    private long _young;

    [GlobalSetup]
    public void Setup()
    {
        Layouts.Register(SmallTypeId, GcLayout.Fixed("pair", 24, 8));
        var heap = Heap.Instance ?? Heap.Create(new HeapOptions());
        Mutator.Attach(heap.Segment(1));
        _young = Collector.Allocate(SmallTypeId, 24);
    }

    /// One 24-byte nursery allocation; a safe point every 1024 to let the nursery be reclaimed.
    [Benchmark(OperationsPerInvoke = 1024)]
    public long Allocate()
    {
        long last = 0;
        for (int i = 0; i < 1024; i++) last = Collector.Allocate(SmallTypeId, 24);
        Collector.SafePoint();
        return last;
    }

    /// The write barrier on an object that needs no slow path (young, or already recorded).
    [Benchmark(OperationsPerInvoke = 1024)]
    public void WriteBarrierFastPath()
    {
        for (int i = 0; i < 1024; i++)
        {
            Barrier.Write(_young);
            Mem.Store(_young, 8, i * 2 + 1);
        }
    }

    /// The read barrier followed by a load.
    [Benchmark(OperationsPerInvoke = 1024)]
    public long ReadBarrierAndLoad()
    {
        long sum = 0;
        for (int i = 0; i < 1024; i++)
        {
            Barrier.Read(_young);
            sum += Mem.Load(_young, 8);
        }
        return sum;
    }
}
