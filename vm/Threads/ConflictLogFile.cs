// The conflict log of `stmvm run --stm-log FILE` (the STM's IConflictLog, stm/ConflictLog.cs):
// one JSON object per line, so that a run killed half-way still leaves every complete line
// readable, and `stmvm stmlog FILE` (ConflictReport.cs) can tell a truncated log from a
// foreign file:
//   {"stmvm-stm-log":1,"program":"prog.py","segments":2}                       first line
//   {"kind":"write-write","thread":"thread 2","other":"thread 3","lost":0.0012,
//    "here":[["prog.py",12,"worker","counter.value += 1"],...],"there":[...]}  one per event
//   {"end":true,"wall":3.21,"transactions":5.87}                                last line
// Locations are guest tracebacks, innermost frame first, at most MaxFrames deep, with the
// source line read when the event is logged. stmvm-nostm runs no transactions: its log has
// the first and last lines only.
using System.Diagnostics;
using System.Text.Json;
using Stmvm.Stm;

namespace Stmvm.Vm;

public sealed class ConflictLogFile : IConflictLog
{
    private const int MaxFrames = 12;

    private readonly FileStream _file;
    private readonly Utf8JsonWriter _json;
    private readonly long _start = Stopwatch.GetTimestamp();

    /// A guest location: (file, line, function) per frame, innermost first.
    private sealed class Location((string File, int Line, string Function)[] frames)
    {
        public readonly (string File, int Line, string Function)[] Frames = frames;
    }

    private ConflictLogFile(FileStream file, string program, int segments)
    {
        _file = file;
        _json = new Utf8JsonWriter(file);
        lock (_file)
        {
            _json.WriteStartObject();
            _json.WriteNumber("stmvm-stm-log", 1);
            _json.WriteString("program", program);
            _json.WriteNumber("segments", segments);
            EndLine();
        }
    }

    /// Opens (truncates) `path`; a clear error message if it cannot.
    public static ConflictLogFile Open(string path, string program, int segments)
    {
        try
        {
            return new ConflictLogFile(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read), program, segments);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the --stm-log file {path}: {e.Message}", e);
        }
    }

    public object? Here()
    {
        ThreadState ts = ThreadState.Current;
        int n = Math.Min(ts.Depth, MaxFrames);
        if (n == 0) return null;
        var frames = new (string, int, string)[n];
        for (int i = 0; i < n; i++)
        {
            Frame f = ts.FrameAt(ts.Depth - 1 - i);
            frames[i] = (f.Code.FileName, f.Code.LineOf(f.LastIp), f.Code.Code.Name);
        }
        return new Location(frames);
    }

    public void Record(in ConflictEvent e)
    {
        lock (_file)
        {
            _json.WriteStartObject();
            _json.WriteString("kind", KindName(e.Kind));
            _json.WriteString("thread", e.Thread);
            if (e.OtherThread != null) _json.WriteString("other", e.OtherThread);
            _json.WriteNumber("lost", e.TicksLost / (double)Stopwatch.Frequency);
            WriteLocation("here", e.Here);
            WriteLocation("there", e.There);
            EndLine();
        }
    }

    /// The last line: the run's wall time and the time its threads spent in transactions.
    public void Close(double transactionSeconds)
    {
        lock (_file)
        {
            _json.WriteStartObject();
            _json.WriteBoolean("end", true);
            _json.WriteNumber("wall", (Stopwatch.GetTimestamp() - _start) / (double)Stopwatch.Frequency);
            _json.WriteNumber("transactions", transactionSeconds);
            EndLine();
            _file.Dispose();
        }
    }

    public static string KindName(ConflictKind k) => k switch
    {
        ConflictKind.WriteWrite => "write-write",
        ConflictKind.WriteRead => "write-read",
        ConflictKind.Inevitable => "inevitable",
        _ => "wait-inevitable",
    };

    private void WriteLocation(string name, object? at)
    {
        if (at is not Location loc) return;
        _json.WriteStartArray(name);
        foreach (var (file, line, function) in loc.Frames)
        {
            _json.WriteStartArray();
            _json.WriteStringValue(file);
            _json.WriteNumberValue(line);
            _json.WriteStringValue(function);
            _json.WriteStringValue(Tracebacks.SourceLine(file, line) ?? "");
            _json.WriteEndArray();
        }
        _json.WriteEndArray();
    }

    private void EndLine()
    {
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _file.WriteByte((byte)'\n');
        _file.Flush();
    }
}
