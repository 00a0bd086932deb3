// A debugging aid for the STM's barrier rule, compiled in only with -p:StmCheckBarriers=true
// (constant STM_CHECK_BARRIERS; otherwise every call here is removed by the C# compiler).
//
// The rule: a load from a mutable old object comes after a read or write barrier on that
// object since the last safe point. The STM detects read-write conflicts through the read
// markers those barriers set, and a transaction may break at any safe point, after which its
// markers start afresh; a load without one is a read the STM cannot see. Young objects
// (private to their segment), objects allocated in old space since the last safe point and
// immutable layouts need no barrier.
//
// Each violation is counted under its load site: the first method on the stack outside
// gc/ and stm/ (run with DOTNET_JitNoInline=1 for exact sites). At exit the counts are
// appended to the file named by STMVM_BARRIER_REPORT, one "count site" line each.
using System.Collections.Concurrent;
using System.Diagnostics;

namespace Stmvm.Gc;

public static class BarrierCheck
{
    [ThreadStatic] private static HashSet<long>? _barriered;
    private static readonly ConcurrentDictionary<string, int> _violations = new();
    private static int _reportHooked;

    /// A read or write barrier ran on `obj`, or it was allocated in old space just now.
    [Conditional("STM_CHECK_BARRIERS")]
    public static void Saw(long obj) => (_barriered ??= new()).Add(obj);

    /// A safe point: barriers done before it no longer count.
    [Conditional("STM_CHECK_BARRIERS")]
    public static void SafePoint() => _barriered?.Clear();

    /// A load from `obj` is about to happen.
    [Conditional("STM_CHECK_BARRIERS")]
    public static unsafe void Loading(long obj)
    {
        if (obj == 0 || Collector.IsYoung(obj)) return;
        if ((Mem.Flags(obj) & HeaderFlags.Overflow) != 0) return;
        if (Layouts.Get(Mem.TypeId(obj)).Immutable) return;
        if (_barriered != null && _barriered.Contains(obj)) return;
        _violations.AddOrUpdate(LoadSite(), 1, (_, n) => n + 1);
        if (Interlocked.Exchange(ref _reportHooked, 1) == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => Report();
    }

    private static string LoadSite()
    {
        foreach (var frame in new StackTrace(2, false).GetFrames())
        {
            var m = frame.GetMethod();
            string? ns = m?.DeclaringType?.Namespace;
            if (ns is "Stmvm.Gc" or "Stmvm.Stm") continue;
            return $"{m!.DeclaringType!.Name}.{m.Name}";
        }
        return "?";
    }

    private static void Report()
    {
        string? file = Environment.GetEnvironmentVariable("STMVM_BARRIER_REPORT");
        if (file == null) return;
        var lines = _violations.Select(kv => $"{kv.Value} {kv.Key}");
        File.AppendAllLines(file, lines);
    }
}
