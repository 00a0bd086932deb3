// Guest function objects (TypeId.Function, the standard prefix then Off.Func* fields):
// made by MAKE_FUNCTION from a code object, the defining module's globals, the default
// values and the closure cells. Attributes (__name__, __qualname__, __doc__, __defaults__,
// __kwdefaults__, __module__, __globals__, __closure__, __code__) are native properties;
// arbitrary attributes and __dict__ come with the standard prefix (the object model).
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Functions
{
    /// defaults: a tuple or None; kwDefaults: a dict or None; closure: a tuple of cells or None;
    /// annotations: a tuple of names and values (made a dict when first asked for) or None.
    public static Value New(CodeInfo code, Value globals, Value defaults, Value kwDefaults, Value closure,
        Value annotations)
    {
        long f = Collector.Allocate((uint)TypeId.Function, Off.FuncDict + 8);
        Mem.StoreValue(f, Off.Class, BuiltinTypes.Function.Ref);
        Mem.StoreValue(f, Off.FuncCode, code.Ref);
        Mem.StoreValue(f, Off.FuncGlobals, globals);
        Mem.StoreValue(f, Off.FuncName, code.Name);
        Mem.StoreValue(f, Off.FuncQualName, code.QualName);
        Mem.StoreValue(f, Off.FuncDefaults, defaults);
        Mem.StoreValue(f, Off.FuncKwDefaults, kwDefaults);
        Mem.StoreValue(f, Off.FuncClosure, closure);
        Mem.StoreValue(f, Off.FuncAnnotations, annotations);
        Mem.StoreValue(f, Off.FuncDoc, DocOf(code));
        Value module = Dicts.GetStr(globals, "__name__");
        Mem.StoreValue(f, Off.FuncModule, module.IsNull ? Py.None : module);
        return Value.FromRef(f);
    }

    private static Value DocOf(CodeInfo code)
    {
        string? doc = code.Code.DocString;
        return doc == null ? Py.None : Strs.Intern(doc);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeInfo CodeOf(Value func) => CodeObjects.Of(Field(func, Off.FuncCode));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Field(Value func, int offset)
    {
        Barrier.Read(func.Ref);
        return Mem.LoadValue(func.Ref, offset);
    }

    public static void SetField(Value func, int offset, Value v)
    {
        Barrier.Write(func.Ref);
        Mem.StoreValue(func.Ref, offset, v);
    }

    public static string NameOf(Value func) => Strs.ToNet(Field(func, Off.FuncName));
    public static string QualNameOf(Value func) => Strs.ToNet(Field(func, Off.FuncQualName));

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        return Strs.New($"<function {QualNameOf(args[0])} at 0x{Identity.Of(args[0].Ref):x}>");
    }

    /// function.__get__: a bound method for an instance, the function itself for None.
    private static Value Get(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("__get__", args, kwNames, 2, 3);
        return Py.IsNone(args[1]) ? args[0] : Methods.New(args[0], args[1]);
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods()
    {
        var t = BuiltinTypes.Function;
        Natives.DefineMethod(t, "__repr__", Repr);
        Natives.DefineMethod(t, "__get__", Get);
        DefineField(t, "__name__", Off.FuncName, "__name__ must be set to a string object", Strs.IsStr);
        DefineField(t, "__qualname__", Off.FuncQualName, "__qualname__ must be set to a string object", Strs.IsStr);
        DefineField(t, "__doc__", Off.FuncDoc, "", _ => true);
        DefineField(t, "__module__", Off.FuncModule, "", _ => true);
        DefineField(t, "__defaults__", Off.FuncDefaults, "__defaults__ must be set to a tuple object",
            v => Py.IsNone(v) || Ops.Is(v, TypeId.Tuple));
        DefineField(t, "__kwdefaults__", Off.FuncKwDefaults, "__kwdefaults__ must be set to a dict object",
            v => Py.IsNone(v) || Ops.Is(v, TypeId.Dict));
        NativeProperties.Define(t, "__annotations__", Annotations, (f, v) =>
        {
            if (!Py.IsNone(v) && !Ops.Is(v, TypeId.Dict)) throw Errors.TypeError("__annotations__ must be set to a dict object");
            SetField(f, Off.FuncAnnotations, v);
        });
        NativeProperties.Define(t, "__globals__", f => Field(f, Off.FuncGlobals));
        NativeProperties.Define(t, "__closure__", f => Field(f, Off.FuncClosure));
        NativeProperties.Define(t, "__code__", f => Field(f, Off.FuncCode));
    }

    /// function.__annotations__: the dict, made from MAKE_FUNCTION's tuple of names and values
    /// (or empty) the first time it is asked for, as CPython 3.11 does.
    private static Value Annotations(Value f)
    {
        Value a = Field(f, Off.FuncAnnotations);
        if (Ops.Is(a, TypeId.Dict)) return a;
        Value d = Dicts.New();
        if (Ops.Is(a, TypeId.Tuple))
        {
            var pairs = Tuples.Items(a);
            for (int i = 0; i + 1 < pairs.Length; i += 2) Dicts.Set(d, pairs[i], pairs[i + 1]);
        }
        SetField(f, Off.FuncAnnotations, d);
        return d;
    }

    private static void DefineField(PyType t, string name, int offset, string typeError, Func<Value, bool> accepts)
        => NativeProperties.Define(t, name, f => Field(f, offset), (f, v) =>
        {
            if (!accepts(v)) throw Errors.TypeError(typeError);
            SetField(f, offset, v);
        });
}
