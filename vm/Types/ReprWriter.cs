// The reprs of the built-in containers (list, tuple, dict, set, frozenset, deque, dict views)
// write into one StringBuilder shared by the whole repr() call: a nested container writes
// itself in place instead of returning a string that its parent copies. (With a string per
// level, repr of a list nested 20000 deep copied every suffix at every level: seconds and
// hundreds of MB; now it is linear.) Each container written in place still counts one level
// of RecursionGuard, as the PyObject_Repr call CPython makes for it does, and the containers
// keep their ReprGuard ([...]) checks. Anything else (a user __repr__, a subclass overriding
// __repr__) goes through Ops.ReprOf and its str is appended.
using System.Globalization;
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ReprWriter
{
    /// repr(v) of a built-in container by its layout (the body of its __repr__ method, which
    /// the caller already counted as a level of recursion).
    public static string Of(Value container)
    {
        var sb = new StringBuilder();
        WriteContainer(sb, container, (TypeId)Mem.TypeId(container.Ref));
        return sb.ToString();
    }

    /// Appends repr(v), as PyObject_Repr would produce it.
    public static void Append(StringBuilder sb, Value v)
    {
        // PyObject_Repr counts a level of recursion for every object, a leaf such as an int
        // too: at the limit even an int item raises RecursionError. (Ops.ReprOf, when it
        // calls a __repr__, counts that level itself: this check at the same depth agrees.)
        RecursionGuard.Enter(RecursionGuard.InRepr);
        RecursionGuard.Leave();
        if (v.IsSmallInt)
        {
            sb.Append(v.SmallInt.ToString(CultureInfo.InvariantCulture));
            return;
        }
        var layout = (TypeId)Mem.TypeId(v.Ref);
        if (layout == TypeId.Str && !BuiltinSubclasses.IsSubclassInstance(v))
        {
            StrRepr.Append(sb, v);
            return;
        }
        if (!WritesInPlace(v, layout))
        {
            sb.Append(Ops.ReprOf(v));
            return;
        }
        RecursionGuard.Enter(RecursionGuard.InRepr);
        try
        {
            WriteContainer(sb, v, layout);
        }
        finally
        {
            RecursionGuard.Leave();
        }
    }

    /// The built-in base class of a container layout, or null for the other layouts.
    private static PyType? BaseClass(Value v, TypeId layout) => layout switch
    {
        TypeId.List => BuiltinTypes.List,
        TypeId.Tuple => BuiltinTypes.Tuple,
        TypeId.Dict => BuiltinTypes.Dict,
        TypeId.Set => BuiltinTypes.Set,
        TypeId.FrozenSet => BuiltinTypes.FrozenSet,
        TypeId.Deque => Deques.Type,
        TypeId.DictView => Ops.TypeOf(v),
        _ => null,
    };

    /// v is a container whose class uses its base's __repr__ (an instance of a subclass that
    /// defines its own, or inherits one from a Python class, goes through Ops.ReprOf).
    private static bool WritesInPlace(Value v, TypeId layout)
    {
        PyType? baseClass = BaseClass(v, layout);
        if (baseClass == null) return false;
        PyType cls = Ops.TypeOf(v);
        return cls == baseClass
            || TypeObjects.LookupInMro(cls, "__repr__") == TypeObjects.LookupInMro(baseClass, "__repr__");
    }

    private static void WriteContainer(StringBuilder sb, Value v, TypeId layout)
    {
        switch (layout)
        {
            case TypeId.List: Lists.WriteRepr(sb, v); break;
            case TypeId.Tuple: Tuples.WriteRepr(sb, v); break;
            case TypeId.Dict: DictMethods.WriteRepr(sb, v); break;
            case TypeId.Set or TypeId.FrozenSet: SetMethods.WriteRepr(sb, v); break;
            case TypeId.Deque: DequeMethods.WriteRepr(sb, v); break;
            case TypeId.DictView: DictViews.WriteRepr(sb, v); break;
            default: throw new InvalidOperationException($"no in-place repr for layout {layout}");
        }
    }
}
