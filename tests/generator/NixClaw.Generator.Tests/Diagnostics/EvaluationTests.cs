using Microsoft.CodeAnalysis;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>
/// What the evaluator folds at compile time without any diagnostic: the values must reach the generated
/// bindings (<c>Lab.Lab.Manifest.g.cs</c>) and the generated Nix files.
/// </summary>
public sealed class EvaluationTests
{
    /// <summary>Constants and shared declarations in another file and another class.</summary>
    private const string WithRecipient = " { AgeRecipient = \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\" }";

    private const string Shared = """
        using NixClaw;

        namespace Lab;

        internal static class Names
        {
            public const string Org = "acme";
            public const string Team = Org + "-ops";
            public const string Prefix = "lab";
        }

        internal static class Shared
        {
            public static readonly Secret ApiKey = new(Names.Prefix + "/api_key", Mode: "0440");

            public static readonly Model Base = new("base", ModelProvider.OpenAICompatible, "qwen3:32b") { Endpoint = "https://llm.acme.example/v1" };

            public static readonly Tool[] Common = [new ExecTool(), new FileTools(ReadOnly: true)];

            public static readonly Partition[] Boot = new[] { new Partition("ESP", "1G", Filesystem.Vfat, Mountpoint: "/boot") { Type = PartitionType.Esp, MountOptions = new[] { "umask=0077" } } };
        }
        """;

    private const string Host = """
        using NixClaw;

        namespace Lab;

        [NixClawHost]
        public static partial class Lab
        {
            public const string Domain = "acme.example";

            public static readonly Host Machine = new(Names.Prefix + "-" + "01")
            {
                Platform = Platform.Aarch64Linux,
                TimeZone = "Europe/" + "Berlin",
                AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
                SshPort = 2222,
                DeployAddress = $"{Names.Prefix}-01.{Domain}",
            };

            public static readonly Disk Main = new(Name: "main", Device: "/dev/nvme0n1", Partitions: [.. Shared.Boot, new Partition("root", "100%", Filesystem.Btrfs, "/")]);

            public static readonly User Admin = new("ops", UserRole.Admin)
            {
                Shell = Shell.Zsh,
                SshKeys = new[] { "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c ops@" + Domain },
            };

            public static readonly User Service = new(Name: "claw", Role: UserRole.Service) { Linger = true, RootlessPodman = true };

            public static readonly Secret ApiKey = Shared.ApiKey;
            public static readonly Secret BotToken = new($"{Names.Prefix}/bot_token");
            public static readonly Secret SearchKey = ApiKey with { Key = "brave/api_key", Mode = "0400" };

            public static readonly Mattermost Chat = new($"https://chat.{Domain}", Names.Team, Bot: "claw-bot", Token: BotToken)
            {
                ChatMode = ChatMode.OnCall,
                TriggerPrefix = "!",
                Operators = [Admin.Name],
            };

            public static readonly Gateway Gateway = new() { LogPath = "/var/log/claw/" + "gateway.log" };

            public static readonly Model Main_ = Shared.Base with { Name = "main", ApiKey = ApiKey, IsDefault = true };

            public static readonly Agent Ops = new("ops", Channel: Names.Team)
            {
                DisplayName = $"{Names.Org} {Admin.Name} agent",
                Tools = [.. Shared.Common, new WebSearchTool(SearchKey) { MaxResults = 7 }],
                Sandbox = new() { Backend = SandboxBackend.Podman, MemoryMb = 512 * 4, Image = $"localhost/{Names.Prefix}-sandbox" },
                MaxTurns = 40,
            };

            public static readonly Agent Scribe = Ops with { Id = Ops.Id + "-scribe", Channel = $"{Ops.Channel}-notes", DisplayName = Ops.DisplayName + " (notes)", Tools = [] };
        }
        """;

