using System.Text;

namespace NixClaw.Json5.Tests;

/// <summary>Hostile input: only <see cref="Json5Exception"/> escapes, time is linear, memory is bounded.</summary>
public sealed class FuzzTests
{
    [Fact]
    public void MutatedAndRandomInput_OnlyEverThrowsJson5Exception()
    {
        var seed = Agreement.Seed(4242);
        var gen = new RandomDocuments(seed);
        var bytes = new byte[64];
        var rejected = 0;
        for (var i = 0; i < 20000; i++)
        {
            string text;
            if (i % 4 == 3)
            {
                // Arbitrary bytes, decoded leniently, as a file of garbage would be.
                gen.Random.NextBytes(bytes.AsSpan(0, gen.Random.Next(bytes.Length)));
                text = Encoding.UTF8.GetString(bytes, 0, gen.Random.Next(bytes.Length));
            }
            else
            {
                text = gen.Styled(gen.NextValue());
                for (var m = gen.Random.Next(1, 6); m > 0; m--)
                {
                    text = gen.Mutate(text);
                }
            }

            try
            {
                Json5Reader.Parse(text);
                Json5Document.Parse(text);
            }
            catch (Json5Exception e)
            {
                rejected++;
                Assert.True(e.Line >= 1 && e.Column >= 0 && e.Offset >= 0 && e.Offset <= text.Length, $"bad position {e.Line}:{e.Column}@{e.Offset}");
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed} (replay with JSON5_TEST_SEED={seed}), input #{i} {Agreement.Show(text)}: {e}");
            }
        }

        Assert.InRange(rejected, 5000, 19000);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a:")]
    [InlineData("[{'':")]
    public void DeepNesting_IsRejectedCleanly(string open)
    {
        var text = string.Concat(Enumerable.Repeat(open, 100_000));
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(text));
        Assert.StartsWith("nesting depth exceeds the maximum of 64", e.Message, StringComparison.Ordinal);
        Assert.Throws<Json5Exception>(() => Json5Document.Parse(text));
    }

    [Fact]
    public void DepthLimit_IsExactAndConfigurable()
    {
        static string Nested(int depth) => new string('[', depth) + new string(']', depth);
        Assert.Equal(Json5ValueKind.Array, Json5Reader.Parse(Nested(64)).Kind);
        Assert.Throws<Json5Exception>(() => Json5Reader.Parse(Nested(65)));
        var deep = new Json5ReaderOptions { MaxDepth = Json5ReaderOptions.MaxSupportedDepth };
        Assert.Equal(Json5ValueKind.Array, Json5Reader.Parse(Nested(1000), deep).Kind);
        Assert.Throws<Json5Exception>(() => Json5Reader.Parse(Nested(1001), deep));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Json5ReaderOptions { MaxDepth = 1001 });
    }

    [Fact]
    public void DocumentLength_IsLimited()
    {
        var small = new Json5ReaderOptions { MaxDocumentLength = 10 };
        Assert.Single(Json5Reader.Parse("[1]      ", small).AsArray());
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse("[1, 2, 3, 4]", small));
        Assert.Contains("exceeds the maximum of 10 characters", e.Message, StringComparison.Ordinal);
        Assert.Throws<Json5Exception>(() => Json5Reader.Parse("[1, 2, 3, 4]"u8, small));
        Assert.Throws<Json5Exception>(() => Json5Document.Parse("[1, 2, 3, 4]", small));
    }

    [Fact]
    public void HugeStrings_AreReadInOnePassWithBoundedAllocation()
    {
        var payload = new string('x', 4_000_000);
        var plain = "'" + payload + "'";
        var escaped = "'" + string.Concat(Enumerable.Repeat("\\u0041\\n", 500_000)) + "'";

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Json5Reader.Parse(plain).GetString();
        var plainBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(payload, read);

        // The result string itself is 8 MB (UTF-16); anything much beyond that would be per-character garbage.
        Assert.True(plainBytes < 3L * payload.Length * sizeof(char), $"{plainBytes} bytes allocated for a {payload.Length}-char string");

        before = GC.GetAllocatedBytesForCurrentThread();
        read = Json5Reader.Parse(escaped).GetString();
        var escapedBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1_000_000, read.Length);
        Assert.True(escapedBytes < 12L * 1_000_000 * sizeof(char), $"{escapedBytes} bytes allocated for 1M escaped chars");

        Assert.Throws<Json5Exception>(() => Json5Reader.Parse("'" + payload));
        Assert.Throws<Json5Exception>(() => Json5Reader.Parse("/*" + payload));
    }
}
