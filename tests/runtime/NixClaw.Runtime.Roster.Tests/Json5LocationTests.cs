using NixClaw.Json5;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary><see cref="Json5Document.TryGetLocation"/>, which every roster error position comes from.</summary>
public sealed class Json5LocationTests
{
    [Fact]
    public void MembersAreLocatedAtTheirKey_ElementsAtTheirValue_TheRootAtItsFirstCharacter()
    {
        var document = Json5Document.Parse("// c\n  {\n  a: [1, { 'b c': 2 }],\n}");
        AssertLocation(document, [], 2, 3);
        AssertLocation(document, ["a"], 3, 3);
        AssertLocation(document, ["a", "0"], 3, 7);
        AssertLocation(document, ["a", "1"], 3, 10);
        AssertLocation(document, ["a", "1", "b c"], 3, 12);
    }

    [Fact]
    public void CrLfLines_CountOnce_AndMissingPathsAreFalse()
    {
        var document = Json5Document.Parse("{\r\n  a: 1,\r\n  b: { c: 2 },\r\n}");
        AssertLocation(document, ["b", "c"], 3, 8);
        Assert.False(document.TryGetLocation(["b", "x"], out _, out _));
        Assert.False(document.TryGetLocation(["a", "0"], out _, out _));
    }

    [Fact]
    public void DuplicateKeys_LocateTheOneReadersSee()
    {
        var document = Json5Document.Parse("{ a: 1, a: 2 }");
        AssertLocation(document, ["a"], 1, 9);
    }

    private static void AssertLocation(Json5Document document, string[] path, int line, int column)
    {
        Assert.True(document.TryGetLocation(path, out var actualLine, out var actualColumn));
        Assert.Equal((line, column), (actualLine, actualColumn));
    }
}
