// OWNER: object-model helper. The object protocol: repr/str, hash, rich comparison,
// truth, attribute access (descriptors, instance maps, __getattr__, class attributes),
// isinstance/issubclass.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Ops
{
    public static Value Repr(Value v) => throw new NotImplementedException();
    public static Value Str(Value v) => throw new NotImplementedException();
    public static string ReprOf(Value v) => throw new NotImplementedException();
    public static string StrOf(Value v) => throw new NotImplementedException();
    /// hash(v); TypeError "unhashable type: 'list'".
    public static long Hash(Value v) => throw new NotImplementedException();
    /// a == b as a bool (identity first, as containers do).
    public static bool Eq(Value a, Value b) => throw new NotImplementedException();
    /// a op b: the full rich comparison protocol; returns whatever __op__ returns.
    public static Value Compare(Value a, Value b, CompareOp op) => throw new NotImplementedException();
    /// truth of a < b (used by sort, min, max, heapq).
    public static bool Lt(Value a, Value b) => throw new NotImplementedException();
    public static bool Truth(Value v) => throw new NotImplementedException();
    /// getattr(obj, name); AttributeError as CPython words it.
    public static Value GetAttr(Value obj, string name) => throw new NotImplementedException();
    /// getattr(obj, name) or Value.Null when it does not exist (no exception).
    public static Value GetAttrOrNull(Value obj, string name) => throw new NotImplementedException();
    public static void SetAttr(Value obj, string name, Value value) => throw new NotImplementedException();
    public static void DelAttr(Value obj, string name) => throw new NotImplementedException();
    /// The attribute `name` looked up on the class of obj only (special method lookup), or Null.
    public static Value LookupSpecial(PyType type, string name) => throw new NotImplementedException();
}
