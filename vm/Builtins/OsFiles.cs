// The operating-system side of the guest's files (open(): FileObjects.cs). An OsFile owns one
// file descriptor, opened through libc so that errno values (and so the OSError subclasses and
// messages) and O_APPEND are exactly CPython's, plus the byte buffers CPython's Buffered*
// classes keep: a read-ahead buffer and a pending-write buffer (never both non-empty), and,
// for text files, the decoder state (TextState, TextFiles.cs). All of this is VM-internal:
// guest file objects are heap objects holding an id into FileTable; their guest-visible state
// (closed, name, mode) lives in the heap object. FileTable.FlushAll writes every pending byte
// at exit (StdStreams.FlushAll calls it), so nothing a program wrote is lost even if it never
// closes its files.
//
// STM note: opening, reading and seeking are irrevocable and should make the transaction
// inevitable, and writes should be buffered per transaction and reach OsFile at commit; the
// stm/ layer does not offer those hooks yet (every call here acts at once).
using System.Runtime.InteropServices;

namespace Stmvm.Vm;

/// The libc calls of the file layer (Linux values for the flags).
internal static unsafe partial class FileLibC
{
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    public const int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public const int EINTR = 4, EBADF = 9, EISDIR = 21, ESPIPE = 29;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte* path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    public static partial long Seek(int fd, long offset, int whence);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int Truncate(int fd, long length);

    [LibraryImport("libc", EntryPoint = "isatty", SetLastError = true)]
    public static partial int IsATty(int fd);

    public static int Errno => Marshal.GetLastPInvokeError();

    /// strerror(errno), as CPython puts it in OSError.strerror.
    public static string StrError(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    /// open(2) on a NUL-free path (the bytes of the file name); the fd or -errno.
    public static int OpenPath(ReadOnlySpan<byte> path, int flags)
    {
        var z = new byte[path.Length + 1];
        path.CopyTo(z);
        fixed (byte* p = z)
        {
            while (true)
            {
                int fd = Open(p, flags | O_CLOEXEC, 0x1b6 /* 0666 */);
                if (fd >= 0) return fd;
                int e = Errno;
                if (e != EINTR) return -e;
            }
        }
    }

    /// True when fd refers to a directory (CPython's FileIO checks this after open()).
    public static bool IsDirectory(int fd)
    {
        using var h = new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: false);
        try { return (File.GetAttributes(h) & FileAttributes.Directory) != 0; }
        catch (Exception) { return false; }
    }
}

/// A failed system call: the layer above turns it into the guest OSError for `Errno`.
internal sealed class OsCallFailed(int errno) : Exception($"errno {errno}")
{
    public readonly int Errno = errno;
}

/// One open file descriptor with CPython's buffering. Not thread-safe by itself: callers
/// hold `lock (file)` around each operation (FileObjects.Locked).
internal sealed unsafe class OsFile
{
    public const int DefaultBufferSize = 8192;

    public int Fd;
    public readonly bool Readable, Writable, Appending, Created, OwnsFd;
    /// 0: unbuffered (FileIO, open(..., buffering=0)).
    public readonly int BufferSize;
    /// Text files: the decoder and newline state.
    public TextState? Text;

    private byte[] _read = [];
    private int _readPos, _readEnd;
    private byte[] _write = [];
    private int _writeLen;

    public OsFile(int fd, bool readable, bool writable, bool appending, bool created, bool ownsFd, int bufferSize)
    {
        Fd = fd;
        Readable = readable;
        Writable = writable;
        Appending = appending;
        Created = created;
        OwnsFd = ownsFd;
        BufferSize = bufferSize;
    }

    public bool IsOpen => Fd >= 0;
    private int ReadAhead => _readEnd - _readPos;

    // ---- raw system calls (retry on EINTR; errors as OsCallFailed) ----

    private int RawRead(Span<byte> dst)
    {
        fixed (byte* p = dst)
        {
            while (true)
            {
                nint n = FileLibC.Read(Fd, p, dst.Length);
                if (n >= 0) return (int)n;
                int e = FileLibC.Errno;
                if (e != FileLibC.EINTR) throw new OsCallFailed(e);
            }
        }
    }

