// Raising guest exceptions from C#: `throw Errors.TypeError("...")`. Messages follow
// CPython 3.11's wording exactly — tests compare them.
namespace Stmvm.Vm;

public static class Errors
{
    public static PyException New(PyType type, string message) => new(ExceptionObjects.Create(type, message));

    public static PyException TypeError(string m) => New(BuiltinTypes.TypeError, m);
    public static PyException ValueError(string m) => New(BuiltinTypes.ValueError, m);
    public static PyException IndexError(string m) => New(BuiltinTypes.IndexError, m);
    public static PyException AttributeError(string m) => New(BuiltinTypes.AttributeError, m);
    public static PyException NameError(string m) => New(BuiltinTypes.NameError, m);
    public static PyException UnboundLocalError(string m) => New(BuiltinTypes.UnboundLocalError, m);
    public static PyException ZeroDivisionError(string m) => New(BuiltinTypes.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => New(BuiltinTypes.OverflowError, m);
    public static PyException RuntimeError(string m) => New(BuiltinTypes.RuntimeError, m);
    public static PyException RecursionError(string m) => New(BuiltinTypes.RecursionError, m);
    public static PyException NotImplementedError(string m) => New(BuiltinTypes.NotImplementedError, m);
    public static PyException StopIteration() => new(ExceptionObjects.CreateNoArgs(BuiltinTypes.StopIteration));
    public static PyException ImportError(string m) => New(BuiltinTypes.ImportError, m);
    public static PyException ModuleNotFoundError(string m) => New(BuiltinTypes.ModuleNotFoundError, m);
    public static PyException OSError(string m) => New(BuiltinTypes.OSError, m);
    public static PyException MemoryError() => ResourceErrors.MemoryError();
    public static PyException UnicodeError(string m) => New(BuiltinTypes.UnicodeError, m);
    public static PyException AssertionError(string m) => New(BuiltinTypes.AssertionError, m);

    /// KeyError carries the key itself as its argument (its str() is the key's repr).
    public static PyException KeyError(Gc.Value key) => new(ExceptionObjects.CreateWithArg(BuiltinTypes.KeyError, key));

    /// "unsupported operand type(s) for +: 'int' and 'str'"
    public static PyException UnsupportedOperands(string op, Gc.Value a, Gc.Value b)
        => TypeError($"unsupported operand type(s) for {op}: '{Ops.TypeOf(a).Name}' and '{Ops.TypeOf(b).Name}'");
}
