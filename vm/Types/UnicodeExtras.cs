// Unicode properties Python uses that .NET's category tables do not give: Other_Uppercase and
// Other_Lowercase (str.isupper/islower: 'Ⅻ', 'ª'), the XID_Start/XID_Continue adjustments
// (str.isidentifier: '℘', '·'), ideographs with a numeric value (str.isnumeric: '三'), full
// case folding where it differs from lowercasing (str.casefold: 'ß', 'ﬁ', 'ς'), and the
// context-dependent final sigma of lower() (Σ -> ς at the end of a word).
// The tables were taken from CPython 3.11's unicodedata (Unicode 14).
using System.Text;

namespace Stmvm.Vm;

public static class UnicodeExtras
{
    private static readonly (int Lo, int Hi)[] OtherUppercase =
        [(0x2160, 0x216f), (0x24b6, 0x24cf), (0x1f130, 0x1f149), (0x1f150, 0x1f169), (0x1f170, 0x1f189)];

    private static readonly (int Lo, int Hi)[] OtherLowercase =
        [(0xaa, 0xaa), (0xba, 0xba), (0x2b0, 0x2b8), (0x2c0, 0x2c1), (0x2e0, 0x2e4), (0x345, 0x345), (0x37a, 0x37a),
         (0x1d2c, 0x1d6a), (0x1d78, 0x1d78), (0x1d9b, 0x1dbf), (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c),
         (0x2170, 0x217f), (0x24d0, 0x24e9), (0x2c7c, 0x2c7d), (0xa69c, 0xa69d), (0xa770, 0xa770), (0xa7f8, 0xa7f9),
         (0xab5c, 0xab5f), (0x10780, 0x10780), (0x10783, 0x10785), (0x10787, 0x107b0), (0x107b2, 0x107ba)];

    /// Letters and marks that are not XID_Start / XID_Continue (NFKC-unstable), and the
    /// Other_ID_Start / Other_ID_Continue characters that are.
    private static readonly (int Lo, int Hi)[] NotXidStart =
        [(0x37a, 0x37a), (0xe33, 0xe33), (0xeb3, 0xeb3), (0x2e2f, 0x2e2f), (0xfc5e, 0xfc63), (0xfdfa, 0xfdfb),
         (0xfe70, 0xfe70), (0xfe72, 0xfe72), (0xfe74, 0xfe74), (0xfe76, 0xfe76), (0xfe78, 0xfe78), (0xfe7a, 0xfe7a),
         (0xfe7c, 0xfe7c), (0xfe7e, 0xfe7e), (0xff9e, 0xff9f)];
    private static readonly (int Lo, int Hi)[] ExtraXidStart = [(0x1885, 0x1886), (0x2118, 0x2118), (0x212e, 0x212e)];
    private static readonly (int Lo, int Hi)[] ExtraXidContinue =
        [(0xb7, 0xb7), (0x387, 0x387), (0x1369, 0x1371), (0x19da, 0x19da), (0x1885, 0x1886), (0x2118, 0x2118), (0x212e, 0x212e)];

    /// CJK ideographs (category Lo) with a Unihan numeric value.
    private static readonly HashSet<int> NumericIdeographs =
    [
        0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf, 0x4ec0,
        0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c,
        0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10,
        0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c,
        0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121,
        0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
    ];

    /// Full case folding where it is not the lowercase mapping (the common scripts).
    private static readonly Dictionary<int, string> Folding = new()
    {
        [0xb5] = "\u03bc", [0xdf] = "ss", [0x149] = "\u02bcn", [0x17f] = "s", [0x1f0] = "j\u030c", [0x345] = "\u03b9",
        [0x390] = "\u03b9\u0308\u0301", [0x3b0] = "\u03c5\u0308\u0301", [0x3c2] = "\u03c3", [0x3d0] = "\u03b2",
        [0x3d1] = "\u03b8", [0x3d5] = "\u03c6", [0x3d6] = "\u03c0", [0x3f0] = "\u03ba", [0x3f1] = "\u03c1",
        [0x3f5] = "\u03b5", [0x587] = "\u0565\u0582", [0x1c80] = "\u0432", [0x1c81] = "\u0434", [0x1c82] = "\u043e",
        [0x1c83] = "\u0441", [0x1c84] = "\u0442", [0x1c85] = "\u0442", [0x1c86] = "\u044a", [0x1c87] = "\u0463",
        [0x1c88] = "\ua64b", [0x1e96] = "h\u0331", [0x1e97] = "t\u0308", [0x1e98] = "w\u030a", [0x1e99] = "y\u030a",
        [0x1e9a] = "a\u02be", [0x1e9b] = "\u1e61", [0x1e9e] = "ss", [0x1f50] = "\u03c5\u0313",
        [0x1f52] = "\u03c5\u0313\u0300", [0x1f54] = "\u03c5\u0313\u0301", [0x1f56] = "\u03c5\u0313\u0342",
        [0xfb00] = "ff", [0xfb01] = "fi", [0xfb02] = "fl", [0xfb03] = "ffi", [0xfb04] = "ffl", [0xfb05] = "st",
        [0xfb06] = "st", [0xfb13] = "\u0574\u0576", [0xfb14] = "\u0574\u0565", [0xfb15] = "\u0574\u056b",
        [0xfb16] = "\u057e\u0576", [0xfb17] = "\u0574\u056d",
    };

    private static bool In((int Lo, int Hi)[] table, int cp)
    {
        foreach (var (lo, hi) in table) if (cp >= lo && cp <= hi) return true;
        return false;
    }

    public static bool IsOtherUppercase(int cp) => cp >= 0x2160 && In(OtherUppercase, cp);
    public static bool IsOtherLowercase(int cp) => cp >= 0xaa && In(OtherLowercase, cp);
    public static bool IsNotXidStart(int cp) => cp >= 0x37a && In(NotXidStart, cp);
    public static bool IsExtraXidStart(int cp) => cp >= 0x1885 && In(ExtraXidStart, cp);
    public static bool IsExtraXidContinue(int cp) => cp >= 0xb7 && In(ExtraXidContinue, cp);
    public static bool IsNumericIdeograph(int cp) => cp >= 0x3405 && NumericIdeographs.Contains(cp);

    /// casefold() of one code point.
    public static void AppendFolded(StringBuilder sb, int cp)
    {
        if (cp >= 0xb5 && Folding.TryGetValue(cp, out var s)) sb.Append(s);
        else StrText.AppendLower(sb, cp);
    }

    /// Whether the capital sigma at index i of s lowercases to the final form ς: Unicode's
    /// Final_Sigma condition, a cased letter before it and none after it (case-ignorable
    /// characters in between are skipped), as CPython's lower() applies it.
    public static bool IsFinalSigma(Gc.Value s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(Strs.CharAt(s, j))) j--;
        if (j < 0 || !StrText.IsCased(Strs.CharAt(s, j))) return false;
        int n = Strs.Length(s), k = i + 1;
        while (k < n && IsCaseIgnorable(Strs.CharAt(s, k))) k++;
        return k == n || !StrText.IsCased(Strs.CharAt(s, k));
    }

    private static bool IsCaseIgnorable(int cp)
        => cp is '\'' or '.' or ':' or '^' or '`' or 0xad or 0xb7 or 0x2019
           || StrText.Category(cp) is System.Globalization.UnicodeCategory.NonSpacingMark
               or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format
               or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.ModifierSymbol;
}
