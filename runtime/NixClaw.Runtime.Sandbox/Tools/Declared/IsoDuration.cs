using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace NixClaw.Tools;

/// <summary>
/// ISO 8601 durations as JSON Schema's <c>duration</c> format writes them (RFC 3339, appendix A), for
/// <see cref="TimeSpan"/> arguments and results: <c>P2D</c>, <c>PT1H30M</c>, <c>P1DT0.5S</c>, <c>P3W</c>.
/// Years and months are refused: their length depends on the calendar, which a <see cref="TimeSpan"/> does not have.
/// The seconds may have a fraction (down to 100 ns); a duration is never negative.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class IsoDuration
{
    /// <summary>Parses <c>P[nW]</c> or <c>P[nD][T[nH][nM][n[.f]S]]</c>, designators in that order, at least one of them.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan result)
    {
        result = default;
        if (text.Length < 3 || char.ToUpperInvariant(text[0]) != 'P')
        {
            return false;
        }

        long ticks = 0;
        var rank = 0;
        var inTime = false;
        var timeHasPart = false;
        var weeks = false;
        var i = 1;
        while (i < text.Length)
        {
            if (char.ToUpperInvariant(text[i]) == 'T')
            {
                if (inTime || weeks)
                {
                    return false;
                }

                inTime = true;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            var whole = text[start..i];
            var fraction = ReadOnlySpan<char>.Empty;
            if (i < text.Length && text[i] is '.' or ',')
            {
                var dot = ++i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                fraction = text[dot..i];
                if (fraction.IsEmpty)
                {
                    return false;
                }
            }

            if (whole.IsEmpty || i == text.Length || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var (unitRank, unitTicks) = (char.ToUpperInvariant(text[i++]), inTime) switch
            {
                ('W', false) => (1, TimeSpan.TicksPerDay * 7),
                ('D', false) => (2, TimeSpan.TicksPerDay),
                ('H', true) => (3, TimeSpan.TicksPerHour),
                ('M', true) => (4, TimeSpan.TicksPerMinute),
                ('S', true) => (5, TimeSpan.TicksPerSecond),
                _ => (0, 0L),
            };
            if (unitRank <= rank || (weeks && unitRank > 0) || (!fraction.IsEmpty && unitRank != 5))
            {
                return false;
            }

            weeks = unitRank == 1;
            timeHasPart |= inTime;
            rank = unitRank;
            try
            {
                ticks = checked(ticks + (number * unitTicks) + FractionTicks(fraction));
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        if (rank == 0 || (inTime && !timeHasPart))
        {
            return false;
        }

        result = TimeSpan.FromTicks(ticks);
        return true;
    }

    /// <summary>The shortest form: days, then hours, minutes and seconds (with a fraction when there is one); zero is <c>PT0S</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0S";
        }

        // TimeSpan.MinValue has no positive counterpart in a long, so work on the magnitude unsigned.
        var magnitude = value.Ticks < 0 ? (ulong)-(value.Ticks + 1) + 1 : (ulong)value.Ticks;
        var text = new StringBuilder(value.Ticks < 0 ? "-P" : "P");
        var days = magnitude / TimeSpan.TicksPerDay;
        var rest = magnitude % TimeSpan.TicksPerDay;
        if (days > 0)
        {
            text.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (rest > 0)
        {
            text.Append('T');
            Append(text, rest / TimeSpan.TicksPerHour, 'H');
            Append(text, rest % TimeSpan.TicksPerHour / TimeSpan.TicksPerMinute, 'M');
            var seconds = rest % TimeSpan.TicksPerMinute;
            if (seconds > 0)
            {
                text.Append((seconds / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture));
                if (seconds % TimeSpan.TicksPerSecond is var fraction and > 0)
                {
                    text.Append('.').Append(fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, ulong count, char designator)
    {
        if (count > 0)
        {
            text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }

    /// <summary>The digits after the decimal point as ticks; beyond 100 ns they are cut off.</summary>
    private static long FractionTicks(ReadOnlySpan<char> digits)
    {
        long ticks = 0;
        for (var i = 0; i < 7; i++)
        {
            ticks = (ticks * 10) + (i < digits.Length ? digits[i] - '0' : 0);
        }

        return ticks;
    }
}
