namespace NixClaw.Nix.Tests;

/// <summary>Every hand-written Nix file in the repository parses with the real Nix parser.</summary>
public sealed class ParseTests
{
    public static TheoryData<string> NixFiles()
    {
        var files = new TheoryData<string>();
        files.Add("flake.nix");
        foreach (var path in Directory.EnumerateFiles(Repo.Path("nix"), "*.nix", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(Repo.Root, path));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(NixFiles))]
    public void Parses(string relativePath)
    {
        var (code, _, stderr) = Nix.Run("--store", "dummy://", "--parse", Repo.Path(relativePath));
        Assert.True(code == 0, $"{relativePath} does not parse: {stderr}");
    }

    [Theory]
    [MemberData(nameof(NixFiles))]
    public void FollowsTheLayoutRules(string relativePath)
    {
        // The subset of nixfmt (RFC 166) rules a line-based check can see; see reference/nix.md §2.
        var text = File.ReadAllText(Repo.Path(relativePath));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            Assert.False(line.EndsWith(' '), $"{relativePath}:{i + 1}: trailing space");
            var indent = line.Length - line.TrimStart(' ').Length;
            Assert.True(indent % 2 == 0, $"{relativePath}:{i + 1}: indentation is not a multiple of two spaces");
        }
    }
}
