// The arithmetic dunders shared by int and float (__add__/__radd__ ... __divmod__,
// __neg__, __pos__, __abs__), defined from Numbers' operators so that explicit calls such
// as int.__add__(1, 2) or super().__mul__(x) behave as the operators; an operand of
// another kind gives NotImplemented. Also old-space class/static method wrappers for
// built-in types.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class NumberDunders
{
    private static readonly BinaryOp[] Operators =
    [
        BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.TrueDivide, BinaryOp.FloorDivide,
        BinaryOp.Remainder, BinaryOp.LeftShift, BinaryOp.RightShift, BinaryOp.And, BinaryOp.Or, BinaryOp.Xor,
    ];

    /// `accepts`: which other operands this type computes with.
    public static void DefineArithmetic(PyType type, Func<Value, bool> accepts)
    {
        bool isInt = type == BuiltinTypes.Int;
        foreach (var op in Operators)
        {
            if (!isInt && op is BinaryOp.LeftShift or BinaryOp.RightShift or BinaryOp.And or BinaryOp.Or or BinaryOp.Xor) continue;
            var names = Ops.BinaryNames[(int)op];
            BuiltinDunders.Method(type, names.Name, 1, (self, a) => Apply(accepts, self, a[0], op));
            BuiltinDunders.Method(type, names.RName, 1, (self, a) => Apply(accepts, a[0], self, op));
        }
        BuiltinDunders.MethodRange(type, "__pow__", 1, 2, (self, a) => Power(accepts, self, a[0], a.Length > 1 ? a[1] : Py.None));
        BuiltinDunders.MethodRange(type, "__rpow__", 1, 2, (self, a) => Power(accepts, a[0], self, a.Length > 1 ? a[1] : Py.None));
        BuiltinDunders.Method(type, "__divmod__", 1, (self, a) => accepts(a[0]) ? Numbers.DivMod(self, a[0]) : Py.NotImplemented);
        BuiltinDunders.Method(type, "__rdivmod__", 1, (self, a) => accepts(a[0]) ? Numbers.DivMod(a[0], self) : Py.NotImplemented);
        BuiltinDunders.Method(type, "__neg__", 0, (self, _) => Ops.Negative(self));
        BuiltinDunders.Method(type, "__pos__", 0, (self, _) => Ops.Positive(self));
        BuiltinDunders.Method(type, "__abs__", 0, (self, _) => Ops.Abs(self));
        if (isInt) BuiltinDunders.Method(type, "__invert__", 0, (self, _) => Ops.Invert(self));
    }

    private static Value Apply(Func<Value, bool> accepts, Value a, Value b, BinaryOp op)
    {
        if (!accepts(b) || !accepts(a)) return Py.NotImplemented;
        Value r = Numbers.Binary(a, b, op);
        return r.IsNull ? Py.NotImplemented : r;
    }

    private static Value Power(Func<Value, bool> accepts, Value a, Value b, Value mod)
    {
        if (!accepts(a) || !accepts(b)) return Py.NotImplemented;
        if (Py.IsNone(mod)) return Numbers.Binary(a, b, BinaryOp.Power);
        if (Ints.IsInt(a) && Ints.IsInt(b) && Ints.IsInt(mod)) return IntArith.PowMod(a, b, mod);
        if (!Floats.IsNumber(mod)) return Py.NotImplemented;
        throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }

    /// A classmethod of a built-in type (fn gets the class as args[0]).
    public static void DefineClassMethod(PyType type, string name, NativeFn fn) => DefineWrapped(type, name, fn, TypeId.ClassMethod);

    /// A staticmethod of a built-in type.
    public static void DefineStaticMethod(PyType type, string name, NativeFn fn) => DefineWrapped(type, name, fn, TypeId.StaticMethod);

    private static void DefineWrapped(PyType type, string name, NativeFn fn, TypeId wrapper)
    {
        Value f = Natives.NewFunction(Natives.Register(name, $"{type.Name}.{name}", fn, isMethod: false));
        long obj = Collector.AllocateOld((uint)wrapper, 16);
        Mem.StoreValue(obj, Off.WrappedFunc, f);
        var w = Value.FromRef(obj);
        Heap.Instance.GlobalRoots.Add(f);
        Heap.Instance.GlobalRoots.Add(w);
        TypeObjects.SetTypeAttr(type, name, w);
    }
}
