// Micro-benchmarks of guest operations through the interpreter: attribute get/set on an
// instance, dict get/set with str and int keys, and call overhead (Python function with 0
// and 2 arguments, a method, a native builtin). Each benchmark calls one guest function
// that runs its operation 1024 times (a loop of 128 iterations, the operation written out
// 8 times in the body, so the loop's own cost is an eighth per operation; EmptyLoop
// measures that share). BenchmarkDotNet reports the time and allocation per operation; the
// objects operated on are made once, at module level, so that only the operation allocates.
//
// The VM needs its mutator thread: the runtime is initialized in [GlobalSetup], which
// BenchmarkDotNet runs on the same thread as the benchmark methods, and BenchmarkDotNet
// gives every benchmark its own process, so each gets a fresh runtime. The module's
// globals stay alive and up to date across collections in a slot of this thread's root
// stack, pushed once and never popped.
using System.Text;
using BenchmarkDotNet.Attributes;
using Stmvm.Gc;
using Stmvm.Lang;
using Stmvm.Vm;

namespace Stmvm.Bench;

[MemoryDiagnoser]
public class GuestBenchmarks
{
    private const int Iterations = 128, Ops = Iterations * 8;

    private const string Source = """
        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y

            def method(self, a, b):
                return a

        def f0():
            return None

        def f2(a, b):
            return a

        POINT = Point(1, 2)
        STR_DICT = {"k%d" % i: i for i in range(32)}
        INT_DICT = {i * 7: i for i in range(32)}

        def empty_loop(n):
            for i in range(n):
                pass

        def attr_get(n):
            p = POINT
            for i in range(n):
                v = p.x; v = p.y; v = p.x; v = p.y; v = p.x; v = p.y; v = p.x; v = p.y

        def attr_set(n):
            p = POINT
            for i in range(n):
                p.x = i; p.y = i; p.x = i; p.y = i; p.x = i; p.y = i; p.x = i; p.y = i

        def dict_get_str(n):
            d = STR_DICT
            for i in range(n):
                v = d["k1"]; v = d["k7"]; v = d["k12"]; v = d["k30"]; v = d["k1"]; v = d["k7"]; v = d["k12"]; v = d["k30"]

        def dict_set_str(n):
            d = STR_DICT
            for i in range(n):
                d["k1"] = i; d["k7"] = i; d["k12"] = i; d["k30"] = i; d["k1"] = i; d["k7"] = i; d["k12"] = i; d["k30"] = i

        def dict_get_int(n):
            d = INT_DICT
            for i in range(n):
                v = d[7]; v = d[49]; v = d[84]; v = d[210]; v = d[7]; v = d[49]; v = d[84]; v = d[210]

        def dict_set_int(n):
            d = INT_DICT
            for i in range(n):
                d[7] = i; d[49] = i; d[84] = i; d[210] = i; d[7] = i; d[49] = i; d[84] = i; d[210] = i

        def call0(n):
            f = f0
            for i in range(n):
                f(); f(); f(); f(); f(); f(); f(); f()

        def call2(n):
            f = f2
            for i in range(n):
                f(i, 2); f(i, 2); f(i, 2); f(i, 2); f(i, 2); f(i, 2); f(i, 2); f(i, 2)

        def call_method(n):
            p = POINT
            for i in range(n):
                p.method(i, 2); p.method(i, 2); p.method(i, 2); p.method(i, 2); p.method(i, 2); p.method(i, 2); p.method(i, 2); p.method(i, 2)

        def call_builtin(n):
            s = [1, 2, 3]
            for i in range(n):
                len(s); len(s); len(s); len(s); len(s); len(s); len(s); len(s)
        """;

    private int _globals;

    [GlobalSetup]
    public void Setup()
    {
        Runtime.Initialize(new RuntimeOptions());
        var code = CodeObjects.Load(Compiler.CompileModule(Encoding.UTF8.GetBytes(Source), "<bench>"));
        var roots = Mutator.Current.Roots;
        _globals = roots.Push(Dicts.New());
        Dicts.SetStr(roots[_globals], "__name__", Strs.New("__bench__"));
        if (Modules.TryGetNative("builtins", out var builtins)) Dicts.SetStr(roots[_globals], "__builtins__", builtins);
        Interpreter.RunModule(code, roots[_globals]);
    }

    private Value Run(string function)
        => Interpreter.CallArgs(Dicts.GetStr(Mutator.Current.Roots[_globals], function), Value.FromSmallInt(Iterations));

    /// The loop alone: what every other benchmark pays per operation on top of the operation.
    [Benchmark(OperationsPerInvoke = Ops, Baseline = true)] public Value EmptyLoop() => Run("empty_loop");
    [Benchmark(OperationsPerInvoke = Ops)] public Value AttrGet() => Run("attr_get");
    [Benchmark(OperationsPerInvoke = Ops)] public Value AttrSet() => Run("attr_set");
    [Benchmark(OperationsPerInvoke = Ops)] public Value DictGetStr() => Run("dict_get_str");
    [Benchmark(OperationsPerInvoke = Ops)] public Value DictSetStr() => Run("dict_set_str");
    [Benchmark(OperationsPerInvoke = Ops)] public Value DictGetInt() => Run("dict_get_int");
    [Benchmark(OperationsPerInvoke = Ops)] public Value DictSetInt() => Run("dict_set_int");
    [Benchmark(OperationsPerInvoke = Ops)] public Value CallNoArgs() => Run("call0");
    [Benchmark(OperationsPerInvoke = Ops)] public Value CallTwoArgs() => Run("call2");
    [Benchmark(OperationsPerInvoke = Ops)] public Value CallMethod() => Run("call_method");
    [Benchmark(OperationsPerInvoke = Ops)] public Value CallBuiltin() => Run("call_builtin");
}
