// The methods and attributes of BaseException (and the few subclasses that differ):
// __new__ (args from the call; OSError(errno, ...) picks the subclass for the errno, as
// CPython's), __init__, __str__, __repr__, args, __traceback__, __cause__, __context__,
// __suppress_context__, with_traceback, add_note; None defaults for the fields that
// SystemExit, StopIteration, OSError, ImportError, SyntaxError and the Unicode errors set.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ExceptionMethods
{
    [Setup(SetupPhase.TypeMethods)]
    private static void Setup()
    {
        var b = BuiltinTypes.BaseException;
        Natives.DefineMethod(b, "__new__", New);
        TypeObjects.SetTypeAttr(b, "__new__", Descriptors.NewStaticMethod(Dicts.GetStr(TypeObjects.DictOf(b), "__new__")));
        Natives.DefineMethod(b, "__init__", Init);
        BuiltinDunders.Method(b, "__str__", 0, (self, _) => ExceptionObjects.Str(self));
        BuiltinDunders.Method(b, "__repr__", 0, (self, _) => Strs.New(ExceptionObjects.Repr(self)));
        BuiltinDunders.Method(b, "with_traceback", 1, (self, a) =>
        {
            SetTraceback(self, a[0]);
            return self;
        });
        BuiltinDunders.Method(b, "add_note", 1, AddNote);
        NativeProperties.Define(b, "args", self => ExceptionObjects.ArgsOf(self),
            (self, v) => ExceptionObjects.SetField(self, Off.ExcArgs, Tuples.IsTuple(v) ? v : ToTuple(v)));
        NativeProperties.Define(b, "__traceback__", self => ExceptionObjects.Field(self, Off.ExcTraceback), SetTraceback);
        NativeProperties.Define(b, "__cause__", self => ExceptionObjects.Field(self, Off.ExcCause), SetCause);
        NativeProperties.Define(b, "__context__", self => ExceptionObjects.Field(self, Off.ExcContext),
            (self, v) => ExceptionObjects.SetField(self, Off.ExcContext, CheckException(v, "context")));
        NativeProperties.Define(b, "__suppress_context__", self => ExceptionObjects.Field(self, Off.ExcSuppressContext),
            (self, v) => ExceptionObjects.SetField(self, Off.ExcSuppressContext, Py.Bool(Ops.Truth(v))));
        DefineNoneDefaults();
    }

    private static void DefineNoneDefaults()
    {
        var defaults = new (PyType Type, string[] Names)[]
        {
            (BuiltinTypes.SystemExit, ["code"]),
            (BuiltinTypes.StopIteration, ["value"]),
            (BuiltinTypes.OSError, ["errno", "strerror", "filename", "filename2"]),
            (BuiltinTypes.ImportError, ["msg", "name", "path"]),
            (BuiltinTypes.AttributeError, ["name", "obj"]),
            (BuiltinTypes.NameError, ["name"]),
            (BuiltinTypes.SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"]),
            (BuiltinTypes.UnicodeDecodeError, ["encoding", "object", "start", "end", "reason"]),
            (BuiltinTypes.UnicodeEncodeError, ["encoding", "object", "start", "end", "reason"]),
        };
        foreach (var (type, names) in defaults)
            foreach (var name in names) TypeObjects.SetTypeAttr(type, name, Py.None);
    }

    /// BaseException.__new__(cls, *args): keyword arguments are left to __init__.
    private static Value New(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0 || !TypeObjects.IsType(args[0]))
            throw Errors.TypeError("BaseException.__new__(X): X is not a type object");
        var type = PyType.FromRef(args[0]);
        if (!type.IsException)
            throw Errors.TypeError($"BaseException.__new__({type.Name}): {type.Name} is not a subtype of BaseException");
        Value argTuple = Tuples.New(args[1..]);
        if (type == BuiltinTypes.OSError && args.Length >= 3) type = OSErrorSubclass(args[1]);
        Value exc = ExceptionObjects.Allocate(type, argTuple);
        if (type.IsSubtypeOf(BuiltinTypes.OSError)) ExceptionObjects.InitFields(exc, type, argTuple);
        return exc;
    }

    /// The OSError subclass CPython picks for an errno (ENOENT -> FileNotFoundError, ...).
    private static PyType OSErrorSubclass(Value errno)
    {
        if (!errno.IsSmallInt) return BuiltinTypes.OSError;
        return errno.SmallInt switch
        {
            2 => BuiltinTypes.FileNotFoundError,
            17 => BuiltinTypes.FileExistsError,
            1 or 13 => BuiltinTypes.PermissionError,
            21 => BuiltinTypes.IsADirectoryError,
            _ => BuiltinTypes.OSError,
        };
    }

    /// BaseException.__init__(self, *args).
    private static Value Init(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (args.Length == 0 || !ExceptionObjects.IsException(args[0]))
            throw Errors.TypeError("descriptor '__init__' requires a 'BaseException' object");
        var type = Ops.TypeOf(args[0]);
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{type.Name}() takes no keyword arguments");
        ExceptionObjects.InitFields(args[0], type, Tuples.New(args[1..]));
        return Py.None;
    }

    private static Value ToTuple(Value v)
    {
        using var scope = new Gc.RootScope();
        int h = scope.Add(Lists.New());
        Value it = Ops.GetIter(v);
        int hi = scope.Add(it);
        for (Value item = Ops.Next(scope[hi]); !item.IsNull; item = Ops.Next(scope[hi])) Lists.Append(scope[h], item);
        return Tuples.New(Lists.Items(scope[h]));
    }

    private static void SetTraceback(Value self, Value tb)
    {
        if (!Py.IsNone(tb) && !Ops.Is(tb, TypeId.Traceback))
            throw Errors.TypeError("__traceback__ must be a traceback or None");
        ExceptionObjects.SetField(self, Off.ExcTraceback, tb);
    }

    private static void SetCause(Value self, Value cause)
    {
        ExceptionObjects.SetField(self, Off.ExcCause, CheckException(cause, "cause"));
        ExceptionObjects.SetField(self, Off.ExcSuppressContext, Py.True);
    }

    private static Value CheckException(Value v, string what)
    {
        if (!Py.IsNone(v) && !ExceptionObjects.IsException(v))
            throw Errors.TypeError($"exception {what} must be None or derive from BaseException");
        return v;
    }

    private static Value AddNote(Value self, ReadOnlySpan<Value> args)
    {
        if (!Strs.IsStr(args[0])) throw Errors.TypeError($"note must be a str, not '{Ops.TypeName(args[0])}'");
        Value notes = Instances.Get(self, "__notes__");
        if (notes.IsNull)
        {
            notes = Lists.New();
            Instances.Set(self, "__notes__", notes);
        }
        if (!Ops.Is(notes, TypeId.List)) throw Errors.TypeError("Cannot add note: __notes__ is not a list");
        Lists.Append(notes, args[0]);
        return Py.None;
    }
}
