// str.format and str.format_map: replacement fields {name!conv:spec} with automatic or
// manual numbering, keyword names, attribute (.x) and index ([k]) accessors, nested
// fields inside the spec, {{ and }} escapes, and CPython's error messages.
using System.Text;
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class StrFormat
{
    private sealed class State
    {
        public int AutoIndex;
        public bool UsedAuto, UsedManual;
    }

    /// Formats fmt with positional args and keywords, or with `mapping` (format_map) when not Null.
    public static string Format(string fmt, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, Value mapping)
    {
        using var rs = new RootScope();
        int hMap = rs.Add(mapping);
        var argsCopy = new ArgSource(args, kwValues, kwNames, hMap);
        return Render(fmt, argsCopy, new State(), 2);
    }

    /// The arguments, copied into a root-scope-backed store so guest code may run between reads.
    private readonly struct ArgSource
    {
        private readonly int _first, _count, _kwFirst;
        public readonly string[]? KwNames;
        public readonly int MapHandle;

        public ArgSource(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames, int mapHandle)
        {
            var roots = Mutator.Current.Roots;
            _first = roots.Top;
            foreach (var a in args) roots.Push(a);
            _count = args.Length;
            _kwFirst = roots.Top;
            foreach (var v in kwValues) roots.Push(v);
            KwNames = kwNames;
            MapHandle = mapHandle;
        }

        public int Count => _count;
        public Value Positional(int i) => Mutator.Current.Roots[_first + i];
        public Value Keyword(int i) => Mutator.Current.Roots[_kwFirst + i];
        public Value Mapping => Mutator.Current.Roots[MapHandle];
    }

    private static string Render(string fmt, ArgSource args, State state, int depth)
    {
        if (depth < 0) throw Errors.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(fmt.Length + 16);
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i++; continue; }
                throw Errors.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); continue; }
            if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i++; continue; }
            int end = FieldEnd(fmt, i + 1);
            sb.Append(ReplaceField(fmt[(i + 1)..end], args, state, depth));
            i = end;
        }
        return sb.ToString();
    }

    /// Index of the '}' closing the field that starts at `start`.
    private static int FieldEnd(string fmt, int start)
    {
        int nesting = 1;
        bool inBrackets = false;
        for (int i = start; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '[') inBrackets = true;
            else if (c == ']') inBrackets = false;
            else if (c == '{' && !inBrackets) nesting++;
            else if (c == '}' && !inBrackets && --nesting == 0) return i;
        }
        if (start >= fmt.Length) throw Errors.ValueError("Single '{' encountered in format string");
        throw Errors.ValueError(UnclosedFieldMessage(fmt, start));
    }

    /// CPython's message for a field that never closes depends on how far its parser got:
    /// in the name, just after a '!', or in the conversion/format spec.
    private static string UnclosedFieldMessage(string fmt, int start)
    {
        bool inBrackets = false;
        for (int i = start; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '[') inBrackets = true;
            else if (c == ']') inBrackets = false;
            else if (!inBrackets && c == '!' && i == fmt.Length - 1) return "end of string while looking for conversion specifier";
            else if (!inBrackets && (c == '!' || c == ':')) return "unmatched '{' in format spec";
        }
        return "expected '}' before end of string";
    }

    private static string ReplaceField(string field, ArgSource args, State state, int depth)
    {
        int nameEnd = 0;
        bool inBrackets = false;
        while (nameEnd < field.Length)
        {
            char c = field[nameEnd];
            if (c == '[') inBrackets = true;
            else if (c == ']') inBrackets = false;
            else if (!inBrackets && (c == '!' || c == ':')) break;
            nameEnd++;
        }
        string name = field[..nameEnd];
        char conversion = '\0';
        int rest = nameEnd;
        if (rest < field.Length && field[rest] == '!')
        {
            // "{0!}": CPython reads the '}' as the conversion and then misses the field's end.
            if (rest + 1 >= field.Length) throw Errors.ValueError("unmatched '{' in format spec");
            conversion = field[rest + 1];
            rest += 2;
            if (rest < field.Length && field[rest] != ':') throw Errors.ValueError("expected ':' after conversion specifier");
        }
        string spec = rest < field.Length ? field[(rest + 1)..] : "";
        Value value = Lookup(name, args, state);
        if (spec.Contains('{'))
        {
            using var rs = new RootScope();
            int hv = rs.Add(value);
            spec = Render(spec, args, state, depth - 1);
            value = rs[hv];
        }
        value = conversion switch
        {
            '\0' => value,
            'r' => Ops.Repr(value),
            's' => Ops.Str(value),
            'a' => Strs.New(StrText.AsciiEscape(Ops.ReprOf(value))),
            _ => throw Errors.ValueError($"Unknown conversion specifier {conversion}"),
        };
        return Strs.ToNet(Formatting.Format(value, Strs.New(spec)));
    }

    private static Value Lookup(string name, ArgSource args, State state)
    {
        int i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
        string first = name[..i];
        Value v = First(first, args, state);
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int start = ++i;
                while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
                if (i == start) throw Errors.ValueError("Empty attribute in format string");
                v = Ops.GetAttr(v, name[start..i]);
            }
            else
            {
                int close = name.IndexOf(']', i);
                if (close < 0) throw Errors.ValueError("Missing ']' in format string");
                string key = name[(i + 1)..close];
                if (key.Length == 0) throw Errors.ValueError("Empty attribute in format string");
                v = Ops.GetItem(v, int.TryParse(key, out int k) && key.All(char.IsAsciiDigit) ? Ints.New(k) : Strs.New(key));
                i = close + 1;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    private static Value First(string first, ArgSource args, State state)
    {
        if (first.Length == 0 || first.All(char.IsAsciiDigit))
        {
            int index;
            if (first.Length == 0)
            {
                if (state.UsedManual) throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
                state.UsedAuto = true;
                index = state.AutoIndex++;
            }
            else
            {
                if (state.UsedAuto) throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
                state.UsedManual = true;
                index = int.Parse(first);
            }
            if (!args.Mapping.IsNull) throw Errors.ValueError("Format string contains positional fields");
            if (index >= args.Count) throw Errors.IndexError($"Replacement index {index} out of range for positional args tuple");
            return args.Positional(index);
        }
        if (!args.Mapping.IsNull) return Ops.GetItem(args.Mapping, Strs.New(first));
        if (args.KwNames != null)
            for (int k = 0; k < args.KwNames.Length; k++)
                if (args.KwNames[k] == first) return args.Keyword(k);
        throw Errors.KeyError(Strs.New(first));
    }
}
