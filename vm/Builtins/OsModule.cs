// The posix module: the system calls under os (vm/lib/os.py, which adds environ's mapping,
// stat_result, makedirs, getenv and os.path = posixpath, as CPython's os.py does on top of
// posix). Calls go to libc so that errno, and so the OSError subclass and its message
// (`[Errno 2] No such file or directory: 'x'`), are CPython's (FileObjects.OSErrorFor).
// Paths are str (UTF-8), bytes, or objects with __fspath__; a function called with bytes
// gives bytes back where CPython does (listdir).
//
// STM note: like the file layer (OsFiles.cs), these act at once; they should make the
// transaction inevitable when the stm/ layer offers that.
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static unsafe partial class OsLibC
{
    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true)]
    public static partial int MkDir(byte* path, int mode);

    [LibraryImport("libc", EntryPoint = "rmdir", SetLastError = true)]
    public static partial int RmDir(byte* path);

    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    public static partial int Unlink(byte* path);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true)]
    public static partial int Rename(byte* from, byte* to);

    [LibraryImport("libc", EntryPoint = "chdir", SetLastError = true)]
    public static partial int ChDir(byte* path);

    [LibraryImport("libc", EntryPoint = "getcwd", SetLastError = true)]
    public static partial byte* GetCwd(byte* buffer, nint size);

    /// glibc >= 2.33 exports stat itself; `buffer` is a struct stat (x86-64: 144 bytes).
    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true)]
    public static partial int Stat(byte* path, byte* buffer);

    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true)]
    public static partial int LStat(byte* path, byte* buffer);

    [LibraryImport("libc", EntryPoint = "readlink", SetLastError = true)]
    public static partial nint ReadLink(byte* path, byte* buffer, nint size);

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    public static partial nint OpenDir(byte* path);

    [LibraryImport("libc", EntryPoint = "readdir64", SetLastError = true)]
    public static partial byte* ReadDir(nint dir);

    [LibraryImport("libc", EntryPoint = "closedir", SetLastError = true)]
    public static partial int CloseDir(nint dir);

    public const int StatSize = 144;
    // struct stat on x86-64 Linux.
    public const int StDev = 0, StIno = 8, StNlink = 16, StMode = 24, StUid = 28, StGid = 32, StSize = 48,
        StAtime = 72, StMtime = 88, StCtime = 104;
    // struct dirent64: the name after d_ino, d_off, d_reclen, d_type.
    public const int DirentName = 19;
}

