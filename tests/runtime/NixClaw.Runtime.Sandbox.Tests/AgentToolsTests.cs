using Microsoft.Extensions.AI;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>Which tools an agent gets, and their schemas.</summary>
public sealed class AgentToolsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nixclaw-tools-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private AgentToolEnvironment Env(ISandbox? sandbox = null) => new() { WorkspaceDirectory = _root, Sandbox = sandbox, HttpClient = null };

    [Fact]
    public void Tools_follow_the_declaration()
    {
        Assert.Equal(["read", "list"], AgentTools.Create(TestHost.Agent(["read", "list"]), Env()).Select(t => t.Name));
        Assert.Equal(["read", "write", "edit", "list"], AgentTools.Create(TestHost.Agent(["list", "edit", "write", "read"]), Env()).Select(t => t.Name));
        Assert.Empty(AgentTools.Create(TestHost.Agent([]), Env()));
    }

    [Fact]
    public void Missing_prerequisites_and_unknown_tools_name_the_agent_and_tool()
    {
        var unknown = Assert.Throws<ArgumentException>(() => AgentTools.Create(TestHost.Agent(["shell"]), Env()));
        Assert.Contains("'tester'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("'shell'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("no sandbox", Assert.Throws<ArgumentException>(() => AgentTools.Create(TestHost.Agent(["exec"]), Env())).Message, StringComparison.Ordinal);
        Assert.Contains("WebSearchKey", Assert.Throws<ArgumentException>(() => AgentTools.Create(TestHost.Agent(["web_search"]), Env())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schemas_describe_the_parameters()
    {
        var sandbox = new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = TestHost.RootFilesystem, RunAsUser = TestHost.RunAsUser });
        var tools = AgentTools.Create(TestHost.Agent(["exec", "read", "write", "edit", "list"]), Env(sandbox)).ToDictionary(t => t.Name);

        Assert.Equal(["command"], Required(tools["exec"]));
        Assert.True(tools["exec"].JsonSchema.GetProperty("properties").TryGetProperty("timeoutSeconds", out _));
        Assert.False(tools["exec"].JsonSchema.GetProperty("properties").TryGetProperty("cancellationToken", out _));
        Assert.Equal(["path"], Required(tools["read"]));
        Assert.Equal(["path", "content"], Required(tools["write"]));
        Assert.Equal(["path", "oldText", "newText"], Required(tools["edit"]));
        Assert.Empty(Required(tools["list"]));
        Assert.All(tools.Values, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
    }

    [Fact]
    public async Task File_tools_report_refusals_to_the_model()
    {
        var tools = AgentTools.Create(TestHost.Agent(["read", "write", "edit", "list"]), Env()).ToDictionary(t => t.Name);

        Assert.Equal("wrote a/b.txt", await SandboxBehaviourTests.ToolText(tools["write"], new() { ["path"] = "a/b.txt", ["content"] = "hello" }));
        Assert.Equal("hello", await SandboxBehaviourTests.ToolText(tools["read"], new() { ["path"] = "a/b.txt" }));
        Assert.Equal("edited a/b.txt (5 bytes)", await SandboxBehaviourTests.ToolText(tools["edit"], new() { ["path"] = "a/b.txt", ["oldText"] = "hello", ["newText"] = "howdy" }));
        Assert.Equal("a/", await SandboxBehaviourTests.ToolText(tools["list"], new AIFunctionArguments()));
        Assert.Equal("b.txt\t5 bytes", await SandboxBehaviourTests.ToolText(tools["list"], new() { ["path"] = "a" }));
        Assert.StartsWith("error: '../x' contains '..'", await SandboxBehaviourTests.ToolText(tools["read"], new() { ["path"] = "../x" }), StringComparison.Ordinal);
    }

    private static string[] Required(AIFunction tool) =>
        tool.JsonSchema.TryGetProperty("required", out var r) ? [.. r.EnumerateArray().Select(e => e.GetString()!)] : [];
}
