namespace NixClaw.Json5.Tests;

/// <summary>Each JSON5 feature read on its own, and error positions at known places.</summary>
public sealed class ReaderTests
{
    [Theory]
    [InlineData("// c\n/* d */ 1 // e", 1.0)]
    [InlineData("0x10", 16.0)]
    [InlineData("-0XfF", -255.0)]
    [InlineData("+1", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("+.5e1", 5.0)]
    [InlineData("1E-2", 0.01)]
    [InlineData("0xFFFFFFFFFFFF", 281474976710655.0)]
    [InlineData("0x20000000000001", 9007199254740992.0)]
    [InlineData("0x20000000000003", 9007199254740996.0)]
    [InlineData("0x1000000000000000000000000", 79228162514264337593543950336.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("+Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("\uFEFF\u00A0\u2028\u2029\u3000\v\f 7", 7.0)]
    public void Numbers(string text, double expected) => Assert.Equal(expected, Json5Reader.Parse(text).GetDouble());

    [Fact]
    public void NaNAndNegativeZero()
    {
        Assert.True(double.IsNaN(Json5Reader.Parse("-NaN").GetDouble()));
        Assert.True(double.IsNegative(Json5Reader.Parse("-0").GetDouble()));
        Assert.True(double.IsNegative(Json5Reader.Parse("-0x0").GetDouble()));
        Assert.False(double.IsNegative(Json5Reader.Parse("0").GetDouble()));
    }

    [Fact]
    public void IntegerDistinctionIsKept()
    {
        Assert.True(((Json5Number)Json5Reader.Parse("0xFFFFFFFFFFFF")).IsInteger);
        Assert.Equal(0xFFFFFFFFFFFF, Json5Reader.Parse("0xFFFFFFFFFFFF").GetInt64());
        Assert.False(((Json5Number)Json5Reader.Parse("1.0")).IsInteger);
        Assert.False(((Json5Number)Json5Reader.Parse("1e3")).IsInteger);
        Assert.Equal("281474976710655", Json5Writer.Write(Json5Reader.Parse("0xFFFFFFFFFFFF")));
        Assert.Equal("1.0", Json5Writer.Write(Json5Reader.Parse("1.")));
    }

    [Theory]
    [InlineData("'a\"b'", "a\"b")]
    [InlineData("\"a'b\"", "a'b")]
    [InlineData("'\\x41\\u00e9\\0\\b\\f\\n\\r\\t\\v\\'\\\"\\\\\\/\\a\\q'", "Aé\0\b\f\n\r\t\v'\"\\/aq")]
    [InlineData("'a\\\nb\\\rc\\\r\nd\\\u2028e\\\u2029f'", "abcdef")]
    [InlineData("'raw \u2028 \u2029 separators'", "raw \u2028 \u2029 separators")]
    [InlineData("'\\😀'", "😀")]
    public void Strings(string text, string expected) => Assert.Equal(expected, Json5Reader.Parse(text).GetString());

    [Fact]
    public void LoneSurrogateEscapesAreKept()
    {
        // Not an InlineData case: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("😀 \ud800", Json5Reader.Parse("'\\ud83d\\ude00 \\ud800'").GetString());
    }

    [Fact]
    public void ObjectsAndArrays()
    {
        var v = Json5Reader.Parse("{ $a: 1, _b: [1, 2,], 'c d': { \"e\": null, }, \\u0066g: true, ünï\\u0063ode: 'x', if: 0, a\u200Cb: 1, }");
        Assert.Equal(1, v["$a"].GetInt64());
        Assert.Equal(2, v["_b"].AsArray().Count);
        Assert.True(v["c d"]["e"].IsNull);
        Assert.True(v["fg"].GetBoolean());
        Assert.Equal("x", v["ünïcode"].GetString());
        Assert.True(v.AsObject().ContainsKey("if"));
        Assert.True(v.AsObject().ContainsKey("a\u200Cb"));
    }

    [Fact]
    public void DuplicateKeysKeepTheLastValueAtTheFirstPosition()
    {
        var o = Json5Reader.Parse("{a: 1, b: 2, a: 3}").AsObject();
        Assert.Equal(["a", "b"], o.Keys);
        Assert.Equal(3, o["a"].GetInt64());
    }

    [Theory]
    [InlineData("{a:1,,}", "invalid character ','", 1, 6)]
    [InlineData("", "invalid end of input", 1, 1)]
    [InlineData("[1,\n  2", "invalid end of input", 2, 4)]
    [InlineData("{\n  a: 01\n}", "invalid character '1'", 2, 7)]
    [InlineData("'abc\ndef'", "invalid character '\\n'", 2, 0)]
    [InlineData("{\\u0030: 1}", "invalid identifier character", 1, 2)]
    [InlineData("'\\01'", "invalid character '1'", 1, 4)]
    [InlineData("'\\1'", "invalid character '1'", 1, 3)]
    [InlineData("'\\xG0'", "invalid character 'G'", 1, 4)]
    [InlineData("[😀]", "invalid character '😀'", 1, 3)]
    [InlineData("/* open", "invalid end of input", 1, 8)]
    [InlineData("1 /x", "invalid character 'x'", 1, 4)]
    [InlineData("nul", "invalid end of input", 1, 4)]
    [InlineData("{a: \u0001}", "invalid character '\\x01'", 1, 5)]
    [InlineData("{a\r\n b: 1}", "invalid character 'b'", 2, 2)]
    public void ErrorsCarryReasonLineAndColumn(string text, string reason, int line, int column)
    {
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(text));
        Assert.Equal((reason, line, column), (e.Reason, e.Line, e.Column));
        Assert.Equal($"{reason} at {line}:{column}", e.Message);
    }

    [Fact]
    public void Utf8InputIsAccepted() => Assert.Single(Json5Reader.Parse("\uFEFF{a:1}"u8.ToArray().AsSpan()).AsObject());
}
