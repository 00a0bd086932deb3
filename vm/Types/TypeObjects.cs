// OWNER: object-model helper. Heap Type objects: creating built-in and user classes
// (C3 MRO, layout inheritance, __slots__), class attribute lookup along the MRO.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class TypeObjects
{
    /// Sets an attribute in a (built-in) type's dict.
    public static void SetTypeAttr(PyType type, string name, Value value) => throw new NotImplementedException();
    /// Looks `name` up along type's MRO; Value.Null when absent.
    public static Value LookupInMro(PyType type, string name) => throw new NotImplementedException();
    /// class statement: type(name, bases, namespace) with C3 MRO.
    public static Value CreateClass(string name, Value bases, Value namespaceDict) => throw new NotImplementedException();
}
