namespace NixClaw.Generator.Tests.Support;

/// <summary>The Homelab sample's declarations, used as the realistic input of many tests.</summary>
internal static class SampleSource
{
    /// <remarks>
    /// Without the sample's C# tools (<c>Tool.From(HomelabTools...)</c>, whose methods live in a second file): these
    /// tests use the sample as a host, one source text. The tools have their own tests (AgentTools/, ToolDiagnosticsTests)
    /// and the real sample's build binds them (CI's <c>dotnet build samples/Homelab -p:NixClawCheck=true</c>).
    /// </remarks>
    public static string Text { get; } = WithoutTools(File.ReadAllText(Repo.Path("samples", "Homelab", "Homelab.cs")));

    private static string WithoutTools(string text)
    {
        const string Tools = ", Tool.From(HomelabTools.Remember), Tool.From(HomelabTools.DiskUsage)";
        Assert.True(text.Contains(Tools, StringComparison.Ordinal), $"the sample gives the notes agent its tools as '{Tools}'");
        return text.Replace(Tools, "", StringComparison.Ordinal);
    }

    /// <summary>The sample with one exact piece of text replaced (the replacement must apply exactly once).</summary>
    public static string With(string find, string replace)
    {
        var index = Text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0 && Text.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in the sample");
        return Text[..index] + replace + Text[(index + find.Length)..];
    }
}
