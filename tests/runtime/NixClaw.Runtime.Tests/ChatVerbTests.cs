using NixClaw.Bindings;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>
/// <c>chat &lt;agent&gt;</c> through the real verb: lines on its standard input, replies on its standard output, the
/// model fake standing in for the agent's model and driving the agent's real file tool in its workspace.
/// </summary>
public sealed class ChatVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AToolCallReadsTheWorkspaceAndTheConversationGoesOnUntilExit()
    {
        await using var model = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        using var lab = new LabProject();
        var workspace = Path.Combine(lab.Root, "try", "notes");
        Directory.CreateDirectory(workspace);
        File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "Answer from the plan file.\n");
        File.WriteAllText(Path.Combine(workspace, "plan.txt"), "the plan is forty-two\n");
        model.Enqueue(
            FakeReply.Tools(new FakeToolCall("read", """{"path":"plan.txt"}""")),
            FakeReply.Text("The plan says forty-two."),
            FakeReply.Text("Still forty-two."));

        var result = await lab.RunAsync(["chat", "notes", "--workspace", workspace], "what is the plan?\n\nare you sure?\n/exit\nnever read\n",
            manifest: WithModel(model.BaseUrl, apiKey: null));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("The plan says forty-two.\nStill forty-two.\n", result.Output);
        Assert.Contains("Chatting with", result.Error, StringComparison.Ordinal);
        var requests = model.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Contains("Answer from the plan file.", requests[0].SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("read", requests[0].ToolNames);
        Assert.Equal("what is the plan?", requests[0].LastUserMessage);
        // The tool ran for real: the file's content went back to the model.
        Assert.Contains(requests[1].Messages, m => m.Role == "tool" && m.Content!.Contains("the plan is forty-two", StringComparison.Ordinal));
        // One session across lines: the second turn sees the first question and answer.
        Assert.Equal(
            [("user", "what is the plan?"), ("assistant", "The plan says forty-two."), ("user", "are you sure?")],
            requests[2].Messages.Where(m => m.Role is "user" or "assistant").Select(m => (m.Role, m.Content ?? "")));
    }

    [Fact]
    public async Task TheModelKeyIsReadFromTheSecretsDirectoryAndEndOfInputEndsTheChat()
    {
        await using var model = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        using var lab = new LabProject();
        var secrets = Path.Combine(lab.Root, "laptop-secrets");
        Directory.CreateDirectory(Path.Combine(secrets, "openai"));
        File.WriteAllText(Path.Combine(secrets, "openai", "api_key"), "sk-test-key\n");
        model.Enqueue(FakeReply.Text("hello from the model"));

        var result = await lab.RunAsync(["chat", "notes", "--workspace", Path.Combine(lab.Root, "ws"), "--secrets-dir", secrets], "hi\n",
            manifest: WithModel(model.BaseUrl, apiKey: "openai/api_key"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("hello from the model\n", result.Output);
        Assert.Equal("Bearer sk-test-key", model.Requests.Single().Authorization);
        Assert.DoesNotContain("sk-test-key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAgentIsAConfigurationErrorListingTheAgents()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["chat", "nobody"], "hi\n");

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("error: no agent 'nobody' on host 'lab'; its agents are: notes", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task AnAgentAddedToTheRosterCanBeChattedWithAndIsListed()
    {
        await using var model = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        using var lab = new LabProject();
        var config = Path.Combine(lab.Root, "config");
        Directory.CreateDirectory(config);
        File.WriteAllText(Path.Combine(config, "agents.json5"), """{ ownership: "explicit", entries: { garden: { name: "Garden planner" } } }""");
        model.Enqueue(FakeReply.Text("plant beans"));

        var chat = await lab.RunAsync(["chat", "garden", "--config-dir", config, "--workspace", Path.Combine(lab.Root, "garden")], "what now?\n",
            manifest: WithModel(model.BaseUrl, apiKey: null));
        var unknown = await lab.RunAsync(["chat", "nobody", "--config-dir", config], "");

        Assert.True(chat.ExitCode == 0, chat.ToString());
        Assert.Equal("plant beans\n", chat.Output);
        Assert.Contains("You are Garden planner (agent id garden)", model.Requests.Single().SystemPrompt, StringComparison.Ordinal);
        // Agents added at run time declare no tools and get none, as in the gateway.
        Assert.Empty(model.Requests.Single().ToolNames);
        Assert.Contains("its agents are: garden, notes", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingModelKeyNamesTheSecretAndTheFolderSearched()
    {
        await using var model = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        using var lab = new LabProject();
        var secrets = Path.Combine(lab.Root, "empty-secrets");
        Directory.CreateDirectory(secrets);

        var result = await lab.RunAsync(["chat", "notes", "--secrets-dir", secrets], "hi\n", manifest: WithModel(model.BaseUrl, apiKey: "openai/api_key"));

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("secret 'openai/api_key'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"'{Path.Combine(secrets, "openai", "api_key")}' does not exist", result.Error, StringComparison.Ordinal);
        Assert.Contains($"Secrets are read from {secrets}", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, model.RequestCount);
    }

    [Fact]
    public async Task HelpSaysHowToTalkToAnAgent()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["chat", "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var text in (string[])["<agent>", "--workspace", "--secrets-dir", "--config-dir", "--sandbox-rootfs", "/exit", "Ctrl-D"])
        {
            Assert.Contains(text, result.Output, StringComparison.Ordinal);
        }
    }

    // The Lab host with its one model served by the fake (and, when given, an API key secret).
    private static TestManifest WithModel(Uri endpoint, string? apiKey) => new(Lab.Manifest)
    {
        ModelsOverride =
        [
            new ModelInfo("local", "openai-compatible", "fake-1", endpoint.ToString(),
                apiKey is null ? null : new SecretInfo(apiKey, "/run/secrets/" + apiKey, "openclaw", "0400"), true),
        ],
    };
}
