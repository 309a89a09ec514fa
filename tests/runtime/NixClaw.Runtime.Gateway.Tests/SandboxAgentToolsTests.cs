using Microsoft.Extensions.AI;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class SandboxAgentToolsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nixclaw-tools-").FullName;

    [Fact]
    public async Task DeclaredFileToolsActInTheAgentsWorkspaceAndRuntimeAgentsGetNone()
    {
        var workspace = Path.Combine(_dir, "coder");
        var tools = new SandboxAgentTools(agent => new AgentToolEnvironment { WorkspaceDirectory = agent.WorkspaceDirectory });
        var declared = new ResolvedAgent("coder", "Coder", "fast", 4, workspace, TestManifest.Agent("coder", "coder", "fast", 4, "read", "write", "list"));

        var offered = tools.ToolsFor(declared);
        Assert.Equal(["read", "write", "list"], offered.Select(t => t.Name));
        Assert.Same(offered, tools.ToolsFor(declared));
        var write = (AIFunction)offered.Single(t => t.Name == "write");
        var arguments = new AIFunctionArguments();
        foreach (var parameter in write.JsonSchema.GetProperty("properties").EnumerateObject())
        {
            arguments[parameter.Name] = parameter.Name.Contains("path", StringComparison.OrdinalIgnoreCase) ? "notes.md" : "hello";
        }

        await write.InvokeAsync(arguments, TestContext.Current.CancellationToken);
        Assert.Equal("hello", await File.ReadAllTextAsync(Path.Combine(workspace, "notes.md"), TestContext.Current.CancellationToken));
        Assert.Empty(tools.ToolsFor(declared with { Id = "added", Declaration = null }));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