    /// Writes all of src; 0, or the errno of the failed call.
    private int RawWrite(ReadOnlySpan<byte> src)
    {
        // Descriptors 1 and 2 opened by number share the process's stdout/stderr: keep the order.
        if (Fd is 1 or 2)
        {
            StdStreams.Out.Flush();
            StdStreams.Err.Flush();
        }
        fixed (byte* p = src)
        {
            int done = 0;
            while (done < src.Length)
            {
                nint n = FileLibC.Write(Fd, p + done, src.Length - done);
                if (n >= 0) { done += (int)n; continue; }
                int e = FileLibC.Errno;
                if (e != FileLibC.EINTR) return e;
            }
        }
        return 0;
    }

    public long RawSeek(long offset, int whence)
    {
        long r = FileLibC.Seek(Fd, offset, whence);
        if (r < 0) throw new OsCallFailed(FileLibC.Errno);
        return r;
    }

    public bool Seekable()
    {
        return FileLibC.Seek(Fd, 0, FileLibC.SEEK_CUR) >= 0;
    }

    public bool IsATty() => FileLibC.IsATty(Fd) == 1;

    // ---- buffering ----

    /// Writes the pending bytes.
    public void FlushWrites()
    {
        if (_writeLen == 0) return;
        int n = _writeLen;
        _writeLen = 0;
        int e = RawWrite(_write.AsSpan(0, n));
        if (e != 0) throw new OsCallFailed(e);
    }

    /// FlushWrites for the exit path: never throws; the bytes are dropped on error.
    public void FlushQuietly()
    {
        if (_writeLen == 0 || Fd < 0) return;
        int n = _writeLen;
        _writeLen = 0;
        RawWrite(_write.AsSpan(0, n));
    }

    /// Forgets the read-ahead, moving the descriptor back to the logical position.
    private void DropReadAhead()
    {
        int ahead = ReadAhead;
        _readPos = _readEnd = 0;
        if (ahead > 0) FileLibC.Seek(Fd, -ahead, FileLibC.SEEK_CUR);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        DropReadAhead();
        if (BufferSize == 0 || data.Length >= BufferSize)
        {
            FlushWrites();
            int e = RawWrite(data);
            if (e != 0) throw new OsCallFailed(e);
            return;
        }
        if (_writeLen + data.Length > BufferSize) FlushWrites();
        if (_write.Length < BufferSize) Array.Resize(ref _write, BufferSize);
        data.CopyTo(_write.AsSpan(_writeLen));
        _writeLen += data.Length;
    }

    /// Reads into the empty read-ahead buffer with one system call; the bytes available.
    private int Fill()
    {
        if (ReadAhead > 0) return ReadAhead;
        if (_read.Length < Math.Max(BufferSize, DefaultBufferSize)) _read = new byte[Math.Max(BufferSize, DefaultBufferSize)];
        _readPos = 0;
        _readEnd = RawRead(_read);
        return _readEnd;
    }

    /// Up to n bytes (n < 0: everything up to the end of the file). Buffered files return
    /// fewer than n only at the end of the file; unbuffered ones make one read call.
    public byte[] Read(long n)
    {
        FlushWrites();
        if (n < 0) return ReadAll();
        var result = new MemoryStream();
        while (result.Length < n)
        {
            int take = Math.Min(ReadAhead, (int)Math.Min(n - result.Length, int.MaxValue));
            if (take > 0)
            {
                result.Write(_read, _readPos, take);
                _readPos += take;
                continue;
            }
            if (BufferSize == 0 || n - result.Length >= DefaultBufferSize)
            {
                var chunk = new byte[(int)Math.Min(n - result.Length, 1 << 20)];
                int got = RawRead(chunk);
                if (got == 0) break;
                result.Write(chunk, 0, got);
                if (BufferSize == 0) break;
                continue;
            }
            if (Fill() == 0) break;
        }
        return result.ToArray();
    }

