namespace NixClaw.Json5.Tests;

/// <summary>Options for hand-edited configuration: duplicate keys and invalid UTF-8 are errors, not silent rewrites.</summary>
public sealed class StrictInputTests
{
    [Fact]
    public void DuplicateKeysAreLastWinsByDefaultAndAnErrorWhenAsked()
    {
        Assert.Equal(2L, Json5Reader.Parse("{a: 1, a: 2}")["a"].GetInt64());
        var error = Assert.Throws<Json5Exception>(() => Json5Reader.Parse("{\n a: 1,\n b: {a: 1},\n a: 2,\n}", new Json5ReaderOptions { RejectDuplicateKeys = true }));
        Assert.Equal("duplicate key \"a\" on lines 2 and 4", error.Reason);
        Assert.Equal((4, 2), (error.Line, error.Column));

        // The same key in different objects is fine; quoted and unquoted spellings are the same key.
        Assert.Throws<Json5Exception>(() => Json5Reader.Parse("{a: 1, 'a': 2}", new Json5ReaderOptions { RejectDuplicateKeys = true }));
        Assert.Equal(1L, Json5Reader.Parse("{a: 1, b: {a: 1}}", new Json5ReaderOptions { RejectDuplicateKeys = true })["b"]["a"].GetInt64());
    }

    [Fact]
    public void InvalidUtf8NamesTheByteOffsetInsteadOfBecomingU_FFFD()
    {
        byte[] bytes = [.. "{s: 'é"u8, 0xE2, 0x28, 0xA1, .. "'}"u8];
        var error = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(bytes));
        Assert.StartsWith("invalid UTF-8 at byte offset 7 (byte 0xE2)", error.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.Equal("é", Json5Reader.Parse("{s: 'é'}"u8)["s"].GetString());
        Assert.Equal("x", Json5Utf8.Decode([0xEF, 0xBB, 0xBF, .. "x"u8])[1..]);
    }
}
