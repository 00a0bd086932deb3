// Text files: the methods of _io.TextIOWrapper (read, readline, readlines, write, writelines,
// iteration, seek, tell, truncate, flush, close, with-blocks, the name/closed/encoding/...
// properties), and TextState, the decoding side of an OsFile: decoded but not yet consumed
// code points (kept untranslated so tell() can count their bytes), the bytes of an
// incomplete UTF-8 sequence, and the newline mode (universal newlines on read when newline
// is None; "\n" written as is, since os.linesep is "\n"). The same class is sys.stdout's:
// for the three standard streams every method hands over to TextIOClass.
using Stmvm.Gc;

namespace Stmvm.Vm;

internal sealed class TextState(string codec, string errors, string? newline, bool lineBuffering)
{
    public const int ChunkSize = 8192;
    public readonly string CodecName = codec, Errors = errors;
    /// null: universal newlines, translated to "\n"; "": universal, untranslated; else the terminator.
    public readonly string? Newline = newline;
    public readonly bool LineBuffering = lineBuffering;
    /// False between next() calls until the end of the file (tell() is then refused, as CPython's).
    public bool Telling = true;

    private int[] _chars = [];
    private int _pos, _end;
    private byte[] _pending = [];

    /// The canonical codec of an encoding name (utf-8, ascii, latin-1), or null when unknown.
    public static string? Codec(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
        "ascii" or "us-ascii" or "646" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "latin" => "latin-1",
        _ => null,
    };

    public void Reset()
    {
        _pos = _end = 0;
        _pending = [];
    }

    // ---- decoding ----

    /// Decodes data (the pending bytes already prepended); keeps an incomplete UTF-8 tail
    /// for the next chunk unless `final`. Errors as bytes.decode raises them.
    private int[] Decode(byte[] data, bool final)
    {
        int cut = data.Length;
        if (!final && CodecName == "utf-8") cut -= IncompleteTail(data);
        _pending = data.AsSpan(cut).ToArray();
        var span = data.AsSpan(0, cut);
        var cps = new int[cut];
        if (CodecName == "latin-1" || span.IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0)
        {
            for (int i = 0; i < cut; i++) cps[i] = span[i];
            return cps;
        }
        Value bytes = BytesObjects.New(span);
        Value str = Codecs.Decode(bytes, [Strs.New(CodecName), Strs.New(Errors)], default, null);
        return Strs.CodePoints(str);
    }

    /// The number of bytes at the end of d that start a UTF-8 sequence not yet complete.
    private static int IncompleteTail(ReadOnlySpan<byte> d)
    {
        for (int k = 1; k <= 3 && k <= d.Length; k++)
        {
            byte b = d[^k];
            if ((b & 0xc0) == 0x80) continue;
            int need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
            return need > k ? k : 0;
        }
        return 0;
    }

