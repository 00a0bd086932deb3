// Latin-1 fast paths of str.split, rsplit, splitlines and strip: they scan the bytes of the
// str and allocate only the result strs (no .NET strings, no intermediate lists). Word
// counting and tokenizing loops call these per line or per word. UCS-4 strs (and
// separators or strip sets that are not Latin-1) go through TextOps instead; the
// whitespace and line-break sets are the same ones (StrText.IsSpace, TextOps.IsStrLineBreak).
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class StrSplit
{
    private static readonly bool[] Space = Table(StrText.IsSpace);
    private static readonly bool[] LineBreak = Table(c => TextOps.IsStrLineBreak((char)c));

    private static bool[] Table(Func<int, bool> test)
    {
        var t = new bool[256];
        for (int c = 0; c < 256; c++) t[c] = test(c);
        return t;
    }

    /// Whether the Latin-1 fast paths apply: s and the optional str argument (Null or None
    /// for none) are Latin-1.
    public static bool Applies(Value s, Value arg) => !Strs.IsWide(s) && (arg.IsNull || Py.IsNone(arg) || !Strs.IsWide(arg));

    /// s.split(sep, maxsplit) for a Latin-1 s; sep Null: runs of whitespace.
    public static Value Split(Value s, Value sep, long maxsplit)
    {
        var data = Strs.Latin1(s);
        int n = data.Length, count = 0;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        Value list = Lists.New();
        if (sep.IsNull)
        {
            int i = 0;
            while (true)
            {
                while (i < n && Space[data[i]]) i++;
                if (i == n) break;
                if (count == maxsplit)
                {
                    Lists.Append(list, StrOps.Substring(s, i, n - i));
                    break;
                }
                int start = i;
                while (i < n && !Space[data[i]]) i++;
                Lists.Append(list, StrOps.Substring(s, start, i - start));
                count++;
            }
            return list;
        }
        var sepData = Strs.Latin1(sep);
        if (sepData.Length == 0) throw Errors.ValueError("empty separator");
        int pos = 0;
        while (count < maxsplit)
        {
            int k = data[pos..].IndexOf(sepData);
            if (k < 0) break;
            Lists.Append(list, StrOps.Substring(s, pos, k));
            pos += k + sepData.Length;
            count++;
        }
        Lists.Append(list, StrOps.Substring(s, pos, n - pos));
        return list;
    }

    /// s.rsplit(sep, maxsplit) for a Latin-1 s.
    public static Value RSplit(Value s, Value sep, long maxsplit)
    {
        var data = Strs.Latin1(s);
        int count = 0;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        Value list = Lists.New();
        if (sep.IsNull)
        {
            int i = data.Length;
            while (true)
            {
                while (i > 0 && Space[data[i - 1]]) i--;
                if (i == 0) break;
                if (count == maxsplit)
                {
                    Lists.Append(list, StrOps.Substring(s, 0, i));
                    break;
                }
                int end = i;
                while (i > 0 && !Space[data[i - 1]]) i--;
                Lists.Append(list, StrOps.Substring(s, i, end - i));
                count++;
            }
        }
        else
        {
            var sepData = Strs.Latin1(sep);
            if (sepData.Length == 0) throw Errors.ValueError("empty separator");
            int pos = data.Length;
            while (count < maxsplit)
            {
                int k = data[..pos].LastIndexOf(sepData);
                if (k < 0) break;
                Lists.Append(list, StrOps.Substring(s, k + sepData.Length, pos - k - sepData.Length));
                pos = k;
                count++;
            }
            Lists.Append(list, StrOps.Substring(s, 0, pos));
        }
        Lists.Items(list).Reverse();
        return list;
    }

    /// s.splitlines(keepends) for a Latin-1 s ("\r\n" is one break).
    public static Value SplitLines(Value s, bool keepends)
    {
        var data = Strs.Latin1(s);
        int i = 0, n = data.Length;
        Value list = Lists.New();
        while (i < n)
        {
            int start = i;
            while (i < n && !LineBreak[data[i]]) i++;
            int eol = i;
            if (i < n)
            {
                i += data[i] == '\r' && i + 1 < n && data[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            Lists.Append(list, StrOps.Substring(s, start, eol - start));
        }
        return list;
    }

    /// strip/lstrip/rstrip of a Latin-1 s; chars Null or None: whitespace, else a Latin-1 str.
    public static Value Strip(Value s, Value chars, bool left, bool right)
    {
        var data = Strs.Latin1(s);
        int start = 0, end = data.Length;
        if (chars.IsNull || Py.IsNone(chars))
        {
            if (left) while (start < end && Space[data[start]]) start++;
            if (right) while (end > start && Space[data[end - 1]]) end--;
        }
        else
        {
            var set = Strs.Latin1(chars);
            if (left) while (start < end && set.Contains(data[start])) start++;
            if (right) while (end > start && set.Contains(data[end - 1])) end--;
        }
        return StrOps.Substring(s, start, end - start);
    }
}
