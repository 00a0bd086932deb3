// OWNER: object-model helper. The built-in classes. Create() makes every one of them
// (heap Type object in old space + PyType), including the exception hierarchy, and fills
// Ops.FixedClass for layouts without a class word.
namespace Stmvm.Vm;

public static partial class BuiltinTypes
{
    public static PyType Object = null!, Type = null!, Int = null!, Bool = null!, Float = null!, Str = null!,
        Bytes = null!, ByteArray = null!, Tuple = null!, List = null!, Dict = null!, Set = null!, FrozenSet = null!,
        Range = null!, Slice = null!, NoneType = null!, EllipsisType = null!, NotImplementedType = null!,
        Function = null!, BuiltinFunction = null!, Method = null!, Code = null!, Cell = null!, Module = null!,
        Generator = null!, Property = null!, StaticMethod = null!, ClassMethod = null!, Super = null!,
        Traceback = null!, DictKeys = null!, DictValues = null!, DictItems = null!;

    public static PyType BaseException = null!, Exception = null!, ArithmeticError = null!, ZeroDivisionError = null!,
        OverflowError = null!, FloatingPointError = null!, LookupError = null!, KeyError = null!, IndexError = null!,
        ValueError = null!, TypeError = null!, AttributeError = null!, NameError = null!, UnboundLocalError = null!,
        RuntimeError = null!, RecursionError = null!, NotImplementedError = null!, StopIteration = null!,
        GeneratorExit = null!, KeyboardInterrupt = null!, SystemExit = null!, AssertionError = null!,
        ImportError = null!, ModuleNotFoundError = null!, OSError = null!, FileNotFoundError = null!,
        FileExistsError = null!, PermissionError = null!, IsADirectoryError = null!, MemoryError = null!,
        UnicodeError = null!, UnicodeDecodeError = null!, UnicodeEncodeError = null!, EOFError = null!,
        SyntaxError = null!, IndentationError = null!, TabError = null!, Warning = null!, DeprecationWarning = null!,
        UserWarning = null!, RuntimeWarning = null!, BufferError = null!, EnvironmentError = null!;
}

public static partial class BuiltinTypes
{
    private const TypeFlags Open = TypeFlags.Builtin | TypeFlags.Instantiable | TypeFlags.BaseType;
    private const TypeFlags Closed = TypeFlags.Builtin | TypeFlags.Instantiable;
    private const TypeFlags Internal = TypeFlags.Builtin;

    /// Every exception class, base classes first (for the builtins module).
    public static readonly List<PyType> ExceptionTypes = new();
    /// Classes of the iterator layouts (list_iterator, ...), by layout.
    public static readonly Dictionary<TypeId, PyType> IteratorTypes = new();

    /// Creates every built-in class. OWNER: object-model helper.
    public static void Create()
    {
        CreateCoreTypes();
        CreateExceptionTypes();
        CreateIteratorTypes();
        FillFixedClasses();
        MarkUnhashable(List, Dict, Set, ByteArray, DictKeys, DictValues, DictItems);
        // Their attribute lookup is not object's (Ops.GetAttr dispatches on the layout): the
        // flag keeps method-call fast paths from looking at their class's MRO instead.
        foreach (var t in new[] { Type, Module, Super }) t.Flags |= TypeFlags.HasGetattribute;
    }

