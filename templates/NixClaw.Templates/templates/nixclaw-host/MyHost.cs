using NixClaw;

namespace MyHost;

/// <summary>
/// The machine and its agents. Every field is a declaration; references between them are field references, so a
/// rename is a refactoring and a typo a compile error. `dotnet build` reports mistakes as NCLAW errors at the line.
/// </summary>
[NixClawHost]
public static partial class MyHost
{
    // ---- The machine ---------------------------------------------------------------------------

    /// <summary>The host. After `dotnet run -- secrets init`, add the AgeRecipient line it prints here.</summary>
    public static readonly Host Machine = new("nixclaw-host-name")
    {
        TimeZone = "UTC",
    };

    /// <summary>The disk nixos-anywhere erases and partitions: an EFI system partition and ext4 for the rest.</summary>
    public static readonly Disk Main = new("main", "/dev/sda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp, MountOptions = ["umask=0077"] },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    // ---- People ----------------------------------------------------------------------------------

    /// <summary>You: in wheel, SSH with this key only (no passwords over SSH).</summary>
    public static readonly User Admin = new("nixclaw-admin-user", UserRole.Admin)
    {
        SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITemplatePlaceholderKeyLineReplacedByTheSshKeyParameter template"],
    };

    /// <summary>Runs the gateway as a lingering user service, owns the agents' workspaces and runs their tools in rootless Podman.</summary>
    public static readonly User Service = new("openclaw", UserRole.Service)
    {
        Description = "NixClaw gateway",
        Linger = true,
        RootlessPodman = true,
    };

    // ---- Secrets: values live encrypted in nix/secrets/<host>.yaml (`dotnet run -- secrets set <key>`) ---

    public static readonly Secret MattermostToken = new("mattermost/bot_token");
    public static readonly Secret OpenAIKey = new("openai/api_key", Owner: Service);

    // ---- Chat and models -------------------------------------------------------------------------

    /// <summary>The Mattermost server the gateway joins as a bot; each agent answers in its own channel.</summary>
    public static readonly Mattermost Chat = new("https://mattermost.example.com", Team: "home", Bot: "operator", Token: MattermostToken);

    public static readonly Model Gpt = new("gpt", ModelProvider.OpenAI, "gpt-4.1") { ApiKey = OpenAIKey, IsDefault = true };

    // ---- Agents ----------------------------------------------------------------------------------

    /// <summary>A general assistant: runs commands in its sandbox and edits the files of its workspace.</summary>
    public static readonly Agent Assistant = new("assistant", Channel: "assistant")
    {
        DisplayName = "Assistant",
        Tools = [new ExecTool(), new FileTools()],
    };
}
