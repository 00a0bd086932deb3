// printf-style formatting: str % args and bytes % args, with CPython's conversions
// (d i u o x X e E f F g G c r s a %), flags (- + space # 0), '*' widths and precisions,
// %(key)s mapping keys, and its error messages.
using System.Numerics;
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class PercentFormat
{
    public static Value FormatStr(Value format, Value args) => Strs.New(Run(Strs.ToNet(format), args, bytes: false));

    public static Value FormatBytes(Value format, Value args)
    {
        string text = Encoding.Latin1.GetString(BytesObjects.View(format));
        byte[] result = Encoding.Latin1.GetBytes(Run(text, args, bytes: true));
        return BytesObjects.IsBytes(format) ? BytesObjects.New(result) : ByteArrays.New(result);
    }

    /// The formatting loop; args stays reachable through the caller (a frame value).
    private static string Run(string fmt, Value args, bool bytes)
    {
        using var rs = new RootScope();
        int hArgs = rs.Add(args);
        bool isTuple = Tuples.IsTuple(args);
        bool isMapping = !isTuple && !Strs.IsStr(args) && !BytesObjects.IsBytesLike(args)
            && !Ops.LookupSpecial(Ops.TypeOf(args), "__getitem__").IsNull;
        var cursor = new ArgCursor(Mutator.Current.Roots, hArgs, isTuple ? Tuples.Length(args) : 1, isTuple);
        Func<Value> NextArg = cursor.Next;
        bool usedMapping = false;
        var sb = new StringBuilder(fmt.Length + 16);
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            int start = i;
            if (++i >= fmt.Length) throw Errors.ValueError("incomplete format");
            Value mapped = Value.Null;
            if (fmt[i] == '(')
            {
                if (!isMapping) throw Errors.TypeError("format requires a mapping");
                int depth = 1, keyStart = ++i;
                while (i < fmt.Length && depth > 0) { if (fmt[i] == '(') depth++; else if (fmt[i] == ')') depth--; i++; }
                if (depth > 0) throw Errors.ValueError("incomplete format key");
                string key = fmt[keyStart..(i - 1)];
                mapped = Ops.GetItem(rs[hArgs], bytes ? BytesObjects.New(Encoding.Latin1.GetBytes(key)) : Strs.New(key));
                usedMapping = true;
                cursor.Used = cursor.Count; // CPython: after a %(key), positional arguments are gone

            }
            var f = FormatSpec.Default;
            for (; i < fmt.Length; i++)
            {
                switch (fmt[i])
                {
                    case '-': f.Align = '<'; continue;
                    case '+': f.Sign = '+'; continue;
                    case ' ': if (f.Sign != '+') f.Sign = ' '; continue;
                    case '#': f.Alt = true; continue;
                    case '0': f.ZeroPad = true; continue;
                }
                break;
            }
            f.Width = ReadCount(fmt, ref i, NextArg, ref f.Align, precision: false);
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                char ignore = '\0';
                f.Precision = Math.Max(ReadCount(fmt, ref i, NextArg, ref ignore, precision: true), 0);
            }
            while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= fmt.Length) throw Errors.ValueError("incomplete format");
            char type = fmt[i];
            if (type == '%') { sb.Append('%'); continue; }
            if (f.ZeroPad && f.Align != '<') { f.Fill = '0'; f.Align = '='; }
            Value arg = mapped.IsNull ? NextArg() : mapped;
            sb.Append(Convert(arg, type, f, bytes, i));
        }
        if (cursor.Used < cursor.Count && !usedMapping && !(isMapping && !isTuple))
            throw Errors.TypeError(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        return sb.ToString();
    }

    /// The positional arguments, read through a root slot (guest code may run between reads).
    private sealed class ArgCursor(RootStack stack, int handle, int count, bool isTuple)
    {
        public readonly int Count = count;
        public int Used;

        public Value Next()
        {
            if (Used >= Count) throw Errors.TypeError("not enough arguments for format string");
            Value a = stack[handle];
            if (!isTuple) { Used++; return a; }
            return Tuples.Item(a, Used++);
        }
    }

    /// A width or precision: digits, or '*' taking the next argument (CPython reads a '*'
    /// width as a Py_ssize_t, a precision as a C int); -1 when absent. What no string can be
    /// padded to is a MemoryError (a precision is clamped: it only truncates or is refused
    /// by the conversion).
    private static int ReadCount(string fmt, ref int i, Func<Value> nextArg, ref char align, bool precision)
    {
        long n;
        if (i < fmt.Length && fmt[i] == '*')
        {
            i++;
            Value w = nextArg();
            if (!Ints.IsInt(w)) throw Errors.TypeError("* wants int");
            n = precision ? Sizes.AsCInt(w) : Sizes.AsSsize(w);
            if (n < 0) { align = '<'; n = -n; }
        }
        else
        {
            int start = i;
            while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
            if (i == start) return -1;
            if (!long.TryParse(fmt.AsSpan(start, i - start), out n) || (precision && n > int.MaxValue))
                throw Errors.ValueError(precision ? "precision too big" : "width too big");
        }
        return precision ? (int)Math.Min(n, int.MaxValue) : Sizes.Length(n);
    }

    private static string Convert(Value arg, char type, FormatSpec f, bool bytes, int index)
    {
        switch (type)
        {
            case 's' or 'r' or 'a':
                string s = type == 'r' || type == 'a' ? Ops.ReprOf(arg) : bytes ? BytesText(arg) : Ops.StrOf(arg);
                if (type == 'a') s = StrText.AsciiEscape(s);
                if (f.Precision >= 0 && f.Precision < s.Length) s = s[..f.Precision];
                return Formatting.Pad(s, "", f with { Fill = ' ', Align = f.Align == '<' ? '<' : '>' }, '>');
            case 'd' or 'i' or 'u':
                return Formatting.FormatIntBody(IntegerArg(arg, type, real: true), f with { Type = 'd', Precision = -1 });
            case 'o' or 'x' or 'X':
                return Formatting.FormatIntBody(IntegerArg(arg, type, real: false), f with { Type = type, Precision = -1 });
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                return Formatting.ApplyFloat(RealArg(arg), f with { Type = type, Precision = f.Precision < 0 ? 6 : f.Precision });
            case 'c':
                return Formatting.Pad(CharArg(arg, bytes), "", f with { Fill = ' ', Align = f.Align == '<' ? '<' : '>' }, '>');
        }
        throw Errors.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {index}");
    }

    private static string BytesText(Value arg)
    {
        if (BytesObjects.IsBytesLike(arg)) return Encoding.Latin1.GetString(BytesObjects.View(arg));
        throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Ops.TypeName(arg)}'");
    }

    private static BigInteger IntegerArg(Value arg, char type, bool real)
    {
        if (Ints.IsInt(arg)) return Ints.ToBig(arg);
        if (real && Floats.IsFloat(arg))
        {
            double d = Floats.Get(arg);
            if (double.IsNaN(d)) throw Errors.ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert float infinity to integer");
            return new BigInteger(Math.Truncate(d));
        }
        if (!Ops.LookupSpecial(Ops.TypeOf(arg), "__index__").IsNull) return Ints.ToBig(Ops.Index(arg));
        if (real && !Ops.LookupSpecial(Ops.TypeOf(arg), "__int__").IsNull)
            return Ints.ToBig(Ops.Call(Ops.LookupSpecial(Ops.TypeOf(arg), "__int__"), [arg]));
        throw Errors.TypeError(real
            ? $"%{type} format: a real number is required, not {Ops.TypeName(arg)}"
            : $"%{type} format: an integer is required, not {Ops.TypeName(arg)}");
    }

    private static double RealArg(Value arg)
    {
        if (Floats.IsNumber(arg)) return Floats.ToDouble(arg);
        Value f = Ops.LookupSpecial(Ops.TypeOf(arg), "__float__");
        if (f.IsNull) throw Errors.TypeError($"must be real number, not {Ops.TypeName(arg)}");
        return Floats.ToDouble(Ops.Call(f, [arg]));
    }

    private static string CharArg(Value arg, bool bytes)
    {
        if (Strs.IsStr(arg) && !bytes)
        {
            if (Strs.Length(arg) != 1) throw Errors.TypeError("%c requires int or char");
            return Strs.ToNet(arg);
        }
        if (bytes && BytesObjects.IsBytesLike(arg) && BytesObjects.View(arg).Length == 1) return ((char)BytesObjects.View(arg)[0]).ToString();
        if (!Ints.IsInt(arg) && Ops.LookupSpecial(Ops.TypeOf(arg), "__index__").IsNull)
            throw Errors.TypeError(bytes ? "%c requires an integer in range(256) or a single byte" : "%c requires int or char");
        var b = Ints.ToBig(Ints.IsInt(arg) ? arg : Ops.Index(arg));
        if (bytes && (b < 0 || b > 255)) throw Errors.OverflowError("%c arg not in range(256)");
        if (b < 0 || b > 0x10ffff) throw Errors.OverflowError("%c arg not in range(0x110000)");
        return char.ConvertFromUtf32((int)b);
    }
}
