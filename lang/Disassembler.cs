// Human-readable bytecode listing in the style of CPython's dis module: line numbers,
// jump-target markers, offsets, opcode names, arguments resolved to names, constants and
// targets, the exception table; nested code objects are listed after their parent.
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Stmvm.Lang;

public static class Disassembler
{
    public static string Format(CodeObject code)
    {
        var sb = new StringBuilder();
        FormatOne(code, sb);
        foreach (var c in code.Consts)
            if (c is CodeObject inner)
            {
                sb.AppendLine();
                sb.Append("Disassembly of ").Append(Repr(inner)).AppendLine(":");
                sb.Append(Format(inner));
            }
        return sb.ToString();
    }

    private static void FormatOne(CodeObject code, StringBuilder sb)
    {
        var targets = new HashSet<int>();
        foreach (var ins in code.Code)
            if (CodeBuilder.IsJump(Instr.Op(ins))) targets.Add(Instr.Arg(ins));
        foreach (var e in code.ExceptionTable) targets.Add(e.Handler);
        int lastLine = -1;
        int width = Math.Max(2, (code.Code.Length - 1).ToString(CultureInfo.InvariantCulture).Length);
        for (int i = 0; i < code.Code.Length; i++)
        {
            int ins = code.Code[i];
            var op = Instr.Op(ins);
            int arg = Instr.Arg(ins);
            int line = i < code.Positions.Length ? code.Positions[i].Line : -1;
            if (line != lastLine && i > 0) sb.AppendLine();
            string lineCol = line != lastLine ? line.ToString(CultureInfo.InvariantCulture) : "";
            lastLine = line;
            sb.Append(lineCol.PadLeft(4)).Append("    ");
            sb.Append(targets.Contains(i) ? ">> " : "   ");
            sb.Append(i.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(' ');
            string name = op.ToString();
            if (!HasArg(op)) { sb.AppendLine(name); continue; }
            sb.Append(name.PadRight(22)).Append(arg.ToString(CultureInfo.InvariantCulture).PadLeft(4));
            string? detail = Detail(code, op, arg);
            if (detail != null) sb.Append(" (").Append(detail).Append(')');
            sb.AppendLine();
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.AppendLine("ExceptionTable:");
            foreach (var e in code.ExceptionTable)
                sb.Append("  ").Append(e.Start).Append(" to ").Append(e.End - 1).Append(" -> ").Append(e.Handler)
                    .Append(" [").Append(e.Depth).AppendLine("]");
        }
    }

    private static bool HasArg(Opcode op) => op switch
    {
        Opcode.NOP or Opcode.SETUP_ANNOTATIONS or Opcode.POP_TOP or Opcode.UNARY_POSITIVE or Opcode.UNARY_NEGATIVE or Opcode.UNARY_NOT
            or Opcode.UNARY_INVERT or Opcode.BINARY_SUBSCR or Opcode.STORE_SUBSCR or Opcode.DELETE_SUBSCR
            or Opcode.LIST_TO_TUPLE or Opcode.GET_ITER or Opcode.RETURN_VALUE or Opcode.LOAD_BUILD_CLASS
            or Opcode.YIELD_VALUE or Opcode.GET_YIELD_FROM_ITER or Opcode.YIELD_FROM or Opcode.PUSH_EXC_INFO
            or Opcode.POP_EXCEPT or Opcode.CHECK_EXC_MATCH or Opcode.RERAISE or Opcode.LOAD_ASSERTION_ERROR
            or Opcode.BEFORE_WITH or Opcode.WITH_EXCEPT_START or Opcode.IMPORT_STAR or Opcode.PRINT_EXPR => false,
        _ => true,
    };

    private static string? Detail(CodeObject code, Opcode op, int arg)
    {
        switch (op)
        {
            case Opcode.LOAD_CONST:
                return arg < code.Consts.Length ? Repr(code.Consts[arg]) : "?";
            case Opcode.LOAD_FAST: case Opcode.STORE_FAST: case Opcode.DELETE_FAST:
                return arg < code.VarNames.Length ? code.VarNames[arg] : "?";
            case Opcode.LOAD_DEREF: case Opcode.STORE_DEREF: case Opcode.DELETE_DEREF: case Opcode.LOAD_CLOSURE:
            case Opcode.LOAD_CLASSDEREF:
                return arg < code.CellVars.Length ? code.CellVars[arg]
                    : arg - code.CellVars.Length < code.FreeVars.Length ? code.FreeVars[arg - code.CellVars.Length] : "?";
            case Opcode.LOAD_GLOBAL: case Opcode.STORE_GLOBAL: case Opcode.DELETE_GLOBAL: case Opcode.LOAD_NAME:
            case Opcode.STORE_NAME: case Opcode.DELETE_NAME: case Opcode.LOAD_ATTR: case Opcode.STORE_ATTR:
            case Opcode.DELETE_ATTR: case Opcode.LOAD_METHOD: case Opcode.IMPORT_NAME: case Opcode.IMPORT_FROM:
                return arg < code.Names.Length ? code.Names[arg] : "?";
            case Opcode.BINARY_OP: return ((BinaryOp)arg).ToString();
            case Opcode.COMPARE_OP: return ((CompareOp)arg) switch
            {
                CompareOp.Lt => "<", CompareOp.Le => "<=", CompareOp.Eq => "==", CompareOp.Ne => "!=",
                CompareOp.Gt => ">", _ => ">=",
            };
            case Opcode.IS_OP: return arg == 0 ? "is" : "is not";
            case Opcode.CONTAINS_OP: return arg == 0 ? "in" : "not in";
            case Opcode.JUMP: case Opcode.JUMP_BACKWARD: case Opcode.POP_JUMP_IF_FALSE: case Opcode.POP_JUMP_IF_TRUE:
            case Opcode.JUMP_IF_FALSE_OR_POP: case Opcode.JUMP_IF_TRUE_OR_POP: case Opcode.FOR_ITER:
                return "to " + arg;
            case Opcode.FORMAT_VALUE:
                return ((arg & 3) switch { 1 => "str", 2 => "repr", 3 => "ascii", _ => "" }
                        + ((arg & 4) != 0 ? ((arg & 3) != 0 ? ", " : "") + "with format" : "")) is { Length: > 0 } s ? s : null;
            case Opcode.MAKE_FUNCTION:
            {
                var parts = new List<string>();
                if ((arg & 1) != 0) parts.Add("defaults");
                if ((arg & 2) != 0) parts.Add("kwdefaults");
                if ((arg & 8) != 0) parts.Add("annotations");
                if ((arg & 4) != 0) parts.Add("closure");
                return parts.Count > 0 ? string.Join(", ", parts) : null;
            }
            case Opcode.UNPACK_EX: return $"{arg & 0xff} before, {arg >> 8} after";
            default: return null;
        }
    }

    public static string Repr(object? v) => v switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        string s => StrRepr(s),
        byte[] bs => "b" + StrRepr(Encoding.Latin1.GetString(bs)),
        EllipsisConst => "Ellipsis",
        ConstTuple t => t.Items.Length == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        CodeObject c => $"<code object {c.Name} at line {c.FirstLineNo}, file \"{c.FileName}\">",
        _ => v.ToString() ?? "?",
    };

    private static string FloatRepr(double d)
    {
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (double.IsNaN(d)) return "nan";
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E')) s = s.Replace("E", "e");
        if (!s.Contains('.') && !s.Contains('e')) s += ".0";
        return s;
    }

    private static string StrRepr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(q);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == q) sb.Append('\\').Append(c);
                    else if (c < 32 || c == 127) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }
}
