// Start-up: the heap, the layouts, the singletons, the built-in types, then every
// [Setup] method of the assembly in phase order (methods of built-in types, modules).
// A part of the VM registers itself by marking one static method [Setup(phase)], so
// adding a module means adding a file, not editing this one.
using System.Reflection;
using Stmvm.Gc;

namespace Stmvm.Vm;

public enum SetupPhase
{
    /// Methods and attributes of built-in types (all types exist).
    TypeMethods = 1,
    /// Native modules (builtins first: it is phase Builtins).
    Builtins = 2,
    Modules = 3,
    /// After everything else (caches that need complete modules).
    Late = 4,
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class SetupAttribute(SetupPhase phase) : Attribute
{
    public SetupPhase Phase { get; } = phase;
}

public sealed class RuntimeOptions
{
    public bool GcStress;
    public bool Stats;
    public bool NoJit;
    public int JitThreshold = 1000;
    public string? JitLog;
    public string? StmLog;
    public int Segments = Math.Max(2, Environment.ProcessorCount);
    public long NurserySize = 4L << 20;
    public long HeapLimit = 3L << 30;
    /// Program arguments: sys.argv (argv[0] is the script).
    public string[] Argv = [""];
}

public static class Runtime
{
    public static RuntimeOptions Options { get; private set; } = new();
    public static bool Initialized { get; private set; }
    /// The --stm-log file, or null.
    public static ConflictLogFile? ConflictLog { get; private set; }

#if NOSTM
    public const bool IsStmBuild = false;
#else
    public const bool IsStmBuild = true;
#endif

    /// Creates the heap and everything built in; attaches the calling thread as the main mutator.
    public static void Initialize(RuntimeOptions options)
    {
        if (Initialized) throw new InvalidOperationException("runtime already initialized");
        Options = options;
        var heap = Heap.Create(new HeapOptions
        {
            Segments = IsStmBuild ? options.Segments : 1,
            Stress = options.GcStress,
            NurserySize = options.NurserySize,
            HeapLimit = options.HeapLimit,
        });
        Mutator.Attach(heap.Segment(1));
        ObjectLayouts.RegisterAll();
        Py.CreateSingletons();
        BuiltinTypes.Create();
        RunSetups();
        if (options.StmLog != null)
        {
            ConflictLog = ConflictLogFile.Open(options.StmLog, options.Argv.Length > 0 ? options.Argv[0] : "", heap.SegmentCount);
#if !NOSTM
            Stm.StmCore.Instance.Log = ConflictLog;
#endif
        }
#if !NOSTM
        Transactions.StartMain();
#endif
        Initialized = true;
    }

    private static void RunSetups()
    {
        var setups = new List<(SetupPhase Phase, string Name, MethodInfo Method)>();
        foreach (var t in typeof(Runtime).Assembly.GetTypes())
            foreach (var m in t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                if (m.GetCustomAttribute<SetupAttribute>() is { } a)
                    setups.Add((a.Phase, t.FullName + "." + m.Name, m));
        // Deterministic order: by phase, then by name.
        foreach (var s in setups.OrderBy(s => s.Phase).ThenBy(s => s.Name, StringComparer.Ordinal))
            s.Method.Invoke(null, null);
    }
}
