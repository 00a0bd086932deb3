// Binding a call's arguments to a guest function's parameters, into the locals of its new
// frame: positional, keyword, defaults, keyword-only defaults, *args, **kwargs,
// positional-only; errors worded exactly as CPython 3.11's.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static class ArgBinding
{
    public static void Bind(Frame f, Value func, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var code = f.Code.Code;
        Value[] s = f.S;
        int lb = f.Base;
        int nargs = code.ArgCount;
        if (args.Length == nargs && kwNames == null && (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0
            && code.KwOnlyArgCount == 0)
        {
            args.CopyTo(s.AsSpan(lb));
            return;
        }
        BindGeneral(f, func, code, args, kwValues, kwNames);
    }

    private static void BindGeneral(Frame f, Value func, CodeObject code, ReadOnlySpan<Value> args,
        ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value[] s = f.S;
        int lb = f.Base;
        int nargs = code.ArgCount, nkwonly = code.KwOnlyArgCount;
        bool varArgs = (code.Flags & CodeFlags.VarArgs) != 0, varKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int n = Math.Min(args.Length, nargs);
        args[..n].CopyTo(s.AsSpan(lb));
        int extraSlot = lb + nargs + nkwonly;
        if (varArgs) s[extraSlot++] = args.Length > nargs ? Tuples.New(args[nargs..]) : Tuples.Empty;
        int kwSlot = extraSlot;
        if (varKw) s[kwSlot] = Dicts.New();
        if (kwNames != null) BindKeywords(f, func, code, kwValues, kwNames, varKw ? kwSlot : -1);
        if (args.Length > nargs && !varArgs) throw TooManyPositional(f, func, code, args.Length);
        if (args.Length < nargs) FillDefaults(f, func, code, args.Length);
        if (nkwonly > 0) FillKwOnly(f, func, code);
    }

    private static void BindKeywords(Frame f, Value func, CodeObject code, ReadOnlySpan<Value> kwValues, string[] kwNames, int kwSlot)
    {
        Value[] s = f.S;
        int lb = f.Base;
        int end = code.ArgCount + code.KwOnlyArgCount;
        List<string>? posOnlyPassed = null;
        for (int k = 0; k < kwNames.Length; k++)
        {
            string name = kwNames[k];
            int i = Array.IndexOf(code.VarNames, name, code.PosOnlyArgCount, end - code.PosOnlyArgCount);
            if (i >= 0)
            {
                if (!s[lb + i].IsNull) throw Errors.TypeError($"{NameOf(func)}() got multiple values for argument '{name}'");
                s[lb + i] = kwValues[k];
                continue;
            }
            if (kwSlot >= 0)
            {
                Dicts.Set(s[kwSlot], Strs.New(name), kwValues[k]);
                continue;
            }
            if (Array.IndexOf(code.VarNames, name, 0, code.PosOnlyArgCount) >= 0) (posOnlyPassed ??= new()).Add(name);
            else throw Errors.TypeError($"{NameOf(func)}() got an unexpected keyword argument '{name}'");
        }
        if (posOnlyPassed != null)
            throw Errors.TypeError($"{NameOf(func)}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyPassed)}'");
    }

    private static PyException TooManyPositional(Frame f, Value func, CodeObject code, int given)
    {
        Value defaults = Functions.Field(func, Off.FuncDefaults);
        int ndef = Ops.Is(defaults, TypeId.Tuple) ? Tuples.Length(defaults) : 0;
        int nargs = code.ArgCount;
        string takes = ndef > 0 ? $"from {nargs - ndef} to {nargs}" : $"{nargs}";
        string plural = ndef == 0 && nargs == 1 ? "" : "s";
        int kwGiven = 0;
        for (int i = nargs; i < nargs + code.KwOnlyArgCount; i++) if (!f.S[f.Base + i].IsNull) kwGiven++;
        string was = given == 1 && kwGiven == 0 ? "was" : "were";
        string givenText = kwGiven == 0 ? $"{given}"
            : $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")})";
        return Errors.TypeError($"{NameOf(func)}() takes {takes} positional argument{plural} but {givenText} {was} given");
    }

    internal static void FillDefaults(Frame f, Value func, CodeObject code, int given)
    {
        Value[] s = f.S;
        int lb = f.Base, nargs = code.ArgCount;
        Value defaults = Functions.Field(func, Off.FuncDefaults);
        int ndef = Ops.Is(defaults, TypeId.Tuple) ? Tuples.Length(defaults) : 0;
        List<string>? missing = null;
        for (int i = given; i < nargs; i++)
        {
            if (!s[lb + i].IsNull) continue;
            int d = i - (nargs - ndef);
            if (d >= 0) s[lb + i] = Tuples.Item(defaults, d);
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing != null) throw Missing(func, missing, "positional");
    }

    private static void FillKwOnly(Frame f, Value func, CodeObject code)
    {
        Value[] s = f.S;
        int lb = f.Base;
        Value kwDefaults = Functions.Field(func, Off.FuncKwDefaults);
        List<string>? missing = null;
        for (int i = code.ArgCount; i < code.ArgCount + code.KwOnlyArgCount; i++)
        {
            if (!s[lb + i].IsNull) continue;
            Value d = Ops.Is(kwDefaults, TypeId.Dict) ? Dicts.GetStr(kwDefaults, code.VarNames[i]) : Value.Null;
            if (!d.IsNull) s[lb + i] = d;
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing != null) throw Missing(func, missing, "keyword-only");
    }

    private static PyException Missing(Value func, List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        string list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
        string plural = names.Count == 1 ? "" : "s";
        return Errors.TypeError($"{NameOf(func)}() missing {names.Count} required {kind} argument{plural}: {list}");
    }

    private static string NameOf(Value func) => Functions.QualNameOf(func);
}
