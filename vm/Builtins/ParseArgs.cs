// Binding of positional and keyword arguments to named parameters for natives, with the
// messages of CPython's PyArg_ParseTupleAndKeywords (used by the constructors of
// itertools and functools classes): "f() takes at most 2 arguments (3 given)",
// "f() missing required argument 'x' (pos 1)", "'y' is an invalid keyword argument for f()".
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ParseArgs
{
    /// Fills `output` (one slot per name, Null when not given) from the arguments;
    /// the first `required` names must be given; names from `maxPositional` on are keyword-only.
    public static void Bind(string fname, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames,
        string[] names, int required, Span<Value> output, int maxPositional = int.MaxValue)
    {
        int nkw = kwNames?.Length ?? 0;
        int total = args.Length + nkw;
        if (total > names.Length)
            throw Errors.TypeError($"{fname}() takes at most {Plural(names.Length, "argument")} ({total} given)");
        if (args.Length > maxPositional)
            throw Errors.TypeError($"{fname}() takes at most {Plural(maxPositional, "positional argument")} ({args.Length} given)");
        for (int i = 0; i < names.Length; i++)
        {
            output[i] = i < args.Length ? args[i] : Args.Keyword(kwValues, kwNames, names[i]);
            if (output[i].IsNull && i < required)
                throw Errors.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        for (int i = 0; i < args.Length && nkw > 0; i++)
            if (Array.IndexOf(kwNames!, names[i]) >= 0)
                throw Errors.TypeError($"argument for {fname}() given by name ('{names[i]}') and position ({i + 1})");
        for (int k = 0; k < nkw; k++)
            if (Array.IndexOf(names, kwNames![k]) < 0)
                throw Errors.TypeError($"'{kwNames[k]}' is an invalid keyword argument for {fname}()");
    }

    private static string Plural(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    /// Only positional arguments, between min and max of them: "f expected 2 arguments, got 1".
    public static void Positional(string fname, ReadOnlySpan<Value> args, string[]? kwNames, int min, int max)
    {
        Args.NoKeywords(fname, kwNames);
        if (args.Length >= min && args.Length <= max) return;
        string bound = min == max ? "" : args.Length < min ? "at least " : "at most ";
        int n = args.Length < min ? min : max;
        throw Errors.TypeError($"{fname} expected {bound}{Plural(n, "argument")}, got {args.Length}");
    }

    /// An index-like argument as a long ("'str' object cannot be interpreted as an integer").
    public static long Index(Value v) => v.IsSmallInt ? v.SmallInt : Ops.IndexAsLong(v);
}
