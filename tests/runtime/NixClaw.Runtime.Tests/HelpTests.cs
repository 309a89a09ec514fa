using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands =>
    [
        "", "deploy", "secrets", "secrets init", "secrets check", "secrets set", "check", "status", "logs", "restart", "manifest",
        "agent", "agent new", "agent delete", "agent list", "sync", "clone-skills", "gateway", "tool", "tool list", "tool schema", "tool run",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryCommandHasHelpWithExamplesAndExitCodes(string command)
    {
        using var lab = new LabProject();
        string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        var result = await lab.RunAsync(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"NixClaw.Runtime.Tests {command}".TrimEnd(), result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 ok, 1 failure, 2 usage", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBareProgramPrintsTheOverview()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync([]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("deploy", result.Output, StringComparison.Ordinal);
        Assert.Contains("secrets", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("deploy", "--no-such-option")]
    [InlineData("secrets", "set")]
    [InlineData("deploy", "x", "--build-on", "moon")]
    public async Task BadCommandLinesExitWithUsage(params string[] args)
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task ManifestPrintsTheCompiledDeclarations()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["manifest"]);

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal("lab", json.RootElement.GetProperty("Host").GetProperty("Name").GetString());
        Assert.Equal("notes", json.RootElement.GetProperty("Agents")[0].GetProperty("Id").GetString());
    }
}
