// The sys module: argv, exit, the standard streams, the recursion limit (kept by the
// interpreter's ThreadState), version information, path, modules, exc_info and a few
// constants.
using System.Numerics;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class SysModule
{
    public const string Version = "3.11.7 (stmvm) [.NET 10]";

    public static Value Module, Dict;

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Module = Modules.New("sys");
        Dict = Modules.DictOf(Module);
        Set("argv", ArgvList());
        Set("path", PathList());
        Set("modules", Modules.SysModules);
        Set("stdin", StdStreams.StdinObject);
        Set("stdout", StdStreams.StdoutObject);
        Set("stderr", StdStreams.StderrObject);
        Set("__stdin__", StdStreams.StdinObject);
        Set("__stdout__", StdStreams.StdoutObject);
        Set("__stderr__", StdStreams.StderrObject);
        SetConstants();
        Function("exit", (a, _, k) => Exit("exit", a, k));
        Function("getrecursionlimit", GetRecursionLimit);
        Function("setrecursionlimit", SetRecursionLimit);
        Function("get_int_max_str_digits", (a, _, k) => NoArgs("sys.get_int_max_str_digits", a, k, Ints.New(Ints.MaxStrDigits)));
        Function("set_int_max_str_digits", SetIntMaxStrDigits);
        Function("exc_info", ExcInfo);
        Function("intern", Intern);
        Function("getdefaultencoding", (a, _, k) => NoArgs("sys.getdefaultencoding", a, k, Strs.New("utf-8")));
        Modules.RegisterNative("sys", Module);
    }

    private static void Set(string name, Value v) => Dicts.SetStr(Dict, name, v);

    private static void Function(string name, NativeFn fn) => Natives.DefineFunction(Dict, "sys", name, fn);

    private static void SetConstants()
    {
        Set("version", Strs.NewOld(Version));
        Set("version_info", StructSequences.VersionInfo());
        Set("hexversion", Value.FromSmallInt(0x030B07F0));
        Set("implementation", StructSequences.Implementation());
        Set("float_info", StructSequences.FloatInfo());
        Set("platform", Strs.NewOld("linux"));
        Set("byteorder", Strs.NewOld(BitConverter.IsLittleEndian ? "little" : "big"));
        Set("maxsize", Ints.NewOld(new BigInteger(long.MaxValue)));
        Set("maxunicode", Value.FromSmallInt(0x10ffff));
        Set("executable", Strs.NewOld(Environment.ProcessPath ?? ""));
        Set("copyright", Strs.NewOld("Copyright (c) stmvm authors."));
    }

    private static Value ArgvList()
    {
        string[] argv = Runtime.Options.Argv;
        Value list = Lists.New(argv.Length);
        foreach (var a in argv) Lists.Append(list, Strs.New(a));
        return list;
    }

    /// sys.path: the main script's directory ('' for -c and the REPL), then Modules.SearchPath.
    private static Value PathList()
    {
        Value list = Lists.New();
        string script = Runtime.Options.Argv.Length > 0 ? Runtime.Options.Argv[0] : "";
        string first = script is "" or "-c" or "-" ? "" : Path.GetDirectoryName(Path.GetFullPath(script)) ?? "";
        Lists.Append(list, Strs.New(first));
        foreach (var dir in Modules.SearchPath)
            if (dir != first) Lists.Append(list, Strs.New(dir));
        return list;
    }

    /// The current sys.stdout (programs may replace it); RuntimeError when deleted.
    public static Value Stdout() => Lookup("stdout");

    public static Value Stdin() => Lookup("stdin");

    private static Value Lookup(string name)
    {
        Value v = Dicts.GetStr(Dict, name);
        if (v.IsNull) throw Errors.RuntimeError($"lost sys.{name}");
        return v;
    }

    /// sys.exit([code]) (also builtins exit and quit): raises SystemExit. As CPython raises
    /// it with the code as the exception "value", None gives no args and a tuple its items.
    internal static Value Exit(string fname, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        Args.Range(fname, args, kwNames, 0, 1);
        ReadOnlySpan<Value> excArgs = args.Length == 0 || Py.IsNone(args[0]) ? []
            : Ops.Is(args[0], TypeId.Tuple) ? Tuples.Items(args[0]) : args;
        throw new PyException(Ops.Call(BuiltinTypes.SystemExit.Ref, excArgs));
    }

    private static Value NoArgs(string fname, ReadOnlySpan<Value> args, string[]? kwNames, Value result)
    {
        Args.NoKeywords(fname, kwNames);
        if (args.Length != 0) throw Errors.TypeError($"{fname}() takes no arguments ({args.Length} given)");
        return result;
    }

    private static Value GetRecursionLimit(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => NoArgs("sys.getrecursionlimit", args, kwNames, Ints.New(ThreadState.RecursionLimit));

    private static Value SetRecursionLimit(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("sys.setrecursionlimit", args, kwNames, 1);
        if (Floats.IsFloat(args[0])) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        int limit = Sizes.AsCInt(args[0]);
        if (limit < 1) throw Errors.ValueError("recursion limit must be greater or equal than 1");
        ThreadState.RecursionLimit = limit;
        return Py.None;
    }

    private static Value SetIntMaxStrDigits(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("set_int_max_str_digits", kwNames, "maxdigits");
        if (args.Length + kwValues.Length > 1)
            throw Errors.TypeError($"set_int_max_str_digits() takes at most 1 argument ({args.Length + kwValues.Length} given)");
        Value v = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "maxdigits");
        if (v.IsNull) throw Errors.TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
        if (Floats.IsFloat(v)) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        int n = Sizes.AsCInt(v);
        if (n != 0 && n < Ints.MinMaxStrDigits) throw Errors.ValueError($"maxdigits must be 0 or larger than {Ints.MinMaxStrDigits}");
        Ints.MaxStrDigits = n;
        return Py.None;
    }

    private static Value ExcInfo(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        NoArgs("sys.exc_info", args, kwNames, Py.None);
        Value exc = ThreadState.Current.CurrentExc;
        if (exc.IsNull || Py.IsNone(exc)) return Tuples.New([Py.None, Py.None, Py.None]);
        Barrier.Read(exc.Ref);
        Value tb = Mem.LoadValue(exc.Ref, Off.ExcTraceback);
        return Tuples.New([Ops.ClassOf(exc), exc, tb.IsNull ? Py.None : tb]);
    }

    private static Value Intern(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("sys.intern", args, kwNames, 1);
        if (!Strs.IsStr(args[0])) throw Errors.TypeError($"intern() argument must be str, not {Ops.TypeName(args[0])}");
        return Strs.Intern(Strs.ToNet(args[0]));
    }
}