internal static unsafe class OsModule
{
    private static Value _dict;

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("posix");
        _dict = Modules.DictOf(module);
        Function("getcwd", GetCwd);
        Function("chdir", (a, kv, kn) => PathCall("chdir", a, kv, kn, &OsLibC.ChDir));
        Function("rmdir", (a, kv, kn) => PathCall("rmdir", a, kv, kn, &OsLibC.RmDir));
        Function("unlink", (a, kv, kn) => PathCall("unlink", a, kv, kn, &OsLibC.Unlink));
        Function("remove", (a, kv, kn) => PathCall("remove", a, kv, kn, &OsLibC.Unlink));
        Function("mkdir", MkDir);
        Function("rename", Rename);
        Function("stat", (a, kv, kn) => Stat("stat", a, kv, kn, &OsLibC.Stat));
        Function("lstat", (a, kv, kn) => Stat("lstat", a, kv, kn, &OsLibC.LStat));
        Function("readlink", ReadLink);
        Function("listdir", ListDir);
        Function("getpid", (a, _, kn) => NoArgs("getpid", a, kn, Ints.New(Environment.ProcessId)));
        Function("cpu_count", (a, _, kn) => NoArgs("cpu_count", a, kn, Ints.New(Environment.ProcessorCount)));
        Function("urandom", URandom);
        Function("strerror", StrError);
        Function("putenv", PutEnv);
        Function("unsetenv", UnsetEnv);
        Dicts.SetStr(_dict, "environ", Environ());
        Modules.RegisterNative("posix", module);
    }

    // The STM build makes the transaction inevitable first: what these do to the file system
    // (or read from it) cannot be undone or redone.
    private static void Function(string name, NativeFn fn) => Natives.DefineFunction(_dict, "posix", name, (a, kv, kn) =>
    {
        Scheduler.BeforeIrreversible();
        return fn(a, kv, kn);
    });

    private static Value NoArgs(string name, ReadOnlySpan<Value> args, string[]? kwNames, Value result)
    {
        Args.NoKeywords("posix." + name, kwNames);
        if (args.Length != 0) throw Errors.TypeError($"posix.{name}() takes no arguments ({args.Length} given)");
        return result;
    }

    /// The one argument of a METH_O function (urandom, strerror).
    private static Value SingleArg(string name, ReadOnlySpan<Value> args, string[]? kwNames)
    {
        Args.NoKeywords("posix." + name, kwNames);
        if (args.Length != 1) throw Errors.TypeError($"posix.{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// The environment at start-up, str to str (os.py wraps it in its mapping).
    private static Value Environ()
    {
        Value dict = Dicts.NewOld();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            Dicts.Set(dict, Strs.NewOld((string)e.Key), Strs.NewOld((string?)e.Value ?? ""));
        return dict;
    }

    // ---- paths ----

    /// The NUL-terminated bytes of a path argument, CPython's TypeError naming `allowed`
    /// otherwise. The result for a PathLike is its __fspath__() (that may run guest code).
    private static byte[] PathBytes(string fname, Value path, string allowed)
    {
        if (!Strs.IsStr(path) && !BytesObjects.IsBytes(path))
        {
            Value fspath = Ops.LookupSpecial(Ops.TypeOf(path), "__fspath__");
            if (fspath.IsNull) throw Errors.TypeError($"{fname}: path should be {allowed}, not {Ops.TypeName(path)}");
            Value p = Ops.Call(fspath, [path]);
            if (!Strs.IsStr(p) && !BytesObjects.IsBytes(p))
                throw Errors.TypeError($"expected {Ops.TypeName(path)}.__fspath__() to return str or bytes, not {Ops.TypeName(p)}");
            path = p;
        }
        ReadOnlySpan<byte> raw = Strs.IsStr(path) ? Encoding.UTF8.GetBytes(Strs.ToNet(path)) : BytesObjects.Data(path);
        if (raw.IndexOf((byte)0) >= 0) throw Errors.ValueError("embedded null byte");
        var z = new byte[raw.Length + 1];
        raw.CopyTo(z);
        return z;
    }

    private const string PathOnly = "string, bytes or os.PathLike", PathOrFd = "string, bytes, os.PathLike or integer";

    private static PyException Failed(Value filename) => FileObjects.OSErrorFor(FileLibC.Errno, filename);

    /// f(path): chdir, rmdir, unlink, remove (path positional or `path=`).
    private static Value PathCall(string name, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames,
        delegate*<byte*, int> call)
    {
        // chdir's other parameters are positional too; the others have keyword-only ones (dir_fd).
        bool chdir = name == "chdir";
        Value path = OneArg(name, "path", args, kwValues, kwNames, exactPositional: !chdir);
        byte[] p = PathBytes(name, path, chdir ? PathOrFd : PathOnly);
        fixed (byte* pp = p)
            if (call(pp) < 0) throw Failed(Argument(args, kwValues, 0));
        return Py.None;
    }

    /// The single argument `param`, positional or by keyword, with CPython's messages (in
    /// its order: too many positionals, then missing, then unknown keywords). exactPositional:
    /// the function has keyword-only parameters, which changes the first message.
    private static Value OneArg(string fname, string param, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues,
        string[]? kwNames, bool exactPositional)
    {
        int given = args.Length + (kwNames?.Length ?? 0);
        if (args.Length > 1 || given > 1)
            throw Errors.TypeError(exactPositional && args.Length > 1
                ? $"{fname}() takes exactly 1 positional argument ({args.Length} given)"
                : $"{fname}() takes at most 1 argument ({given} given)");
        Value v = args.Length == 1 ? args[0] : Args.Keyword(kwValues, kwNames, param);
        if (v.IsNull) throw Errors.TypeError($"{fname}() missing required argument '{param}' (pos 1)");
        Args.OnlyKeywords(fname, kwNames, param);
        return v;
    }

    /// The i-th argument, positional or the keyword in position i (re-read after guest code).
    private static Value Argument(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, int i)
        => i < args.Length ? args[i] : kwValues[i - args.Length];

    // ---- functions ----

    private static Value GetCwd(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        NoArgs("getcwd", args, kwNames, Py.None);
        var buffer = new byte[4096];
        fixed (byte* b = buffer)
        {
            if (OsLibC.GetCwd(b, buffer.Length) == null) throw Failed(Value.Null);
            return Strs.New(Encoding.UTF8.GetString(buffer, 0, buffer.AsSpan().IndexOf((byte)0)));
        }
    }

    /// mkdir(path, mode=0o777)
    private static Value MkDir(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("mkdir", kwNames, "path", "mode", "dir_fd");
        if (args.Length > 2) throw Errors.TypeError($"mkdir() takes at most 3 arguments ({args.Length + (kwNames?.Length ?? 0)} given)");
        Value path = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "path");
        if (path.IsNull) throw Errors.TypeError("mkdir() missing required argument 'path' (pos 1)");
        Value modeArg = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "mode");
        long mode = modeArg.IsNull ? 0x1ff : Ops.IndexAsLong(modeArg);
        byte[] p = PathBytes("mkdir", args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "path"), PathOnly);
        fixed (byte* pp = p)
            if (OsLibC.MkDir(pp, (int)mode) < 0)
                throw Failed(args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "path"));
        return Py.None;
    }

    /// rename(src, dst): errors name both files.
    private static Value Rename(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("rename", kwNames, "src", "dst");
        Value src = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "src");
        Value dst = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "dst");
        if (args.Length > 2) throw Errors.TypeError($"rename() takes exactly 2 positional arguments ({args.Length} given)");
        if (src.IsNull) throw Errors.TypeError("rename() missing required argument 'src' (pos 1)");
        if (dst.IsNull) throw Errors.TypeError("rename() missing required argument 'dst' (pos 2)");
        byte[] from = PathBytes("rename", src, PathOnly);
        byte[] to = PathBytes("rename", args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "dst"), PathOnly);
        fixed (byte* f = from)
        fixed (byte* t = to)
        {
            if (OsLibC.Rename(f, t) >= 0) return Py.None;
        }
        int errno = FileLibC.Errno;
        src = args.Length > 0 ? args[0] : Args.Keyword(kwValues, kwNames, "src");
        dst = args.Length > 1 ? args[1] : Args.Keyword(kwValues, kwNames, "dst");
        throw FileObjects.OSErrorFor(errno, src, dst);
    }

    /// stat(path) and lstat(path): the raw tuple os.stat_result is built from: mode, ino,
    /// dev, nlink, uid, gid, size, the three times as ints, as floats, and as nanoseconds.
    private static Value Stat(string name, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames,
        delegate*<byte*, byte*, int> call)
    {
        Value path = OneArg(name, "path", args, kwValues, kwNames, exactPositional: true);
        byte[] p = PathBytes(name, path, name == "stat" ? PathOrFd : PathOnly);
        byte* st = stackalloc byte[OsLibC.StatSize];
        fixed (byte* pp = p)
            if (call(pp, st) < 0) throw Failed(Argument(args, kwValues, 0));
        Value result = Tuples.Uninitialized(16);
        var items = Tuples.Items(result);
        items[0] = Ints.New(*(uint*)(st + OsLibC.StMode));
        items[1] = Ints.New(new System.Numerics.BigInteger(*(ulong*)(st + OsLibC.StIno)));
        items[2] = Ints.New(new System.Numerics.BigInteger(*(ulong*)(st + OsLibC.StDev)));
        items[3] = Ints.New((long)*(ulong*)(st + OsLibC.StNlink));
        items[4] = Ints.New(*(uint*)(st + OsLibC.StUid));
        items[5] = Ints.New(*(uint*)(st + OsLibC.StGid));
        items[6] = Ints.New(*(long*)(st + OsLibC.StSize));
        int i = 7;
        foreach (int at in new[] { OsLibC.StAtime, OsLibC.StMtime, OsLibC.StCtime })
        {
            long sec = *(long*)(st + at), nsec = *(long*)(st + at + 8);
            items[i] = Ints.New(sec);
            items[i + 3] = Floats.New(sec + nsec * 1e-9);
            items[i + 6] = Ints.New(new System.Numerics.BigInteger(sec) * 1_000_000_000 + nsec);
            i++;
        }
        return result;
    }

    /// readlink(path): the link's target, str or bytes as the path.
    private static Value ReadLink(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value path = OneArg("readlink", "path", args, kwValues, kwNames, exactPositional: true);
        bool asBytes = BytesObjects.IsBytes(path);
        byte[] p = PathBytes("readlink", path, PathOnly);
        var buffer = new byte[4096];
        nint n;
        fixed (byte* pp = p)
        fixed (byte* b = buffer)
            n = OsLibC.ReadLink(pp, b, buffer.Length);
        if (n < 0) throw Failed(Argument(args, kwValues, 0));
        return asBytes ? BytesObjects.New(buffer.AsSpan(0, (int)n)) : Strs.New(Encoding.UTF8.GetString(buffer, 0, (int)n));
    }

    /// listdir(path=None): the names in readdir's order, without '.' and '..'; bytes for a bytes path.
    private static Value ListDir(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.OnlyKeywords("listdir", kwNames, "path");
        int given = args.Length + (kwNames?.Length ?? 0);
        if (given > 1) throw Errors.TypeError($"listdir() takes at most 1 argument ({given} given)");
        Value path = given == 0 ? Py.None : args.Length == 1 ? args[0] : kwValues[0];
        bool asBytes = BytesObjects.IsBytes(path);
        byte[] p = Py.IsNone(path) ? [(byte)'.', 0]
            : PathBytes("listdir", path, "string, bytes, os.PathLike, integer or None");
        var names = new List<byte[]>();
        fixed (byte* pp = p)
        {
            nint dir = OsLibC.OpenDir(pp);
            if (dir == 0) throw Failed(given == 0 ? Strs.New(".") : Argument(args, kwValues, 0));
            try
            {
                for (byte* e; (e = OsLibC.ReadDir(dir)) != null;)
                {
                    var name = new ReadOnlySpan<byte>(e + OsLibC.DirentName, int.MaxValue);
                    name = name[..name.IndexOf((byte)0)];
                    if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8)) continue;
                    names.Add(name.ToArray());
                }
            }
            finally
            {
                OsLibC.CloseDir(dir);
            }
        }
        Value list = Lists.New();
        foreach (var n in names) Lists.Append(list, asBytes ? BytesObjects.New(n) : Strs.New(Encoding.UTF8.GetString(n)));
        return list;
    }

    private static Value URandom(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        long n = Ops.IndexAsLong(SingleArg("urandom", args, kwNames));
        if (n < 0) throw Errors.ValueError("negative argument not allowed");
        var data = new byte[n];
        RandomNumberGenerator.Fill(data);
        return BytesObjects.New(data);
    }

    private static Value StrError(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        long code = Ops.IndexAsLong(SingleArg("strerror", args, kwNames));
        return Strs.New(code is >= int.MinValue and <= int.MaxValue ? FileLibC.StrError((int)code) : $"Unknown error {code}");
    }

    /// A name or value of putenv/unsetenv (CPython converts them as paths; only str here).
    private static string EnvName(Value v)
    {
        if (!Strs.IsStr(v)) throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(v)}");
        string s = Strs.ToNet(v);
        if (s.Contains('\0')) throw Errors.ValueError("embedded null character");
        return s;
    }

    private static Value PutEnv(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.NoKeywords("posix.putenv", kwNames);
        if (args.Length != 2) throw Errors.TypeError($"putenv expected 2 arguments, got {args.Length}");
        string name = EnvName(args[0]), value = EnvName(args[1]);
        // CPython looks for '=' after the first character itself; setenv(3) refuses the rest.
        if (name.IndexOf('=', Math.Min(1, name.Length)) >= 0) throw Errors.ValueError("illegal environment variable name");
        if (name.Length == 0 || name.Contains('=')) throw FileObjects.OSErrorFor(22, Value.Null);
        Environment.SetEnvironmentVariable(name, value);
        return Py.None;
    }

    private static Value UnsetEnv(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        string name = EnvName(SingleArg("unsetenv", args, kwNames));
        if (name.Length == 0 || name.Contains('=')) throw FileObjects.OSErrorFor(22, Value.Null);
        Environment.SetEnvironmentVariable(name, null);
        return Py.None;
    }
}
