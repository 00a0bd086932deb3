// Built-in functions about numbers and characters: abs, bin, oct, hex, chr, ord, divmod,
// pow, round. Ints and floats take fast paths; other types go through their dunders.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

internal static class BuiltinsNumbers
{
    public static void Define(Value d)
    {
        BuiltinsModule.Function(d, "abs", Abs);
        BuiltinsModule.Function(d, "bin", (a, _, k) => Prefixed("bin", a, k, 2));
        BuiltinsModule.Function(d, "oct", (a, _, k) => Prefixed("oct", a, k, 8));
        BuiltinsModule.Function(d, "hex", (a, _, k) => Prefixed("hex", a, k, 16));
        BuiltinsModule.Function(d, "chr", Chr);
        BuiltinsModule.Function(d, "ord", Ord);
        BuiltinsModule.Function(d, "divmod", DivMod);
        BuiltinsModule.Function(d, "pow", Pow);
        BuiltinsModule.Function(d, "round", Round);
    }

    private static Value Abs(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("abs", args, kwNames, 1);
        Value x = args[0];
        if (x.IsSmallInt) return x.SmallInt >= 0 ? x : Ints.New(-x.SmallInt);
        if (Floats.IsFloat(x)) return Floats.New(Math.Abs(Floats.Get(x)));
        if (Ints.IsInt(x)) return IntArith.Abs(x);
        Value method = Ops.LookupSpecial(Ops.TypeOf(x), "__abs__");
        if (method.IsNull) throw Errors.TypeError($"bad operand type for abs(): '{Ops.TypeName(x)}'");
        return Ops.Call(method, [x]);
    }

    private static Value Prefixed(string fname, ReadOnlySpan<Value> args, string[]? kwNames, int radix)
    {
        Args.Exactly(fname, args, kwNames, 1);
        return Strs.New(Ints.ToPrefixed(Ops.Index(args[0]), radix));
    }

