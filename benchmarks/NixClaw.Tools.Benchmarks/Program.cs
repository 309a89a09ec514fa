using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.AI;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;
using NixClaw.Tools.TestProgram;

// Per-call cost of a sandboxed C# tool (the test program's echo tool: validation, a fresh sandbox, the .NET runtime
// starting inside it, tool-exec) against the built-in exec running `true` in the same sandbox, through the same
// AIFunctions the gateway offers. The two are interleaved round by round, so a change in the machine's load hits
// both alike; the ratio of the medians is the figure. After scripts/setup, as root or as the sandbox user:
//   dotnet run -c Release --project benchmarks/NixClaw.Tools.Benchmarks -- [rounds]
const string User = "nixclaw-sbx";
const string RootFilesystem = "/var/lib/nixclaw-sandbox/rootfs";
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var runAs = Environment.UserName == "root" ? User : null;
var workspace = Path.Combine(runAs is null ? Path.GetTempPath() : $"/home/{User}", "nixclaw-tools-bench-ws");
Directory.CreateDirectory(workspace);
if (runAs is not null)
{
    using var chown = Process.Start("chown", [User + ":", workspace]);
    chown.WaitForExit();
}

var program = ToolProgram.ForAssembly(Assembly.GetEntryAssembly()!.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ToolProgram").Value!);
using var http = new HttpClient();
var sandboxes = new (string Name, ISandbox Sandbox)[]
{
    ("bubblewrap", new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = runAs })),
    ("podman", new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = runAs })),
};

Console.WriteLine("Read-only in the sandbox: " + string.Join(" ", program.ReadOnlyPaths));
Console.WriteLine($"{rounds} rounds per backend after 3 warm-up calls each; exec runs `true`, the C# tool echoes \"hi\".");
Console.WriteLine("backend      exec median  exec p90  C# median  C# p90  ratio (C# / exec, medians)");
foreach (var (name, sandbox) in sandboxes)
{
    var agent = TestToolManifest.Agent("bench", name, TimeSpan.FromSeconds(60), "exec", "echo");
    var tools = AgentTools.Create(agent, new AgentToolEnvironment
    {
        WorkspaceDirectory = workspace,
        Sandbox = sandbox,
        HttpClient = http,
        DeclaredTools = new TestToolManifest().AgentTools,
        ToolProgram = program,
    }).ToDictionary(t => t.Name);
    var exec = () => Call(tools["exec"], ("command", "true"), "\"exitCode\": 0");
    var tool = () => Call(tools["echo"], ("text", "hi"), "hi");
    for (var i = 0; i < 3; i++)
    {
        await exec();
        await tool();
    }

    var execTimes = new List<double>();
    var toolTimes = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        // Alternate which goes first, so neither always follows the other.
        if (i % 2 == 0)
        {
            execTimes.Add(await exec());
            toolTimes.Add(await tool());
        }
        else
        {
            toolTimes.Add(await tool());
            execTimes.Add(await exec());
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-12} {Percentile(execTimes, 0.5),8:0} ms {Percentile(execTimes, 0.9),6:0} ms {Percentile(toolTimes, 0.5),7:0} ms {Percentile(toolTimes, 0.9),4:0} ms  {Percentile(toolTimes, 0.5) / Percentile(execTimes, 0.5):0.00}"));
}

static async Task<double> Call(AIFunction function, (string Name, string Value) argument, string expected)
{
    var clock = Stopwatch.StartNew();
    var result = await function.InvokeAsync(new AIFunctionArguments { [argument.Name] = argument.Value });
    var elapsed = clock.Elapsed.TotalMilliseconds;
    var text = result is System.Text.Json.JsonElement json ? json.GetRawText() : result?.ToString() ?? "";
    return text.Contains(expected, StringComparison.Ordinal)
        ? elapsed
        : throw new InvalidOperationException($"{function.Name} returned '{text}', not '{expected}'.");
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