    /// At most n bytes with at most one read call (the text layer's chunks; read1).
    public byte[] Read1(int n)
    {
        FlushWrites();
        if (ReadAhead == 0)
        {
            if (n >= DefaultBufferSize)
            {
                var chunk = new byte[n];
                int got = RawRead(chunk);
                return chunk.AsSpan(0, got).ToArray();
            }
            Fill();
        }
        int take = Math.Min(n, ReadAhead);
        var result = _read.AsSpan(_readPos, take).ToArray();
        _readPos += take;
        return result;
    }

    private byte[] ReadAll()
    {
        var result = new MemoryStream();
        result.Write(_read, _readPos, ReadAhead);
        _readPos = _readEnd = 0;
        var chunk = new byte[64 << 10];
        for (int got; (got = RawRead(chunk)) > 0;) result.Write(chunk, 0, got);
        return result.ToArray();
    }

    /// A line of bytes ending at b"\n" (included), at most `limit` bytes when limit >= 0.
    public byte[] ReadLine(long limit)
    {
        FlushWrites();
        var line = new MemoryStream();
        while (limit < 0 || line.Length < limit)
        {
            if (Fill() == 0) break;
            int avail = ReadAhead;
            if (limit >= 0) avail = (int)Math.Min(avail, limit - line.Length);
            int nl = _read.AsSpan(_readPos, avail).IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : avail;
            line.Write(_read, _readPos, take);
            _readPos += take;
            if (nl >= 0) break;
        }
        return line.ToArray();
    }

    /// The logical position: the descriptor's, minus the read-ahead, plus the pending writes.
    public long Tell() => RawSeek(0, FileLibC.SEEK_CUR) - ReadAhead + _writeLen;

    public long Seek(long offset, int whence)
    {
        FlushWrites();
        if (whence == FileLibC.SEEK_CUR) offset -= ReadAhead;
        _readPos = _readEnd = 0;
        return RawSeek(offset, whence);
    }

    /// Resizes the file to `size` (default: the current position); the position stays.
    public long Truncate(long? size)
    {
        FlushWrites();
        long at = size ?? Tell();
        DropReadAhead();
        if (FileLibC.Truncate(Fd, at) < 0) throw new OsCallFailed(FileLibC.Errno);
        return at;
    }

    /// Flushes, then closes the descriptor (when owned); the flush error, if any, is thrown
    /// after the descriptor is closed.
    public void Close()
    {
        if (Fd < 0) return;
        OsCallFailed? failure = null;
        try { FlushWrites(); }
        catch (OsCallFailed e) { failure = e; }
        if (OwnsFd && FileLibC.Close(Fd) < 0) failure ??= new OsCallFailed(FileLibC.Errno);
        Fd = -1;
        _read = _write = [];
        _readPos = _readEnd = _writeLen = 0;
        if (failure != null) throw failure;
    }
}

/// The open OsFiles by id (ids are never reused, so a closed file object cannot reach
/// another file). Thread-safe.
internal static class FileTable
{
    private static readonly Dictionary<long, OsFile> _files = new();
    private static long _nextId = 1;

    // Every file operation finds its OsFile here: in the STM build, the transaction first
    // becomes inevitable (file I/O cannot be undone or redone).
    public static long Add(OsFile file)
    {
        Scheduler.BeforeIrreversible();
        lock (_files)
        {
            long id = _nextId++;
            _files[id] = file;
            return id;
        }
    }

    public static OsFile? Get(long id)
    {
        Scheduler.BeforeIrreversible();
        lock (_files) return _files.GetValueOrDefault(id);
    }

    public static void Remove(long id)
    {
        Scheduler.BeforeIrreversible();
        lock (_files) _files.Remove(id);
    }

    /// Writes every file's pending bytes (at exit and before a traceback is printed). Errors are ignored.
    public static void FlushAll()
    {
        OsFile[] files;
        lock (_files) files = _files.Values.ToArray();
        foreach (var f in files)
            lock (f)
            {
                try { f.FlushQuietly(); }
                catch (Exception) { }
            }
    }
}
