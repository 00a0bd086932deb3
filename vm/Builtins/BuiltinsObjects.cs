// Built-in functions about objects in general: attributes (getattr, setattr, delattr,
// hasattr), identity and hashing, repr/ascii/format, type checks (isinstance, issubclass,
// callable), introspection (dir, vars, globals, locals) and __import__.
using System.Text;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

internal static class BuiltinsObjects
{
    public static void Define(Value d)
    {
        BuiltinsModule.Function(d, "getattr", GetAttr);
        BuiltinsModule.Function(d, "setattr", SetAttr);
        BuiltinsModule.Function(d, "delattr", DelAttr);
        BuiltinsModule.Function(d, "hasattr", HasAttr);
        BuiltinsModule.Function(d, "id", Id);
        BuiltinsModule.Function(d, "hash", Hash);
        BuiltinsModule.Function(d, "repr", Repr);
        BuiltinsModule.Function(d, "ascii", Ascii);
        BuiltinsModule.Function(d, "format", Format);
        BuiltinsModule.Function(d, "callable", Callable);
        BuiltinsModule.Function(d, "isinstance", IsInstance);
        BuiltinsModule.Function(d, "issubclass", IsSubclass);
        BuiltinsModule.Function(d, "dir", Dir);
        BuiltinsModule.Function(d, "vars", Vars);
        BuiltinsModule.Function(d, "globals", Globals);
        BuiltinsModule.Function(d, "locals", Locals);
        BuiltinsModule.Function(d, "__import__", Import);
    }

    private static string AttributeName(Value name)
    {
        if (!Strs.IsStr(name)) throw Errors.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");
        return Strs.ToNet(name);
    }

    private static bool IsAttributeError(PyException e) => e.Type.IsSubtypeOf(BuiltinTypes.AttributeError);

    /// obj.name, or Null when it is missing or its lookup raises AttributeError.
    internal static Value GetAttrOrNull(Value obj, string name)
    {
        try { return Ops.GetAttrOrNull(obj, name); }
        catch (PyException e) when (IsAttributeError(e)) { return Value.Null; }
    }