    private static Value Chr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("chr", args, kwNames, 1);
        Value i = Ops.Index(args[0]);
        if (!Ints.TryGetLong(i, out long cp) || cp < int.MinValue || cp > int.MaxValue)
            throw Errors.OverflowError("Python int too large to convert to C int");
        if (cp < 0 || cp > 0x10ffff) throw Errors.ValueError("chr() arg not in range(0x110000)");
        // Lone surrogates are valid code points in a Python str.
        return Strs.New(cp is >= 0xd800 and <= 0xdfff ? ((char)cp).ToString() : char.ConvertFromUtf32((int)cp));
    }

    private static Value Ord(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("ord", args, kwNames, 1);
        Value c = args[0];
        if (Strs.IsStr(c))
        {
            int n = Strs.Length(c);
            if (n != 1) throw Errors.TypeError($"ord() expected a character, but string of length {n} found");
            string s = Strs.ToNet(c);
            return Ints.New(s.Length == 2 ? char.ConvertToUtf32(s[0], s[1]) : s[0]);
        }
        if (Ops.Is(c, TypeId.Bytes) || Ops.Is(c, TypeId.ByteArray))
        {
            var data = BytesObjects.View(c);
            if (data.Length != 1) throw Errors.TypeError($"ord() expected a character, but string of length {data.Length} found");
            return Ints.New(data[0]);
        }
        throw Errors.TypeError($"ord() expected string of length 1, but {Ops.TypeName(c)} found");
    }

    private static Value DivMod(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("divmod", args, kwNames, 2);
        Value a = args[0], b = args[1];
        if (Ints.IsInt(a) && Ints.IsInt(b))
        {
            var (q, r) = IntArith.DivMod(a, b);
            return Tuples.New([q, r]);
        }
        Value result = BinaryDunder(args, "__divmod__", "__rdivmod__");
        if (result.IsNull) throw Errors.UnsupportedOperands("divmod()", args[0], args[1]);
        return result;
    }

    /// The binary-operator protocol for a builtin without an operator: a.__op__(b), then
    /// b.__rop__(a) (first when b's class is a proper subclass of a's); Null when both
    /// are missing or return NotImplemented. args = [a, b] (or more, passed along).
    private static Value BinaryDunder(ReadOnlySpan<Value> args, string op, string rop)
    {
        PyType ta = Ops.TypeOf(args[0]), tb = Ops.TypeOf(args[1]);
        Value direct = Ops.LookupSpecial(ta, op);
        Value reflected = ta == tb ? Value.Null : Ops.LookupSpecial(tb, rop);
        if (!reflected.IsNull && tb.IsSubtypeOf(ta))
        {
            Value first = TryDunder(reflected, args[1], args[0], args[2..]);
            if (!first.IsNull) return first;
            reflected = Value.Null;
        }
        if (!direct.IsNull)
        {
            Value r = TryDunder(direct, args[0], args[1], args[2..]);
            if (!r.IsNull) return r;
        }
        return reflected.IsNull ? Value.Null : TryDunder(reflected, args[1], args[0], args[2..]);
    }

    /// method(self, other, *rest), or Null for NotImplemented.
    private static Value TryDunder(Value method, Value self, Value other, ReadOnlySpan<Value> rest)
    {
        Value r = rest.Length == 0 ? Ops.Call(method, [self, other]) : Ops.Call(method, [self, other, rest[0]]);
        return r == Py.NotImplemented ? Value.Null : r;
    }

    private static readonly string[] PowParams = ["base", "exp", "mod"];

    private static Value Pow(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> bound = stackalloc Value[3];
        int n = BindPositionalOrKeyword("pow", args, kwValues, kwNames, PowParams, 2, bound);
        Value b = bound[0], e = bound[1], m = bound[2];
        if (n == 2 || Py.IsNone(m)) return Ops.Binary(b, e, BinaryOp.Power);
        if (Ints.IsInt(b) && Ints.IsInt(e) && Ints.IsInt(m)) return IntArith.PowMod(b, e, m);
        if (Floats.IsNumber(b) && Floats.IsNumber(e) && Floats.IsNumber(m))
            throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        Value r = BinaryDunder(bound, "__pow__", "__rpow__");
        if (r.IsNull)
            throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{Ops.TypeName(b)}', '{Ops.TypeName(e)}', '{Ops.TypeName(m)}'");
        return r;
    }

    /// Binds args and keywords to `names` (all positional-or-keyword); returns how many were
    /// given. The `bound` span must not outlive the call (it copies frame values).
    internal static int BindPositionalOrKeyword(string fname, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues,
        string[]? kwNames, string[] names, int required, Span<Value> bound)
    {
        if (args.Length > names.Length)
            throw Errors.TypeError($"{fname}() takes at most {names.Length} arguments ({args.Length} given)");
        args.CopyTo(bound);
        int given = args.Length;
        for (int k = 0; kwNames != null && k < kwNames.Length; k++)
        {
            int i = Array.IndexOf(names, kwNames[k]);
            if (i < 0) throw Errors.TypeError($"{fname}() got an unexpected keyword argument '{kwNames[k]}'");
            if (i < args.Length) throw Errors.TypeError($"argument for {fname}() given by name ('{kwNames[k]}') and position ({i + 1})");
            bound[i] = kwValues[k];
            given = Math.Max(given, i + 1);
        }
        for (int i = 0; i < required; i++)
            if (bound[i].IsNull) throw Errors.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return given;
    }

    private static readonly string[] RoundParams = ["number", "ndigits"];

    private static Value Round(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Span<Value> bound = stackalloc Value[2];
        BindPositionalOrKeyword("round", args, kwValues, kwNames, RoundParams, 1, bound);
        Value x = bound[0];
        bool noDigits = bound[1].IsNull || Py.IsNone(bound[1]);
        if (noDigits && Ints.IsInt(x)) return Ints.IsBool(x) ? Ints.New(Ints.Sign(x)) : x;
        Value method = Ops.LookupSpecial(Ops.TypeOf(x), "__round__");
        if (method.IsNull) throw Errors.TypeError($"type {Ops.TypeName(x)} doesn't define __round__ method");
        return noDigits ? Ops.Call(method, [x]) : Ops.Call(method, [x, bound[1]]);
    }
}
