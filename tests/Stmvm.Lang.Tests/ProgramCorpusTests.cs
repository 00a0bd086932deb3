// Compiles every guest program of tests/programs: those CPython accepts must compile here
// (and satisfy the bytecode invariants); those CPython rejects must raise SyntaxErrorException
// with the same message and line.
using System.Diagnostics;
using Stmvm.Lang;

namespace Stmvm.Lang.Tests;

public class ProgramCorpusTests
{
    private static string? FindRepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null)
        {
            if (Directory.Exists(Path.Combine(dir, "tests", "programs")) && Directory.Exists(Path.Combine(dir, "lang")))
                return dir;
            dir = Path.GetDirectoryName(dir);
        }
        return null;
    }

    public static IEnumerable<object[]> Programs()
    {
        var root = FindRepoRoot();
        if (root == null) yield break;
        foreach (var f in Directory.GetFiles(Path.Combine(root, "tests", "programs"), "*.py", SearchOption.AllDirectories).Order())
            yield return new object[] { Path.GetRelativePath(root, f) };
    }

    private static Dictionary<string, string>? _python;

    /// One python3 run: "OK" or "msg|line" for every program.
    private static Dictionary<string, string>? PythonVerdicts(string root)
    {
        if (_python != null) return _python;
        try
        {
            var psi = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            p.StandardInput.Write("""
                import sys, glob, os
                root = sys.argv[1] if len(sys.argv) > 1 else '.'
                for f in sorted(glob.glob(os.path.join(ROOT, 'tests/programs/**/*.py'), recursive=True)):
                    try:
                        compile(open(f, 'rb').read(), f, 'exec')
                        print(os.path.relpath(f, ROOT) + '\tOK')
                    except SyntaxError as e:
                        print(os.path.relpath(f, ROOT) + '\t' + str(e.msg) + '|' + str(e.lineno))
                """.Replace("ROOT", "'" + root + "'"));
            p.StandardInput.Close();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            _python = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t')).Where(a => a.Length == 2).ToDictionary(a => a[0], a => a[1]);
        }
        catch (Exception)
        {
            _python = null;
        }
        return _python;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void CompilesLikeCPython(string relPath)
    {
        var root = FindRepoRoot()!;
        var src = File.ReadAllBytes(Path.Combine(root, relPath));
        var verdicts = PythonVerdicts(root);
        string? verdict = verdicts != null && verdicts.TryGetValue(relPath, out var v) ? v : null;
        if (verdict == null || verdict == "OK")
        {
            var code = Compiler.CompileModule(src, relPath);
            TestUtil.CheckInvariants(code);
            Assert.False(string.IsNullOrEmpty(Disassembler.Format(code)));
        }
        else
        {
            var e = Assert.Throws<SyntaxErrorException>(() => Compiler.CompileModule(src, relPath));
            Assert.Equal(verdict, e.Msg + "|" + e.Line);
        }
    }
}
