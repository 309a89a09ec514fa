using NixClaw.Generator.Model;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>Where the generated flake builds the project from (MSBuild's NixClawFlakeSourceRoot).</summary>
public sealed class FlakeSourceTests
{
    [Theory]
    [InlineData("../", "Homelab.csproj", "./..", "Homelab.csproj")]
    [InlineData("../../../", "samples/Homelab/Homelab.csproj", "./../../..", "samples/Homelab/Homelab.csproj")]
    [InlineData("..\\..\\", "src\\Lab\\Lab.csproj", "./../..", "src/Lab/Lab.csproj")]
    public void MsBuildPathsBecomeNixPaths(string src, string projectFile, string expectedSrc, string expectedProjectFile)
    {
        Assert.Equal(new FlakeSource(expectedSrc, expectedProjectFile), FlakeSource.From(src, projectFile, "Homelab"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("../", null)]
    [InlineData("", "Homelab.csproj")]
    [InlineData("../other/", "Homelab.csproj")]
    [InlineData("/abs/", "Homelab.csproj")]
    [InlineData("../", "../Homelab.csproj")]
    [InlineData("../", "/abs/Homelab.csproj")]
    [InlineData("../${x}/", "Homelab.csproj")]
    public void AnythingElseFallsBackToTheProjectFolder(string? src, string? projectFile)
    {
        Assert.Equal(new FlakeSource("./..", "Homelab.csproj"), FlakeSource.From(src, projectFile, "Homelab"));
    }

    [Fact]
    public void TheFlakeBuildsFromTheSourceRootMsBuildPasses()
    {
        var withRoot = SampleRun.Sample.Files["flake.nix"];
        Assert.Contains("src = ./../../..;", withRoot, StringComparison.Ordinal);
        Assert.Contains("projectFile = \"samples/Homelab/Homelab.csproj\";", withRoot, StringComparison.Ordinal);

        var (run, _) = GeneratorHarness.Run(GeneratorHarness.Compile("Homelab", SampleSource.Text));
        var withoutProperties = GeneratorHarness.Files(run)["flake.nix"];
        Assert.Contains("src = ./..;", withoutProperties, StringComparison.Ordinal);
        Assert.Contains("projectFile = \"Homelab.csproj\";", withoutProperties, StringComparison.Ordinal);
    }
}
