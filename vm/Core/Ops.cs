// Ops: the generic operations of the data model, one entry point each, used by the
// interpreter, the builtins and (later) the JIT's helpers. This file has the type
// queries; the other parts of the class live next to what they dispatch to:
//   OpsObject.cs    repr/str/hash/compare/truth/attributes   (object model)
//   OpsArith.cs     arithmetic and numeric conversions        (numbers)
//   OpsContainer.cs iteration, subscripts, len, in            (containers)
//   Interp/OpsCall.cs  calls                                  (interpreter)
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Ops
{
    /// Classes of layouts without a class word, indexed by TypeId (filled by BuiltinTypes).
    internal static readonly PyType[] FixedClass = new PyType[(int)TypeId.Count];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyType TypeOf(Value v)
    {
        if (v.IsSmallInt) return BuiltinTypes.Int;
        uint tid = Mem.TypeId(v.Ref);
        if (ObjectLayouts.HasClassWord[tid])
        {
            Barrier.Read(v.Ref); // __class__ assignment changes it
            return PyType.FromRef(Mem.LoadValue(v.Ref, Off.Class));
        }
        if (Mem.HeaderTag(v.Ref) != 0) return BuiltinSubclasses.ClassOf(v);
        return FixedClass[tid] ?? BuiltinTypes.DictViewClass(v);
    }

    /// The heap Type object of v's class.
    public static Value ClassOf(Value v) => TypeOf(v).Ref;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TypeId LayoutOf(Value v) => v.IsSmallInt ? TypeId.Invalid : (TypeId)Mem.TypeId(v.Ref);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(Value v, TypeId layout) => !v.IsSmallInt && Mem.TypeId(v.Ref) == (uint)layout;

    public static bool IsInstance(Value v, PyType t) => TypeOf(v).IsSubtypeOf(t);

    public static string TypeName(Value v) => TypeOf(v).Name;
}
