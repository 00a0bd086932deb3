// The sequence side of binary operators: concatenation (+), repetition (*) and
// %-formatting of str, bytes, list and tuple. TryExact is the fast path for exact
// built-in types; TryFallback runs after the dunder protocol failed (CPython's
// sq_concat/sq_repeat) and words the sequence-specific TypeErrors.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static class SequenceOps
{
    public static bool TryExact(Value a, Value b, BinaryOp op, bool inplace, out Value result)
    {
        result = Value.Null;
        switch (op)
        {
            case BinaryOp.Add:
                if (Strs.IsStr(a) && Strs.IsStr(b)) { result = Strs.Concat(a, b); return true; }
                if (IsExactList(a) && IsExactList(b))
                {
                    result = inplace ? ExtendInPlace(a, b) : ConcatLists(a, b);
                    return true;
                }
                if (Tuples.IsTuple(a) && Tuples.IsTuple(b)) { result = ConcatTuples(a, b); return true; }
                return false;
            case BinaryOp.Multiply:
                if (inplace && Lists.IsList(a)) return false;
                if (Ints.IsInt(b) && IsRepeatable(a)) { result = Repeat(a, b); return true; }
                if (Ints.IsInt(a) && IsRepeatable(b)) { result = Repeat(b, a); return true; }
                return false;
            case BinaryOp.Remainder:
                if (Strs.IsStr(a)) { result = PercentFormat.FormatStr(a, b); return true; }
                return false;
        }
        return false;
    }

    public static bool TryFallback(Value a, Value b, BinaryOp op, out Value result)
    {
        result = Value.Null;
        if (op == BinaryOp.Add)
        {
            if (Lists.IsList(a) && Lists.IsList(b)) { result = ConcatLists(a, b); return true; }
            if (Tuples.IsTuple(a) && Tuples.IsTuple(b)) { result = ConcatTuples(a, b); return true; }
            if (BytesObjects.IsBytesLike(a) && BytesObjects.IsBytesLike(b)) { result = BytesObjects.Concat(a, b); return true; }
            string? seq = Strs.IsStr(a) ? "str" : Lists.IsList(a) ? "list" : Tuples.IsTuple(a) ? "tuple" : null;
            if (seq != null) throw Errors.TypeError($"can only concatenate {seq} (not \"{Ops.TypeName(b)}\") to {seq}");
            if (BytesObjects.IsBytesLike(a)) throw Errors.TypeError($"can't concat {Ops.TypeName(b)} to {Ops.TypeName(a)}");
        }
        else if (op == BinaryOp.Multiply)
        {
            Value seq = IsSequence(a) ? a : IsSequence(b) ? b : Value.Null;
            if (!seq.IsNull)
            {
                Value count = seq == a ? b : a;
                if (!Ints.IsInt(count) && Ops.LookupSpecial(Ops.TypeOf(count), "__index__").IsNull)
                    throw Errors.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(count)}'");
                string countType = Ops.TypeName(count); // before __index__ runs (it may move count)
                result = Repeat(seq, Ops.Index(count), countType);
                return true;
            }
        }
        else if (op == BinaryOp.Remainder && BytesObjects.IsBytesLike(a))
        {
            result = PercentFormat.FormatBytes(a, b);
            return true;
        }
        return false;
    }

    /// Whether `method` is the built-in str/bytes/bytearray/list/tuple implementation of
    /// `name` for v (what CPython treats as sq_concat/sq_repeat rather than a numeric slot).
    public static bool IsBuiltinSequenceMethod(Value v, Value method, string name)
    {
        if (method.IsNull) return false;
        PyType? seq = Ops.LayoutOf(v) switch
        {
            TypeId.Str => BuiltinTypes.Str, TypeId.Bytes => BuiltinTypes.Bytes, TypeId.ByteArray => BuiltinTypes.ByteArray,
            TypeId.List => BuiltinTypes.List, TypeId.Tuple => BuiltinTypes.Tuple, _ => null,
        };
        return seq != null && method == Ops.LookupSpecial(seq, name);
    }

    private static bool IsExactList(Value v) => Lists.IsList(v) && Ops.TypeOf(v) == BuiltinTypes.List;

    private static bool IsRepeatable(Value v) => Strs.IsStr(v) || Tuples.IsTuple(v) || IsExactList(v) || Ops.Is(v, TypeId.Bytes);

    private static bool IsSequence(Value v) => Strs.IsStr(v) || Tuples.IsTuple(v) || Lists.IsList(v) || BytesObjects.IsBytesLike(v);

    private static Value ConcatLists(Value a, Value b)
    {
        var r = Lists.New(Lists.Count(a) + Lists.Count(b));
        Lists.Extend(r, Lists.Items(a));
        Lists.Extend(r, Lists.Items(b));
        return r;
    }

    private static Value ExtendInPlace(Value a, Value b)
    {
        if (a == b) Lists.Extend(a, Lists.Items(b).ToArray());
        else Lists.Extend(a, Lists.Items(b));
        return a;
    }

    private static Value ConcatTuples(Value a, Value b)
    {
        int na = Tuples.Length(a), nb = Tuples.Length(b);
        if (na == 0) return b;
        if (nb == 0) return a;
        var r = Tuples.Uninitialized(na + nb);
        var items = Tuples.Items(r);
        Tuples.Items(a).CopyTo(items);
        Tuples.Items(b).CopyTo(items[na..]);
        return r;
    }

    /// seq * count for str, bytes, bytearray, list and tuple.
    public static Value Repeat(Value seq, Value count, string countType = "int")
    {
        if (!Ints.TryGetLong(count, out long n))
        {
            if (Ints.Sign(count) < 0) n = 0;
            else throw Errors.OverflowError($"cannot fit '{countType}' into an index-sized integer");
        }
        if (n < 0) n = 0;
        if (Strs.IsStr(seq)) return StrOps.Repeat(seq, n);
        if (BytesObjects.IsBytesLike(seq)) return BytesObjects.Repeat(seq, n);
        var items = Tuples.IsTuple(seq) ? Tuples.Items(seq) : Lists.Items(seq);
        int total = Sizes.Repeat(n, items.Length);
        if (Tuples.IsTuple(seq))
        {
            if (n == 1 || total == 0) return n == 1 ? seq : Tuples.Empty;
            var t = Tuples.Uninitialized(total);
            var dst = Tuples.Items(t);
            for (int i = 0; i < n; i++) Tuples.Items(seq).CopyTo(dst[(i * items.Length)..]);
            return t;
        }
        if (total == 0) return Lists.New();
        var list = Lists.New(total);
        for (int i = 0; i < n; i++) Lists.Extend(list, Lists.Items(seq));
        return list;
    }
}
