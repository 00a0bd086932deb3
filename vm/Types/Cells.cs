// Cell objects (TypeId.Cell): the shared boxes of closure variables. A function's
// closure is a tuple of cells; a frame holds its cell and free variables' cells in slots
// after its locals. An empty cell holds Value.Null.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Cells
{
    public static Value New(Value contents)
    {
        long c = Collector.Allocate((uint)TypeId.Cell, 16);
        Mem.StoreValue(c, Off.CellValue, contents);
        return Value.FromRef(c);
    }

    /// The contents, or Null when empty.
    public static Value Get(Value cell)
    {
        Barrier.Read(cell.Ref);
        return Mem.LoadValue(cell.Ref, Off.CellValue);
    }

    public static void Set(Value cell, Value contents)
    {
        Barrier.Write(cell.Ref);
        Mem.StoreValue(cell.Ref, Off.CellValue, contents);
    }

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        Value v = Get(args[0]);
        string at = $"0x{Identity.Of(args[0].Ref):x}";
        return Strs.New(v.IsNull ? $"<cell at {at}: empty>"
            : $"<cell at {at}: {Ops.TypeName(v)} object at 0x{(v.IsRef ? Identity.Of(v.Ref) : v.Bits):x}>");
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods()
    {
        Natives.DefineMethod(BuiltinTypes.Cell, "__repr__", Repr);
        NativeProperties.Define(BuiltinTypes.Cell, "cell_contents",
            c => Get(c) is { IsNull: false } v ? v : throw Errors.ValueError("Cell is empty"),
            Set);
    }
}
