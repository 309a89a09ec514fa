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

        // Plain general categories, as the reference implementation (json5 2.2.3) uses: the Other_ID_Start
        // characters (U+2118, U+212E, ...) are not added and Pattern_Syntax letters (U+2E2F) are not removed.
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

        // ZWNJ and ZWJ (ECMAScript); Other_ID_Continue (U+00B7, ...) is left out, as the reference does.
        if (cp is 0x200C or 0x200D)
        {
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

        var first = true;
        for (var i = 0; i < name.Length;)
        {
            if (Rune.DecodeFromUtf16(name.AsSpan(i), out Rune rune, out var used) != System.Buffers.OperationStatus.Done)
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
