// super objects (TypeId.Super, immutable): [type][obj][obj's type, or obj itself when
// obj is a class]. Attribute lookup starts in the MRO of that last type right after
// `type`, and binds what it finds to obj (or to the class for classmethods), as CPython's
// super_getattro. Zero-argument super() reads the calling frame: the __class__ free
// variable's cell and the first argument (Ops.Super is the entry point for callers that
// already have both).
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class SuperObjects
{
    public static Value New(Value type, Value obj)
    {
        if (!TypeObjects.IsType(type))
            throw Errors.TypeError($"super() argument 1 must be a type, not {Ops.TypeName(type)}");
        var t = PyType.FromRef(type);
        Value objType;
        if (Ops.TypeOf(obj).IsSubtypeOf(t)) objType = Ops.ClassOf(obj);
        else if (TypeObjects.IsType(obj) && PyType.FromRef(obj).IsSubtypeOf(t)) objType = obj;
        else throw Errors.TypeError("super(type, obj): obj must be an instance or subtype of type");
        long s = Collector.Allocate((uint)TypeId.Super, 32);
        Mem.StoreValue(s, Off.SuperType, type);
        Mem.StoreValue(s, Off.SuperObj, obj);
        Mem.StoreValue(s, Off.SuperObjType, objType);
        return Value.FromRef(s);
    }

    private static Value Field(Value super, int offset) => Mem.LoadValue(super.Ref, offset);

    /// The attribute through the MRO after `type`, bound; then the super object's own attributes.
    public static Value FindAttr(Value super, string name)
    {
        var start = PyType.FromRef(Field(super, Off.SuperObjType));
        var after = PyType.FromRef(Field(super, Off.SuperType));
        if (name != "__class__")
        {
            Value v = TypeObjects.LookupAfter(start, after, name);
            if (!v.IsNull)
            {
                Value obj = Field(super, Off.SuperObj);
                return Descriptors.Get(v, obj == start.Ref ? Value.Null : obj, start, name);
            }
        }
        return Ops.GenericFindAttr(super, BuiltinTypes.Super, name);
    }

    private static Value Construct(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("super", kwNames);
        switch (args.Length)
        {
            case 2: return New(args[0], args[1]);
            case 0: return FromCallingFrame();
            case 1: throw Errors.NotImplementedError("unbound super objects (super with one argument) are not supported yet");
            default: throw Errors.TypeError($"super() takes at most 2 arguments ({args.Length} given)");
        }
    }

    /// super() in a method: (__class__, first argument) of the frame that called super.
    private static Value FromCallingFrame()
    {
        var f = ThreadState.Current.TopFrame;
        var code = f?.Code.Code;
        if (f == null || code == null || code.ArgCount == 0) throw Errors.RuntimeError("super(): no arguments");
        Value first = f.S[f.Base];
        int argCell = Array.IndexOf(code.CellArgs, 0);
        if (argCell >= 0) first = Cells.Get(f.S[f.CellBase + argCell]);
        int classIndex = Array.IndexOf(code.FreeVars, "__class__");
        if (classIndex < 0) throw Errors.RuntimeError("super(): __class__ cell not found");
        Value cls = Cells.Get(f.S[f.CellBase + code.CellVars.Length + classIndex]);
        if (cls.IsNull) throw Errors.RuntimeError("super(): empty __class__ cell");
        if (first.IsNull) throw Errors.RuntimeError("super(): arg[0] deleted");
        return New(cls, first);
    }

    private static string Repr(Value super)
    {
        string type = PyType.FromRef(Field(super, Off.SuperType)).Name;
        string objType = PyType.FromRef(Field(super, Off.SuperObjType)).Name;
        return $"<super: <class '{type}'>, <{objType} object>>";
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var t = BuiltinTypes.Super;
        t.Constructor = Construct;
        BuiltinDunders.Method(t, "__repr__", 0, (self, _) => Strs.New(Repr(self)));
        NativeProperties.Define(t, "__thisclass__", self => Field(self, Off.SuperType));
        NativeProperties.Define(t, "__self__", self => Field(self, Off.SuperObj));
        NativeProperties.Define(t, "__self_class__", self => Field(self, Off.SuperObjType));
    }
}