    private static Value GetAttr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("getattr", args, kwNames, 2, 3);
        string name = AttributeName(args[1]);
        if (args.Length == 2) return Ops.GetAttr(args[0], name);
        Value v = GetAttrOrNull(args[0], name);
        return v.IsNull ? args[2] : v;
    }

    private static Value SetAttr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("setattr", args, kwNames, 3);
        Ops.SetAttr(args[0], AttributeName(args[1]), args[2]);
        return Py.None;
    }

    private static Value DelAttr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("delattr", args, kwNames, 2);
        Ops.DelAttr(args[0], AttributeName(args[1]));
        return Py.None;
    }

    private static Value HasAttr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("hasattr", args, kwNames, 2);
        return Py.Bool(!GetAttrOrNull(args[0], AttributeName(args[1])).IsNull);
    }

    private static Value Id(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("id", args, kwNames, 1);
        Value v = args[0];
        // Small ints have no address: their tagged word (odd, unlike any reference) is unique.
        return Ints.New(v.IsSmallInt ? v.Bits : Identity.Of(v.Ref));
    }

    private static Value Hash(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("hash", args, kwNames, 1);
        return Ints.New(Ops.Hash(args[0]));
    }

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("repr", args, kwNames, 1);
        return Ops.Repr(args[0]);
    }

    private static Value Ascii(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("ascii", args, kwNames, 1);
        return Strs.New(EscapeNonAscii(Ops.ReprOf(args[0])));
    }

    /// repr text with every non-ASCII code point as \xNN, \uNNNN or \UNNNNNNNN (ascii()).
    internal static string EscapeNonAscii(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    private static Value Format(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("format", args, kwNames, 1, 2);
        Value spec = args.Length == 2 ? args[1] : Strs.New("");
        if (!Strs.IsStr(spec)) throw Errors.TypeError($"format() argument 2 must be str, not {Ops.TypeName(spec)}");
        return Formatting.Format(args[0], spec);
    }

    internal static bool IsCallable(Value v)
    {
        if (v.IsSmallInt) return false;
        switch (Ops.LayoutOf(v))
        {
            case TypeId.Type: case TypeId.Function: case TypeId.BuiltinFunction: case TypeId.BoundMethod: return true;
        }
        return !Ops.LookupSpecial(Ops.TypeOf(v), "__call__").IsNull;
    }

    private static Value Callable(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("callable", args, kwNames, 1);
        return Py.Bool(IsCallable(args[0]));
    }

    private static bool IsType(Value v) => Ops.Is(v, TypeId.Type);

    private static Value IsInstance(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("isinstance", args, kwNames, 2);
        return Py.Bool(MatchesClassInfo(Ops.TypeOf(args[0]), args[1],
            "isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }

    private static Value IsSubclass(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("issubclass", args, kwNames, 2);
        if (!IsType(args[0])) throw Errors.TypeError("issubclass() arg 1 must be a class");
        return Py.Bool(MatchesClassInfo(PyType.FromRef(args[0]), args[1],
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }

    /// `type` is a subclass of classInfo: a class or a (nested) tuple of classes.
    private static bool MatchesClassInfo(PyType type, Value classInfo, string error)
    {
        if (IsType(classInfo)) return type.IsSubtypeOf(PyType.FromRef(classInfo));
        if (!Ops.Is(classInfo, TypeId.Tuple)) throw Errors.TypeError(error);
        int n = Tuples.Length(classInfo);
        RecursionGuard.Enter(error.StartsWith("isinstance") ? " in __instancecheck__" : " in __subclasscheck__");
        try
        {
            for (int i = 0; i < n; i++)
                if (MatchesClassInfo(type, Tuples.Item(classInfo, i), error)) return true;
            return false;
        }
        finally
        {
            RecursionGuard.Leave();
        }
    }

    private static Value Dir(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("dir", args, kwNames, 0, 1);
        if (args.Length == 0) return Sorted(LocalsOf(CallerFrame()));
        Value obj = args[0];
        Value custom = Ops.TypeOf(obj).IsBuiltin ? Value.Null : Ops.LookupSpecial(Ops.TypeOf(obj), "__dir__");
        if (!custom.IsNull) return Sorted(Ops.Call(custom, [obj]));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (Ops.Is(obj, TypeId.Module)) AddDictKeys(names, Modules.DictOf(obj));
        else if (IsType(obj)) AddClassAttributes(names, PyType.FromRef(obj));
        else
        {
            if (Instances.HasStorage(obj)) names.UnionWith(Instances.Names(obj));
            AddClassAttributes(names, Ops.TypeOf(obj));
        }
        var list = Lists.New(names.Count);
        foreach (var n in names) Lists.Append(list, Strs.New(n));
        return list;
    }

    private static Value Sorted(Value iterable)
    {
        Value list = Ops.Call(BuiltinTypes.List.Ref, [iterable]);
        using var rs = new RootScope();
        int h = rs.Add(list);
        Ops.Call(Ops.GetAttr(list, "sort"), []);
        return rs[h];
    }

    private static void AddClassAttributes(SortedSet<string> names, PyType type)
    {
        foreach (var t in type.Mro)
        {
            Barrier.Read(t.Ref.Ref);
            AddDictKeys(names, Mem.LoadValue(t.Ref.Ref, Off.TypeDict));
        }
    }

    private static void AddDictKeys(SortedSet<string> names, Value dict)
    {
        int pos = 0;
        while (Dicts.Next(dict, ref pos, out var key, out _))
            if (Strs.IsStr(key)) names.Add(Strs.ToNet(key));
    }

    private static Value Vars(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("vars", args, kwNames, 0, 1);
        if (args.Length == 0) return Locals(args, kwValues, kwNames);
        Value dict = GetAttrOrNull(args[0], "__dict__");
        if (dict.IsNull) throw Errors.TypeError("vars() argument must have __dict__ attribute");
        return dict;
    }

    private static Value Globals(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        NoArguments("globals", args, kwNames);
        return CallerFrame().Globals;
    }

    private static Value Locals(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        NoArguments("locals", args, kwNames);
        return LocalsOf(CallerFrame());
    }

    private static readonly string[] ImportParams = ["name", "globals", "locals", "fromlist", "level"];

    /// __import__(name, globals=None, locals=None, fromlist=(), level=0), relative to the caller.
    private static Value Import(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> bound = stackalloc Value[5];
        BuiltinsNumbers.BindPositionalOrKeyword("__import__", args, kwValues, kwNames, ImportParams, 1, bound);
        if (!Strs.IsStr(bound[0])) throw Errors.TypeError($"__import__() argument 1 must be str, not {Ops.TypeName(bound[0])}");
        Value fromList = bound[3].IsNull ? Py.None : bound[3];
        Value level = bound[4].IsNull ? Value.FromSmallInt(0) : bound[4];
        return Imports.ImportName(CallerFrame(), Strs.ToNet(bound[0]), level, fromList);
    }

    private static void NoArguments(string fname, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        Args.NoKeywords(fname, kwNames);
        if (args.Length != 0) throw Errors.TypeError($"{fname}() takes no arguments ({args.Length} given)");
    }

    /// The guest frame that called the running builtin.
    private static Frame CallerFrame() => ThreadState.Current.TopFrame ?? throw Errors.RuntimeError("no current frame");

    /// A frame's namespace: module and class bodies have one; for a function, a new dict
    /// of its bound local variables and cell contents (as CPython's locals() snapshot).
    private static Value LocalsOf(Frame f)
    {
        if (!f.Locals.IsNull) return f.Locals;
        Value dict = Dicts.New();
        var code = f.Code.Code;
        for (int i = 0; i < code.VarNames.Length; i++)
        {
            Value v = f.S[f.Base + i];
            if (!v.IsNull) Dicts.SetStr(dict, code.VarNames[i], v);
        }
        string[] cellNames = [.. code.CellVars, .. code.FreeVars];
        for (int j = 0; j < cellNames.Length; j++)
        {
            Value cell = f.S[f.CellBase + j];
            if (!Ops.Is(cell, TypeId.Cell)) continue;
            Barrier.Read(cell.Ref);
            Value v = Mem.LoadValue(cell.Ref, Off.CellValue);
            if (!v.IsNull) Dicts.SetStr(dict, cellNames[j], v);
        }
        return dict;
    }
}