    private static readonly Lazy<(string Manifest, IReadOnlyDictionary<string, string> Files)> Result = new(() =>
    {
        var (run, output) = GeneratorHarness.Run(GeneratorHarness.Compile("Lab", Shared, Host));
        var problems = GeneratorHarness.Problems(run, output);
        Assert.True(problems.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", problems.Select(p => p.ToString())));
        var manifest = run.Results.Single().GeneratedSources.Single(s => s.HintName == "Lab.Lab.Manifest.g.cs").SourceText.ToString();
        return (manifest, GeneratorHarness.Files(run));
    });

    private static string Manifest => Result.Value.Manifest;

    private static string File(string path) => Result.Value.Files[path];

    [Fact]
    public void HostEvaluatesWithoutDiagnostics() => Assert.NotEmpty(Manifest);

    [Fact]
    public void ConstConcatenationAndInterpolationOfConsts() =>
        Assert.Contains("Host { get; } = new(Name: \"lab-01\", System: \"aarch64-linux\", StateVersion: \"25.11\", TimeZone: \"Europe/Berlin\", DeployAddress: \"lab-01.acme.example\", ConfigDirectory: \"nix-config\", AgeRecipient: \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\");", Manifest);

    [Fact]
    public void ReferencesToAnotherFileAndClassWithDefaultedAndNamedArguments() =>
        Assert.Contains("ApiKey { get; } = new(Key: \"lab/api_key\", Path: \"/run/secrets/lab/api_key\", Owner: \"claw\", Mode: \"0440\");", Manifest);

    [Fact]
    public void WithExpressionOverridesSomePropertiesAndKeepsTheOthers()
    {
        Assert.Contains("SearchKey { get; } = new(Key: \"brave/api_key\", Path: \"/run/secrets/brave/api_key\", Owner: \"claw\", Mode: \"0400\");", Manifest);
        Assert.Contains("Main_ { get; } = new(Name: \"main\", Provider: \"openai-compatible\", ModelId: \"qwen3:32b\", Endpoint: \"https://llm.acme.example/v1\", ApiKey: new global::NixClaw.Bindings.SecretInfo(Key: \"lab/api_key\", Path: \"/run/secrets/lab/api_key\", Owner: \"claw\", Mode: \"0440\"), IsDefault: true);", Manifest);
    }

    [Fact]
    public void PositionalAndNamedArgumentsObjectInitialisersEnumsAndPropertyReads() =>
        Assert.Contains("Mattermost { get; } = new(Url: \"https://chat.acme.example\", Team: \"acme-ops\", Bot: \"claw-bot\", Token: new global::NixClaw.Bindings.SecretInfo(Key: \"lab/bot_token\", Path: \"/run/secrets/lab/bot_token\", Owner: \"claw\", Mode: \"0400\"), ChatMode: \"oncall\", TriggerPrefix: \"!\", Operators: new string[] { \"ops\" }, AllowFrom: new string[] {  }, PublicAgentChannels: false);", Manifest);

    [Fact]
    public void DefaultedConstructorArgumentAndInitializer() =>
        Assert.Contains("Gateway { get; } = new(Port: 18789, LogPath: \"/var/log/claw/gateway.log\", AuthToken: null, WorkspacesDirectory: \"workspaces\");", Manifest);

    [Fact]
    public void SpreadsCollectionExpressionsAndInterpolationOfOtherDeclarationsProperties()
    {
        Assert.Contains("Ops { get; } = new(Id: \"ops\", DisplayName: \"acme ops agent\", Channel: \"acme-ops\", Model: \"main\", Tools: new string[] { \"exec\", \"read\", \"list\", \"web_search\" }, WebSearchKey: new global::NixClaw.Bindings.SecretInfo(Key: \"brave/api_key\", Path: \"/run/secrets/brave/api_key\", Owner: \"claw\", Mode: \"0400\"), WebSearchMaxResults: 7, Sandbox: new global::NixClaw.Bindings.SandboxInfo(Backend: \"podman\", Network: false, MemoryMb: 2048, MaxProcesses: 256, Timeout: global::System.TimeSpan.FromSeconds(120), Image: \"localhost/lab-sandbox\"), WorkspaceTemplate: \"default\", SyncInterval: global::System.TimeSpan.FromMinutes(15), MaxTurns: 40);", Manifest);
        Assert.Contains("Scribe { get; } = new(Id: \"ops-scribe\", DisplayName: \"acme ops agent (notes)\", Channel: \"acme-ops-notes\", Model: \"main\", Tools: new string[] {  }, WebSearchKey: null, WebSearchMaxResults: 5, Sandbox: new global::NixClaw.Bindings.SandboxInfo(Backend: \"podman\", Network: false, MemoryMb: 2048, MaxProcesses: 256, Timeout: global::System.TimeSpan.FromSeconds(120), Image: \"localhost/lab-sandbox\"), WorkspaceTemplate: \"default\", SyncInterval: global::System.TimeSpan.FromMinutes(15), MaxTurns: 40);", Manifest);
    }

    [Fact]
    public void UsersWithEnumsAndNamedArguments()
    {
        Assert.Contains("Admin { get; } = new(Name: \"ops\", IsService: false, Home: \"/home/ops\", Shell: \"zsh\", Linger: false, RootlessPodman: false);", Manifest);
        Assert.Contains("Service { get; } = new(Name: \"claw\", IsService: true, Home: \"/home/claw\", Shell: \"fish\", Linger: true, RootlessPodman: true);", Manifest);
    }

    [Fact]
    public void SpreadArrayFromAnotherFileReachesDisko()
    {
        var disko = File("hosts/lab-01/disko.nix");
        Assert.Contains("device = lib.mkDefault \"/dev/nvme0n1\";", disko);
        Assert.Contains("size = \"1G\";", disko);
        Assert.Contains("\"umask=0077\"", disko);
        Assert.Contains("format = \"btrfs\";", disko);
        Assert.True(disko.IndexOf("ESP", StringComparison.Ordinal) < disko.IndexOf("root", StringComparison.Ordinal), "partitions keep their declared order");
    }

    [Fact]
    public void InterpolatedSshKeyAndPortReachTheNixFiles()
    {
        Assert.Contains("ops@acme.example", File("hosts/lab-01/users.nix"));
        Assert.Contains("2222", File("hosts/lab-01/default.nix"));
    }

    [Fact]
    public void NameofAndCharConstantsAreText() =>
        DiagnosticAssert.Clean(Sources.Minimal("public static readonly Secret Token = new(nameof(Token) + '_' + \"key\");", host: WithRecipient));

    [Fact]
    public void StaticPropertyWithInitializerIsEvaluated()
    {
        var (run, _) = DiagnosticAssert.Clean(Sources.Minimal("public static Secret Shared { get; } = new(\"shared\");\npublic static readonly Secret Token = Shared with { Mode = \"0440\" };", host: WithRecipient));
        var manifest = run.Results.Single().GeneratedSources.Single(s => s.HintName == "Box.Manifest.g.cs").SourceText.ToString();
        Assert.Contains("Token { get; } = new(Key: \"shared\", Path: \"/run/secrets/shared\", Owner: null, Mode: \"0440\");", manifest);
    }
}
