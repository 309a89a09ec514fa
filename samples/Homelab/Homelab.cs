using NixClaw;

namespace Homelab;

/// <summary>
/// The machine from the seed: a Proxmox VM "nixclaw" running the gateway for a self-hosted Mattermost
/// and Gitea, with rootless Podman for tools, Brave web search and Tailscale SSH.
/// </summary>
[NixClawHost]
public static partial class Homelab
{
    // ---- The machine ---------------------------------------------------------------------------

    /// <summary>The VM: UEFI (OVMF), q35, VirtIO SCSI, QEMU guest agent.</summary>
    public static readonly Host Nixclaw = new("nixclaw")
    {
        TimeZone = "America/Chicago",
        AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
        ConfigDirectory = "nix-config/hosts/nixclaw",
    };

    /// <summary>256 GB VirtIO SCSI disk: a 512 MB ESP and ext4 for the rest.</summary>
    public static readonly Disk Main = new("main", "/dev/sda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp, MountOptions = ["umask=0077"] },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    // ---- People and services ---------------------------------------------------------------------

    /// <summary>The operator: SSH over Tailscale, fish, GH_TOKEN in the shell.</summary>
    public static readonly User Admin = new("devinbernosky", UserRole.Admin)
    {
        Description = "Devin Bernosky",
        SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c devin@macbook"],
        PasswordHash = AdminPasswordHash,
        GitHubToken = GhToken,
    };

    /// <summary>Runs the gateway as a lingering user service and owns every workspace.</summary>
    public static readonly User Service = new("openclaw", UserRole.Service)
    {
        Description = "NixClaw gateway",
        Linger = true,
        RootlessPodman = true,
    };

    // ---- Secrets (values live encrypted in nix/secrets/nixclaw.yaml) -----------------------------

    public static readonly Secret AdminPasswordHash = new("admin_password_hash");
    // Owners follow use: the admin's GH token is the admin's; service tokens and keys are the service user's.
    public static readonly Secret GhToken = new("gh_token");
    public static readonly Secret MattermostToken = new("mattermost/bot_token");
    public static readonly Secret GatewayToken = new("openclaw/gateway_token");
    public static readonly Secret GiteaToken = new("gitea/token");
    public static readonly Secret BraveKey = new("brave/api_key");
    public static readonly Secret OpenAIKey = new("openai/api_key", Owner: Service);
    public static readonly Secret TailscaleAuthKey = new("tailscale_authkey");

    public static readonly Mattermost Chat = new("https://mattermost.fitzsky.com", Team: "fitzsky", Bot: "operator", Token: MattermostToken)
    {
        ChatMode = ChatMode.OnMessage,
        Operators = ["devinbernosky"],
    };

    public static readonly Gitea Git = new("https://gitea.fitzsky.com", Organization: "NixClaw", Token: GiteaToken)
    {
        SkillsRepository = "skills",
    };

    public static readonly Tailscale Tailnet = new(AuthKey: TailscaleAuthKey);

    public static readonly Gateway Gateway = new(Port: 18789) { AuthToken = GatewayToken };

    // ---- Models and agents -------------------------------------------------------------------------

    public static readonly Model Gpt = new("gpt", ModelProvider.OpenAI, "gpt-4.1") { ApiKey = OpenAIKey, IsDefault = true };

    public static readonly Model LocalLlama = new("llama", ModelProvider.Ollama, "llama3.1:8b") { Endpoint = "http://127.0.0.1:11434/v1" };

    private static readonly Tool[] StandardTools = [new ExecTool(), new FileTools(), new WebSearchTool(BraveKey)];

    /// <summary>Research assistant with web search.</summary>
    public static readonly Agent Research = new("research", Channel: "research")
    {
        DisplayName = "Research",
        Tools = StandardTools,
    };

    /// <summary>Keeps this very configuration tidy; runs on the local model.</summary>
    public static readonly Agent Homelab_ = new("homelab", Channel: "homelab")
    {
        DisplayName = "Homelab",
        Model = LocalLlama,
        Tools = [new ExecTool(), new FileTools()],
        Sandbox = new SandboxPolicy { MemoryMb = 2048, TimeoutSeconds = 300 },
    };

    /// <summary>Answers questions about the notes in its workspace, adds to them and says how much room they take (C# tools).</summary>
    public static readonly Agent Notes = Research with
    {
        Id = "notes",
        Channel = "notes",
        DisplayName = "Notes",
        Tools = [new FileTools(ReadOnly: true), Tool.From(HomelabTools.Remember), Tool.From(HomelabTools.DiskUsage)],
    };
}
