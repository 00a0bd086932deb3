// Read-only (or writable) attributes of built-in types implemented in C#, such as
// function.__name__ or generator.gi_running: a heap `property` whose getter and setter are
// built-in functions, stored in the type's dict, so the ordinary descriptor protocol of
// attribute lookup finds them.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class NativeProperties
{
    public static void Define(PyType type, string name, Func<Value, Value> get, Action<Value, Value>? set = null)
    {
        string qual = $"{type.Name}.{name}";
        Value getter = Natives.NewFunction(Natives.Register(name, qual, (args, _, kwNames) =>
        {
            Args.Exactly(name, args, kwNames, 1);
            return get(CheckSelf(type, name, args[0]));
        }, isMethod: false));
        Value setter = set == null ? Py.None : Natives.NewFunction(Natives.Register(name, qual, (args, _, kwNames) =>
        {
            Args.Exactly(name, args, kwNames, 2);
            set(CheckSelf(type, name, args[0]), args[1]);
            return Py.None;
        }, isMethod: false));
        long prop = Collector.AllocateOld((uint)TypeId.Property, 40);
        Mem.StoreValue(prop, Off.PropGet, getter);
        Mem.StoreValue(prop, Off.PropSet, setter);
        Mem.StoreValue(prop, Off.PropDel, Py.None);
        Mem.StoreValue(prop, Off.PropDoc, Py.None);
        var p = Value.FromRef(prop);
        Heap.Instance.GlobalRoots.Add(getter);
        Heap.Instance.GlobalRoots.Add(setter);
        Heap.Instance.GlobalRoots.Add(p);
        TypeObjects.SetTypeAttr(type, name, p);
    }

    private static Value CheckSelf(PyType type, string name, Value self)
    {
        if (!Ops.IsInstance(self, type))
            throw Errors.TypeError($"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{Ops.TypeName(self)}' object");
        return self;
    }
}
