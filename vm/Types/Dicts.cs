// OWNER: containers helper. dict: insertion-ordered, CPython's compact layout (an index
// table into an entries array of hash/key/value triples). Lookups call __hash__/__eq__ of
// guest keys; str keys take a fast path.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Dicts
{
    public static Value New() => throw new NotImplementedException();
    /// In old space (module and class namespaces referenced from VM structures).
    public static Value NewOld() => throw new NotImplementedException();
    /// The value for key, or Value.Null when absent.
    public static Value Get(Value dict, Value key) => throw new NotImplementedException();
    public static void Set(Value dict, Value key, Value value) => throw new NotImplementedException();
    /// Removes key; false when absent.
    public static bool Delete(Value dict, Value key) => throw new NotImplementedException();
    public static Value GetStr(Value dict, string key) => throw new NotImplementedException();
    public static void SetStr(Value dict, string key, Value value) => throw new NotImplementedException();
    public static bool DeleteStr(Value dict, string key) => throw new NotImplementedException();
    public static int Count(Value dict) => throw new NotImplementedException();
    /// Iterates entries in order: start with pos = 0; false at the end.
    public static bool Next(Value dict, ref int pos, out Value key, out Value value) => throw new NotImplementedException();
}
