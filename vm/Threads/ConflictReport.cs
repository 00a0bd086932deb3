// `stmvm stmlog FILE`: reads a conflict log (ConflictLogFile.cs) and prints where the
// program lost time to conflicts: a summary line (run time, time in transactions, time lost
// and its share), then the conflict sites ordered by time lost, each with its kind, count,
// time and both sides' guest tracebacks. Events are grouped by kind and by the innermost
// frame of each side. An empty file, a file that is not a conflict log, and a log cut short
// (the run was killed) each get a clear message; a cut log is still reported, up to the cut.
using System.Text;
using System.Text.Json;

namespace Stmvm.Vm;

public static class ConflictReport
{
    /// Sites printed in full; the rest are summed up in one line.
    private const int MaxSites = 10;

    private sealed class Site(string kind, JsonElement here, JsonElement there)
    {
        public readonly string Kind = kind;
        public readonly JsonElement Here = here, There = there;
        public int Count;
        public double Lost;
        public readonly SortedSet<string> Threads = new(StringComparer.Ordinal);
        public readonly SortedSet<string> Others = new(StringComparer.Ordinal);
    }

    /// Prints the report of `path`; the exit code (0, or 1 for an unreadable file).
    public static int Print(string path, TextWriter output, TextWriter error)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllText(path, new UTF8Encoding(false)).Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.Write($"stmvm: stmlog: cannot read {path}: {e.Message}\n");
            return 1;
        }
        if (lines.Length == 1 && lines[0].Length == 0)
        {
            error.Write($"stmvm: stmlog: {path} is empty: not a conflict log (`stmvm run --stm-log {path} prog.py` writes one)\n");
            return 1;
        }
        if (Parse(lines[0]) is not { } header || header.ValueKind != JsonValueKind.Object
            || !header.TryGetProperty("stmvm-stm-log", out JsonElement version) || version.ValueKind != JsonValueKind.Number)
        {
            error.Write($"stmvm: stmlog: {path} is not a conflict log (`stmvm run --stm-log {path} prog.py` writes one)\n");
            return 1;
        }
        if (version.GetInt32() != 1)
        {
            error.Write($"stmvm: stmlog: {path} is a conflict log of version {version.GetRawText()}; this stmvm reads version 1\n");
            return 1;
        }

        var sites = new Dictionary<string, Site>();
        JsonElement? end = null;
        int events = 0;
        bool cut = false;
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            if (Parse(lines[i]) is not { ValueKind: JsonValueKind.Object } e)
            {
                cut = true;
                break;
            }
            if (e.TryGetProperty("end", out _))
            {
                end = e;
                continue;
            }
            if (!AddEvent(sites, e))
            {
                cut = true;
                break;
            }
            events++;
        }
        if (end == null) cut = true;
        if (cut)
            error.Write($"stmvm: stmlog: warning: {path} is cut short (the run did not end normally, or the file was truncated): " +
                        $"the report covers the {events} events before the cut\n");
        WriteReport(output, header, end, sites, events);
        return 0;
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool AddEvent(Dictionary<string, Site> sites, JsonElement e)
    {
        if (!e.TryGetProperty("kind", out JsonElement kind) || kind.ValueKind != JsonValueKind.String
            || !e.TryGetProperty("lost", out JsonElement lost) || lost.ValueKind != JsonValueKind.Number)
            return false;
        e.TryGetProperty("here", out JsonElement here);
        e.TryGetProperty("there", out JsonElement there);
        // A wait is grouped by what it waited for (its cause), wherever the waiter was.
        string key = kind.GetString() == "wait-inevitable" ? "wait-inevitable||" + Top(there)
            : kind.GetString() + "|" + Top(here) + "|" + Top(there);
        if (!sites.TryGetValue(key, out Site? site)) sites[key] = site = new Site(kind.GetString()!, here, there);
        site.Count++;
        site.Lost += lost.GetDouble();
        if (e.TryGetProperty("thread", out JsonElement t) && t.ValueKind == JsonValueKind.String) site.Threads.Add(t.GetString()!);
        if (e.TryGetProperty("other", out JsonElement o) && o.ValueKind == JsonValueKind.String) site.Others.Add(o.GetString()!);
        return true;
    }

    /// "file:line" of a location's innermost frame, or "?".
    private static string Top(JsonElement at)
    {
        if (at.ValueKind != JsonValueKind.Array || at.GetArrayLength() == 0) return "?";
        JsonElement f = at[0];
        return f.ValueKind == JsonValueKind.Array && f.GetArrayLength() >= 2 ? $"{f[0]}:{f[1]}" : "?";
    }

    private static void WriteReport(TextWriter w, JsonElement header, JsonElement? end, Dictionary<string, Site> sites, int events)
    {
        double lost = sites.Values.Sum(s => s.Lost);
        string program = header.TryGetProperty("program", out JsonElement p) ? p.ToString() : "?";
        string segments = header.TryGetProperty("segments", out JsonElement g) ? g.ToString() : "?";
        var sb = new StringBuilder($"stm log of {program} ({segments} segments): ");
        if (end is { } e && e.TryGetProperty("wall", out JsonElement wall) && e.TryGetProperty("transactions", out JsonElement tx))
        {
            double inTx = tx.GetDouble();
            sb.Append($"run {wall.GetDouble():F2} s, {inTx:F2} s in transactions, {lost:F3} s lost to conflicts");
            if (inTx > 0) sb.Append($" ({100 * lost / inTx:F1}% of the transaction time)");
        }
        else sb.Append($"run time unknown, {lost:F3} s lost to conflicts");
        sb.Append($"; {events} events at {sites.Count} sites\n");
        w.Write(sb.ToString());

        var ordered = sites.Values.OrderByDescending(s => s.Lost).ThenByDescending(s => s.Count).ToList();
        for (int i = 0; i < Math.Min(MaxSites, ordered.Count); i++) WriteSite(w, i + 1, ordered[i], lost);
        if (ordered.Count > MaxSites)
        {
            var rest = ordered.Skip(MaxSites).ToList();
            w.Write($"\n... {rest.Count} more sites: {rest.Sum(s => s.Count)} events, {rest.Sum(s => s.Lost):F3} s lost\n");
        }
    }

    private static void WriteSite(TextWriter w, int rank, Site s, double totalLost)
    {
        string share = totalLost > 0 ? $" ({100 * s.Lost / totalLost:F0}%)" : "";
        w.Write($"\n{rank}. {s.Kind}: {s.Count} {(s.Count == 1 ? "time" : "times")}, {s.Lost:F3} s lost{share}\n");
        (string here, string there) = s.Kind switch
        {
            "write-write" => ("the aborted transaction wrote the object here", "the transaction that won wrote it here"),
            "write-read" => ("the aborted transaction had read the object, and was here when it aborted", "the transaction that committed wrote it here"),
            "inevitable" => ("the aborted transaction wrote the object here", "an inevitable transaction had read it; it became inevitable here"),
            _ => ("transactions waited to become inevitable, for example here", "for an inevitable transaction that became inevitable here (after its conflicts there, if it had aborted too often)"),
        };
        w.Write($"   {here} ({string.Join(", ", s.Threads)}):\n");
        WriteTraceback(w, s.Here);
        w.Write($"   {there}{(s.Others.Count > 0 ? " (" + string.Join(", ", s.Others) + ")" : "")}:\n");
        WriteTraceback(w, s.There);
    }

    private static void WriteTraceback(TextWriter w, JsonElement at)
    {
        if (at.ValueKind != JsonValueKind.Array || at.GetArrayLength() == 0)
        {
            w.Write("     (no guest location)\n");
            return;
        }
        foreach (JsonElement f in at.EnumerateArray())
        {
            if (f.ValueKind != JsonValueKind.Array || f.GetArrayLength() < 4) continue;
            w.Write($"     File \"{f[0].GetString()}\", line {f[1]}, in {f[2].GetString()}\n");
            string src = f[3].GetString() ?? "";
            if (src.Length > 0) w.Write($"       {src}\n");
        }
    }
}
