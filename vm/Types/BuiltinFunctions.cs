// Guest-visible side of built-in functions (TypeId.BuiltinFunction, Core/Native.cs):
// repr ("<built-in function len>", "<built-in method append of list object at 0x..>",
// "<method 'append' of 'list' objects>"), __name__, __qualname__, __self__, __module__.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class BuiltinFunctions
{
    private static Value SelfOf(Value fn) => Mem.LoadValue(fn.Ref, Off.BuiltinSelf);

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        var info = Natives.InfoOf(args[0]);
        Value self = SelfOf(args[0]);
        if (!self.IsNull)
        {
            if (Ops.Is(self, TypeId.Module)) return Strs.New($"<built-in function {info.Name}>");
            long id = self.IsRef ? Identity.Of(self.Ref) : self.Bits;
            return Strs.New($"<built-in method {info.Name} of {Ops.TypeName(self)} object at 0x{id:x}>");
        }
        if (info.IsMethod && info.QualName.Contains('.'))
            return Strs.New($"<method '{info.Name}' of '{info.QualName[..info.QualName.LastIndexOf('.')]}' objects>");
        return Strs.New($"<built-in function {info.Name}>");
    }

    private static Value Module(Value fn)
    {
        var info = Natives.InfoOf(fn);
        if (info.IsMethod) return Py.None;
        int dot = info.QualName.LastIndexOf('.');
        return Strs.New(dot < 0 ? "builtins" : info.QualName[..dot]);
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods()
    {
        var t = BuiltinTypes.BuiltinFunction;
        Natives.DefineMethod(t, "__repr__", Repr);
        NativeProperties.Define(t, "__name__", fn => Strs.New(Natives.InfoOf(fn).Name));
        NativeProperties.Define(t, "__qualname__", fn => Strs.New(Natives.InfoOf(fn).QualName));
        NativeProperties.Define(t, "__self__", fn => SelfOf(fn) is { IsNull: false } self ? self : Py.None);
        NativeProperties.Define(t, "__module__", Module);
        NativeProperties.Define(t, "__doc__", _ => Py.None);
    }
}
