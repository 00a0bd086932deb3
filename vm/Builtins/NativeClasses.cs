// Small classes that native modules define in C# (sys.stdout's TextIOWrapper,
// SimpleNamespace for sys.implementation, ...): an ordinary class object with built-in
// methods in its dict, and instances made directly in old space so that VM statics and
// module namespaces created at start-up may refer to them.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class NativeClasses
{
    /// A built-in class `module.name` deriving from object (instances use the Instance
    /// layout), with the given class attributes.
    public static PyType Create(string name, string module, params (string Name, Value Value)[] attributes)
    {
        var type = PyType.Create(name, TypeFlags.Builtin, TypeId.Instance);
        type.Mro = [type, BuiltinTypes.Object];
        Value dict = Dicts.NewOld();
        Dicts.SetStr(dict, "__module__", Strs.NewOld(module));
        Dicts.SetStr(dict, "__doc__", Py.None);
        foreach (var (n, v) in attributes) Dicts.SetStr(dict, n, v);
        TypeObjects.CreateHeapObject(type, name, module, dict, [BuiltinTypes.Object]);
        return type;
    }

    /// A method of `type` whose first argument must be an instance of it.
    public static void Method(PyType type, string name, NativeFn fn) => Natives.DefineMethod(type, name, fn);

    /// A new instance of `type` (a plain-object class) in old space, registered as a global root.
    public static Value NewOldInstance(PyType type)
    {
        long obj = Collector.AllocateOld((uint)TypeId.Instance, Off.InstanceSlots + 8 * Off.InstanceInlineSlots);
        Mem.StoreValue(obj, Off.Class, type.Ref);
        var v = Value.FromRef(obj);
        Heap.Instance.GlobalRoots.Add(v);
        return v;
    }
}
