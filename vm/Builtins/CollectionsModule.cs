// The native module `_collections`: the deque class and its iterator classes (storage in
// Types/Deques.cs, methods in Types/DequeMethods.cs), and _caller_module(depth), the name of
// the module whose code called the current function `depth` levels up (namedtuple's
// default __module__; CPython uses sys._getframe there). vm/lib/collections/__init__.py
// builds the rest of `collections` in Python on top of it.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class CollectionsModule
{
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("_collections");
        Value dict = Modules.DictOf(module);
        var deque = CreateClass("deque", TypeId.Deque, TypeFlags.Builtin | TypeFlags.Instantiable | TypeFlags.BaseType);
        Deques.Type = deque;
        DequeMethods.Define(deque);
        // Messages about instances say 'collections.deque' (CPython's tp_name); __name__ stays
        // 'deque'. Set after the methods, whose qualified names are "deque.append".
        deque.Name = "collections.deque";
        Dicts.SetStr(dict, "deque", deque.Ref);
        foreach (var (layout, name) in new[] { (TypeId.DequeIter, "_deque_iterator"), (TypeId.DequeRevIter, "_deque_reverse_iterator") })
        {
            var it = CreateClass(name, layout, TypeFlags.Builtin);
            Ops.FixedClass[(int)layout] = it;
            BuiltinDunders.Method(it, "__iter__", 0, (self, _) => self);
            BuiltinDunders.Method(it, "__next__", 0, (self, _) =>
            {
                Value v = Deques.NextIter(self);
                return v.IsNull ? throw Errors.StopIteration() : v;
            });
            BuiltinDunders.Method(it, "__length_hint__", 0, (self, _) => Ints.New(Deques.LengthHint(self)));
        }
        Natives.DefineFunction(dict, "_collections", "_caller_module", CallerModule);
        Modules.RegisterNative("_collections", module);
    }

    private static PyType CreateClass(string name, TypeId layout, TypeFlags flags)
    {
        var type = PyType.Create(name, flags, layout);
        type.Mro = [type, BuiltinTypes.Object];
        Value dict = Dicts.NewOld();
        Dicts.SetStr(dict, "__module__", Strs.NewOld("collections"));
        Dicts.SetStr(dict, "__doc__", Py.None);
        TypeObjects.CreateHeapObject(type, name, "collections", dict, [BuiltinTypes.Object]);
        return type;
    }

    /// _caller_module(depth): __name__ of the globals `depth` frames above the caller's frame
    /// (None when there is no such frame or no name).
    private static Value CallerModule(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("_caller_module", args, kwNames, 1);
        long depth = Ops.IndexAsLong(args[0]);
        Frame? f = ThreadState.Current.TopFrame;
        for (; f != null && depth > 0; depth--) f = f.Back;
        if (f == null) return Py.None;
        Value name = Dicts.GetStr(f.Globals, "__name__");
        return name.IsNull ? Py.None : name;
    }
}
