// The operator module (also importable as _operator): the operator functions, each a thin
// native over the Ops operation the interpreter uses for the same syntax, under its plain
// name and its dunder alias (operator.add and operator.__add__), with CPython's argument
// messages ("add expected 2 arguments, got 1", "_operator.neg() takes exactly one argument
// (0 given)"). itemgetter, attrgetter and methodcaller are in OperatorGetters.cs.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static partial class OperatorModule
{
    private static Value _dict;

    private static readonly (string Name, BinaryOp Op)[] BinaryFunctions =
    [
        ("add", BinaryOp.Add), ("sub", BinaryOp.Subtract), ("mul", BinaryOp.Multiply),
        ("truediv", BinaryOp.TrueDivide), ("floordiv", BinaryOp.FloorDivide), ("mod", BinaryOp.Remainder),
        ("pow", BinaryOp.Power), ("matmul", BinaryOp.MatrixMultiply), ("lshift", BinaryOp.LeftShift),
        ("rshift", BinaryOp.RightShift), ("and_", BinaryOp.And), ("or_", BinaryOp.Or), ("xor", BinaryOp.Xor),
    ];

    private static readonly (string Name, CompareOp Op)[] CompareFunctions =
    [
        ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq),
        ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge),
    ];

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("operator");
        _dict = Modules.DictOf(module);
        foreach (var (name, op) in BinaryFunctions)
        {
            Binary(name, (a, b) => Ops.Binary(a, b, op));
            var inplace = op + Instr.InplaceOffset;
            Binary("i" + name.TrimEnd('_'), (a, b) => Ops.Binary(a, b, inplace));
        }
        foreach (var (name, op) in CompareFunctions) Binary(name, (a, b) => Ops.Compare(a, b, op));
        Unary("neg", Ops.Negative);
        Unary("pos", Ops.Positive);
        Unary("abs", Ops.Abs);
        Unary("invert", Ops.Invert);
        Unary("inv", Ops.Invert);
        Unary("index", Ops.Index);
        Unary("truth", a => Py.Bool(Ops.Truth(a)));
        Unary("not_", a => Py.Bool(!Ops.Truth(a)));
        Binary("is_", (a, b) => Py.Bool(a.Bits == b.Bits));
        Binary("is_not", (a, b) => Py.Bool(a.Bits != b.Bits));
        Binary("contains", (a, b) => Py.Bool(Ops.Contains(a, b)));
        Binary("getitem", Ops.GetItem);
        Binary("delitem", (a, b) => { Ops.DelItem(a, b); return Py.None; });
        Binary("concat", (a, b) => Concat(a, b, BinaryOp.Add));
        Binary("iconcat", (a, b) => Concat(a, b, BinaryOp.InplaceAdd));
        Binary("countOf", CountOf);
        Binary("indexOf", IndexOf);
        Define("setitem", (args, _, kwNames) =>
        {
            Positional("setitem", args, kwNames, 3);
            Ops.SetItem(args[0], args[1], args[2]);
            return Py.None;
        });
        Function("length_hint", LengthHint);
        Define("call", Call);
        SetupGetters();
        Modules.RegisterNative("operator", module);
        Modules.RegisterNative("_operator", module);
    }

    private static void Function(string name, NativeFn fn) => Natives.DefineFunction(_dict, "_operator", name, fn);

    /// Defines `name`, and `__name__` as the same function for the operators that have a dunder alias.
    private static void Define(string name, NativeFn fn)
    {
        Function(name, fn);
        if (name is "truth" or "countOf" or "indexOf" or "is_" or "is_not" or "length_hint") return;
        string dunder = name is "not_" or "and_" or "or_" ? $"__{name.TrimEnd('_')}__" : $"__{name}__";
        Dicts.SetStr(_dict, dunder, Dicts.GetStr(_dict, name));
    }

    private static void Unary(string name, Func<Value, Value> f)
    {
        string qual = "_operator." + name;
        Define(name, (args, _, kwNames) =>
        {
            Args.NoKeywords(qual, kwNames);
            if (args.Length != 1) throw Errors.TypeError($"{qual}() takes exactly one argument ({args.Length} given)");
            return f(args[0]);
        });
    }

    private static void Binary(string name, Func<Value, Value, Value> f)
        => Define(name, (args, _, kwNames) =>
        {
            Positional(name, args, kwNames, 2);
            return f(args[0], args[1]);
        });

    /// Exactly n positional arguments: "_operator.add() takes no keyword arguments", "add expected 2 arguments, got 1".
    private static void Positional(string name, ReadOnlySpan<Value> args, string[]? kwNames, int n)
    {
        Args.NoKeywords("_operator." + name, kwNames);
        if (args.Length != n) throw Errors.TypeError($"{name} expected {n} arguments, got {args.Length}");
    }

    /// concat/iconcat: a + b for sequences only.
    private static Value Concat(Value a, Value b, BinaryOp op)
    {
        if (!IsSequence(a)) throw Errors.TypeError($"'{Ops.TypeName(a)}' object can't be concatenated");
        return Ops.Binary(a, b, op);
    }

    /// PySequence_Check: has __getitem__ and is not a dict.
    private static bool IsSequence(Value v)
    {
        var t = Ops.TypeOf(v);
        return !t.IsSubtypeOf(BuiltinTypes.Dict) && !Ops.LookupSpecial(t, "__getitem__").IsNull;
    }

    /// The positions where `item` is (identity or ==), calling `found` for each until it returns false.
    private static void Scan(Value seq, Value item, Func<long, bool> found)
    {
        using var rs = new RootScope();
        int hit = rs.Add(Ops.GetIter(seq));
        int hi = rs.Add(item);
        for (long i = 0; ; i++)
        {
            Value x = Ops.Next(rs[hit]);
            if (x.IsNull) return;
            if ((x.Bits == rs[hi].Bits || Ops.Eq(x, rs[hi])) && !found(i)) return;
        }
    }

    private static Value CountOf(Value seq, Value item)
    {
        long n = 0;
        Scan(seq, item, _ => { n++; return true; });
        return Ints.New(n);
    }

    private static Value IndexOf(Value seq, Value item)
    {
        long at = -1;
        Scan(seq, item, i => { at = i; return false; });
        return at < 0 ? throw Errors.ValueError("sequence.index(x): x not in sequence") : Ints.New(at);
    }

    /// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default.
    private static Value LengthHint(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        ParseArgs.Positional("length_hint", args, kwNames, 1, 2);
        if (args.Length == 2 && !Ints.IsInt(args[1]))
            throw Errors.TypeError($"'{Ops.TypeName(args[1])}' object cannot be interpreted as an integer");
        var type = Ops.TypeOf(args[0]);
        if (!Ops.LookupSpecial(type, "__len__").IsNull)
        {
            try
            {
                return Ints.New(Ops.Len(args[0]));
            }
            catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.TypeError))
            {
            }
        }
        Value hint = Ops.LookupSpecial(Ops.TypeOf(args[0]), "__length_hint__");
        if (hint.IsNull) return args.Length == 2 ? args[1] : Value.FromSmallInt(0);
        Value r = Ops.CallSpecial(hint, args[0], []);
        if (r == Py.NotImplemented) return args.Length == 2 ? args[1] : Value.FromSmallInt(0);
        if (!Ints.IsInt(r)) throw Errors.TypeError($"__length_hint__ must be an integer, not {Ops.TypeName(r)}");
        if (Ints.Sign(r) < 0) throw Errors.ValueError("__length_hint__() should return >= 0");
        return r;
    }

    /// call(obj, /, *args, **kwargs)
    private static Value Call(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0) throw Errors.TypeError("call expected at least 1 argument, got 0");
        return Ops.Call(args[0], args[1..], kwValues, kwNames);
    }
}
