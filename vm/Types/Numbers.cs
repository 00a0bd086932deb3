// Binary operators on two numbers (ints, bools, floats): the dispatch shared by
// Ops.Binary's fast path and the numeric dunders (int.__add__, float.__rtruediv__, ...).
// bool & | ^ bool stay bools; an int with a float computes in floats.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class Numbers
{
    /// a op b for numbers a and b; Null when the operator does not apply (@).
    public static Value Binary(Value a, Value b, BinaryOp op)
    {
        if (Ints.IsInt(a) && Ints.IsInt(b)) return IntBinary(a, b, op);
        return FloatBinary(Floats.ToDouble(a), Floats.ToDouble(b), op);
    }

    public static Value IntBinary(Value a, Value b, BinaryOp op) => op switch
    {
        BinaryOp.Add => IntArith.Add(a, b),
        BinaryOp.Subtract => IntArith.Sub(a, b),
        BinaryOp.Multiply => IntArith.Mul(a, b),
        BinaryOp.TrueDivide => Floats.New(IntArith.TrueDiv(a, b)),
        BinaryOp.FloorDivide => IntArith.FloorDiv(a, b),
        BinaryOp.Remainder => IntArith.Mod(a, b),
        BinaryOp.Power => IntArith.Pow(a, b),
        BinaryOp.LeftShift => IntArith.LeftShift(a, b),
        BinaryOp.RightShift => IntArith.RightShift(a, b),
        BinaryOp.And => BothBool(a, b) ? Py.Bool(Ints.Sign(a) != 0 & Ints.Sign(b) != 0) : IntArith.And(a, b),
        BinaryOp.Or => BothBool(a, b) ? Py.Bool(Ints.Sign(a) != 0 | Ints.Sign(b) != 0) : IntArith.Or(a, b),
        BinaryOp.Xor => BothBool(a, b) ? Py.Bool(Ints.Sign(a) != 0 ^ Ints.Sign(b) != 0) : IntArith.Xor(a, b),
        _ => Value.Null,
    };

    private static bool BothBool(Value a, Value b) => Ints.IsBool(a) && Ints.IsBool(b);

    public static Value FloatBinary(double x, double y, BinaryOp op) => op switch
    {
        BinaryOp.Add => Floats.New(x + y),
        BinaryOp.Subtract => Floats.New(x - y),
        BinaryOp.Multiply => Floats.New(x * y),
        BinaryOp.TrueDivide => Floats.New(FloatArith.TrueDiv(x, y)),
        BinaryOp.FloorDivide => Floats.New(FloatArith.FloorDiv(x, y)),
        BinaryOp.Remainder => Floats.New(FloatArith.Mod(x, y)),
        BinaryOp.Power => Floats.New(FloatArith.Pow(x, y)),
        _ => Value.Null,
    };

    /// divmod(a, b) of two numbers as a tuple.
    public static Value DivMod(Value a, Value b)
    {
        if (Ints.IsInt(a) && Ints.IsInt(b))
        {
            var (q, r) = IntArith.DivMod(a, b);
            return Tuples.New([q, r]);
        }
        var (fq, fr) = FloatArith.DivMod(Floats.ToDouble(a), Floats.ToDouble(b));
        return Tuples.New([Floats.New(fq), Floats.New(fr)]);
    }

    /// a op b for two numbers as a bool (exact between ints and floats; NaN unordered).
    public static bool Compare(Value a, Value b, CompareOp op)
    {
        if (Ints.IsInt(a) && Ints.IsInt(b)) return FloatArith.Holds(IntArith.Compare(a, b), op);
        return FloatArith.CompareMixed(a, b, op);
    }

    /// a == b for two numbers.
    public static bool Equal(Value a, Value b) => Compare(a, b, CompareOp.Eq);

    /// hash of a number (int or float), consistent across the two.
    public static long Hash(Value v) => Floats.IsFloat(v) ? Floats.Hash(Floats.Get(v)) : Ints.Hash(v);
}
