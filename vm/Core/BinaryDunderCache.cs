// Binary operators whose left operand is an instance of a user class (the Instance layout):
// the class's __op__ for each operator (for an in-place form, only when the class has no
// __iop__) is cached per class and operator by class version (BinaryPlan), so `a + b` with
// a Vec calls Vec.__add__ straight through the interpreter's plain call (or inline in its
// loop: Interpreter.InlinableBinary), with no MRO lookups. Taken only when the generic protocol (OpsArith.cs, BinaryDunders) would call
// that method first: b's class is a's, or not a subclass of it (else b's __rop__ may go
// first); when it returns NotImplemented, the protocol continues after the left call.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Ops
{
    /// The method `a op b` calls first for a left operand of one class at one version: a
    /// guest function (old), or Null when the generic protocol decides.
    private sealed class BinaryPlan(long version, Value fn)
    {
        public readonly long Version = version;
        public readonly Value Fn = fn;
    }

    private static readonly PerTypeCache<BinaryPlan> _binaryPlans = new(stride: Instr.InplaceOffset * 2);

    /// a op b through the class's cached method; false when the generic path must run.
    private static bool TryUserBinary(Value a, Value b, BinaryOp op, out Value result)
    {
        result = Value.Null;
        Value fn = UserBinaryMethod(a, b, op);
        if (fn.IsNull) return false;
        result = Interpreter.CallGuest2(fn, ref a, ref b);
        if (result == Py.NotImplemented) result = BinaryAfterLeft(a, b, op);
        return true;
    }

    /// The guest method (old) that `a op b` calls first for an instance `a` of a user class,
    /// when the class's plan decides it (see the header), or Null. The interpreter runs it
    /// inline and then BinaryAfterLeft when it returns NotImplemented.
    internal static Value UserBinaryMethod(Value a, Value b, BinaryOp op)
    {
        PyType ta = TypeOf(a);
        long version = TypeObjects.VersionOf(ta);
        var plan = _binaryPlans.Get(ta, (int)op);
        if (plan == null || plan.Version != version)
        {
            plan = MakeBinaryPlan(ta, op, version);
            if (plan == null) return Value.Null;
        }
        if (plan.Fn.IsNull) return Value.Null;
        PyType tb = TypeOf(b);
        return tb != ta && tb.IsSubtypeOf(ta) ? Value.Null : plan.Fn;
    }

    /// The rest of the protocol after a's __op__ (UserBinaryMethod) returned NotImplemented.
    internal static Value BinaryAfterLeft(Value a, Value b, BinaryOp op)
    {
        bool inplace = (int)op >= Instr.InplaceOffset;
        return BinaryGeneric(a, b, inplace ? op - Instr.InplaceOffset : op, inplace, leftTried: true);
    }

    /// Null when the method is young (planned after the minor collection Keepable asks for).
    private static BinaryPlan? MakeBinaryPlan(PyType ta, BinaryOp op, long version)
    {
        bool inplace = (int)op >= Instr.InplaceOffset;
        var names = BinaryNames[inplace ? (int)op - Instr.InplaceOffset : (int)op];
        Value fn = inplace && !LookupSpecial(ta, names.IName).IsNull ? Value.Null : LookupSpecial(ta, names.Name);
        if (fn.IsNull || !Is(fn, TypeId.Function)) fn = Value.Null;
        else if (!Interpreter.Keepable(fn)) return null;
        var plan = new BinaryPlan(version, fn);
        _binaryPlans.Set(ta, plan, (int)op);
        return plan;
    }
}
