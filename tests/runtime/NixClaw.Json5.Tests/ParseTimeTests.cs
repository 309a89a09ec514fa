using System.Diagnostics;

namespace NixClaw.Json5.Tests;

/// <summary>The reader is linear on inputs built to provoke quadratic behaviour (valid and failing alike).</summary>
[Collection(nameof(ParseTimeTests))]
[CollectionDefinition(nameof(ParseTimeTests), DisableParallelization = true)]
public sealed class ParseTimeTests
{
    [Theory]
    [InlineData("[", "1,", "]")]
    [InlineData("", "// c\n", "0")]
    [InlineData("", "/* */", "0")]
    [InlineData("'", "\\x41\\\n", "'")]
    [InlineData("{", "k: 1, ", "}")]
    [InlineData("", "*", "")]
    [InlineData("[", "1,\n", "")]
    [InlineData("a", "\u0301", ":1")]
    [InlineData("{a", "\u0301", ":1}")]
    [InlineData("'", "x", "")]
    [InlineData("/*", "*", "")]
    public void ParseTime_IsLinear(string prefix, string repeated, string suffix)
    {
        // 16 times the input: linear is ~16 times the time, quadratic 256. The bound of 64 sits far from both, so a
        // busy machine (caches, GC of the larger tree, other processes) cannot push a linear parse over it.
        var small = BestTime(Build(prefix, repeated, suffix, 20_000));
        var large = BestTime(Build(prefix, repeated, suffix, 320_000));
        Assert.True(large < Math.Max(small, 0.25) * 64, $"320k repeats took {large:F2} ms, 20k took {small:F2} ms");
    }

    private static string Build(string prefix, string repeated, string suffix, int count) =>
        prefix + string.Concat(Enumerable.Repeat(repeated, count)) + suffix;

    private static double BestTime(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                Json5Reader.Parse(text);
            }
            catch (Json5Exception)
            {
                // Failing inputs must be just as linear: the error position is computed once, at the end.
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
