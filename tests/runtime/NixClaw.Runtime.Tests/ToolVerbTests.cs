using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>
/// <c>tool list|schema|run</c> through the real program (tests/support/NixClaw.Tools.TestProgram, run as a process as an
/// operator runs it): <c>run</c> goes through validation and the agent's real sandbox.
/// </summary>
public sealed class ToolVerbTests : IDisposable
{
    private readonly string _workspace = ToolTestProgram.CreateWorkspace();

    private string[] Sandbox => ToolTestProgram.RunAsUser is { } user
        ? ["--workspace", _workspace, "--sandbox-user", user, "--sandbox-rootfs", ToolTestProgram.RootFilesystem]
        : ["--workspace", _workspace, "--sandbox-rootfs", ToolTestProgram.RootFilesystem];

    [Fact]
    public async Task ListShowsEveryToolWithWhereItRunsAndItsAgents()
    {
        var result = await ToolTestProgram.RunVerbAsync("tool", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("append_note\tsandbox\tagents: toolie, toolie-bwrap\tAppends a note to notes.md.", result.Output, StringComparison.Ordinal);
        Assert.Contains("whoami_in_process\tin-process\tagents: toolie, toolie-bwrap\t", result.Output, StringComparison.Ordinal);
        Assert.Contains("sleep\tsandbox\tagents: sleepy, toolie, toolie-bwrap\t", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaPrintsWhatTheModelSees()
    {
        var result = await ToolTestProgram.RunVerbAsync("tool", "schema", "append_note");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal("append_note", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(200, json.RootElement.GetProperty("parameters").GetProperty("properties").GetProperty("text").GetProperty("maxLength").GetInt32());
    }

    [Theory]
    [InlineData("toolie")]
    [InlineData("toolie-bwrap")]
    public async Task RunCallsTheToolInTheAgentsSandboxAndPrintsTheResult(string agent)
    {
        var result = await ToolTestProgram.RunVerbAsync(["tool", "run", "append_note", "--agent", agent, "--args", """{"text":"water the roses"}""", .. Sandbox]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"noted for {agent} in /workspace: 16 bytes", result.Output.Trim());
        Assert.Equal("water the roses\n", await File.ReadAllTextAsync(Path.Combine(_workspace, "notes.md"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunWithoutAgentPicksTheOnlyAgentWithTheToolOrAsks()
    {
        var ambiguous = await ToolTestProgram.RunVerbAsync(["tool", "run", "append_note", "--args", """{"text":"x"}""", .. Sandbox]);
        var wrongAgent = await ToolTestProgram.RunVerbAsync(["tool", "run", "append_note", "--agent", "sleepy", "--args", """{"text":"x"}""", .. Sandbox]);

        Assert.True(ambiguous.ExitCode == 2, ambiguous.ToString());
        Assert.Contains("several agents have the tool 'append_note'", ambiguous.Error, StringComparison.Ordinal);
        Assert.Contains("toolie, toolie-bwrap", ambiguous.Error, StringComparison.Ordinal);
        Assert.True(wrongAgent.ExitCode == 2, wrongAgent.ToString());
        Assert.Contains("agent 'sleepy' does not have the tool 'append_note'", wrongAgent.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadNameListsTheTools()
    {
        var result = await ToolTestProgram.RunVerbAsync(["tool", "run", "append_notes", "--args", "{}", .. Sandbox]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no C# tool named 'append_notes'", result.Error, StringComparison.Ordinal);
        Assert.Contains("append_note, echo, fail, http_get, read_host_file, sleep, whoami_in_process", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArgumentsPrintTheValidationMessage()
    {
        var invalid = await ToolTestProgram.RunVerbAsync(["tool", "run", "append_note", "--agent", "toolie", "--args", """{"text":""}""", .. Sandbox]);
        var notJson = await ToolTestProgram.RunVerbAsync(["tool", "run", "append_note", "--agent", "toolie", "--args", "{text:", .. Sandbox]);

        Assert.True(invalid.ExitCode == 1, invalid.ToString());
        Assert.Equal("error: tool 'append_note': invalid arguments: 'text' must be 1 to 200 characters long", invalid.Output.Trim());
        Assert.False(File.Exists(Path.Combine(_workspace, "notes.md")));
        Assert.True(notJson.ExitCode == 2, notJson.ToString());
        Assert.Contains("--args is not JSON", notJson.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpShowsTheShapeWithExamples()
    {
        var result = await ToolTestProgram.RunVerbAsync("tool", "run", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--agent <id>", result.Output, StringComparison.Ordinal);
        Assert.Contains("--args <json>", result.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains("tool run water_bed --args", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_workspace, recursive: true);
}