    /// Decodes another chunk into the buffer; false at the end of the file.
    private bool More(OsFile f)
    {
        byte[] chunk = f.Read1(ChunkSize);
        bool final = chunk.Length == 0;
        if (final && _pending.Length == 0) return false;
        byte[] data = _pending.Length == 0 ? chunk : [.. _pending, .. chunk];
        int[] cps = Decode(data, final);
        if (_pos > 0)
        {
            Array.Copy(_chars, _pos, _chars, 0, _end - _pos);
            _end -= _pos;
            _pos = 0;
        }
        if (_end + cps.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_end + cps.Length, 2 * _chars.Length));
        cps.CopyTo(_chars, _end);
        _end += cps.Length;
        return !final || cps.Length > 0;
    }

    /// At least n code points available (fewer only at the end of the file).
    private bool Ensure(OsFile f, int n)
    {
        while (_end - _pos < n)
            if (!More(f)) return false;
        return true;
    }

    // ---- reading ----

    /// read(n): n code points after newline translation; n < 0: to the end of the file.
    public Value Read(OsFile f, long n)
    {
        var output = new List<int>();
        if (n < 0)
        {
            byte[] rest = f.Read(-1);
            byte[] data = _pending.Length == 0 ? rest : [.. _pending, .. rest];
            int[] tail = Decode(data, final: true);
            var all = new int[_end - _pos + tail.Length];
            Array.Copy(_chars, _pos, all, 0, _end - _pos);
            tail.CopyTo(all, _end - _pos);
            _pos = _end = 0;
            Translate(all, output);
            return Strs.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output));
        }
        while (output.Count < n && Ensure(f, 1))
        {
            int c = _chars[_pos];
            if (c == '\r' && Newline == null)
            {
                Ensure(f, 2);
                _pos += _end - _pos >= 2 && _chars[_pos + 1] == '\n' ? 2 : 1;
                output.Add('\n');
                continue;
            }
            int run = (int)Math.Min(n - output.Count, _end - _pos);
            if (Newline == null)
            {
                int cr = _chars.AsSpan(_pos, run).IndexOf('\r');
                if (cr >= 0) run = cr;
            }
            output.AddRange(new ArraySegment<int>(_chars, _pos, run));
            _pos += run;
        }
        return Strs.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output));
    }

    /// Universal newlines (newline=None): "\r\n" and "\r" become "\n".
    private void Translate(int[] cps, List<int> output)
    {
        if (Newline != null || Array.IndexOf(cps, '\r') < 0)
        {
            output.AddRange(cps);
            return;
        }
        for (int i = 0; i < cps.Length; i++)
        {
            if (cps[i] != '\r') { output.Add(cps[i]); continue; }
            output.Add('\n');
            if (i + 1 < cps.Length && cps[i + 1] == '\n') i++;
        }
    }

    /// readline(limit): up to and including the line terminator of the newline mode.
    public Value ReadLine(OsFile f, long limit)
    {
        var line = new List<int>();
        while ((limit < 0 || line.Count < limit) && Ensure(f, 1))
        {
            int avail = _end - _pos;
            if (limit >= 0) avail = (int)Math.Min(avail, limit - line.Count);
            var span = _chars.AsSpan(_pos, avail);
            int stop = Newline switch
            {
                null or "" => span.IndexOfAny('\n', '\r'),
                "\n" => span.IndexOf('\n'),
                _ => span.IndexOf('\r'),
            };
            if (stop < 0)
            {
                line.AddRange(span.ToArray());
                _pos += avail;
                continue;
            }
            line.AddRange(span[..stop].ToArray());
            _pos += stop;
            int c = _chars[_pos];
            if (c == '\n' || Newline == "\r")
            {
                line.Add(c);
                _pos++;
                break;
            }
            // A "\r": the end of the line unless newline is "\r\n" and no "\n" follows.
            Ensure(f, 2);
            bool crlf = _end - _pos >= 2 && _chars[_pos + 1] == '\n';
            if (Newline == "\r\n" && !crlf)
            {
                line.Add('\r');
                _pos++;
                continue;
            }
            if (Newline == null)
            {
                line.Add('\n');
                _pos += crlf ? 2 : 1;
                break;
            }
            line.Add('\r');
            _pos++;
            if (crlf && (limit < 0 || line.Count < limit))
            {
                line.Add('\n');
                _pos++;
            }
            break;
        }
        return Strs.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(line));
    }

    // ---- writing and positions ----

    /// Encodes s (with "\n" translated for newline "\r" or "\r\n") and writes it; like
    /// CPython, drops the decoded read-ahead. Returns true when line buffering wants a flush.
    public bool Write(OsFile f, Value s)
    {
        bool needFlush = false;
        if (Newline is "\r" or "\r\n" || LineBuffering)
        {
            int[] cps = Strs.CodePoints(s);
            bool hasNewline = Array.IndexOf(cps, '\n') >= 0;
            needFlush = LineBuffering && (hasNewline || Array.IndexOf(cps, '\r') >= 0);
            if (hasNewline && Newline is "\r" or "\r\n")
            {
                var translated = new List<int>(cps.Length + 16);
                foreach (int c in cps)
                {
                    if (c != '\n') translated.Add(c);
                    else foreach (char t in Newline) translated.Add(t);
                }
                s = Strs.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(translated));
            }
        }
        Reset();
        if (!Strs.IsWide(s) && (CodecName == "latin-1" || Strs.Latin1(s).IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0))
            f.Write(Strs.Latin1(s));
        else
            f.Write(BytesObjects.Data(Codecs.Encode(s, [Strs.New(CodecName), Strs.New(Errors)], default, null)));
        return needFlush;
    }

    /// tell(): the byte position of the next code point to be read.
    public long Tell(OsFile f)
    {
        f.FlushWrites();
        long pos = f.Tell() - _pending.Length;
        for (int i = _pos; i < _end; i++)
        {
            int c = _chars[i];
            pos -= CodecName != "utf-8" || c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return pos;
    }
}

