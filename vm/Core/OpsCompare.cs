// OWNER: object-model helper. Rich comparison: fast paths for numbers, strs, tuples and
// lists, then CPython's do_richcompare: the reflected method of the right operand first
// when its class is a proper subclass of the left's, then the left's method, then the
// reflected one; NotImplemented everywhere falls back to identity for == and != and to
// TypeError "'<' not supported between instances of 'int' and 'str'" otherwise.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Ops
{
    private static readonly string[] CompareMethodNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly string[] CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];

    /// a == b as a bool (identity first, as containers do).
    public static bool Eq(Value a, Value b)
    {
        if (a == b) return true;
        if (a.IsSmallInt && b.IsSmallInt) return false;
        if (Strs.IsPlainStr(a) && Strs.IsPlainStr(b)) return Strs.Equal(a, b);
        return Truth(Compare(a, b, CompareOp.Eq));
    }

    /// truth of a < b (used by sort, min, max, heapq).
    public static bool Lt(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt) return a.SmallInt < b.SmallInt;
        return Truth(Compare(a, b, CompareOp.Lt));
    }

    /// a op b: the full rich comparison protocol; returns whatever __op__ returns.
    public static Value Compare(Value a, Value b, CompareOp op)
    {
        if (a.IsSmallInt && b.IsSmallInt) return Py.Bool(Sequences.CompareInts(a.SmallInt, b.SmallInt, op));
        bool user = HasUserCompare(a, op) || HasUserCompare(b, Reflected(op));
        if (!user && Floats.IsNumber(a) && Floats.IsNumber(b)) return Py.Bool(Numbers.Compare(a, b, op));
        if (!user && Strs.IsStr(a) && Strs.IsStr(b)) return Py.Bool(CompareStrs(a, b, op));
        // Containers and user methods may recurse: CPython's depth check "in comparison".
        RecursionGuard.Enter(RecursionGuard.InComparison);
        try
        {
            if (!user && IsExactSequence(a) && IsExactSequence(b) && LayoutOf(a) == LayoutOf(b)) return Sequences.Compare(a, b, op);
            return RichCompare(a, b, op);
        }
        finally
        {
            RecursionGuard.Leave();
        }
    }

    private static bool CompareStrs(Value a, Value b, CompareOp op) => op switch
    {
        CompareOp.Eq => Strs.Equal(a, b),
        CompareOp.Ne => !Strs.Equal(a, b),
        _ => Sequences.CompareInts(Strs.Compare(a, b), 0, op),
    };

    /// An instance of an int/str/... subclass that defines this comparison itself.
    private static bool HasUserCompare(Value v, CompareOp op) =>
        BuiltinSubclasses.IsSubclassInstance(v) && !BuiltinSubclasses.UserMethod(v, CompareMethodNames[(int)op]).IsNull;

    private static bool IsExactSequence(Value v) =>
        Is(v, TypeId.Tuple) || (Is(v, TypeId.List) && TypeOf(v) == BuiltinTypes.List);

    private static CompareOp Reflected(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    private static Value RichCompare(Value a, Value b, CompareOp op)
    {
        using var scope = new RootScope();
        int ha = scope.Add(a), hb = scope.Add(b);
        PyType ta = TypeOf(a), tb = TypeOf(b);
        bool reflectedTried = false;
        if (ta != tb && tb.IsSubtypeOf(ta))
        {
            reflectedTried = true;
            Value r = TryCompareMethod(b, a, Reflected(op));
            if (r != Py.NotImplemented) return r;
        }
        Value result = TryCompareMethod(scope[ha], scope[hb], op);
        if (result != Py.NotImplemented) return result;
        if (!reflectedTried)
        {
            result = TryCompareMethod(scope[hb], scope[ha], Reflected(op));
            if (result != Py.NotImplemented) return result;
        }
        return op switch
        {
            CompareOp.Eq => Py.Bool(scope[ha] == scope[hb]),
            CompareOp.Ne => Py.Bool(scope[ha] != scope[hb]),
            _ => throw Errors.TypeError(
                $"'{CompareSymbols[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'"),
        };
    }

    /// self.__op__(other) looked up on self's class; NotImplemented when it has none.
    internal static Value TryCompareMethod(Value self, Value other, CompareOp op)
    {
        Value method = TypeObjects.LookupInMro(TypeOf(self), CompareMethodNames[(int)op]);
        if (method.IsNull || Py.IsNone(method)) return Py.NotImplemented;
        return Descriptors.CallUnbound(method, self, [other]);
    }
}
