namespace NixClaw.Generator.Tests.Support;

/// <summary>The Homelab sample's declarations, used as the realistic input of many tests.</summary>
internal static class SampleSource
{
    public static string Text { get; } = File.ReadAllText(Repo.Path("samples", "Homelab", "Homelab.cs"));

    /// <summary>The sample with one exact piece of text replaced (the replacement must apply exactly once).</summary>
    public static string With(string find, string replace)
    {
        var index = Text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0 && Text.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in the sample");
        return Text[..index] + replace + Text[(index + find.Length)..];
    }
}
