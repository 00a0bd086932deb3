// The classes property, staticmethod and classmethod: their constructors, the property
// decorators (getter/setter/deleter make a modified copy), __get__/__set__/__delete__
// for explicit calls, and their attributes (fget/fset/fdel/__doc__, __func__).
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class DescriptorMethods
{
    private static readonly string[] PropertyParams = ["fget", "fset", "fdel", "doc"];

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        DefineProperty(BuiltinTypes.Property);
        DefineWrapper(BuiltinTypes.StaticMethod, "staticmethod");
        DefineWrapper(BuiltinTypes.ClassMethod, "classmethod");
        BuiltinDunders.MethodRange(BuiltinTypes.StaticMethod, "__get__", 1, 2, (self, _) => Descriptors.Wrapped(self));
        BuiltinDunders.MethodRange(BuiltinTypes.ClassMethod, "__get__", 1, 2, (self, a) =>
            Methods.New(Descriptors.Wrapped(self), a.Length == 2 && !Py.IsNone(a[1]) ? a[1] : Ops.ClassOf(a[0])));
        BuiltinDunders.MethodKw(BuiltinTypes.StaticMethod, "__call__", (self, args, kwValues, kwNames) =>
            Ops.Call(Descriptors.Wrapped(self), args, kwValues, kwNames));
    }

    private static void DefineProperty(PyType t)
    {
        t.Constructor = NewProperty;
        BuiltinDunders.Method(t, "getter", 1, (self, a) => CopyWith(self, Off.PropGet, a[0]));
        BuiltinDunders.Method(t, "setter", 1, (self, a) => CopyWith(self, Off.PropSet, a[0]));
        BuiltinDunders.Method(t, "deleter", 1, (self, a) => CopyWith(self, Off.PropDel, a[0]));
        BuiltinDunders.MethodRange(t, "__get__", 1, 2, (self, a) =>
            Py.IsNone(a[0]) ? self : Descriptors.Get(self, a[0], Ops.TypeOf(a[0])));
        BuiltinDunders.Method(t, "__set__", 2, (self, a) =>
        {
            Descriptors.Set(self, a[0], a[1], "");
            return Py.None;
        });
        BuiltinDunders.Method(t, "__delete__", 1, (self, a) =>
        {
            Descriptors.Delete(self, a[0], "");
            return Py.None;
        });
        NativeProperties.Define(t, "fget", self => Descriptors.PropField(self, Off.PropGet));
        NativeProperties.Define(t, "fset", self => Descriptors.PropField(self, Off.PropSet));
        NativeProperties.Define(t, "fdel", self => Descriptors.PropField(self, Off.PropDel));
        NativeProperties.Define(t, "__doc__", self => Descriptors.PropField(self, Off.PropDoc));
    }

    private static void DefineWrapper(PyType t, string name)
    {
        t.Constructor = (args, _, kwNames) =>
        {
            Args.NoKeywords(name, kwNames);
            if (args.Length != 1) throw Errors.TypeError($"{name} expected 1 argument, got {args.Length}");
            return t == BuiltinTypes.StaticMethod ? Descriptors.NewStaticMethod(args[0]) : Descriptors.NewClassMethod(args[0]);
        };
        NativeProperties.Define(t, "__func__", Descriptors.Wrapped);
        NativeProperties.Define(t, "__wrapped__", Descriptors.Wrapped);
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) =>
            Strs.New($"<{name}({Ops.ReprOf(Descriptors.Wrapped(self))})>"));
    }

    /// property(fget=None, fset=None, fdel=None, doc=None); doc defaults to fget.__doc__.
    private static Value NewProperty(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length > 4) throw Errors.TypeError($"property() takes at most 4 arguments ({args.Length} given)");
        Span<Value> p = [Py.None, Py.None, Py.None, Py.None];
        args.CopyTo(p);
        for (int i = 0; kwNames != null && i < kwNames.Length; i++)
        {
            int at = Array.IndexOf(PropertyParams, kwNames[i]);
            if (at < 0) throw Errors.TypeError($"property() got an unexpected keyword argument '{kwNames[i]}'");
            if (at < args.Length)
                throw Errors.TypeError($"argument for property() given by name ('{kwNames[i]}') and position ({at + 1})");
            p[at] = kwValues[i];
        }
        if (Py.IsNone(p[3])) p[3] = DocOf(p[0]);
        return Descriptors.NewProperty(p[0], p[1], p[2], p[3]);
    }

    private static Value DocOf(Value fget)
    {
        if (Py.IsNone(fget)) return Py.None;
        Value doc = Ops.GetAttrOrNull(fget, "__doc__");
        return doc.IsNull ? Py.None : doc;
    }

    /// A copy of the property with one accessor replaced (the decorators' result).
    private static Value CopyWith(Value prop, int offset, Value fn)
    {
        Value fget = Descriptors.PropField(prop, Off.PropGet), fset = Descriptors.PropField(prop, Off.PropSet);
        Value fdel = Descriptors.PropField(prop, Off.PropDel), doc = Descriptors.PropField(prop, Off.PropDoc);
        switch (offset)
        {
            case Off.PropGet:
                fget = fn;
                if (Py.IsNone(doc)) doc = DocOf(fn);
                break;
            case Off.PropSet: fset = fn; break;
            default: fdel = fn; break;
        }
        return Descriptors.NewProperty(fget, fset, fdel, doc);
    }
}
