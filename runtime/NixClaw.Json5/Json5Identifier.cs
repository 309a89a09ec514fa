using System.Globalization;
using System.Text;

namespace NixClaw.Json5;

/// <summary>ECMAScript IdentifierName classification (ID_Start / ID_Continue plus <c>$</c>, <c>_</c>, ZWNJ, ZWJ).</summary>
internal static class Json5Identifier
{
    /// <summary>Whether <paramref name="cp"/> may start an identifier.</summary>
    public static bool IsStart(int cp)
    {
        if (cp < 128)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '$' || cp == '_';
        }

        if (!Rune.IsValid(cp))
        {
            return false;
        }

        switch (cp)
        {
            // Other_ID_Start: kept as identifier starts for stability although their category changed.
            case 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C:
                return true;

            // U+2E2F VERTICAL TILDE is a letter (Lm) but Pattern_Syntax, which ID_Start excludes.
            case 0x2E2F:
                return false;
        }

        return Rune.GetUnicodeCategory(new Rune(cp)) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="cp"/> may continue an identifier.</summary>
    public static bool IsContinue(int cp)
    {
        if (cp < 128)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9 || cp == '$' || cp == '_';
        }

        if (IsStart(cp))
        {
            return true;
        }

        if (!Rune.IsValid(cp))
        {
            return false;
        }

        switch (cp)
        {
            // ZWNJ, ZWJ (ECMAScript) and Other_ID_Continue.
            case 0x200C or 0x200D or 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA:
                return true;
        }

        return Rune.GetUnicodeCategory(new Rune(cp)) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="name"/> can be written as an unquoted key.</summary>
    public static bool IsIdentifierName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        bool first = true;
        for (int i = 0; i < name.Length;)
        {
            if (Rune.DecodeFromUtf16(name.AsSpan(i), out Rune rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            if (first ? !IsStart(rune.Value) : !IsContinue(rune.Value))
            {
                return false;
            }

            first = false;
            i += used;
        }

        return true;
    }
}
