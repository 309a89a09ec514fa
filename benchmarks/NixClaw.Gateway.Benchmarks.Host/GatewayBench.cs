using NixClaw;

namespace GatewayBench;

/// <summary>
/// The host the gateway load benchmark runs: 100 agents <c>bench-000</c> … <c>bench-099</c>, each answering in the
/// channel of its name, on one OpenAI-compatible model. Mattermost and the model are the repository's loopback fakes,
/// which the benchmark starts on the ports declared here.
/// </summary>
[NixClawHost]
public static partial class GatewayBench
{
    /// <summary>Where the benchmark starts the Mattermost fake (below the ephemeral port range, so no test takes it).</summary>
    public const string MattermostUrl = "http://127.0.0.1:28065";

    /// <summary>Where the benchmark starts the OpenAI-compatible fake.</summary>
    public const string ModelUrl = "http://127.0.0.1:28066/v1";

    public static readonly Host Bench = new("bench")
    {
        TimeZone = "UTC",
        AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
    };

    public static readonly Disk Main = new("main", "/dev/sda",
    [
        new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp, MountOptions = ["umask=0077"] },
        new Partition("root", "100%", Filesystem.Ext4, "/"),
    ]);

    public static readonly User Admin = new("bench-admin", UserRole.Admin)
    {
        SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c bench@localhost"],
    };

    public static readonly User Service = new("openclaw", UserRole.Service) { Linger = true };

    public static readonly Secret MattermostToken = new("mattermost/bot_token");

    public static readonly Mattermost Chat = new(MattermostUrl, Team: "homelab", Bot: "nixclaw", Token: MattermostToken);

    public static readonly Gateway Gateway = new(Port: 18789);

    public static readonly Model Echo = new("echo", ModelProvider.OpenAICompatible, "echo-1") { Endpoint = ModelUrl, IsDefault = true };

    public static readonly Agent Bench000 = new("bench-000", Channel: "bench-000");
    public static readonly Agent Bench001 = new("bench-001", Channel: "bench-001");
    public static readonly Agent Bench002 = new("bench-002", Channel: "bench-002");
    public static readonly Agent Bench003 = new("bench-003", Channel: "bench-003");
    public static readonly Agent Bench004 = new("bench-004", Channel: "bench-004");
    public static readonly Agent Bench005 = new("bench-005", Channel: "bench-005");
    public static readonly Agent Bench006 = new("bench-006", Channel: "bench-006");
    public static readonly Agent Bench007 = new("bench-007", Channel: "bench-007");
    public static readonly Agent Bench008 = new("bench-008", Channel: "bench-008");
    public static readonly Agent Bench009 = new("bench-009", Channel: "bench-009");
    public static readonly Agent Bench010 = new("bench-010", Channel: "bench-010");
    public static readonly Agent Bench011 = new("bench-011", Channel: "bench-011");
    public static readonly Agent Bench012 = new("bench-012", Channel: "bench-012");
    public static readonly Agent Bench013 = new("bench-013", Channel: "bench-013");
    public static readonly Agent Bench014 = new("bench-014", Channel: "bench-014");
    public static readonly Agent Bench015 = new("bench-015", Channel: "bench-015");
    public static readonly Agent Bench016 = new("bench-016", Channel: "bench-016");
    public static readonly Agent Bench017 = new("bench-017", Channel: "bench-017");
    public static readonly Agent Bench018 = new("bench-018", Channel: "bench-018");
    public static readonly Agent Bench019 = new("bench-019", Channel: "bench-019");
    public static readonly Agent Bench020 = new("bench-020", Channel: "bench-020");
    public static readonly Agent Bench021 = new("bench-021", Channel: "bench-021");
    public static readonly Agent Bench022 = new("bench-022", Channel: "bench-022");
    public static readonly Agent Bench023 = new("bench-023", Channel: "bench-023");
    public static readonly Agent Bench024 = new("bench-024", Channel: "bench-024");
    public static readonly Agent Bench025 = new("bench-025", Channel: "bench-025");
    public static readonly Agent Bench026 = new("bench-026", Channel: "bench-026");
    public static readonly Agent Bench027 = new("bench-027", Channel: "bench-027");
    public static readonly Agent Bench028 = new("bench-028", Channel: "bench-028");
    public static readonly Agent Bench029 = new("bench-029", Channel: "bench-029");
    public static readonly Agent Bench030 = new("bench-030", Channel: "bench-030");
    public static readonly Agent Bench031 = new("bench-031", Channel: "bench-031");
    public static readonly Agent Bench032 = new("bench-032", Channel: "bench-032");
    public static readonly Agent Bench033 = new("bench-033", Channel: "bench-033");
    public static readonly Agent Bench034 = new("bench-034", Channel: "bench-034");
    public static readonly Agent Bench035 = new("bench-035", Channel: "bench-035");
    public static readonly Agent Bench036 = new("bench-036", Channel: "bench-036");
    public static readonly Agent Bench037 = new("bench-037", Channel: "bench-037");
    public static readonly Agent Bench038 = new("bench-038", Channel: "bench-038");
    public static readonly Agent Bench039 = new("bench-039", Channel: "bench-039");
    public static readonly Agent Bench040 = new("bench-040", Channel: "bench-040");
    public static readonly Agent Bench041 = new("bench-041", Channel: "bench-041");
    public static readonly Agent Bench042 = new("bench-042", Channel: "bench-042");
    public static readonly Agent Bench043 = new("bench-043", Channel: "bench-043");
    public static readonly Agent Bench044 = new("bench-044", Channel: "bench-044");
    public static readonly Agent Bench045 = new("bench-045", Channel: "bench-045");
    public static readonly Agent Bench046 = new("bench-046", Channel: "bench-046");
    public static readonly Agent Bench047 = new("bench-047", Channel: "bench-047");
    public static readonly Agent Bench048 = new("bench-048", Channel: "bench-048");
    public static readonly Agent Bench049 = new("bench-049", Channel: "bench-049");
    public static readonly Agent Bench050 = new("bench-050", Channel: "bench-050");
    public static readonly Agent Bench051 = new("bench-051", Channel: "bench-051");
    public static readonly Agent Bench052 = new("bench-052", Channel: "bench-052");
    public static readonly Agent Bench053 = new("bench-053", Channel: "bench-053");
    public static readonly Agent Bench054 = new("bench-054", Channel: "bench-054");
    public static readonly Agent Bench055 = new("bench-055", Channel: "bench-055");
    public static readonly Agent Bench056 = new("bench-056", Channel: "bench-056");
    public static readonly Agent Bench057 = new("bench-057", Channel: "bench-057");
    public static readonly Agent Bench058 = new("bench-058", Channel: "bench-058");
    public static readonly Agent Bench059 = new("bench-059", Channel: "bench-059");
    public static readonly Agent Bench060 = new("bench-060", Channel: "bench-060");
    public static readonly Agent Bench061 = new("bench-061", Channel: "bench-061");
    public static readonly Agent Bench062 = new("bench-062", Channel: "bench-062");
    public static readonly Agent Bench063 = new("bench-063", Channel: "bench-063");
    public static readonly Agent Bench064 = new("bench-064", Channel: "bench-064");
    public static readonly Agent Bench065 = new("bench-065", Channel: "bench-065");
    public static readonly Agent Bench066 = new("bench-066", Channel: "bench-066");
    public static readonly Agent Bench067 = new("bench-067", Channel: "bench-067");
    public static readonly Agent Bench068 = new("bench-068", Channel: "bench-068");
    public static readonly Agent Bench069 = new("bench-069", Channel: "bench-069");
    public static readonly Agent Bench070 = new("bench-070", Channel: "bench-070");
    public static readonly Agent Bench071 = new("bench-071", Channel: "bench-071");
    public static readonly Agent Bench072 = new("bench-072", Channel: "bench-072");
    public static readonly Agent Bench073 = new("bench-073", Channel: "bench-073");
    public static readonly Agent Bench074 = new("bench-074", Channel: "bench-074");
    public static readonly Agent Bench075 = new("bench-075", Channel: "bench-075");
    public static readonly Agent Bench076 = new("bench-076", Channel: "bench-076");
    public static readonly Agent Bench077 = new("bench-077", Channel: "bench-077");
    public static readonly Agent Bench078 = new("bench-078", Channel: "bench-078");
    public static readonly Agent Bench079 = new("bench-079", Channel: "bench-079");
    public static readonly Agent Bench080 = new("bench-080", Channel: "bench-080");
    public static readonly Agent Bench081 = new("bench-081", Channel: "bench-081");
    public static readonly Agent Bench082 = new("bench-082", Channel: "bench-082");
    public static readonly Agent Bench083 = new("bench-083", Channel: "bench-083");
    public static readonly Agent Bench084 = new("bench-084", Channel: "bench-084");
    public static readonly Agent Bench085 = new("bench-085", Channel: "bench-085");
    public static readonly Agent Bench086 = new("bench-086", Channel: "bench-086");
    public static readonly Agent Bench087 = new("bench-087", Channel: "bench-087");
    public static readonly Agent Bench088 = new("bench-088", Channel: "bench-088");
    public static readonly Agent Bench089 = new("bench-089", Channel: "bench-089");
    public static readonly Agent Bench090 = new("bench-090", Channel: "bench-090");
    public static readonly Agent Bench091 = new("bench-091", Channel: "bench-091");
    public static readonly Agent Bench092 = new("bench-092", Channel: "bench-092");
    public static readonly Agent Bench093 = new("bench-093", Channel: "bench-093");
    public static readonly Agent Bench094 = new("bench-094", Channel: "bench-094");
    public static readonly Agent Bench095 = new("bench-095", Channel: "bench-095");
    public static readonly Agent Bench096 = new("bench-096", Channel: "bench-096");
    public static readonly Agent Bench097 = new("bench-097", Channel: "bench-097");
    public static readonly Agent Bench098 = new("bench-098", Channel: "bench-098");
    public static readonly Agent Bench099 = new("bench-099", Channel: "bench-099");
}
