// Binary files: the methods of _io.BufferedReader, BufferedWriter, BufferedRandom (open()
// with "b") and FileIO (buffering=0): read, read1, readline, readlines, readinto, peek, write,
// writelines, iteration, seek, tell, truncate, flush, close, with-blocks, and the name/mode/
// closed properties. The four classes share these natives; each checks what its class allows
// and raises CPython's error for the rest (io.UnsupportedOperation "read"/"write" or "File not
// open for reading", and the per-method closed-file messages: "read of closed file", ...).
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class BinaryFiles
{
    private enum Kind { Reader, Writer, Random, Raw }

    private const string Closed = "I/O operation on closed file", ClosedDot = "I/O operation on closed file.";

    public static void Define(PyType type)
    {
        var kind = KindOf(type);
        void Def(string name, NativeFn fn) => FileObjects.Method(type, name, fn);
        Def("read", Read);
        if (kind != Kind.Raw) Def("read1", Read1);
        if (kind is Kind.Reader or Kind.Random) Def("peek", Peek);
        if (kind == Kind.Raw) Def("readall", (a, _, k) => ReadSized("readall", a, k, forceAll: true));
        Def("readline", ReadLine);
        Def("readlines", ReadLines);
        Def("readinto", ReadInto);
        Def("write", Write);
        Def("writelines", WriteLines);
        Def("__iter__", (a, _, k) => Checked("__iter__", a, k, ClosedDot, (self, _) => self));
        Def("__enter__", (a, _, k) => Checked("__enter__", a, k, ClosedDot, (self, _) => self));
        Def("__next__", Next);
        Def("seek", Seek);
        Def("tell", (a, _, k) => Checked("tell", a, k, Closed, (_, f) => Ints.New(f.Tell())));
        Def("truncate", Truncate);
        Def("flush", Flush);
        Def("close", Close);
        Def("__exit__", Close);
        Def("fileno", (a, _, k) => Checked("fileno", a, k, Closed, (_, f) => Ints.New(f.Fd)));
        Def("isatty", (a, _, k) => Checked("isatty", a, k, Closed, (_, f) => Py.Bool(f.IsATty())));
        Def("seekable", (a, _, k) => Checked("seekable", a, k, Closed, (_, f) => Py.Bool(f.Seekable())));
        Def("readable", (a, _, k) => Capability("readable", a, k));
        Def("writable", (a, _, k) => Capability("writable", a, k));
        Def("__repr__", Repr);
        NativeProperties.Define(type, "name", self => FileObjects.Hidden(self, FileObjects.HName));
        NativeProperties.Define(type, "mode", self => FileObjects.Hidden(self, FileObjects.HMode));
        NativeProperties.Define(type, "closed", self => Py.Bool(FileObjects.IsClosed(self)));
        if (kind == Kind.Raw) NativeProperties.Define(type, "closefd", self => FileObjects.Hidden(self, FileObjects.HCloseFd));
    }

    private static Kind KindOf(PyType t) =>
        t == FileObjects.BufferedReader ? Kind.Reader : t == FileObjects.BufferedWriter ? Kind.Writer
        : t == FileObjects.BufferedRandom ? Kind.Random : Kind.Raw;

    /// Checks self's class (one of the four); its kind.
    private static Kind SelfKind(string method, ReadOnlySpan<Value> args)
    {
        if (args.Length > 0 && !args[0].IsSmallInt)
        {
            var t = Ops.TypeOf(args[0]);
            if (t == FileObjects.BufferedReader || t == FileObjects.BufferedWriter || t == FileObjects.BufferedRandom || t == FileObjects.FileIO)
                return KindOf(t);
        }
        FileObjects.Self(FileObjects.BufferedReader, method, args);
        return Kind.Raw;
    }

    private static string ClassName(Kind k) => k switch
    {
        Kind.Reader => "BufferedReader", Kind.Writer => "BufferedWriter", Kind.Random => "BufferedRandom", _ => "FileIO",
    };

    private static PyException NotReadable(Kind k) => FileObjects.Unsupported(k == Kind.Raw ? "File not open for reading" : "read");
    private static PyException NotWritable(Kind k, string what = "write")
        => FileObjects.Unsupported(k == Kind.Raw ? "File not open for writing" : what);

    /// The open file behind args[0]; ValueError with the method's closed-file message.
    private static OsFile Open(Kind k, Value self, string bufferedMessage, string? rawMessage = null)
        => FileObjects.Handle(self, k == Kind.Raw ? rawMessage ?? Closed : bufferedMessage);

    private static Value Checked(string method, ReadOnlySpan<Value> args, string[]? kwNames, string message, Func<Value, OsFile, Value> body)
    {
        var k = SelfKind(method, args);
        FileObjects.Positional(ClassName(k), method, args, kwNames, 0);
        var f = FileObjects.Handle(args[0], message);
        lock (f) return body(args[0], f);
    }

    /// readable()/writable(): a Buffered class that cannot do it answers False even when closed.
    private static Value Capability(string method, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        var k = SelfKind(method, args);
        FileObjects.Positional(ClassName(k), method, args, kwNames, 0);
        bool reading = method == "readable";
        if ((reading && k == Kind.Writer) || (!reading && k == Kind.Reader)) return Py.False;
        var f = FileObjects.Handle(args[0], Closed);
        return Py.Bool(reading ? f.Readable : f.Writable);
    }

    private static Value ReadSized(string method, ReadOnlySpan<Value> args, string[]? kwNames, bool forceAll = false, bool one = false)
    {
        var k = SelfKind(method, args);
        if (k == Kind.Writer && method == "read") throw kwNames is { Length: > 0 } ? Errors.TypeError("read() takes no keyword arguments") : NotReadable(k);
        FileObjects.Positional(ClassName(k), method, args, kwNames, forceAll ? 0 : 1);
        long n = forceAll ? -1 : FileObjects.SizeArg(args, 1);
        var f = Open(k, args[0], "read of closed file");
        lock (f)
        {
            if (!f.Readable) throw NotReadable(k);
            byte[] data = one ? f.Read1(n < 0 ? OsFile.DefaultBufferSize : (int)Math.Min(n, int.MaxValue)) : f.Read(n);
            return BytesObjects.New(data);
        }
    }

    private static Value Read(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => ReadSized("read", args, kwNames);

    private static Value Read1(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
        => ReadSized("read1", args, kwNames, one: true);

    private static Value Peek(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("peek", args);
        FileObjects.Positional(ClassName(k), "peek", args, kwNames, 1);
        if (args.Length > 1) Ops.IndexAsLong(args[1]);
        var f = Open(k, args[0], "peek of closed file");
        lock (f)
        {
            long at = f.Tell();
            byte[] data = f.Read1(OsFile.DefaultBufferSize);
            f.Seek(at, FileLibC.SEEK_SET);
            return BytesObjects.New(data);
        }
    }

    private static Value ReadLine(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("readline", args);
        FileObjects.Positional(ClassName(k), "readline", args, kwNames, 1);
        long limit = FileObjects.SizeArg(args, 1);
        return Line(k, args[0], limit);
    }

    /// One line of self (an empty bytes at the end of the file).
    private static Value Line(Kind k, Value self, long limit)
    {
        if (k == Kind.Writer) throw NotReadable(k);
        var f = Open(k, self, "readline of closed file");
        lock (f)
        {
            if (!f.Readable) throw NotReadable(k);
            return BytesObjects.New(f.ReadLine(limit));
        }
    }

    private static Value ReadLines(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("readlines", args);
        FileObjects.Positional(ClassName(k), "readlines", args, kwNames, 1);
        long hint = FileObjects.SizeArg(args, 1);
        var f = FileObjects.Handle(args[0], ClosedDot);
        if (k == Kind.Writer || !f.Readable) throw NotReadable(k);
        Value list = Lists.New();
        lock (f)
        {
            long total = 0;
            while (true)
            {
                byte[] line = f.ReadLine(-1);
                if (line.Length == 0) break;
                Lists.Append(list, BytesObjects.New(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
        }
        return list;
    }

    private static Value ReadInto(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("readinto", args);
        FileObjects.Positional(ClassName(k), "readinto", args, kwNames, 1);
        if (args.Length != 2) throw Errors.TypeError($"{ClassName(k)}.readinto() takes exactly one argument ({args.Length - 1} given)");
        if (k == Kind.Writer) throw NotReadable(k);
        if (!ByteArrays.IsByteArray(args[1]))
            throw Errors.TypeError($"readinto() argument must be read-write bytes-like object, not {Ops.TypeName(args[1])}");
        var f = Open(k, args[0], "readinto of closed file");
        byte[] data;
        lock (f)
        {
            if (!f.Readable) throw NotReadable(k);
            data = f.Read(ByteArrays.Count(args[1]));
        }
        data.CopyTo(ByteArrays.DataForWrite(args[1]));
        return Ints.New(data.Length);
    }

    private static Value Next(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("__next__", args);
        FileObjects.Positional(ClassName(k), "__next__", args, kwNames, 0);
        Value line = Line(k, args[0], -1);
        if (BytesObjects.Data(line).Length == 0) throw Errors.StopIteration();
        return line;
    }

    /// Writes one bytes-like object; its length.
    private static Value WriteOne(Kind k, Value self, Value data)
    {
        if (k == Kind.Reader) throw NotWritable(k);
        if (!BytesObjects.IsBytesLike(data)) throw Errors.TypeError($"a bytes-like object is required, not '{Ops.TypeName(data)}'");
        var f = Open(k, self, "write to closed file");
        lock (f)
        {
            if (!f.Writable) throw NotWritable(k);
            var bytes = BytesObjects.View(data);
            f.Write(bytes);
            return Ints.New(bytes.Length);
        }
    }

    private static Value Write(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("write", args);
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{ClassName(k)}.write() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"{ClassName(k)}.write() takes exactly one argument ({args.Length - 1} given)");
        return WriteOne(k, args[0], args[1]);
    }

    private static Value WriteLines(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("writelines", args);
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{ClassName(k)}.writelines() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"{ClassName(k)}.writelines() takes exactly one argument ({args.Length - 1} given)");
        FileObjects.Handle(args[0], ClosedDot);
        using var rs = new RootScope();
        int it = rs.Add(Ops.GetIter(args[1]));
        for (Value item; !(item = Ops.Next(rs[it])).IsNull;) WriteOne(k, args[0], item);
        return Py.None;
    }

    private static Value Seek(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("seek", args);
        FileObjects.Positional(ClassName(k), "seek", args, kwNames, 2);
        if (args.Length < 2) throw Errors.TypeError("seek expected at least 1 argument, got 0");
        long pos = Ops.IndexAsLong(args[1]);
        long whence = args.Length > 2 ? Ops.IndexAsLong(args[2]) : 0;
        if (k != Kind.Raw && whence is < 0 or > 2) throw Errors.ValueError($"whence value {whence} unsupported");
        var f = Open(k, args[0], "seek of closed file");
        lock (f) return Ints.New(f.Seek(pos, (int)whence));
    }

    private static Value Truncate(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("truncate", args);
        FileObjects.Positional(ClassName(k), "truncate", args, kwNames, 1);
        if (k == Kind.Reader && !FileObjects.IsClosed(args[0])) throw NotWritable(k, "truncate");
        long? size = args.Length > 1 && !Py.IsNone(args[1]) ? Ops.IndexAsLong(args[1]) : null;
        var f = Open(k, args[0], "truncate of closed file");
        lock (f)
        {
            if (!f.Writable) throw NotWritable(k, "truncate");
            return Ints.New(f.Truncate(size));
        }
    }

    private static Value Flush(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("flush", args);
        FileObjects.Positional(ClassName(k), "flush", args, kwNames, 0);
        var f = FileObjects.Handle(args[0], k is Kind.Writer or Kind.Random ? "flush of closed file" : ClosedDot);
        lock (f) f.FlushWrites();
        return Py.None;
    }

    /// close() and __exit__(*exc_info).
    private static Value Close(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        SelfKind("close", args);
        FileObjects.Close(args[0]);
        return Py.None;
    }

    /// "<_io.BufferedReader name='x.bin'>", "<_io.FileIO name='x.bin' mode='rb' closefd=True>"
    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var k = SelfKind("__repr__", args);
        FileObjects.Positional(ClassName(k), "__repr__", args, kwNames, 0);
        Value self = args[0];
        if (k == Kind.Raw && FileObjects.IsClosed(self)) return Strs.New("<_io.FileIO [closed]>");
        var sb = new System.Text.StringBuilder($"<_io.{ClassName(k)}");
        Value name = Instances.Get(self, FileObjects.HName);
        if (!name.IsNull) sb.Append(" name=").Append(Ops.ReprOf(name));
        if (k == Kind.Raw)
        {
            sb.Append(" mode=").Append(Ops.ReprOf(FileObjects.Hidden(args[0], FileObjects.HMode)));
            sb.Append(" closefd=").Append(FileObjects.Hidden(args[0], FileObjects.HCloseFd) == Py.True ? "True" : "False");
        }
        return Strs.New(sb.Append('>').ToString());
    }
}
