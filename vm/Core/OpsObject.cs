// OWNER: object-model helper. The object protocol: repr/str (fast paths for the
// immutable built-ins, then __repr__/__str__ on the class), hash (numbers, str, tuple,
// identity; __hash__ = None means unhashable) and truth (__bool__, then __len__).
// Comparisons: OpsCompare.cs; attributes: OpsAttr.cs.
using System.Globalization;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Ops
{
    public static Value Repr(Value v)
    {
        if (v.IsSmallInt) return Strs.FromLong(v.SmallInt);
        string? fast = FastRepr(v);
        return fast != null ? Strs.New(fast) : CallRepr(v);
    }

    public static string ReprOf(Value v) => FastRepr(v) ?? Strs.ToNet(CallRepr(v));

    public static Value Str(Value v)
    {
        if (v.IsSmallInt) return Strs.FromLong(v.SmallInt);
        if (Strs.IsStr(v)) return ExactStr(v);
        string? fast = FastStr(v);
        return fast != null ? Strs.New(fast) : CallStr(v);
    }

    public static string StrOf(Value v) => Strs.IsStr(v) ? Strs.ToNet(ExactStr(v)) : FastStr(v) ?? Strs.ToNet(CallStr(v));

    /// str(s) for a str: s itself, or for an instance of a str subclass its __str__ or a plain copy.
    private static Value ExactStr(Value s)
    {
        if (!BuiltinSubclasses.IsSubclassInstance(s)) return s;
        return BuiltinSubclasses.UserMethod(s, "__str__").IsNull ? BuiltinSubclasses.Exact(s) : CallStr(s);
    }

    /// repr of the layouts whose class is fixed (or whose subclass does not override __repr__);
    /// null for the rest.
    private static string? FastRepr(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt.ToString(CultureInfo.InvariantCulture);
        if (!BuiltinSubclasses.UserMethod(v, "__repr__").IsNull) return null;
        return (TypeId)Mem.TypeId(v.Ref) switch
        {
            TypeId.Str => StrRepr.Of(v),
            TypeId.Float => Floats.Repr(Floats.Get(v)),
            TypeId.BigInt => Ints.ToDecimal(v),
            TypeId.NoneType => "None",
            TypeId.Bool => v == Py.True ? "True" : "False",
            TypeId.EllipsisType => "Ellipsis",
            TypeId.NotImplementedType => "NotImplemented",
            TypeId.Type => TypeObjects.Repr(PyType.FromRef(v)),
            _ => null,
        };
    }

    /// str of the layouts where it equals the repr (numbers, None, bools).
    private static string? FastStr(Value v) =>
        v.IsSmallInt || ((TypeId)Mem.TypeId(v.Ref) is TypeId.Float or TypeId.BigInt or TypeId.NoneType or TypeId.Bool
            && BuiltinSubclasses.UserMethod(v, "__str__").IsNull)
            ? FastRepr(v) : null;

    private static Value CallRepr(Value v)
    {
        Value r;
        RecursionGuard.Enter(RecursionGuard.InRepr);
        try
        {
            r = Descriptors.CallUnbound(TypeObjects.LookupInMro(TypeOf(v), "__repr__"), v, []);
        }
        finally
        {
            RecursionGuard.Leave();
        }
        if (!Strs.IsStr(r)) throw Errors.TypeError($"__repr__ returned non-string (type {TypeName(r)})");
        return r;
    }

    private static Value CallStr(Value v)
    {
        Value method = TypeObjects.LookupInMro(TypeOf(v), "__str__");
        Value r;
        RecursionGuard.Enter(RecursionGuard.InStr);
        try
        {
            r = method == ObjectMethods.Str ? Repr(v) : Descriptors.CallUnbound(method, v, []);
        }
        finally
        {
            RecursionGuard.Leave();
        }
        if (!Strs.IsStr(r)) throw Errors.TypeError($"__str__ returned non-string (type {TypeName(r)})");
        return r;
    }

    /// hash(v); TypeError "unhashable type: 'list'".
    public static long Hash(Value v)
    {
        if (v.IsSmallInt) return Ints.Hash(v);
        if (BuiltinSubclasses.IsSubclassInstance(v)) return SubclassInstanceHash(v);
        return LayoutHash(v);
    }

    /// A user __hash__ (or __hash__ = None) of an int/str/... subclass, else the base's hash.
    private static long SubclassInstanceHash(Value v)
    {
        var type = TypeOf(v);
        Value method = TypeObjects.LookupInMro(type, "__hash__");
        if (Py.IsNone(method)) throw Errors.TypeError($"unhashable type: '{type.Name}'");
        return BuiltinSubclasses.UserMethod(v, "__hash__").IsNull ? LayoutHash(v) : CallHash(v, method);
    }

    private static long LayoutHash(Value v)
    {
        switch ((TypeId)Mem.TypeId(v.Ref))
        {
            case TypeId.Str: return Strs.Hash(v);
            case TypeId.Float: return Floats.Hash(Floats.Get(v));
            case TypeId.BigInt: return Ints.Hash(v);
            case TypeId.Bool: return v == Py.True ? 1 : 0;
            case TypeId.Tuple: return Tuples.Hash(v);
            case TypeId.NoneType or TypeId.EllipsisType or TypeId.NotImplementedType or TypeId.Type:
                return IdentityHash(v);
        }
        var type = TypeOf(v);
        Value method = TypeObjects.LookupInMro(type, "__hash__");
        if (method.IsNull || Py.IsNone(method)) throw Errors.TypeError($"unhashable type: '{type.Name}'");
        if (method == ObjectMethods.Hash) return IdentityHash(v);
        return CallHash(v, method);
    }

    private static long CallHash(Value v, Value method)
    {
        Value r = Descriptors.CallUnbound(method, v, []);
        if (!Ints.IsInt(r)) throw Errors.TypeError("__hash__ method should return an integer");
        if (!r.IsSmallInt) return Ints.Hash(r);
        return r.SmallInt == -1 ? -2 : r.SmallInt;
    }

    /// CPython's _Py_HashPointer of the object's identity.
    public static long IdentityHash(Value v)
    {
        ulong id = (ulong)Identity.Of(v.Ref);
        long h = (long)((id >> 4) | (id << 60));
        return h == -1 ? -2 : h;
    }

    public static bool Truth(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt != 0;
        if (BuiltinSubclasses.IsSubclassInstance(v) && SubclassInstanceTruth(v) is { } truth) return truth;
        switch ((TypeId)Mem.TypeId(v.Ref))
        {
            case TypeId.Bool: return v == Py.True;
            case TypeId.NoneType: return false;
            case TypeId.Float: return Floats.Get(v) != 0.0;
            case TypeId.Str: return Strs.Length(v) != 0;
            case TypeId.Tuple: return Tuples.Length(v) != 0;
            case TypeId.BigInt or TypeId.Type or TypeId.Function or TypeId.BuiltinFunction or TypeId.BoundMethod
                or TypeId.Module or TypeId.EllipsisType:
                return true;
            case TypeId.List when TypeOf(v) == BuiltinTypes.List: return Lists.Count(v) != 0;
            case TypeId.Dict when TypeOf(v) == BuiltinTypes.Dict: return Dicts.Count(v) != 0;
        }
        return GenericTruth(v);
    }

    /// An int/str/... subclass: its own __bool__/__len__, an int's value (maybe a small value
    /// kept in BigInt form), or null: the layout's truth.
    private static bool? SubclassInstanceTruth(Value v)
    {
        if (!BuiltinSubclasses.UserMethod(v, "__bool__").IsNull || !BuiltinSubclasses.UserMethod(v, "__len__").IsNull)
            return GenericTruth(v);
        return Is(v, TypeId.BigInt) ? Ints.Sign(v) != 0 : null;
    }

    private static bool GenericTruth(Value v)
    {
        var type = TypeOf(v);
        Value method = TypeObjects.LookupInMro(type, "__bool__");
        if (!method.IsNull)
        {
            Value r = Descriptors.CallUnbound(method, v, []);
            if (!Is(r, TypeId.Bool)) throw Errors.TypeError($"__bool__ should return bool, returned {TypeName(r)}");
            return r == Py.True;
        }
        if (!TypeObjects.LookupInMro(type, "__len__").IsNull) return Len(v) != 0;
        return true;
    }

    /// super(type, obj): the zero-argument form passes the __class__ cell's class and the
    /// frame's first argument.
    public static Value Super(Value type, Value obj) => SuperObjects.New(type, obj);
}
