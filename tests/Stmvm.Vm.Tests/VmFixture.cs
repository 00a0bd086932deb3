// The runtime is a process-wide singleton (one heap): every test class of this assembly
// shares it through the "vm" collection, and runs on the thread that initialized it
// (the heap's mutator) by going through VmFixture.Run.
using Stmvm.Vm;
using Xunit;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Stmvm.Vm.Tests;

public sealed class VmFixture : IDisposable
{
    private readonly Thread _thread;
    private readonly System.Collections.Concurrent.BlockingCollection<Action> _work = new();

    public VmFixture()
    {
        var ready = new ManualResetEventSlim();
        Exception? failure = null;
        _thread = new Thread(() =>
        {
            try { Runtime.Initialize(new RuntimeOptions()); }
            catch (Exception e) { failure = e; }
            ready.Set();
            foreach (var a in _work.GetConsumingEnumerable()) a();
        }, 256 << 20) { IsBackground = true };
        _thread.Start();
        ready.Wait();
        if (failure != null) throw new InvalidOperationException("runtime failed to start", failure);
    }

    /// Runs `f` on the VM's mutator thread and returns its result (exceptions rethrown).
    public T Run<T>(Func<T> f)
    {
        T result = default!;
        Exception? error = null;
        using var done = new ManualResetEventSlim();
        _work.Add(() =>
        {
            try { result = f(); }
            catch (Exception e) { error = e; }
            done.Set();
        });
        done.Wait();
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    public void Run(Action a) => Run(() => { a(); return 0; });

    public void Dispose() => _work.CompleteAdding();
}

[CollectionDefinition("vm")]
public sealed class VmCollection : ICollectionFixture<VmFixture>;
