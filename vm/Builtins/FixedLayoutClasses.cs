// Built-in classes of native modules whose instances have their own fixed layout (the
// itertools iterators, operator.itemgetter, ...): the class is implied by the layout
// (Ops.FixedClass), so the objects carry no class word, and calling the class runs a
// native constructor. Not subclassable, like the other fixed-layout built-ins here.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class FixedLayoutClasses
{
    /// The class `module.name` of `layout`, stored in the module's namespace;
    /// `constructor` null: the class cannot be called from Python.
    public static PyType Create(Value moduleDict, string module, string name, TypeId layout, NativeFn? constructor)
    {
        var flags = TypeFlags.Builtin | (constructor != null ? TypeFlags.Instantiable : 0);
        var type = PyType.Create(name, flags, layout);
        Value dict = Dicts.NewOld();
        Dicts.SetStr(dict, "__doc__", Py.None);
        TypeObjects.CreateHeapObject(type, name, module, dict, [BuiltinTypes.Object]);
        type.Constructor = constructor;
        Ops.FixedClass[(int)layout] = type;
        Dicts.SetStr(moduleDict, name, type.Ref);
        // CPython's tp_name of these classes, which its error messages quote
        // ("object of type 'itertools.repeat' has no len()"); __name__ stays `name`.
        type.Name = $"{module}.{name}";
        return type;
    }
}
