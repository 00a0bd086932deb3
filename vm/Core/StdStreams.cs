// The process's standard streams as the guest sees them: stdout and stderr buffered as
// UTF-8 (stdout flushed when its buffer is full, at each newline when it is a terminal,
// before stdin is read, on flush() and by FlushAll at exit; stderr at every write), and
// stdin decoded from UTF-8 (without newline translation, as CPython's on POSIX). The guest objects sys.stdout,
// sys.stderr and sys.stdin (Builtins/TextIOClass.cs) are recorded here so that print()
// can write to them without a method call.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class StdStreams
{
    /// PYTHONUNBUFFERED: CPython then writes stdout at once, so stdout and stderr interleave
    /// in program order; flushing stdout before each stderr write gives the same combined output.
    private static readonly bool Unbuffered = Environment.GetEnvironmentVariable("PYTHONUNBUFFERED") is { Length: > 0 };

    public static readonly BufferedOutput Out = new(Console.OpenStandardOutput(), flushAtNewline: !Console.IsOutputRedirected);
    public static readonly BufferedOutput Err = new(Console.OpenStandardError(), flushAtNewline: false, flushEveryWrite: true,
        flushBefore: Unbuffered ? Out : null);
    public static readonly StdInput In = new(Console.OpenStandardInput());

    /// The guest stream objects (old space, global roots): sys.__stdout__, __stderr__, __stdin__.
    public static Value StdoutObject, StderrObject, StdinObject;

    static StdStreams()
    {
        // Nothing the guest wrote may be lost, however the process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushAll();
    }

    /// Writes every pending byte, the open files' too (the interpreter calls it at exit and
    /// before printing a traceback; ProcessExit calls it however the process ends).
    public static void FlushAll()
    {
        Out.Flush();
        Err.Flush();
        FileTable.FlushAll();
    }

    /// The buffer behind one of the standard output objects, or null for any other object.
    public static BufferedOutput? OutputFor(Value obj)
    {
        if (obj == StdoutObject) return Out;
        if (obj == StderrObject) return Err;
        return null;
    }
}

/// UTF-8 output through a byte buffer; thread-safe. `flushBefore` is flushed before each write.
public sealed class BufferedOutput(Stream stream, bool flushAtNewline, bool flushEveryWrite = false, BufferedOutput? flushBefore = null)
{
    private const int Capacity = 1 << 15;
    private readonly byte[] _buffer = new byte[Capacity];
    private int _used;
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public void Write(string s)
    {
#if !NOSTM
        // Inside a transaction the text waits for its commit (Threads/Transactions.cs).
        if (Transactions.Defer(this, s)) return;
#endif
        WriteNow(s);
    }

    /// Writes at once (the STM build: output of a committed or inevitable transaction).
    public void WriteNow(string s)
    {
        flushBefore?.Flush();
        lock (_buffer)
        {
            int max = Utf8.GetMaxByteCount(s.Length);
            if (_used + max > Capacity) FlushLocked();
            if (max > Capacity) stream.Write(Utf8.GetBytes(s));
            else _used += Utf8.GetBytes(s, _buffer.AsSpan(_used));
            if (flushEveryWrite || (flushAtNewline && s.Contains('\n'))) FlushLocked();
        }
    }

    public void Flush()
    {
        Scheduler.BeforeIrreversible();
        lock (_buffer) FlushLocked();
    }

    private void FlushLocked()
    {
        try
        {
            if (_used > 0) stream.Write(_buffer, 0, _used);
            stream.Flush();
        }
        catch (IOException)
        {
            // A closed pipe (e.g. `| head`): the output has nowhere to go.
        }
        _used = 0;
    }
}

/// UTF-8 input, lines ending at "\n"; thread-safe.
public sealed class StdInput(Stream stream)
{
    private readonly StreamReader _reader = new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

    /// The next line with its "\n" (at most `limit` characters when limit >= 0); "" at end of input.
    public string ReadLine(long limit = -1)
    {
        StdStreams.Out.Flush();
        // Reading may block: other guest threads run meanwhile (callers hold no raw references).
        Mutator? held = Scheduler.BeginBlocking();
        try
        {
            lock (_reader)
            {
                var sb = new StringBuilder();
                while (limit < 0 || sb.Length < limit)
                {
                    int c = _reader.Read();
                    if (c < 0) break;
                    sb.Append((char)c);
                    if (c == '\n') break;
                }
                return sb.ToString();
            }
        }
        finally
        {
            Scheduler.EndBlocking(held);
        }
    }

    /// Everything up to the end of input (at most `limit` characters when limit >= 0).
    public string Read(long limit = -1)
    {
        StdStreams.Out.Flush();
        Mutator? held = Scheduler.BeginBlocking();
        try
        {
            lock (_reader)
            {
                var sb = new StringBuilder();
                for (int c; (limit < 0 || sb.Length < limit) && (c = _reader.Read()) >= 0;) sb.Append((char)c);
                return sb.ToString();
            }
        }
        finally
        {
            Scheduler.EndBlocking(held);
        }
    }
}