/// The methods of _io.TextIOWrapper.
internal static class TextFiles
{
    private const string Cls = "TextIOWrapper";
    private const string ClosedMsg = "I/O operation on closed file.";
    private static PyType _type = null!;

    /// Defines the methods and properties on the TextIOWrapper class (called by TextIOClass).
    public static void Define(PyType type)
    {
        _type = type;
        FileObjects.EnsureTypes();
        Def("read", Read);
        Def("readline", ReadLine);
        Def("readlines", ReadLines);
        Def("write", Write);
        Def("writelines", WriteLines);
        Def("__iter__", Iter);
        Def("__next__", Next);
        Def("seek", Seek);
        Def("tell", Tell);
        Def("truncate", Truncate);
        Def("flush", Flush);
        Def("close", Close);
        Def("__enter__", Enter);
        Def("__exit__", Exit);
        Def("fileno", (a, _, k) => Query("fileno", a, k, f => Ints.New(f.Fd)));
        Def("isatty", (a, _, k) => Query("isatty", a, k, f => Py.Bool(f.IsATty())));
        Def("readable", (a, _, k) => Query("readable", a, k, f => Py.Bool(f.Readable)));
        Def("writable", (a, _, k) => Query("writable", a, k, f => Py.Bool(f.Writable)));
        Def("seekable", (a, _, k) => Query("seekable", a, k, f => Py.Bool(f.Seekable())));
        Def("__repr__", Repr);
        NativeProperties.Define(type, "name", self => FileObjects.Hidden(self, FileObjects.HName));
        NativeProperties.Define(type, "closed", self => Py.Bool(FileObjects.IsClosed(self)));
        NativeProperties.Define(type, "encoding", self => FileObjects.Hidden(self, FileObjects.HEncoding));
        NativeProperties.Define(type, "errors", self => FileObjects.Hidden(self, FileObjects.HErrors));
        NativeProperties.Define(type, "newlines", _ => Py.None);
        NativeProperties.Define(type, "line_buffering",
            self => Py.Bool(FileObjects.RawHandle(self)?.Text?.LineBuffering ?? false));
    }

    /// Registers `name`: the standard streams go to TextIOClass's version when it has one.
    private static void Def(string name, NativeFn fn)
    {
        NativeFn? std = TextIOClass.StdMethod(name);
        FileObjects.Method(_type, name, (a, kv, kn) =>
            std != null && a.Length > 0 && TextIOClass.IsStd(a[0]) ? std(a, kv, kn) : fn(a, kv, kn));
    }

    private static Value Self(string method, ReadOnlySpan<Value> args) => FileObjects.Self(_type, method, args);

    /// The OsFile and its text state, after the closed check.
    private static (OsFile File, TextState Text) Open(Value self, string closedMessage = ClosedMsg)
    {
        if (TextIOClass.IsStd(self)) throw FileObjects.Unsupported("underlying stream is not seekable");
        var f = FileObjects.Handle(self, closedMessage);
        return (f, f.Text!);
    }

    private static void CheckReadable(OsFile f)
    {
        if (!f.Readable) throw FileObjects.Unsupported("not readable");
    }

