// The time module: wall-clock time, monotonic and performance counters, process CPU
// time, sleep (which lets the GIL go). (struct_time, localtime, gmtime and strftime are not provided yet.)
using System.Diagnostics;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class TimeModule
{
    private static Value _dict;

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("time");
        _dict = Modules.DictOf(module);
        Clock("time", () => Floats.New(UnixNanoseconds() / 1e9));
        Clock("time_ns", () => Ints.New(UnixNanoseconds()));
        Clock("perf_counter", () => Floats.New(MonotonicNanoseconds() / 1e9));
        Clock("perf_counter_ns", () => Ints.New(MonotonicNanoseconds()));
        Clock("monotonic", () => Floats.New(MonotonicNanoseconds() / 1e9));
        Clock("monotonic_ns", () => Ints.New(MonotonicNanoseconds()));
        Clock("process_time", () => Floats.New(ProcessNanoseconds() / 1e9));
        Clock("process_time_ns", () => Ints.New(ProcessNanoseconds()));
        Natives.DefineFunction(_dict, "time", "sleep", Sleep);
        Modules.RegisterNative("time", module);
    }

    private static void Clock(string name, Func<Value> read)
    {
        string fname = "time." + name;
        Natives.DefineFunction(_dict, "time", name, (args, _, kwNames) =>
        {
            Args.NoKeywords(fname, kwNames);
            if (args.Length != 0) throw Errors.TypeError($"{fname}() takes no arguments ({args.Length} given)");
            return read();
        });
    }

    private static long UnixNanoseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long MonotonicNanoseconds()
    {
        long t = Stopwatch.GetTimestamp();
        return (long)((Int128)t * 1_000_000_000 / Stopwatch.Frequency);
    }

    private static long ProcessNanoseconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.Ticks * 100;
    }

    private static Value Sleep(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("time.sleep", args, kwNames, 1);
        double seconds = Floats.IsFloat(args[0]) ? Floats.Get(args[0]) : Ops.IndexAsLong(args[0]);
        if (double.IsNaN(seconds)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (seconds < 0) throw Errors.ValueError("sleep length must be non-negative");
        // Other guest threads run meanwhile (even sleep(0) lets them: CPython's way to yield).
        Mutator? held = Scheduler.BeginBlocking();
        try
        {
            if (seconds > 0) Thread.Sleep(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)));
            else Thread.Yield();
        }
        finally
        {
            Scheduler.EndBlocking(held);
        }
        return Py.None;
    }
}