    private static void CreateCoreTypes()
    {
        Object = Make("object", TypeId.Instance, Open, null);
        Type = Make("type", TypeId.Type, Closed, Object);
        Int = Make("int", TypeId.BigInt, Open, Object);
        Bool = Make("bool", TypeId.Bool, Closed, Int);
        Float = Make("float", TypeId.Float, Open, Object);
        Str = Make("str", TypeId.Str, Open, Object);
        Bytes = Make("bytes", TypeId.Bytes, Open, Object);
        ByteArray = Make("bytearray", TypeId.ByteArray, Closed, Object);
        Tuple = Make("tuple", TypeId.Tuple, Open, Object);
        List = Make("list", TypeId.List, Open, Object);
        Dict = Make("dict", TypeId.Dict, Open, Object);
        Set = Make("set", TypeId.Set, Open, Object);
        FrozenSet = Make("frozenset", TypeId.FrozenSet, Open, Object);
        Range = Make("range", TypeId.Range, Closed, Object);
        Slice = Make("slice", TypeId.Slice, Closed, Object);
        NoneType = Make("NoneType", TypeId.NoneType, Closed, Object);
        EllipsisType = Make("ellipsis", TypeId.EllipsisType, Closed, Object);
        NotImplementedType = Make("NotImplementedType", TypeId.NotImplementedType, Closed, Object);
        Function = Make("function", TypeId.Function, Internal, Object);
        BuiltinFunction = Make("builtin_function_or_method", TypeId.BuiltinFunction, Internal, Object);
        Method = Make("method", TypeId.BoundMethod, Internal, Object);
        Code = Make("code", TypeId.Code, Internal, Object);
        Cell = Make("cell", TypeId.Cell, Internal, Object);
        Module = Make("module", TypeId.Module, Internal, Object);
        Generator = Make("generator", TypeId.Generator, Internal, Object);
        Property = Make("property", TypeId.Property, Closed, Object);
        StaticMethod = Make("staticmethod", TypeId.StaticMethod, Closed, Object);
        ClassMethod = Make("classmethod", TypeId.ClassMethod, Closed, Object);
        Super = Make("super", TypeId.Super, Closed, Object);
        Traceback = Make("traceback", TypeId.Traceback, Internal, Object);
        DictKeys = Make("dict_keys", TypeId.DictView, Internal, Object);
        DictValues = Make("dict_values", TypeId.DictView, Internal, Object);
        DictItems = Make("dict_items", TypeId.DictView, Internal, Object);
    }

