using NixClaw;

namespace EveryFeature;

// Declarations that use every feature the generated OpenClaw config carries, read by OpenClawOracleTests and compiled
// there by the real generator (this file is not part of the test assembly). Chat mode is a per-host setting, so there is
// one host per mode; the first one carries everything else.

/// <summary>
/// Two models of each provider (one model id with a '/'), Brave web search, an allowlist with the onchar trigger, a
/// private-network Mattermost, agents with every tool and both sandbox backends, and non-default gateway options.
/// </summary>
[NixClawHost]
public static partial class Workshop
{
    public static readonly Host Machine = new("workshop") { AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p" };

    public static readonly Disk Main = new("main", "/dev/vda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    public static readonly User Admin = new("alice", UserRole.Admin) { SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c alice@mac"] };
    public static readonly User Service = new("openclaw", UserRole.Service) { Linger = true, RootlessPodman = true };

    public static readonly Secret MattermostToken = new("mattermost/bot_token");
    public static readonly Secret GatewayToken = new("openclaw/gateway_token");
    public static readonly Secret GiteaToken = new("gitea/token");
    public static readonly Secret BraveKey = new("brave/api_key");
    public static readonly Secret OpenAIKey = new("openai/api_key");
    public static readonly Secret AnthropicKey = new("anthropic/api_key");
    public static readonly Secret VllmKey = new("vllm/api_key");

    public static readonly Mattermost Chat = new("https://10.0.0.10:8065", Team: "workshop", Bot: "operator", Token: MattermostToken)
    {
        ChatMode = ChatMode.OnChar,
        TriggerPrefix = "!",
        Operators = ["alice"],
        AllowFrom = ["alice", "bob"],
        PublicAgentChannels = true,
    };

    public static readonly Gitea Git = new("https://gitea.example.com", Organization: "workshop", Token: GiteaToken);

    public static readonly Gateway Gateway = new(Port: 18800)
    {
        AuthToken = GatewayToken,
        LogPath = "/var/log/nixclaw/gateway.log",
        WorkspacesDirectory = "agents",
    };

    public static readonly Model Gpt = new("gpt", ModelProvider.OpenAI, "gpt-4.1") { ApiKey = OpenAIKey, IsDefault = true };
    public static readonly Model GptMini = new("gpt-mini", ModelProvider.OpenAI, "gpt-4.1-mini") { ApiKey = OpenAIKey };
    public static readonly Model Vllm = new("vllm", ModelProvider.OpenAICompatible, "meta-llama/Llama-3.1-8B-Instruct") { Endpoint = "https://10.0.0.5:8000/v1", ApiKey = VllmKey };
    public static readonly Model LlamaCpp = new("llamacpp", ModelProvider.OpenAICompatible, "qwen3-8b") { Endpoint = "http://127.0.0.1:8080/v1" };
    public static readonly Model Llama = new("llama", ModelProvider.Ollama, "llama3.1:8b");
    public static readonly Model Qwen = new("qwen", ModelProvider.Ollama, "qwen3:14b") { Endpoint = "https://10.0.0.7:11434/v1" };
    public static readonly Model Sonnet = new("sonnet", ModelProvider.Anthropic, "claude-sonnet-4-6") { ApiKey = AnthropicKey };
    public static readonly Model Haiku = new("haiku", ModelProvider.Anthropic, "claude-haiku-4-5") { ApiKey = AnthropicKey };

    /// <summary>Every tool, a networked Podman sandbox with its own limits.</summary>
    public static readonly Agent Research = new("research", Channel: "research")
    {
        DisplayName = "Research",
        Model = Sonnet,
        Tools = [new ExecTool(), new FileTools(), new WebSearchTool(BraveKey) { MaxResults = 10 }],
        Sandbox = new SandboxPolicy { Network = true, MemoryMb = 4096, MaxProcesses = 512, TimeoutSeconds = 600, Image = "localhost/research-tools" },
        MaxTurns = 40,
    };

    /// <summary>bubblewrap instead of Podman, on a self-hosted model whose id contains '/'.</summary>
    public static readonly Agent Coder = new("coder", Channel: "coder")
    {
        DisplayName = "Coder",
        Model = Vllm,
        Tools = [new ExecTool(), new FileTools()],
        Sandbox = new SandboxPolicy { Backend = SandboxBackend.Bubblewrap, TimeoutSeconds = 300 },
        SyncIntervalMinutes = 5,
    };

    /// <summary>Read-only files on a local Ollama model.</summary>
    public static readonly Agent Reader = new("reader", Channel: "reader") { Model = Llama, Tools = [new FileTools(ReadOnly: true)] };

    /// <summary>No tools, the default model, its own workspace template.</summary>
    public static readonly Agent Chat_ = new("chat", Channel: "chat") { DisplayName = "Chat", WorkspaceTemplate = "plain" };

    public static readonly Agent Summary = new("summary", Channel: "summary") { Model = GptMini, Tools = [new WebSearchTool(BraveKey) { MaxResults = 10 }] };
    public static readonly Agent Local = new("local", Channel: "local") { Model = LlamaCpp };
    public static readonly Agent Big = new("big", Channel: "big") { Model = Qwen };
    public static readonly Agent Quick = new("quick", Channel: "quick") { Model = Haiku };
}

/// <summary>Answers when mentioned, on a public Mattermost, everyone may trigger; absolute workspaces folder.</summary>
[NixClawHost]
public static partial class Desk
{
    public static readonly Host Machine = new("desk") { AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p" };

    public static readonly Disk Main = new("main", "/dev/vda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    public static readonly User Admin = new("alice", UserRole.Admin) { SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c alice@mac"] };
    public static readonly User Service = new("openclaw", UserRole.Service) { Linger = true, RootlessPodman = true };

    public static readonly Secret MattermostToken = new("mattermost/bot_token");
    public static readonly Secret OpenAIKey = new("openai/api_key");

    public static readonly Mattermost Chat = new("https://chat.example.com", Team: "desk", Bot: "desk-bot", Token: MattermostToken) { ChatMode = ChatMode.OnCall };

    public static readonly Gateway Gateway = new() { WorkspacesDirectory = "/srv/agents" };

    public static readonly Model Gpt = new("gpt", ModelProvider.OpenAI, "gpt-4.1") { ApiKey = OpenAIKey, IsDefault = true };

    public static readonly Agent Helper = new("helper", Channel: "helper") { Tools = [new FileTools()] };
    public static readonly Agent Triage = new("triage", Channel: "triage");
}

/// <summary>Answers every message, only from the allowlist; a single agent on a loopback Mattermost.</summary>
[NixClawHost]
public static partial class Kiosk
{
    public static readonly Host Machine = new("kiosk") { AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p" };

    public static readonly Disk Main = new("main", "/dev/vda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    public static readonly User Admin = new("alice", UserRole.Admin) { SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c alice@mac"] };
    public static readonly User Service = new("openclaw", UserRole.Service) { Linger = true, RootlessPodman = true };

    public static readonly Secret MattermostToken = new("mattermost/bot_token");

    public static readonly Mattermost Chat = new("http://127.0.0.1:8065", Team: "kiosk", Bot: "kiosk", Token: MattermostToken)
    {
        ChatMode = ChatMode.OnMessage,
        AllowFrom = ["alice"],
    };

    public static readonly Model Llama = new("llama", ModelProvider.Ollama, "llama3.1:8b") { IsDefault = true };

    public static readonly Agent Front = new("front", Channel: "front") { DisplayName = "Front desk" };
}
