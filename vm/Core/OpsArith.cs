// OWNER: numbers helper. Arithmetic: fast paths for int/float (and str/bytes/list/tuple
// concatenation and repetition), then the generic protocol: __op__ on the left operand,
// __rop__ on the right (right first when its type is a proper subclass of the left's and
// overrides it), __iop__ first for in-place forms; then the sequence fallbacks
// (concatenation, repetition, str % args); TypeError "unsupported operand type(s)..." otherwise.
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Ops
{
    /// Dunder names per plain BinaryOp: (operator text, __op__, __rop__, __iop__).
    internal static readonly (string Symbol, string Name, string RName, string IName)[] BinaryNames =
    [
        ("+", "__add__", "__radd__", "__iadd__"), ("-", "__sub__", "__rsub__", "__isub__"),
        ("*", "__mul__", "__rmul__", "__imul__"), ("/", "__truediv__", "__rtruediv__", "__itruediv__"),
        ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"), ("%", "__mod__", "__rmod__", "__imod__"),
        ("**", "__pow__", "__rpow__", "__ipow__"), ("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        ("<<", "__lshift__", "__rlshift__", "__ilshift__"), (">>", "__rshift__", "__rrshift__", "__irshift__"),
        ("&", "__and__", "__rand__", "__iand__"), ("|", "__or__", "__ror__", "__ior__"),
        ("^", "__xor__", "__rxor__", "__ixor__"),
    ];

    public static Value Binary(Value a, Value b, BinaryOp op)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            switch (op)
            {
                case BinaryOp.Add or BinaryOp.InplaceAdd: return Ints.New(a.SmallInt + b.SmallInt);
                case BinaryOp.Subtract or BinaryOp.InplaceSubtract: return Ints.New(a.SmallInt - b.SmallInt);
                case BinaryOp.And or BinaryOp.InplaceAnd: return Value.FromSmallInt(a.SmallInt & b.SmallInt);
                case BinaryOp.Or or BinaryOp.InplaceOr: return Value.FromSmallInt(a.SmallInt | b.SmallInt);
            }
        }
        else if (Floats.IsFloat(a) && Floats.IsFloat(b)
                 && !BuiltinSubclasses.IsSubclassInstance(a) && !BuiltinSubclasses.IsSubclassInstance(b))
        {
            switch (op)
            {
                case BinaryOp.Add or BinaryOp.InplaceAdd: return Floats.New(Floats.Get(a) + Floats.Get(b));
                case BinaryOp.Subtract or BinaryOp.InplaceSubtract: return Floats.New(Floats.Get(a) - Floats.Get(b));
                case BinaryOp.Multiply or BinaryOp.InplaceMultiply: return Floats.New(Floats.Get(a) * Floats.Get(b));
            }
        }
        return BinarySlow(a, b, op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value BinarySlow(Value a, Value b, BinaryOp op)
    {
        if (Is(a, TypeId.Instance) && TryUserBinary(a, b, op, out Value user)) return user;
        bool inplace = (int)op >= Instr.InplaceOffset;
        var plain = inplace ? op - Instr.InplaceOffset : op;
        if (HasUserBinary(a, b, plain, inplace)) return BinaryGeneric(a, b, plain, inplace);
        if (Floats.IsNumber(a) && Floats.IsNumber(b))
        {
            Value r = Numbers.Binary(a, b, plain);
            if (!r.IsNull) return r;
        }
        else if (SequenceOps.TryExact(a, b, plain, inplace, out Value r)) return r;
        return BinaryGeneric(a, b, plain, inplace);
    }

    /// An operand is an instance of a user subclass of int/str/tuple/... that defines the
    /// operator itself: the built-in fast paths would bypass its method.
    private static bool HasUserBinary(Value a, Value b, BinaryOp plain, bool inplace)
    {
        if (!BuiltinSubclasses.IsSubclassInstance(a) && !BuiltinSubclasses.IsSubclassInstance(b)) return false;
        var names = BinaryNames[(int)plain];
        return !BuiltinSubclasses.UserMethod(a, names.Name).IsNull || !BuiltinSubclasses.UserMethod(b, names.RName).IsNull
               || (inplace && !BuiltinSubclasses.UserMethod(a, names.IName).IsNull);
    }

    /// leftTried: a's __op__ was called already (BinaryDunderCache.cs) and returned NotImplemented.
    private static Value BinaryGeneric(Value a, Value b, BinaryOp plain, bool inplace, bool leftTried = false)
    {
        var names = BinaryNames[(int)plain];
        using (var rs = new RootScope())
        {
            int ha = rs.Add(a), hb = rs.Add(b);
            if (inplace && !leftTried)
            {
                Value f = LookupSpecial(TypeOf(a), names.IName);
                if (!f.IsNull)
                {
                    Value r = Call(f, [a, b]);
                    if (r != Py.NotImplemented) return r;
                    a = rs[ha];
                    b = rs[hb];
                }
            }
            Value result = BinaryDunders(a, b, names.Name, names.RName, sequenceOp: plain is BinaryOp.Add or BinaryOp.Multiply, leftTried);
            if (!result.IsNull) return result;
            a = rs[ha];
            b = rs[hb];
        }
        if (SequenceOps.TryFallback(a, b, plain, out Value s)) return s;
        string symbol = plain == BinaryOp.Power ? "** or pow()" : names.Symbol;
        throw Errors.UnsupportedOperands(inplace ? symbol + "=" : symbol, a, b);
    }

    /// a.__op__(b), then b.__rop__(a) (first when b's class is a proper subclass of a's that
    /// overrides __rop__); Null when both are missing or return NotImplemented. For + and *
    /// (sequenceOp), the built-in sequences' own __add__/__mul__ are left to SequenceOps'
    /// fallback, as CPython tries numeric slots of both operands before sq_concat/sq_repeat.
    /// leftTried: a.__op__(b) was called already (and returned NotImplemented).
    internal static Value BinaryDunders(Value a, Value b, string name, string rname, bool sequenceOp = false, bool leftTried = false)
    {
        PyType ta = TypeOf(a), tb = TypeOf(b);
        using var rs = new RootScope();
        int ha = rs.Add(a), hb = rs.Add(b);
        Value fa = leftTried ? Value.Null : LookupSpecial(ta, name);
        Value rb = ta == tb ? Value.Null : LookupSpecial(tb, rname);
        if (sequenceOp)
        {
            if (SequenceOps.IsBuiltinSequenceMethod(a, fa, name)) fa = Value.Null;
            if (SequenceOps.IsBuiltinSequenceMethod(b, rb, rname)) rb = Value.Null;
        }
        int hfb = rs.Add(rb);
        Value fb = rs[hfb];
        if (!fb.IsNull && tb.IsSubtypeOf(ta) && fb != LookupSpecial(ta, rname))
        {
            Value r = Call(fb, [b, a]);
            if (r != Py.NotImplemented) return r;
            rs[hfb] = Value.Null;
            if (!fa.IsNull) fa = LookupSpecial(ta, name);
        }
        if (!fa.IsNull)
        {
            Value r = Call(fa, [rs[ha], rs[hb]]);
            if (r != Py.NotImplemented) return r;
        }
        fb = rs[hfb];
        if (!fb.IsNull)
        {
            Value r = Call(fb, [rs[hb], rs[ha]]);
            if (r != Py.NotImplemented) return r;
        }
        return Value.Null;
    }

    public static Value Negative(Value a)
    {
        if (a.IsSmallInt) return Ints.New(-a.SmallInt);
        if (Floats.IsFloat(a)) return Floats.New(-Floats.Get(a));
        if (Ints.IsInt(a)) return IntArith.Negate(a);
        return UnaryDunder(a, "__neg__", "-");
    }

    public static Value Positive(Value a)
    {
        if (a.IsSmallInt || Floats.IsFloat(a)) return a;
        if (Ints.IsInt(a)) return Ints.New(Ints.ToBig(a));
        return UnaryDunder(a, "__pos__", "+");
    }

    public static Value Invert(Value a)
    {
        if (a.IsSmallInt) return Value.FromSmallInt(~a.SmallInt);
        if (Ints.IsInt(a)) return IntArith.Invert(a);
        return UnaryDunder(a, "__invert__", "~");
    }

    /// abs(v): ints and floats directly, else __abs__.
    public static Value Abs(Value a)
    {
        if (a.IsSmallInt) return a.SmallInt >= 0 ? a : Ints.New(-a.SmallInt);
        if (Floats.IsFloat(a)) return Floats.New(Math.Abs(Floats.Get(a)));
        if (Ints.IsInt(a)) return IntArith.Abs(a);
        Value f = LookupSpecial(TypeOf(a), "__abs__");
        if (f.IsNull) throw Errors.TypeError($"bad operand type for abs(): '{TypeName(a)}'");
        return Call(f, [a]);
    }

    private static Value UnaryDunder(Value a, string name, string symbol)
    {
        Value f = LookupSpecial(TypeOf(a), name);
        if (f.IsNull) throw Errors.TypeError($"bad operand type for unary {symbol}: '{TypeName(a)}'");
        return Call(f, [a]);
    }

    /// operator.index(v): int, or __index__; TypeError "'float' object cannot be interpreted as an integer".
    public static Value Index(Value v)
    {
        if (v.IsSmallInt || Ints.IsBig(v)) return v;
        if (Ints.IsBool(v)) return Ints.New(Ints.ToBig(v));
        Value f = LookupSpecial(TypeOf(v), "__index__");
        if (f.IsNull) throw Errors.TypeError($"'{TypeName(v)}' object cannot be interpreted as an integer");
        Value r = Call(f, [v]);
        if (!Ints.IsInt(r)) throw Errors.TypeError($"__index__ returned non-int (type {TypeName(r)})");
        return r;
    }

    /// Index(v) as a long; OverflowError "cannot fit 'int' into an index-sized integer".
    public static long IndexAsLong(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        PyType type = TypeOf(v);
        Value i = Index(v);
        if (!Ints.TryGetLong(i, out long x)) throw Errors.OverflowError($"cannot fit '{type.Name}' into an index-sized integer");
        return x;
    }
}