    private static void CreateExceptionTypes()
    {
        BaseException = Exc("BaseException", null);
        GeneratorExit = Exc("GeneratorExit", BaseException);
        KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
        SystemExit = Exc("SystemExit", BaseException);
        Exception = Exc("Exception", BaseException);
        ArithmeticError = Exc("ArithmeticError", Exception);
        FloatingPointError = Exc("FloatingPointError", ArithmeticError);
        OverflowError = Exc("OverflowError", ArithmeticError);
        ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
        AssertionError = Exc("AssertionError", Exception);
        AttributeError = Exc("AttributeError", Exception);
        BufferError = Exc("BufferError", Exception);
        EOFError = Exc("EOFError", Exception);
        ImportError = Exc("ImportError", Exception);
        ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
        LookupError = Exc("LookupError", Exception);
        IndexError = Exc("IndexError", LookupError);
        KeyError = Exc("KeyError", LookupError);
        MemoryError = Exc("MemoryError", Exception);
        NameError = Exc("NameError", Exception);
        UnboundLocalError = Exc("UnboundLocalError", NameError);
        OSError = Exc("OSError", Exception);
        EnvironmentError = OSError;
        Exc("BlockingIOError", OSError);
        Exc("ChildProcessError", OSError);
        var connectionError = Exc("ConnectionError", OSError);
        foreach (var name in new[] { "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError" })
            Exc(name, connectionError);
        FileExistsError = Exc("FileExistsError", OSError);
        FileNotFoundError = Exc("FileNotFoundError", OSError);
        Exc("InterruptedError", OSError);
        IsADirectoryError = Exc("IsADirectoryError", OSError);
        Exc("NotADirectoryError", OSError);
        PermissionError = Exc("PermissionError", OSError);
        Exc("ProcessLookupError", OSError);
        Exc("TimeoutError", OSError);
        Exc("ReferenceError", Exception);
        RuntimeError = Exc("RuntimeError", Exception);
        NotImplementedError = Exc("NotImplementedError", RuntimeError);
        RecursionError = Exc("RecursionError", RuntimeError);
        Exc("StopAsyncIteration", Exception);
        StopIteration = Exc("StopIteration", Exception);
        SyntaxError = Exc("SyntaxError", Exception);
        IndentationError = Exc("IndentationError", SyntaxError);
        TabError = Exc("TabError", IndentationError);
        Exc("SystemError", Exception);
        TypeError = Exc("TypeError", Exception);
        ValueError = Exc("ValueError", Exception);
        UnicodeError = Exc("UnicodeError", ValueError);
        UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError);
        Exc("UnicodeTranslateError", UnicodeError);
        Warning = Exc("Warning", Exception);
        DeprecationWarning = Exc("DeprecationWarning", Warning);
        UserWarning = Exc("UserWarning", Warning);
        RuntimeWarning = Exc("RuntimeWarning", Warning);
        foreach (var name in new[] { "PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
                     "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning" })
            Exc(name, Warning);
    }

    private static readonly (TypeId Layout, string Name)[] IteratorNames =
    [
        (TypeId.ListIter, "list_iterator"), (TypeId.ListRevIter, "list_reverseiterator"),
        (TypeId.TupleIter, "tuple_iterator"), (TypeId.StrIter, "str_ascii_iterator"),
        (TypeId.BytesIter, "bytes_iterator"), (TypeId.RangeIter, "range_iterator"),
        (TypeId.DictKeyIter, "dict_keyiterator"), (TypeId.DictValueIter, "dict_valueiterator"),
        (TypeId.DictItemIter, "dict_itemiterator"), (TypeId.SetIter, "set_iterator"),
        (TypeId.Enumerate, "enumerate"), (TypeId.Zip, "zip"), (TypeId.Map, "map"), (TypeId.Filter, "filter"),
        (TypeId.Reversed, "reversed"), (TypeId.SeqIter, "iterator"), (TypeId.CallableIter, "callable_iterator"),
    ];

    private static void CreateIteratorTypes()
    {
        foreach (var (layout, name) in IteratorNames)
        {
            bool callable = layout is TypeId.Enumerate or TypeId.Zip or TypeId.Map or TypeId.Filter or TypeId.Reversed;
            IteratorTypes[layout] = Make(name, layout, callable ? Closed : Internal, Object);
        }
    }

    /// Classes of the layouts without a class word. DictView is left null: its class
    /// depends on the view's kind (Ops.TypeOf asks DictViewClass).
    private static void FillFixedClasses()
    {
        var fixedClasses = new (TypeId, PyType)[]
        {
            (TypeId.NoneType, NoneType), (TypeId.Bool, Bool), (TypeId.EllipsisType, EllipsisType),
            (TypeId.NotImplementedType, NotImplementedType), (TypeId.Float, Float), (TypeId.BigInt, Int),
            (TypeId.Str, Str), (TypeId.Bytes, Bytes), (TypeId.ByteArray, ByteArray), (TypeId.Tuple, Tuple),
            (TypeId.Code, Code), (TypeId.Cell, Cell), (TypeId.BoundMethod, Method),
            (TypeId.BuiltinFunction, BuiltinFunction), (TypeId.Type, Type), (TypeId.Module, Module),
            (TypeId.Range, Range), (TypeId.Slice, Slice), (TypeId.Generator, Generator), (TypeId.Property, Property),
            (TypeId.StaticMethod, StaticMethod), (TypeId.ClassMethod, ClassMethod), (TypeId.Super, Super),
            (TypeId.Traceback, Traceback),
        };
        foreach (var (layout, type) in fixedClasses) Ops.FixedClass[(int)layout] = type;
        foreach (var (layout, type) in IteratorTypes) Ops.FixedClass[(int)layout] = type;
    }

    /// The class of a dict view: its kind (Off.ViewKind, a small int) is 0 keys, 1 values, 2 items.
    public static PyType DictViewClass(Gc.Value view) =>
        Gc.Mem.LoadValue(view.Ref, Off.ViewKind).SmallInt switch { 0 => DictKeys, 1 => DictValues, _ => DictItems };

    /// Instances of these classes are unhashable (__hash__ = None, as CPython's).
    private static void MarkUnhashable(params PyType[] types)
    {
        foreach (var t in types) TypeObjects.SetTypeAttr(t, "__hash__", Py.None);
    }

    private static PyType Make(string name, TypeId layout, TypeFlags flags, PyType? baseType)
    {
        var type = PyType.Create(name, flags, layout);
        Gc.Value dict = Dicts.NewOld();
        Dicts.SetStr(dict, "__doc__", Py.None);
        TypeObjects.CreateHeapObject(type, name, "builtins", dict, baseType == null ? [] : [baseType]);
        return type;
    }

    private static PyType Exc(string name, PyType? baseType)
    {
        var type = Make(name, TypeId.Exception, Open | TypeFlags.Exception, baseType ?? Object);
        ExceptionTypes.Add(type);
        return type;
    }
}
