using System.Runtime.CompilerServices;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>
/// The syntax path (Evaluator.Syntax.cs) must give exactly what the IOperation path gives: the same values,
/// locations, property order and diagnostics. Each source is extracted twice, once with each path.
/// </summary>
public sealed class SyntaxPathTests
{
    // Shapes the syntax path takes, and shapes it must leave to the IOperation path, side by side.
    private const string Shapes = """
        using NixClaw;
        using Fs = NixClaw.Filesystem;

        namespace Shapes;

        [NixClawHost]
        public static partial class Lab
        {
            private const string Domain = "example.com";

            public static readonly Host Machine = new("lab") { TimeZone = "UTC", AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p" };

            public static readonly Disk Main = new(Device: "/dev/vda", Name: "main", Partitions:
            [
                new NixClaw.Partition("ESP", "512M", Fs.Vfat, "/boot") { Type = PartitionType.Esp },
                new("root", "100%", Filesystem.Ext4, "/") { MountOptions = [] },
            ]);

            public static readonly User Admin = new("alice", UserRole.Admin) { SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c a@b"], PasswordHash = Hash };
            public static readonly User Service = new("openclaw", UserRole.Service) { Linger = true, RootlessPodman = true };

            public static readonly Secret Hash = new("admin_password_hash");
            public static readonly Secret Token = new("mattermost/bot_token", Owner: Service);
            public static readonly Secret Brave = new("brave/api_key");
            public static readonly Secret Later = new("later/key", Owner: Service, Mode: "0440");

            public static readonly Mattermost Chat = new("https://chat." + Domain, Team: "lab", Bot: "bot", Token: Token) { ChatMode = ChatMode.OnCall };
            public static readonly Gateway Gateway = new(Port: 18789);

            public static readonly Model Gpt = new("gpt", ModelProvider.OpenAI, "gpt-4.1") { IsDefault = true, ApiKey = null };
            public static readonly Model Local = new("local", ModelProvider.Ollama, $"llama{3}") { Endpoint = "http://127.0.0.1:11434/v1" };

            private static readonly Tool[] Standard = [new ExecTool(), new FileTools(ReadOnly: false), new WebSearchTool(Brave)];

            public static readonly Agent Research = new(Channel: "research", Id: "research") { Tools = Standard, Model = Gpt };
            public static readonly Agent Copy = Research with { Id = "copy", Channel = "copy" };
            public static readonly Agent Spread = new("spread", Channel: "spread") { Tools = [.. Standard] };
            public static readonly Agent Quiet = new("quiet", Channel: "quiet") { Tools = [new FileTools(true)], Sandbox = new SandboxPolicy { MemoryMb = 1024, TimeoutSeconds = 60 } };
            public static readonly Agent Named = new("named", Channel: Research.Channel + "-2");
        }
        """;

    // Mistakes: each must give the same diagnostics, at the same places, on both paths.
    private const string Mistakes = """
        using NixClaw;

        namespace Broken;

        [NixClawHost]
        public static partial class Lab
        {
            public static readonly Host Machine = new("lab") { TimeZone = System.DateTime.Now.ToString() };
            public static readonly Secret A = new("a", Owner: B.Owner);
            public static readonly Secret B = new("b", Owner: UserOf(A));
            public static readonly User Service = new("openclaw", UserRole.Service) { Linger = Flag };
            public static bool Flag = true;
            public static readonly Agent Loop1 = Loop2 with { Id = "loop1" };
            public static readonly Agent Loop2 = Loop1 with { Id = "loop2" };
            public static readonly Agent Bad = new("bad", Channel: "bad") { Tools = [new ExecTool(), null!] };
            private static User? UserOf(Secret s) => null;
        }
        """;

    public static TheoryData<string> Sources => new() { "sample", "shapes", "mistakes" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void SyntaxPathAndOperationPathGiveTheSameExtractResult(string name)
    {
        var source = name switch
        {
            "sample" => SampleSource.Text,
            "shapes" => Shapes,
            _ => Mistakes,
        };

        var count = new StrongBox<int>();
        Evaluator.SyntaxPathCount.Value = count;
        var fast = Extract(source, disableSyntaxPath: false);
        Evaluator.SyntaxPathCount.Value = null;
        var slow = Extract(source, disableSyntaxPath: true);

        Assert.Equal(slow, fast);
        Assert.True(count.Value >= (name == "mistakes" ? 1 : 10), $"the syntax path took only {count.Value} initialisers");
    }

    private static HostClass Extract(string source, bool disableSyntaxPath)
    {
        Evaluator.DisableSyntaxPath.Value = disableSyntaxPath;
        try
        {
            // A fresh parse each time: the Extract cache is keyed by syntax tree, so neither run sees the other's result.
            var (run, _) = GeneratorHarness.Run(GeneratorHarness.Compile("Lab", source));
            var output = Assert.Single(Assert.Single(run.Results).TrackedSteps["Extract"]).Outputs;
            return (HostClass)Assert.Single(output).Value;
        }
        finally
        {
            Evaluator.DisableSyntaxPath.Value = false;
        }
    }
}
