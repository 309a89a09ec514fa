using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>ISO 8601 durations for TimeSpan tool arguments and results, as JSON Schema's "duration" format has them.</summary>
public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P2D", 2 * TimeSpan.TicksPerDay)]
    [InlineData("PT1H30M", 90 * TimeSpan.TicksPerMinute)]
    [InlineData("P1DT0.5S", TimeSpan.TicksPerDay + (TimeSpan.TicksPerSecond / 2))]
    [InlineData("P3W", 21 * TimeSpan.TicksPerDay)]
    [InlineData("PT0S", 0)]
    [InlineData("PT36H", 36 * TimeSpan.TicksPerHour)]
    [InlineData("pt1m", TimeSpan.TicksPerMinute)]
    [InlineData("PT0,25S", TimeSpan.TicksPerSecond / 4)]
    [InlineData("PT0.123456789S", 1234567)]
    public void ParsesDaysWeeksAndTimes(string text, long ticks)
    {
        Assert.True(IsoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromTicks(ticks), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("1:30:00")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("PT1H1H")]
    [InlineData("PT1M1H")]
    [InlineData("P1W2D")]
    [InlineData("P1.5D")]
    [InlineData("PT.5S")]
    [InlineData("-P1D")]
    [InlineData("P1D ")]
    [InlineData("P99999999999999999999D")]
    [InlineData("P9999999999D")]
    public void RefusesWhatIsNotADuration(string text) => Assert.False(IsoDuration.TryParse(text, out _));

    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(2 * TimeSpan.TicksPerDay, "P2D")]
    [InlineData(90 * TimeSpan.TicksPerMinute, "PT1H30M")]
    [InlineData(TimeSpan.TicksPerDay + (TimeSpan.TicksPerSecond / 2), "P1DT0.5S")]
    [InlineData(-TimeSpan.TicksPerHour, "-PT1H")]
    public void FormatsTheShortestForm(long ticks, string text) => Assert.Equal(text, IsoDuration.Format(TimeSpan.FromTicks(ticks)));

    [Fact]
    public void EveryPositiveTimeSpanRoundTrips()
    {
        foreach (var value in new[] { TimeSpan.MaxValue, TimeSpan.FromTicks(1), new TimeSpan(3, 4, 5, 6, 7) })
        {
            Assert.True(IsoDuration.TryParse(IsoDuration.Format(value), out var back));
            Assert.Equal(value, back);
        }

        Assert.Equal("-P10675199DT2H48M5.4775808S", IsoDuration.Format(TimeSpan.MinValue));
    }
}
