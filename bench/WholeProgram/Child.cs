// Runs one child process and measures it: wall time, CPU time and peak RSS.
//
// Method: the child is started with posix_spawn (not System.Diagnostics.Process, which reaps
// its children itself and discards their resource usage) and reaped with wait4, whose struct
// rusage carries the kernel's accounting: ru_utime + ru_stime is the CPU time, ru_maxrss the
// peak resident set size. One catch: posix_spawn is a vfork, and the kernel folds the
// spawning process's own peak RSS (this harness: ~40 MB of .NET) into the child's ru_maxrss
// at exec. So ru_maxrss is taken as the child's peak only when it exceeds the harness's own
// peak (then it must be the child's, exactly); otherwise the peak is VmHWM from
// /proc/PID/status, polled every 10 ms while the child runs (VmHWM is itself a high-water
// mark, so polling misses only growth in the child's last 10 ms). Samples say which method
// gave their number. The launcher scripts in bin/ exec the VM in the same process.
// Wall time runs from just before posix_spawn until the child has exited. stdout and stderr go
// to files (no pipe to drain, no reader thread competing with the child). A timeout kills the
// child; polling and killing happen only while the child is known unreaped (waitid with
// WNOWAIT first), so a recycled pid is never touched.
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Stmvm.Bench.WholeProgram;

public sealed record Measurement(double WallSeconds, double CpuSeconds, long PeakRssKb, bool RssExact, int ExitCode,
    bool TimedOut, string Stdout, string Stderr);

public static unsafe partial class Child
{
    private const int P_PID = 1, WEXITED = 4, WNOWAIT = 0x01000000, EINTR = 4, SIGKILL = 9;
    private const int O_RDONLY = 0;
    private static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(10);
    /// Guards the pid of the child being measured: it may be signalled only until it is reaped.
    private static readonly object Gate = new();
    private static int s_running;

    /// Kills the child being measured, if any (the harness is being interrupted).
    public static void KillRunning()
    {
        lock (Gate)
            if (s_running != 0) kill(s_running, SIGKILL);
    }

    public static Measurement Run(string executable, IReadOnlyList<string> args, TimeSpan timeout)
    {
        string outPath = Path.GetTempFileName(), errPath = Path.GetTempFileName();
        try
        {
            using (var outFile = File.OpenHandle(outPath, FileMode.Create, FileAccess.Write))
            using (var errFile = File.OpenHandle(errPath, FileMode.Create, FileAccess.Write))
            {
                var m = Spawn(executable, args, (int)outFile.DangerousGetHandle(), (int)errFile.DangerousGetHandle(), timeout);
                return m with { Stdout = File.ReadAllText(outPath), Stderr = File.ReadAllText(errPath) };
            }
        }
        finally
        {
            File.Delete(outPath);
            File.Delete(errPath);
        }
    }

    private static Measurement Spawn(string executable, IReadOnlyList<string> args, int outFd, int errFd, TimeSpan timeout)
    {
        var argv = new List<string> { executable };
        argv.AddRange(args);
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}").ToList();
        var strings = new List<IntPtr>();
        IntPtr actions = Marshal.AllocHGlobal(512); // posix_spawn_file_actions_t is 80 bytes in glibc
        try
        {
            IntPtr[] argvPtrs = ToCStrings(argv, strings), envPtrs = ToCStrings(env, strings);
            Check(posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
            Check(posix_spawn_file_actions_addopen(actions, 0, "/dev/null", O_RDONLY, 0), "addopen");
            Check(posix_spawn_file_actions_adddup2(actions, outFd, 1), "adddup2");
            Check(posix_spawn_file_actions_adddup2(actions, errFd, 2), "adddup2");
            long start = Stopwatch.GetTimestamp();
            int pid;
            fixed (IntPtr* a = argvPtrs, e = envPtrs)
                lock (Gate)
                {
                    Check(posix_spawn(&pid, executable, actions, IntPtr.Zero, a, e), "posix_spawn " + executable);
                    s_running = pid;
                }
            return Wait(pid, start, timeout);
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            Marshal.FreeHGlobal(actions);
            foreach (var p in strings) Marshal.FreeCoTaskMem(p);
        }
    }

    private static Measurement Wait(int pid, long start, TimeSpan timeout)
    {
        bool exited = false, killed = false;
        long polledHwm = 0;
        string statusPath = $"/proc/{pid}/status";
        // Every 10 ms, while the child is unreaped: record its VmHWM, kill it past the timeout.
        using (new Timer(_ =>
               {
                   lock (Gate)
                   {
                       if (exited) return;
                       polledHwm = Math.Max(polledHwm, ReadHwmKb(statusPath));
                       if (!killed && Stopwatch.GetElapsedTime(start) > timeout)
                       {
                           killed = true;
                           kill(pid, SIGKILL);
                       }
                   }
               }, null, PollPeriod, PollPeriod))
        {
            byte* siginfo = stackalloc byte[128];
            while (waitid(P_PID, pid, siginfo, WEXITED | WNOWAIT) != 0)
                if (Marshal.GetLastPInvokeError() != EINTR) throw new InvalidOperationException($"waitid failed: errno {Marshal.GetLastPInvokeError()}");
            long end = Stopwatch.GetTimestamp();
            lock (Gate)
            {
                exited = true;
                s_running = 0;
            }
            int status;
            long* usage = stackalloc long[18]; // struct rusage: 2 timevals, then ru_maxrss (KiB) and 13 more longs
            while (wait4(pid, &status, 0, usage) != pid)
                if (Marshal.GetLastPInvokeError() != EINTR) throw new InvalidOperationException($"wait4 failed: errno {Marshal.GetLastPInvokeError()}");
            double cpu = usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6;
            int code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
            // ru_maxrss = max(the harness's peak when the child exec'd, the child's peak): it is the
            // child's own exactly when it exceeds everything the harness ever had.
            long maxrss = usage[4];
            bool exact = maxrss > ReadHwmKb("/proc/self/status");
            return new Measurement(Stopwatch.GetElapsedTime(start, end).TotalSeconds, cpu,
                exact ? maxrss : Math.Max(polledHwm, 1), exact, code, killed, "", "");
        }
    }

    /// VmHWM (peak RSS, KiB) from a /proc status file, or 0 once the process is a zombie.
    private static long ReadHwmKb(string path)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
                if (line.StartsWith("VmHWM:")) return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim());
        }
        catch (IOException) { }
        return 0;
    }

    private static IntPtr[] ToCStrings(List<string> items, List<IntPtr> owned)
    {
        var result = new IntPtr[items.Count + 1];
        for (int i = 0; i < items.Count; i++)
        {
            result[i] = Marshal.StringToCoTaskMemUTF8(items[i]);
            owned.Add(result[i]);
        }
        return result;
    }

    private static void Check(int error, string what)
    {
        if (error != 0) throw new InvalidOperationException($"{what} failed: errno {error}");
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawn(int* pid, string path, IntPtr fileActions, IntPtr attr, IntPtr* argv, IntPtr* envp);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_init(IntPtr actions);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_destroy(IntPtr actions);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawn_file_actions_addopen(IntPtr actions, int fd, string path, int flags, int mode);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_adddup2(IntPtr actions, int fd, int newFd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int waitid(int idType, int id, byte* info, int options);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int wait4(int pid, int* status, int options, long* usage);

    [LibraryImport("libc")]
    private static partial int kill(int pid, int signal);
}
