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
    /// Creates every built-in class. OWNER: object-model helper.
    public static void Create() => throw new NotImplementedException();
}
