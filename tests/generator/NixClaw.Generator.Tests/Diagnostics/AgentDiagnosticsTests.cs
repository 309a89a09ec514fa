using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW1xx: agents and models.</summary>
public sealed class AgentDiagnosticsTests
{
    private const string NotesId = "Id = \"notes\"";
    private const string NotesChannel = "Channel = \"notes\"";

    [Theory]
    [InlineData("Bad Id")]
    [InlineData("Notes")]
    [InlineData("-notes")]
    [InlineData("notes.v2")]
    public void NCLAW101_InvalidAgentId(string id) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((NotesId, $"Id = [|\"{id}\"|]")),
            Error("NCLAW101", $"Agent id '{id}' is invalid: it must match ^[a-z0-9_][a-z0-9_-]{{0,63}}$"));

    [Fact]
    public void NCLAW101_AgentIdOf65Characters()
    {
        var id = new string('a', 65);
        DiagnosticAssert.Exactly(
            Sources.Sample((NotesId, $"Id = [|\"{id}\"|]")),
            Error("NCLAW101", $"Agent id '{id}' is invalid: it must match ^[a-z0-9_][a-z0-9_-]{{0,63}}$"));
    }

    [Fact]
    public void AgentIdOf64CharactersIsValid() =>
        DiagnosticAssert.Clean(Sources.Sample((NotesId, $"Id = \"{new string('a', 64)}\"")));

    [Theory]
    [InlineData("Town Square", "use lowercase letters, digits, '-' and '_', starting with a letter or digit")]
    [InlineData("town.square", "use lowercase letters, digits, '-' and '_', starting with a letter or digit")]
    [InlineData("-notes", "use lowercase letters, digits, '-' and '_', starting with a letter or digit")]
    [InlineData("", "it must be 1 to 64 characters")]
    [InlineData("0123456789abcdef0123456789abcdef01234567", "it looks like a direct-message channel id")]
    [InlineData("abcdefghijklmnopqrstuvwxyz__abcdefghijklmnopqrstuvwxyz", "it looks like a direct-message channel id")]
    public void NCLAW102_InvalidChannelName(string channel, string problem) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((NotesChannel, $"Channel = [|\"{channel}\"|]")),
            Error("NCLAW102", $"Channel name '{channel}' of agent 'notes' is invalid: {problem}"));

    [Fact]
    public void NCLAW102_ChannelNameOf65Characters()
    {
        var channel = new string('c', 65);
        DiagnosticAssert.Exactly(
            Sources.Sample((NotesChannel, $"Channel = [|\"{channel}\"|]")),
            Error("NCLAW102", $"Channel name '{channel}' of agent 'notes' is invalid: it must be 1 to 64 characters"));
    }

    [Fact]
    public void ChannelNameOf64CharactersWithDashesAndUnderscoresIsValid() =>
        DiagnosticAssert.Clean(Sources.Sample((NotesChannel, $"Channel = \"town-square_{new string('x', 52)}\"")));

    [Fact]
    public void NCLAW103_AgentsWithoutModelWhenNoModelIsTheDefault() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                (" ApiKey = OpenAIKey, IsDefault = true ", " ApiKey = OpenAIKey "),
                ("Agent Research = new(\"research\", Channel: \"research\")\n    {\n        DisplayName = \"Research\",\n        Tools = StandardTools,\n    };",
                 "Agent Research = [|new(\"research\", Channel: \"research\")\n    {\n        DisplayName = \"Research\",\n        Tools = StandardTools,\n    }|];"),
                ("Agent Notes = Research with\n    {\n        Id = \"notes\",\n        Channel = \"notes\",\n        DisplayName = \"Notes\",\n        Tools = [new FileTools(ReadOnly: true)],\n    };",
                 "Agent Notes = [|Research with\n    {\n        Id = \"notes\",\n        Channel = \"notes\",\n        DisplayName = \"Notes\",\n        Tools = [new FileTools(ReadOnly: true)],\n    }|];")),
            Error("NCLAW103", "Agent 'research' has no model and no model is declared with IsDefault = true"),
            Error("NCLAW103", "Agent 'notes' has no model and no model is declared with IsDefault = true"));

    [Fact]
    public void NCLAW104_AgentWithAnInlineModel() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Model = LocalLlama,", "Model = [|new Model(\"mistral\", ModelProvider.Ollama, \"mistral:7b\")|],")),
            Error("NCLAW104", "Agent 'homelab' uses model 'mistral', which is not declared in this host; declare it as a field"));

    [Fact]
    public void NCLAW104_AgentWithAModelDeclaredInAnotherClass() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("Model = LocalLlama,", "Model = [|Models.Mistral|],"),
                ("namespace Homelab;", "namespace Homelab;\n\ninternal static class Models\n{\n    public static readonly Model Mistral = new(\"mistral\", ModelProvider.Ollama, \"mistral:7b\");\n}")),
            Error("NCLAW104", "Agent 'homelab' uses model 'mistral', which is not declared in this host; declare it as a field"));

    [Fact]
    public void NCLAW105_WebSearchWithoutKey() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new WebSearchTool(BraveKey)", "new WebSearchTool([|null|])")),
            Error("NCLAW105", "Agent 'research' has a web search tool without an API key secret"));

    [Theory]
    [InlineData("MemoryMb = 2048", "MemoryMb", "8", "16", "1048576")]
    [InlineData("TimeoutSeconds = 300", "TimeoutSeconds", "0", "1", "86400")]
    [InlineData("TimeoutSeconds = 300", "TimeoutSeconds", "86401", "1", "86400")]
    public void NCLAW106_SandboxLimitOutOfRange(string find, string property, string value, string min, string max) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((find, $"{property} = [|{value}|]")),
            Error("NCLAW106", $"'{property}' of agent 'homelab' is {value}; it must be between {min} and {max}"));

    [Fact]
    public void NCLAW106_MaxProcessesOutOfRange() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("MemoryMb = 2048,", "MemoryMb = 2048, MaxProcesses = [|4|],")),
            Error("NCLAW106", "'MaxProcesses' of agent 'homelab' is 4; it must be between 8 and 65536"));

    [Fact]
    public void NCLAW106_MaxTurnsOutOfRange() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Homelab\",", "DisplayName = \"Homelab\",\n        MaxTurns = [|0|],")),
            Error("NCLAW106", "'MaxTurns' of agent 'homelab' is 0; it must be between 1 and 1000"));

    [Fact]
    public void NCLAW106_SyncIntervalOutOfRange() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Homelab\",", "DisplayName = \"Homelab\",\n        SyncIntervalMinutes = [|1441|],")),
            Error("NCLAW106", "'SyncIntervalMinutes' of agent 'homelab' is 1441; it must be between 1 and 1440"));

    [Fact]
    public void NCLAW106_WebSearchMaxResultsOutOfRange() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new WebSearchTool(BraveKey)", "new WebSearchTool(BraveKey) { MaxResults = [|21|] }")),
            Error("NCLAW106", "'MaxResults' of agent 'research' is 21; it must be between 1 and 20"));

    [Fact]
    public void NCLAW107_TwoDefaultModels() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("public static readonly Model LocalLlama = new(\"llama\", ModelProvider.Ollama, \"llama3.1:8b\") { Endpoint",
                            "public static readonly Model [|LocalLlama|] = new(\"llama\", ModelProvider.Ollama, \"llama3.1:8b\") { IsDefault = true, Endpoint")),
            Error("NCLAW107", "More than one model is the default: 'gpt' and 'llama'"));

    [Fact]
    public void NCLAW108_AgentsWithoutMattermost() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("Host Nixclaw = new(\"nixclaw\")\n    {", "Host Nixclaw = [|new(\"nixclaw\")\n    {"),
                ("ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    };", "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    }|];"),
                ("public static readonly Mattermost Chat = new(", "/*"),
                ("Operators = [\"devinbernosky\"],\n    };", "*/")),
            Warning("NCLAW108", "Agents are declared but host 'nixclaw' declares no Mattermost server, so nobody can talk to them"));

    [Fact]
    public void NCLAW109_ToolListedTwice() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Tools = [new ExecTool(), new FileTools()],", "Tools = [new ExecTool(), new FileTools(), [|new ExecTool()|]],")),
            Warning("NCLAW109", "Agent 'homelab' has the exec tool listed more than once"));

    [Fact]
    public void NCLAW109_FileToolsListedTwice() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Tools = [new FileTools(ReadOnly: true)]", "Tools = [new FileTools(ReadOnly: true), [|new FileTools()|]]")),
            Warning("NCLAW109", "Agent 'notes' has the read tool listed more than once"));

    [Fact]
    public void NCLAW110_SandboxWithNetworkAndExec() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("TimeoutSeconds = 300 }", "TimeoutSeconds = 300, Network = [|true|] }")),
            Warning("NCLAW110", "Agent 'homelab' runs tools with network access"));

    [Fact]
    public void SandboxWithNetworkButNoExecIsSilent() =>
        DiagnosticAssert.Clean(Sources.Sample(("Tools = [new FileTools(ReadOnly: true)]", "Tools = [new FileTools(ReadOnly: true)], Sandbox = new SandboxPolicy { Network = true }")));
}
