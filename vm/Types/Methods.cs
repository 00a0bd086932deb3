// Bound methods (TypeId.BoundMethod, immutable): a callable and the object it is bound
// to. Calling one calls the function with self first (Ops.Call). Attributes __self__ and
// __func__; __name__, __qualname__, __doc__ and __module__ come from the function.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Methods
{
    public static Value New(Value func, Value self)
    {
        long m = Collector.Allocate((uint)TypeId.BoundMethod, 24);
        Mem.StoreValue(m, Off.MethodFunc, func);
        Mem.StoreValue(m, Off.MethodSelf, self);
        return Value.FromRef(m);
    }

    public static Value FuncOf(Value method) => Mem.LoadValue(method.Ref, Off.MethodFunc);
    public static Value SelfOf(Value method) => Mem.LoadValue(method.Ref, Off.MethodSelf);

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        using var scope = new RootScope();
        int h = scope.Add(args[0]);
        Value name = Ops.GetAttrOrNull(FuncOf(args[0]), "__qualname__");
        if (name.IsNull || !Strs.IsStr(name)) name = Ops.GetAttrOrNull(FuncOf(scope[h]), "__name__");
        string n = name.IsNull || !Strs.IsStr(name) ? "?" : Strs.ToNet(name);
        return Strs.New($"<bound method {n} of {Ops.ReprOf(SelfOf(scope[h]))}>");
    }

    private static Value Eq(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__eq__", args, kwNames, 2);
        if (!Ops.Is(args[1], TypeId.BoundMethod)) return Py.NotImplemented;
        return Py.Bool(SelfOf(args[0]) == SelfOf(args[1]) && Ops.Eq(FuncOf(args[0]), FuncOf(args[1])));
    }

    private static Value Ne(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value eq = Eq(args, kwValues, kwNames);
        return eq == Py.NotImplemented ? eq : Py.Bool(eq != Py.True);
    }

    private static Value Hash(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__hash__", args, kwNames, 1);
        Value self = SelfOf(args[0]);
        long selfId = self.IsRef ? Identity.Of(self.Ref) : self.Bits;
        long h = (selfId >> 4) ^ Ops.Hash(FuncOf(args[0]));
        return Value.FromSmallInt(h == -1 ? -2 : h >> 1);
    }

    private static Value Get(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Range("__get__", args, kwNames, 2, 3);
        return args[0];
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods()
    {
        var t = BuiltinTypes.Method;
        Natives.DefineMethod(t, "__repr__", Repr);
        Natives.DefineMethod(t, "__eq__", Eq);
        Natives.DefineMethod(t, "__ne__", Ne);
        Natives.DefineMethod(t, "__hash__", Hash);
        Natives.DefineMethod(t, "__get__", Get);
        NativeProperties.Define(t, "__self__", SelfOf);
        NativeProperties.Define(t, "__func__", FuncOf);
        foreach (var name in new[] { "__name__", "__qualname__", "__doc__", "__module__" })
            NativeProperties.Define(t, name, m => Ops.GetAttr(FuncOf(m), name));
    }
}
