using System.Text;

namespace NixClaw.Json5.Tests;

/// <summary>write → read gives back an equal value, integer/floating distinction included.</summary>
public sealed class WriterRoundTripTests
{
    [Fact]
    public void RandomValues_RoundTrip()
    {
        var seed = Agreement.Seed(1234);
        var gen = new RandomDocuments(seed);
        for (var i = 0; i < 3000; i++)
        {
            var value = gen.NextValue();
            foreach (var text in new[] { Json5Writer.Write(value), Json5Writer.WriteCompact(value) })
            {
                var back = Json5Reader.Parse(text);
                Assert.True(
                    Json5Value.DeepEquals(value, back) && SameIntegerFlags(value, back),
                    $"seed {seed} (replay with JSON5_TEST_SEED={seed}), value #{i}: {Agreement.Show(text)} reads back as {Agreement.Show(Json5Writer.WriteCompact(back))}");

                // Deterministic: writing the read value again gives the same text.
                Assert.Equal(text, text.Contains('\n') ? Json5Writer.Write(back) : Json5Writer.WriteCompact(back));
            }
        }
    }

    [Fact]
    public void EveryUtf16CodeUnit_RoundTripsAndIsWrittenSafely()
    {
        var sb = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            sb.Append((char)c);

            // Break accidental pairs so lone surrogates are really alone.
            if (char.IsHighSurrogate((char)c))
            {
                sb.Append('x');
            }
        }

        sb.Append("\uDBFF\uDFFF\uD800");
        var s = sb.ToString();
        var text = Json5Writer.Write(new Json5String(s));
        Assert.Equal(s, Json5Reader.Parse(text).GetString());
        Assert.DoesNotContain(text, c => c < ' ' || c is '\u2028' or '\u2029');

        // Lone surrogates are escaped, so the text itself is well-formed (strict UTF-8 encoding would throw).
        _ = new UTF8Encoding(false, true).GetByteCount(text);
        Assert.Equal("\"\\b\\f\\n\\r\\t\\v\\u0000\\u001F\\u2028\\u2029\\uD800\\\"\\\\'\"", Json5Writer.Write(new Json5String("\b\f\n\r\t\v\0\u001f\u2028\u2029\ud800\"\\'")));
    }

    [Theory]
    [InlineData(double.NaN, false, "NaN")]
    [InlineData(double.PositiveInfinity, false, "Infinity")]
    [InlineData(double.NegativeInfinity, false, "-Infinity")]
    [InlineData(-0.0, true, "-0")]
    [InlineData(-0.0, false, "-0.0")]
    [InlineData(281474976710655.0, true, "281474976710655")]
    [InlineData(18446744073709551616.0, true, "18446744073709551616")]
    [InlineData(-1180591620717411303424.0, true, "-1180591620717411303424")]
    [InlineData(1.0, false, "1.0")]
    [InlineData(0.1, false, "0.1")]
    [InlineData(1e21, false, "1E+21")]
    [InlineData(5e-324, false, "5E-324")]
    public void Numbers_AreWrittenExactly(double value, bool isInteger, string expected)
    {
        var number = new Json5Number(value, isInteger);
        Assert.Equal(expected, Json5Writer.Write(number));
        var back = (Json5Number)Json5Reader.Parse(expected);
        Assert.True(Json5Value.DeepEquals(number, back), $"{expected} reads back as {back.Value:R}");
        Assert.Equal(number.IsInteger, back.IsInteger);
    }

    [Fact]
    public void Format_IsTheDocumentedOne()
    {
        var value = Json5Reader.Parse("{a: [1, 'x', {}], 'b-c': {d: null, e: []}, f: true}");
        Assert.Equal("{\n  a: [\n    1,\n    \"x\",\n    {}\n  ],\n  \"b-c\": {\n    d: null,\n    e: []\n  },\n  f: true\n}", Json5Writer.Write(value));
        Assert.Equal("{ a: [1, \"x\", {}], \"b-c\": { d: null, e: [] }, f: true }", Json5Writer.WriteCompact(value));
    }

    [Fact]
    public void ToJsonNode_ConvertsEveryKind()
    {
        var node = Json5Reader.Parse("{a: [1, 2.5, 'x', true, null], b: {c: 0xFF}}").ToJsonNode()!;
        Assert.Equal("{\"a\":[1,2.5,\"x\",true,null],\"b\":{\"c\":255}}", node.ToJsonString());
    }

    private static bool SameIntegerFlags(Json5Value a, Json5Value b) => (a, b) switch
    {
        (Json5Number x, Json5Number y) => x.IsInteger == y.IsInteger,
        (Json5Array x, Json5Array y) => x.Zip(y).All(p => SameIntegerFlags(p.First, p.Second)),
        (Json5Object x, Json5Object y) => x.All(m => SameIntegerFlags(m.Value, y[m.Key])),
        _ => true,
    };
}