    private static Value Query(string method, ReadOnlySpan<Value> args, string[]? kwNames, Func<OsFile, Value> answer)
    {
        Value self = Self(method, args);
        FileObjects.Positional(Cls, method, args, kwNames, 0);
        if (TextIOClass.IsStd(self)) return method == "seekable" ? Py.False : throw FileObjects.Unsupported(method);
        var f = FileObjects.Handle(self, "I/O operation on closed file");
        lock (f) return answer(f);
    }

    private static Value Read(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("read", args);
        FileObjects.Positional(Cls, "read", args, kwNames, 1);
        long n = FileObjects.SizeArg(args, 1);
        var (f, t) = Open(args[0]);
        lock (f)
        {
            CheckReadable(f);
            return t.Read(f, n);
        }
    }

    private static Value ReadLine(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("readline", args);
        FileObjects.Positional(Cls, "readline", args, kwNames, 1);
        long limit = args.Length > 1 ? Ops.IndexAsLong(args[1]) : -1;
        var (f, t) = Open(args[0]);
        lock (f)
        {
            CheckReadable(f);
            return t.ReadLine(f, limit);
        }
    }

    private static Value ReadLines(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("readlines", args);
        FileObjects.Positional(Cls, "readlines", args, kwNames, 1);
        long hint = FileObjects.SizeArg(args, 1);
        Value list = Lists.New();
        if (TextIOClass.IsStd(self)) return TextIOClass.StdMethod("readlines")!(args[..1], default, null);
        var (f, t) = Open(args[0]);
        lock (f)
        {
            CheckReadable(f);
            long total = 0;
            while (true)
            {
                Value line = t.ReadLine(f, -1);
                int n = Strs.Length(line);
                if (n == 0) break;
                Lists.Append(list, line);
                total += n;
                if (hint > 0 && total >= hint) break;
            }
        }
        return list;
    }

    /// Writes one str to self (a standard stream or a file); the number of code points.
    private static Value WriteOne(Value self, Value s)
    {
        if (!Strs.IsStr(s)) throw Errors.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");
        if (StdStreams.OutputFor(self) is { } std)
        {
            std.Write(Strs.ToNet(s));
            return Ints.New(Strs.Length(s));
        }
        var (f, t) = Open(self);
        lock (f)
        {
            if (!f.Writable) throw FileObjects.Unsupported("not writable");
            if (t.Write(f, s)) f.FlushWrites();
        }
        return Ints.New(Strs.Length(s));
    }

