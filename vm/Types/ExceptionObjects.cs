// OWNER: object-model helper. Exception instances (TypeId.Exception: the standard prefix,
// then args, __traceback__, __cause__, __context__, __suppress_context__; the first four
// hold None when unset, the last True or False). Extra fields of some classes
// (SystemExit.code, StopIteration.value, OSError.errno/strerror/filename/filename2,
// SyntaxError.msg/filename/lineno/..., UnicodeDecodeError's) are ordinary instance
// attributes set by __init__ (class-level defaults are None). str() and repr() as
// CPython's. The classes' methods are registered in ExceptionMethods.cs.
using System.Text;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class ExceptionObjects
{
    /// type(message): args = (message,)
    public static Value Create(PyType type, string message) => CreateWithArg(type, Strs.New(message));

    public static Value CreateNoArgs(PyType type) => Construct(type, Tuples.Empty);

    public static Value CreateWithArg(PyType type, Value arg) => Construct(type, Tuples.New([arg]));

    /// An instance of `type` with these args, its class-specific fields set as __init__ would.
    public static Value Construct(PyType type, Value args)
    {
        Value exc = Allocate(type, args);
        InitFields(exc, type, args);
        return exc;
    }

    /// A new exception object of class t (young, or old for a VM-global one), without running __init__.
    public static Value Allocate(PyType t, Value args, bool old = false)
    {
        const int size = Off.ExcSuppressContext + 8;
        long e = old ? Collector.AllocateOld((uint)TypeId.Exception, size) : Collector.Allocate((uint)TypeId.Exception, size);
        Mem.StoreValue(e, Off.Class, t.Ref);
        Mem.StoreValue(e, Off.ExcArgs, args);
        Mem.StoreValue(e, Off.ExcTraceback, Py.None);
        Mem.StoreValue(e, Off.ExcCause, Py.None);
        Mem.StoreValue(e, Off.ExcContext, Py.None);
        Mem.StoreValue(e, Off.ExcSuppressContext, Py.False);
        return Value.FromRef(e);
    }

    public static bool IsException(Value v) => Ops.Is(v, TypeId.Exception);

    /// A field at one of the Off.Exc* offsets (None when unset).
    /// `raise exc from cause` done by the VM itself: exc.__cause__ = exc.__context__ = cause.
    public static void ChainFrom(Value exc, Value cause)
    {
        Barrier.Write(exc.Ref);
        Mem.StoreValue(exc.Ref, Off.ExcCause, cause);
        Mem.StoreValue(exc.Ref, Off.ExcContext, cause);
        Mem.StoreValue(exc.Ref, Off.ExcSuppressContext, Py.True);
    }

    public static Value Field(Value exc, int offset)
    {
        Barrier.Read(exc.Ref);
        Value v = Mem.LoadValue(exc.Ref, offset);
        return v.IsNull ? Py.None : v;
    }

    public static void SetField(Value exc, int offset, Value v)
    {
        Barrier.Write(exc.Ref);
        Mem.StoreValue(exc.Ref, offset, v);
    }

    public static Value ArgsOf(Value exc) => Field(exc, Off.ExcArgs);

    /// BaseException.__init__ and its subclasses' versions: args and the class-specific fields.
    public static void InitFields(Value exc, PyType type, Value args)
    {
        SetField(exc, Off.ExcArgs, args);
        int n = Tuples.Length(args);
        if (type.IsSubtypeOf(BuiltinTypes.SystemExit))
            Instances.Set(exc, "code", n == 0 ? Py.None : n == 1 ? Tuples.Item(args, 0) : args);
        else if (type.IsSubtypeOf(BuiltinTypes.StopIteration))
            Instances.Set(exc, "value", n == 0 ? Py.None : Tuples.Item(args, 0));
        else if (type.IsSubtypeOf(BuiltinTypes.OSError)) InitOSError(exc, args);
        else if (type.IsSubtypeOf(BuiltinTypes.SyntaxError)) InitSyntaxError(exc, args);
        else if (type.IsSubtypeOf(BuiltinTypes.UnicodeDecodeError) || type.IsSubtypeOf(BuiltinTypes.UnicodeEncodeError))
            InitUnicodeError(exc, args);
        else if (type.IsSubtypeOf(BuiltinTypes.ImportError) && n == 1) Instances.Set(exc, "msg", Tuples.Item(args, 0));
    }

    /// OSError(errno, strerror[, filename[, winerror[, filename2]]]): args keeps (errno, strerror).
    private static void InitOSError(Value exc, Value args)
    {
        int n = Tuples.Length(args);
        if (n < 2 || n > 5) return;
        Instances.Set(exc, "errno", Tuples.Item(args, 0));
        Instances.Set(exc, "strerror", Tuples.Item(args, 1));
        if (n >= 3)
        {
            Instances.Set(exc, "filename", Tuples.Item(args, 2));
            if (n == 5) Instances.Set(exc, "filename2", Tuples.Item(args, 4));
            SetField(exc, Off.ExcArgs, Tuples.Pair(Tuples.Item(args, 0), Tuples.Item(args, 1)));
        }
    }

    /// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
    private static void InitSyntaxError(Value exc, Value args)
    {
        int n = Tuples.Length(args);
        if (n >= 1) Instances.Set(exc, "msg", Tuples.Item(args, 0));
        if (n != 2 || !Ops.Is(Tuples.Item(args, 1), TypeId.Tuple)) return;
        Value info = Tuples.Item(args, 1);
        string[] names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (int i = 0; i < names.Length && i < Tuples.Length(info); i++) Instances.Set(exc, names[i], Tuples.Item(info, i));
    }

    /// UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError's alike.
    private static void InitUnicodeError(Value exc, Value args)
    {
        if (Tuples.Length(args) != 5) return;
        string[] names = ["encoding", "object", "start", "end", "reason"];
        for (int i = 0; i < 5; i++) Instances.Set(exc, names[i], Tuples.Item(args, i));
    }

    /// str(exc) for the built-in classes.
    public static Value Str(Value exc)
    {
        var type = Ops.TypeOf(exc);
        Value args = ArgsOf(exc);
        int n = Ops.Is(args, TypeId.Tuple) ? Tuples.Length(args) : 0;
        if (type.IsSubtypeOf(BuiltinTypes.KeyError) && n == 1) return Ops.Repr(Tuples.Item(args, 0));
        if (type.IsSubtypeOf(BuiltinTypes.OSError) && OSErrorStr(exc) is { } os) return Strs.New(os);
        if (type.IsSubtypeOf(BuiltinTypes.SyntaxError) && SyntaxErrorStr(exc) is { } syn) return Strs.New(syn);
        if (type.IsSubtypeOf(BuiltinTypes.UnicodeError) && UnicodeErrorStr(exc, type) is { } uni) return Strs.New(uni);
        return n switch
        {
            0 => Strs.New(""),
            1 => Ops.Str(Tuples.Item(args, 0)),
            _ => Ops.Str(args),
        };
    }

    private static Value Attr(Value exc, string name)
    {
        Value v = Instances.Get(exc, name);
        return v.IsNull ? Py.None : v;
    }

    /// "[Errno 2] No such file or directory: 'x'"; null when errno or strerror is unset.
    private static string? OSErrorStr(Value exc)
    {
        Value errno = Attr(exc, "errno"), strerror = Attr(exc, "strerror");
        if (Py.IsNone(errno) || Py.IsNone(strerror)) return null;
        var sb = new StringBuilder($"[Errno {Ops.StrOf(errno)}] {Ops.StrOf(strerror)}");
        Value filename = Attr(exc, "filename");
        if (!Py.IsNone(filename))
        {
            sb.Append(": ").Append(Ops.ReprOf(filename));
            Value filename2 = Attr(exc, "filename2");
            if (!Py.IsNone(filename2)) sb.Append(" -> ").Append(Ops.ReprOf(filename2));
        }
        return sb.ToString();
    }

    /// "msg (file.py, line 3)"; null when msg is unset.
    private static string? SyntaxErrorStr(Value exc)
    {
        Value msg = Attr(exc, "msg");
        if (Py.IsNone(msg)) return null;
        Value filename = Attr(exc, "filename"), lineno = Attr(exc, "lineno");
        string text = Ops.StrOf(msg);
        string file = Strs.IsStr(filename) ? Path.GetFileName(Strs.ToNet(filename)) : "";
        bool hasLine = Ints.IsInt(lineno);
        if (file != "" && hasLine) return $"{text} ({file}, line {Ops.StrOf(lineno)})";
        if (file != "") return $"{text} ({file})";
        if (hasLine) return $"{text} (line {Ops.StrOf(lineno)})";
        return text;
    }

    /// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"; null without the fields.
    private static string? UnicodeErrorStr(Value exc, PyType type)
    {
        Value encoding = Attr(exc, "encoding"), obj = Attr(exc, "object"), reason = Attr(exc, "reason");
        if (!Ints.TryGetLong(Attr(exc, "start"), out long start) || !Ints.TryGetLong(Attr(exc, "end"), out long end)
            || Py.IsNone(encoding))
            return null;
        string enc = Ops.StrOf(encoding), why = Ops.StrOf(reason);
        bool decode = type.IsSubtypeOf(BuiltinTypes.UnicodeDecodeError);
        if (end != start + 1)
            return $"'{enc}' codec can't {(decode ? "decode bytes" : "encode characters")} in position {start}-{end - 1}: {why}";
        if (decode && Ops.Is(obj, TypeId.Bytes))
            return $"'{enc}' codec can't decode byte 0x{BytesObjects.Data(obj)[(int)start]:x2} in position {start}: {why}";
        if (!decode && Strs.IsStr(obj))
            return $"'{enc}' codec can't encode character '{StrRepr.HexEscape(Strs.CharAt(obj, (int)start))}' in position {start}: {why}";
        return null;
    }

    /// "ValueError('x')", "ValueError()", "KeyError(1, 2)"
    public static string Repr(Value exc)
    {
        string name = Ops.TypeOf(exc).Name;
        Value args = ArgsOf(exc);
        if (Ops.Is(args, TypeId.Tuple) && Tuples.Length(args) == 1) return $"{name}({Ops.ReprOf(Tuples.Item(args, 0))})";
        return name + Ops.ReprOf(args);
    }
}
