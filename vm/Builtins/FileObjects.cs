// The built-in open() (CPython 3.11's io.open): argument checking with CPython's messages,
// the mode string, the OS open (OsFiles.cs) with errno mapped to the OSError subclasses, and
// the guest file objects: _io.TextIOWrapper (the class of sys.stdout too, TextIOClass.cs;
// methods in TextFiles.cs) and _io.BufferedReader / BufferedWriter / BufferedRandom / FileIO
// (BinaryFiles.cs). A file object is an ordinary heap instance whose hidden slots hold the
// id of its OsFile in FileTable, its closed flag, name and mode; text files also carry the
// visible instance attribute `mode`, as CPython's. Also the _io native module and
// io.UnsupportedOperation (a subclass of OSError and ValueError).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class FileObjects
{
    // Hidden slots (Map.Hidden names: not in __dict__ or dir()).
    public const string HId = "\u0001file", HClosed = "\u0001closed", HName = "\u0001name", HMode = "\u0001mode",
        HEncoding = "\u0001encoding", HErrors = "\u0001errors", HCloseFd = "\u0001closefd";

    public static PyType UnsupportedOperation = null!, BufferedReader = null!, BufferedWriter = null!,
        BufferedRandom = null!, FileIO = null!;

    private static readonly string[] OpenParams = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

    /// The _io module (after phase Builtins, which creates TextIOWrapper and, through it, the others).
    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        EnsureTypes();
        Value module = Modules.New("_io");
        Value d = Modules.DictOf(module);
        Dicts.SetStr(d, "open", Dicts.GetStr(BuiltinsModule.Dict, "open"));
        Dicts.SetStr(d, "DEFAULT_BUFFER_SIZE", Ints.New(OsFile.DefaultBufferSize));
        Dicts.SetStr(d, "UnsupportedOperation", UnsupportedOperation.Ref);
        Dicts.SetStr(d, "TextIOWrapper", TextIOClass.Type.Ref);
        foreach (var t in new[] { BufferedReader, BufferedWriter, BufferedRandom, FileIO }) Dicts.SetStr(d, t.Name, t.Ref);
        Modules.RegisterNative("_io", module);
    }

    /// Creates io.UnsupportedOperation and the binary classes (once; TextIOClass asks too).
    public static void EnsureTypes()
    {
        if (UnsupportedOperation != null) return;
        var u = PyType.Create("UnsupportedOperation",
            TypeFlags.Builtin | TypeFlags.Instantiable | TypeFlags.BaseType | TypeFlags.Exception, TypeId.Exception);
        var os = BuiltinTypes.OSError;
        u.Mro = [u, os, BuiltinTypes.ValueError, BuiltinTypes.Exception, BuiltinTypes.BaseException, BuiltinTypes.Object];
        Value dict = Dicts.NewOld();
        Dicts.SetStr(dict, "__module__", Strs.NewOld("io"));
        Dicts.SetStr(dict, "__doc__", Py.None);
        TypeObjects.CreateHeapObject(u, "UnsupportedOperation", "io", dict, [os, BuiltinTypes.ValueError]);
        UnsupportedOperation = u;
        BufferedReader = NativeClasses.Create("BufferedReader", "_io");
        BufferedWriter = NativeClasses.Create("BufferedWriter", "_io");
        BufferedRandom = NativeClasses.Create("BufferedRandom", "_io");
        FileIO = NativeClasses.Create("FileIO", "_io");
        foreach (var t in new[] { BufferedReader, BufferedWriter, BufferedRandom, FileIO }) BinaryFiles.Define(t);
    }

    // ---- errors ----

    public static PyException Unsupported(string message) => Errors.New(UnsupportedOperation, message);

    /// The OSError subclass CPython raises for errno, with errno, strerror and (when given)
    /// filename and filename2 (os.rename's two paths).
    public static PyException OSErrorFor(int errno, Value filename, Value filename2 = default)
    {
        string cls = errno switch
        {
            2 => "FileNotFoundError",
            17 => "FileExistsError",
            1 or 13 => "PermissionError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            4 => "InterruptedError",
            32 or 108 => "BrokenPipeError",
            11 or 114 or 115 => "BlockingIOError",
            10 => "ChildProcessError",
            103 => "ConnectionAbortedError",
            111 => "ConnectionRefusedError",
            104 => "ConnectionResetError",
            3 => "ProcessLookupError",
            110 => "TimeoutError",
            _ => "OSError",
        };
        Value typeObj = Dicts.GetStr(BuiltinsModule.Dict, cls);
        PyType type = typeObj.IsNull ? BuiltinTypes.OSError : PyType.FromRef(typeObj);
        Value code = Ints.New(errno), text = Strs.New(FileLibC.StrError(errno));
        Value args = filename.IsNull ? Tuples.Pair(code, text)
            : filename2.IsNull ? Tuples.New([code, text, filename]) : Tuples.New([code, text, filename, Py.None, filename2]);
        return new PyException(ExceptionObjects.Construct(type, args));
    }

    // ---- the state of a file object ----

    public static bool IsClosed(Value self)
    {
        Value c = Instances.Get(self, HClosed);
        return !c.IsNull && c == Py.True;
    }

    /// The OsFile of an open file object; ValueError(closedMessage) when it is closed.
    public static OsFile Handle(Value self, string closedMessage)
    {
        if (IsClosed(self)) throw Errors.ValueError(closedMessage);
        return RawHandle(self) ?? throw Errors.ValueError(closedMessage);
    }

    /// The OsFile (null when closed or when self is a standard stream).
    public static OsFile? RawHandle(Value self)
    {
        Value id = Instances.Get(self, HId);
        return id.IsNull || !id.IsSmallInt ? null : FileTable.Get(id.SmallInt);
    }

    public static Value Hidden(Value self, string slot)
    {
        Value v = Instances.Get(self, slot);
        return v.IsNull ? Py.None : v;
    }

    /// Closes a file object: flushes, marks it closed (in the heap), closes the descriptor.
    /// A flush error is raised after the file is closed, as CPython does.
    public static void Close(Value self)
    {
        if (IsClosed(self)) return;
        var f = RawHandle(self);
        Instances.Set(self, HClosed, Py.True);
        if (f == null) return;
        Value id = Instances.Get(self, HId);
        try
        {
            lock (f) f.Close();
        }
        catch (OsCallFailed e)
        {
            throw OSErrorFor(e.Errno, Value.Null);
        }
        finally
        {
            FileTable.Remove(id.SmallInt);
        }
    }

    /// self after checking that it is an instance of `type` (natives may be called unbound).
    public static Value Self(PyType type, string method, ReadOnlySpan<Value> args)
    {
        string cls = $"_io.{type.Name}";
        if (args.Length == 0) throw Errors.TypeError($"descriptor '{method}' of '{cls}' object needs an argument");
        if (!Ops.IsInstance(args[0], type))
            throw Errors.TypeError($"descriptor '{method}' for '{cls}' objects doesn't apply to a '{Ops.TypeName(args[0])}' object");
        return args[0];
    }

    /// Registers a method whose system-call failures become the guest's OSError.
    public static void Method(PyType type, string name, NativeFn fn)
    {
        NativeClasses.Method(type, name, (a, kv, kn) =>
        {
            try
            {
                return fn(a, kv, kn);
            }
            catch (OsCallFailed e)
            {
                throw OSErrorFor(e.Errno, Value.Null);
            }
        });
    }

    /// An optional size argument: -1 for absent or None; CPython's message for other types.
    public static long SizeArg(ReadOnlySpan<Value> args, int index)
    {
        if (args.Length <= index || Py.IsNone(args[index])) return -1;
        Value v = args[index];
        if (!Ints.IsInt(v) && Ops.LookupSpecial(Ops.TypeOf(v), "__index__").IsNull)
            throw Errors.TypeError($"argument should be integer or None, not '{Ops.TypeName(v)}'");
        return Ops.IndexAsLong(v);
    }

    /// Positional-only arguments: at most `max` after self, no keywords.
    public static void Positional(string cls, string method, ReadOnlySpan<Value> args, string[]? kwNames, int max)
    {
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{cls}.{method}() takes no keyword arguments");
        int n = args.Length - 1;
        if (n <= max) return;
        if (max == 0) throw Errors.TypeError($"{cls}.{method}() takes no arguments ({n} given)");
        throw Errors.TypeError($"{method} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    // ---- open() ----

    private sealed class OpenArgs
    {
        public string Mode = "r";
        public long Buffering = -1;
        public string? Encoding, ErrorsName, Newline;
        public bool CloseFd = true;
        public bool Reading, Writing, Appending, Creating, Updating, Text, Binary;
    }

    /// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
    public static Value Open(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        int total = args.Length + (kwNames?.Length ?? 0);
        if (total > 8) throw Errors.TypeError($"open() takes at most 8 arguments ({total} given)");
        var at = new int[8];
        Array.Fill(at, -1);
        for (int i = 0; i < args.Length; i++) at[i] = i;
        for (int k = 0; kwNames != null && k < kwNames.Length; k++)
        {
            int p = Array.IndexOf(OpenParams, kwNames[k]);
            if (p < 0) throw Errors.TypeError($"'{kwNames[k]}' is an invalid keyword argument for open()");
            if (at[p] >= 0) throw Errors.TypeError($"argument for open() given by name ('{kwNames[k]}') and position ({p + 1})");
            at[p] = 1000 + k;
        }
        if (at[0] < 0) throw Errors.TypeError("open() missing required argument 'file' (pos 1)");
        var o = new OpenArgs();
        // Conversions first (they may run __index__); Values are re-read from the spans afterwards.
        if (at[1] >= 0) o.Mode = StrArg(Arg(args, kwValues, at[1]), "mode", orNone: false)!;
        if (at[2] >= 0) o.Buffering = Ops.IndexAsLong(Arg(args, kwValues, at[2]));
        if (at[3] >= 0) o.Encoding = StrArg(Arg(args, kwValues, at[3]), "encoding", orNone: true);
        if (at[4] >= 0) o.ErrorsName = StrArg(Arg(args, kwValues, at[4]), "errors", orNone: true);
        if (at[5] >= 0) o.Newline = StrArg(Arg(args, kwValues, at[5]), "newline", orNone: true);
        if (at[6] >= 0) o.CloseFd = Ops.IndexAsLong(Arg(args, kwValues, at[6])) != 0;
        Value file = Arg(args, kwValues, at[0]);
        if (!Strs.IsStr(file) && !BytesObjects.IsBytes(file) && !Ints.IsInt(file) && !Floats.IsFloat(file))
            throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(file)}");
        ParseMode(o);
        bool hasOpener = at[7] >= 0 && !Py.IsNone(Arg(args, kwValues, at[7]));
        int fd = OpenRaw(o, args, kwValues, at, hasOpener);
        try
        {
            return Wrap(o, fd, Arg(args, kwValues, at[0]));
        }
        catch (Exception)
        {
            if (o.CloseFd) FileLibC.Close(fd);
            throw;
        }
    }

    private static Value Arg(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, int at)
        => at >= 1000 ? kwValues[at - 1000] : args[at];

    private static string? StrArg(Value v, string name, bool orNone)
    {
        if (Strs.IsStr(v)) return Strs.ToNet(v);
        if (orNone && Py.IsNone(v)) return null;
        throw Errors.TypeError($"open() argument '{name}' must be str{(orNone ? " or None" : "")}, not {Ops.TypeName(v)}");
    }

    private static void ParseMode(OpenArgs o)
    {
        string mode = o.Mode;
        for (int i = 0; i < mode.Length; i++)
        {
            char c = mode[i];
            switch (c)
            {
                case 'x': o.Creating = true; break;
                case 'r': o.Reading = true; break;
                case 'w': o.Writing = true; break;
                case 'a': o.Appending = true; break;
                case '+': o.Updating = true; break;
                case 't': o.Text = true; break;
                case 'b': o.Binary = true; break;
                default: throw Errors.ValueError($"invalid mode: '{mode}'");
            }
            if (mode.IndexOf(c, i + 1) >= 0) throw Errors.ValueError($"invalid mode: '{mode}'");
        }
        if (o.Text && o.Binary) throw Errors.ValueError("can't have text and binary mode at once");
        int kinds = (o.Creating ? 1 : 0) + (o.Reading ? 1 : 0) + (o.Writing ? 1 : 0) + (o.Appending ? 1 : 0);
        if (kinds > 1) throw Errors.ValueError("must have exactly one of create/read/write/append mode");
        if (o.Binary && o.Encoding != null) throw Errors.ValueError("binary mode doesn't take an encoding argument");
        if (o.Binary && o.ErrorsName != null) throw Errors.ValueError("binary mode doesn't take an errors argument");
        if (o.Binary && o.Newline != null) throw Errors.ValueError("binary mode doesn't take a newline argument");
    }

    /// FileIO's part: the descriptor (the given one, the opener's, or open(2)'s).
    private static int OpenRaw(OpenArgs o, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, int[] at, bool hasOpener)
    {
        Value file = Arg(args, kwValues, at[0]);
        int fd = -1;
        byte[]? path = null;
        if (Ints.IsInt(file))
        {
            if (!Ints.TryGetLong(file, out long n) || n > int.MaxValue || n < int.MinValue)
                throw Errors.OverflowError("Python int too large to convert to C int");
            if (n < 0) throw Errors.ValueError("negative file descriptor");
            fd = (int)n;
        }
        else
        {
            if (Floats.IsFloat(file)) throw Errors.TypeError("expected str, bytes or os.PathLike object, not float");
            path = Strs.IsStr(file) ? System.Text.Encoding.UTF8.GetBytes(Strs.ToNet(file)) : BytesObjects.Data(file).ToArray();
            if (Array.IndexOf(path, (byte)0) >= 0) throw Errors.ValueError("embedded null byte");
        }
        if (!(o.Reading || o.Writing || o.Appending || o.Creating))
            throw Errors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (fd >= 0) return fd;
        if (!o.CloseFd) throw Errors.ValueError("Cannot use closefd=False with file name");
        int flags = (o.Updating ? FileLibC.O_RDWR : o.Reading ? FileLibC.O_RDONLY : FileLibC.O_WRONLY)
            | (o.Creating ? FileLibC.O_CREAT | FileLibC.O_EXCL : 0)
            | (o.Writing ? FileLibC.O_CREAT | FileLibC.O_TRUNC : 0)
            | (o.Appending ? FileLibC.O_CREAT | FileLibC.O_APPEND : 0);
        if (hasOpener) fd = CallOpener(args, kwValues, at, flags | FileLibC.O_CLOEXEC);
        else
        {
            fd = FileLibC.OpenPath(path, flags);
            if (fd < 0) throw OSErrorFor(-fd, Arg(args, kwValues, at[0]));
        }
        if (FileLibC.IsDirectory(fd))
        {
            FileLibC.Close(fd);
            throw OSErrorFor(FileLibC.EISDIR, Arg(args, kwValues, at[0]));
        }
        if (o.Appending) FileLibC.Seek(fd, 0, FileLibC.SEEK_END);
        return fd;
    }

    /// opener(file, flags) must return a descriptor (an int >= 0).
    private static int CallOpener(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, int[] at, int flags)
    {
        Value result = Ops.Call(Arg(args, kwValues, at[7]), [Arg(args, kwValues, at[0]), Ints.New(flags)]);
        if (!Ints.IsInt(result)) throw Errors.TypeError("expected opener to return an integer");
        long fd = Ops.IndexAsLong(result);
        if (fd < 0) throw Errors.ValueError($"opener returned {fd}");
        return (int)fd;
    }

    /// The guest object around a freshly opened descriptor.
    private static Value Wrap(OpenArgs o, int fd, Value name)
    {
        bool readable = o.Reading || o.Updating, writable = !o.Reading || o.Updating;
        if (o.Buffering == 0 && !o.Binary) throw Errors.ValueError("can't have unbuffered text I/O");
        bool lineBuffering = o.Buffering == 1 || (o.Buffering < 0 && FileLibC.IsATty(fd) == 1);
        int size = o.Buffering > 1 ? (int)Math.Min(o.Buffering, 1 << 24) : o.Buffering == 0 ? 0 : OsFile.DefaultBufferSize;
        if (!o.Binary)
        {
            if (o.Newline is not (null or "" or "\n" or "\r" or "\r\n"))
                throw Errors.ValueError($"illegal newline value: {o.Newline}");
            string encoding = o.Encoding is null or "locale" ? "UTF-8" : o.Encoding;
            string codec = TextState.Codec(encoding) ?? throw Errors.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
            var file = new OsFile(fd, readable, writable, o.Appending, o.Creating, o.CloseFd, size)
            {
                Text = new TextState(codec, o.ErrorsName ?? "strict", o.Newline, lineBuffering),
            };
            Value obj = NewObject(TextIOClass.Type, file, name);
            Instances.Set(obj, HEncoding, Strs.New(encoding));
            Instances.Set(obj, HErrors, Strs.New(o.ErrorsName ?? "strict"));
            Instances.Set(obj, "mode", Strs.New(o.Mode));
            return obj;
        }
        PyType type = o.Buffering == 0 ? FileIO : o.Updating ? BufferedRandom : o.Reading ? BufferedReader : BufferedWriter;
        var raw = new OsFile(fd, readable, writable, o.Appending, o.Creating, o.CloseFd, size);
        Value bin = NewObject(type, raw, name);
        Instances.Set(bin, HMode, Strs.New(RawMode(o)));
        if (type == FileIO) Instances.Set(bin, HCloseFd, Py.Bool(o.CloseFd));
        return bin;
    }

    /// FileIO's mode string: "rb", "wb", "ab", "xb", with "+" as "rb+" / "ab+" / "xb+".
    private static string RawMode(OpenArgs o)
    {
        if (o.Creating) return o.Updating ? "xb+" : "xb";
        if (o.Appending) return o.Updating ? "ab+" : "ab";
        if (o.Reading || o.Updating) return o.Updating ? "rb+" : "rb";
        return "wb";
    }

    private static Value NewObject(PyType type, OsFile file, Value name)
    {
        long id = FileTable.Add(file);
        Value obj = TypeObjects.Allocate(type);
        Instances.Set(obj, HId, Ints.New(id));
        Instances.Set(obj, HClosed, Py.False);
        Instances.Set(obj, HName, name);
        return obj;
    }
}
