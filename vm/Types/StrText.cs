// Character classes of code points as Python defines them (str.isspace, isalpha,
// isdigit, ...), on top of .NET's Unicode tables, and the whitespace set that
// str.split()/strip() and int()/float() use.
using System.Globalization;
using System.Text;

namespace Stmvm.Vm;

public static class StrText
{
    /// Python's whitespace (str.isspace) in the BMP.
    public static readonly char[] PyWhitespace =
        " \t\n\v\f\r\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000".ToCharArray();

    public static bool IsSpace(int cp)
        => cp < 128 ? cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f)
           : cp < 0x10000 && Array.IndexOf(PyWhitespace, (char)cp) >= 0;

    public static UnicodeCategory Category(int cp)
        => cp < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);

    public static bool IsAlpha(int cp) => Category(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    public static bool IsDecimal(int cp) => Category(cp) == UnicodeCategory.DecimalDigitNumber;

    public static bool IsDigit(int cp) => IsDecimal(cp) || (Category(cp) == UnicodeCategory.OtherNumber && CharUnicodeInfo.GetDigitValue(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp), 0) >= 0);

    public static bool IsNumeric(int cp) => Category(cp) is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        || UnicodeExtras.IsNumericIdeograph(cp)
        || (cp >= 0x3000 && CharUnicodeInfo.GetNumericValue(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp), 0) >= 0);

    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsNumeric(cp);

    public static bool IsUpper(int cp) => Category(cp) == UnicodeCategory.UppercaseLetter || UnicodeExtras.IsOtherUppercase(cp);

    public static bool IsLower(int cp) => Category(cp) == UnicodeCategory.LowercaseLetter || UnicodeExtras.IsOtherLowercase(cp);

    public static bool IsTitle(int cp) => Category(cp) == UnicodeCategory.TitlecaseLetter;

    /// Has a case (upper, lower or title): what istitle/islower/isupper look at.
    public static bool IsCased(int cp) => IsUpper(cp) || IsLower(cp) || IsTitle(cp);

    public static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        return Category(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    public static bool IsIdentifierStart(int cp) => cp == '_' || UnicodeExtras.IsExtraXidStart(cp)
        || ((IsAlpha(cp) || Category(cp) == UnicodeCategory.LetterNumber) && !UnicodeExtras.IsNotXidStart(cp));

    public static bool IsIdentifierPart(int cp) => UnicodeExtras.IsExtraXidContinue(cp)
        || ((cp == '_' || IsAlpha(cp) || Category(cp) is UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation)
            && !(UnicodeExtras.IsNotXidStart(cp) && cp is not (0xe33 or 0xeb3 or 0xff9e or 0xff9f)));

    public static int ToLower(int cp) => cp < 128 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
        : cp < 0x10000 ? char.ToLowerInvariant((char)cp) : char.ConvertToUtf32(char.ConvertFromUtf32(cp).ToLowerInvariant(), 0);

    public static int ToUpper(int cp) => cp < 128 ? (cp >= 'a' && cp <= 'z' ? cp - 32 : cp)
        : cp == 0x131 ? 'I' : cp == 0x17f ? 'S' // .NET's invariant casing leaves dotless i and long s alone
        : cp < 0x10000 ? char.ToUpperInvariant((char)cp) : char.ConvertToUtf32(char.ConvertFromUtf32(cp).ToUpperInvariant(), 0);

    /// The multi-character uppercase mappings of Unicode's SpecialCasing (the common ones).
    private static readonly Dictionary<int, string> SpecialUpper = new()
    {
        [0xdf] = "SS", [0xfb00] = "FF", [0xfb01] = "FI", [0xfb02] = "FL", [0xfb03] = "FFI", [0xfb04] = "FFL",
        [0xfb05] = "ST", [0xfb06] = "ST", [0x149] = "\u02bcN", [0x1f0] = "J\u030c", [0x390] = "\u0399\u0308\u0301",
        [0x3b0] = "\u03a5\u0308\u0301", [0x587] = "\u0535\u0552",
    };

    /// Full uppercase mapping of one code point ('ß' -> "SS"), appended to sb.
    public static void AppendUpper(StringBuilder sb, int cp)
    {
        if (SpecialUpper.TryGetValue(cp, out var s)) { sb.Append(s); return; }
        Strs.AppendCodePoint(sb, ToUpper(cp));
    }

    /// Full lowercase mapping of one code point ('İ' -> "i̇"), appended to sb.
    public static void AppendLower(StringBuilder sb, int cp)
    {
        if (cp == 0x130) { sb.Append("i\u0307"); return; }
        Strs.AppendCodePoint(sb, ToLower(cp));
    }

    /// Title-case mapping of one code point (the first letter of a word).
    public static void AppendTitle(StringBuilder sb, int cp)
    {
        if (cp == 0x149) { sb.Append("\u02bcN"); return; }
        if (SpecialUpper.TryGetValue(cp, out var s)) { sb.Append(s[0]).Append(s[1..].ToLowerInvariant()); return; }
        int t = cp switch { 0x1c4 or 0x1c5 or 0x1c6 => 0x1c5, 0x1c7 or 0x1c8 or 0x1c9 => 0x1c8, 0x1ca or 0x1cb or 0x1cc => 0x1cb, 0x1f1 or 0x1f2 or 0x1f3 => 0x1f2, _ => ToUpper(cp) };
        Strs.AppendCodePoint(sb, t);
    }

    /// ascii(): non-ASCII characters of a repr as \xhh, \uhhhh or \Uhhhhhhhh.
    public static string AsciiEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }
}
