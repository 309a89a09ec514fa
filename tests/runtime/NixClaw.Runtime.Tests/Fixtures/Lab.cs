
namespace NixClaw.Runtime.Tests.Fixtures;

/// <summary>
/// A small real declarations class: the generator compiles it into <c>Lab.Manifest</c> and the carrier of generated
/// files in this test assembly, exactly as it does for a user's project.
/// </summary>
[NixClawHost]
public static partial class Lab
{
    /// <summary>Public key of Fixtures/lab-age-key.txt (a test-only key).</summary>
    public const string Recipient = "age1hz3jkwgnrl0xsldf85qy7xsvhv9weu25f92awpvs6zygwtnt5gaqzk8qc2";

    public static readonly Host Machine = new("lab") { AgeRecipient = Recipient, DeployAddress = "lab.tailnet" };

    public static readonly Disk Main = new("main", "/dev/sda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    public static readonly User Admin = new("alice", UserRole.Admin) { SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c alice@mac"] };

    public static readonly User Service = new("openclaw", UserRole.Service) { Linger = true, RootlessPodman = true };

    public static readonly Secret MattermostToken = new("mattermost/bot_token");
    public static readonly Secret GiteaToken = new("gitea/token");
    public static readonly Secret GhToken = new("gh_token");

    public static readonly global::NixClaw.Mattermost Chat = new("http://127.0.0.1:9", Team: "lab", Bot: "bot", Token: MattermostToken);

    public static readonly Gitea Git = new("http://127.0.0.1:9", Organization: "lab", Token: GiteaToken);

    public static readonly Model Local = new("local", ModelProvider.Ollama, "llama3.1:8b") { Endpoint = "http://127.0.0.1:11434/v1", IsDefault = true };

    public static readonly Agent Notes = new("notes", Channel: "notes") { Tools = [new FileTools()] };
}