    private static Value Write(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("write", args);
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{Cls}.write() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"{Cls}.write() takes exactly one argument ({args.Length - 1} given)");
        if (FileObjects.IsClosed(self)) throw Errors.ValueError(ClosedMsg);
        return WriteOne(self, args[1]);
    }

    private static Value WriteLines(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("writelines", args);
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{Cls}.writelines() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"{Cls}.writelines() takes exactly one argument ({args.Length - 1} given)");
        if (FileObjects.IsClosed(args[0])) throw Errors.ValueError(ClosedMsg);
        if (!TextIOClass.IsStd(args[0]) && !Open(args[0]).File.Writable) throw FileObjects.Unsupported("not writable");
        using var rs = new RootScope();
        int it = rs.Add(Ops.GetIter(args[1]));
        for (Value line; !(line = Ops.Next(rs[it])).IsNull;)
        {
            if (FileObjects.IsClosed(args[0])) throw Errors.ValueError(ClosedMsg);
            WriteOne(args[0], line);
        }
        return Py.None;
    }

    private static Value Iter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__iter__", args);
        FileObjects.Positional(Cls, "__iter__", args, kwNames, 0);
        if (FileObjects.IsClosed(self)) throw Errors.ValueError(ClosedMsg);
        return self;
    }

    private static Value Next(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("__next__", args);
        FileObjects.Positional(Cls, "__next__", args, kwNames, 0);
        var (f, t) = Open(args[0]);
        Value line;
        lock (f)
        {
            CheckReadable(f);
            t.Telling = false;
            line = t.ReadLine(f, -1);
            if (Strs.Length(line) == 0) t.Telling = true;
        }
        if (Strs.Length(line) == 0) throw Errors.StopIteration();
        return line;
    }

    private static Value Seek(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("seek", args);
        FileObjects.Positional(Cls, "seek", args, kwNames, 2);
        if (args.Length < 2) throw Errors.TypeError("seek expected at least 1 argument, got 0");
        long whence = args.Length > 2 ? Ops.IndexAsLong(args[2]) : 0;
        if (FileObjects.IsClosed(args[0])) throw Errors.ValueError(ClosedMsg);
        var (f, t) = Open(args[0]);
        if (whence is < 0 or > 2) throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence != 0)
        {
            if (!Ints.IsInt(args[1]) || Ints.Sign(args[1]) != 0)
                throw FileObjects.Unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
            lock (f)
            {
                if (whence == 1) return Ints.New(t.Tell(f));
                f.FlushWrites();
                t.Reset();
                t.Telling = true;
                return Ints.New(f.Seek(0, FileLibC.SEEK_END));
            }
        }
        if (Ops.Lt(args[1], Ints.New(0))) throw Errors.ValueError($"negative seek position {Ops.ReprOf(args[1])}");
        long cookie = Ops.IndexAsLong(args[1]);
        lock (f)
        {
            t.Reset();
            t.Telling = true;
            f.Seek(cookie, FileLibC.SEEK_SET);
        }
        return Ints.New(cookie);
    }

    private static Value Tell(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("tell", args);
        FileObjects.Positional(Cls, "tell", args, kwNames, 0);
        if (TextIOClass.IsStd(self)) throw FileObjects.OSErrorFor(FileLibC.ESPIPE, Value.Null);
        var (f, t) = Open(self);
        lock (f)
        {
            if (!t.Telling) throw Errors.OSError("telling position disabled by next() call");
            return Ints.New(t.Tell(f));
        }
    }

    private static Value Truncate(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("truncate", args);
        FileObjects.Positional(Cls, "truncate", args, kwNames, 1);
        long? size = args.Length > 1 && !Py.IsNone(args[1]) ? Ops.IndexAsLong(args[1]) : null;
        var (f, _) = Open(args[0]);
        lock (f)
        {
            if (!f.Writable) throw FileObjects.Unsupported("truncate");
            if (size < 0) throw FileObjects.OSErrorFor(22, Value.Null);
            return Ints.New(f.Truncate(size));
        }
    }

    private static Value Flush(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("flush", args);
        FileObjects.Positional(Cls, "flush", args, kwNames, 0);
        var (f, _) = Open(args[0]);
        lock (f) f.FlushWrites();
        return Py.None;
    }

    private static Value Close(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("close", args);
        FileObjects.Positional(Cls, "close", args, kwNames, 0);
        if (StdStreams.OutputFor(self) is { } std) std.Flush();
        else FileObjects.Close(self);
        return Py.None;
    }

    private static Value Enter(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__enter__", args);
        FileObjects.Positional(Cls, "__enter__", args, kwNames, 0);
        if (FileObjects.IsClosed(self)) throw Errors.ValueError(ClosedMsg);
        return self;
    }

    private static Value Exit(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__exit__", args);
        if (kwNames is { Length: > 0 }) throw Errors.TypeError($"{Cls}.__exit__() takes no keyword arguments");
        if (StdStreams.OutputFor(self) is { } std) std.Flush();
        else FileObjects.Close(self);
        return Py.None;
    }

    /// "<_io.TextIOWrapper name='x.txt' mode='r' encoding='UTF-8'>"
    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("__repr__", args);
        FileObjects.Positional(Cls, "__repr__", args, kwNames, 0);
        var sb = new System.Text.StringBuilder("<_io.TextIOWrapper");
        Value name = Instances.Get(args[0], FileObjects.HName);
        if (!name.IsNull) sb.Append(" name=").Append(Ops.ReprOf(name));
        Value mode = Ops.GetAttrOrNull(args[0], "mode");
        if (!mode.IsNull) sb.Append(" mode=").Append(Ops.ReprOf(mode));
        sb.Append(" encoding=").Append(Ops.ReprOf(FileObjects.Hidden(args[0], FileObjects.HEncoding))).Append('>');
        return Strs.New(sb.ToString());
    }
}
