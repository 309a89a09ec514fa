using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using NixClaw.Nix.Tests;
using NixEval = NixClaw.Nix.Tests.Nix;

namespace NixClaw.Packaging.Tests;

/// <summary>
/// The whole first-deploy path of a new user, in a folder outside the repository: the packages packed into a local
/// feed, the template installed into a private DOTNET_CLI_HOME, a project created from it that references only
/// packages (through a nuget.config naming only its own packages/ folder), then every step the README gives, and
/// every way <c>check</c> must refuse a deploy. One test, because each step needs the previous one and builds cost seconds.
/// </summary>
public sealed class OutsideProjectTests(ITestOutputHelper log) : IDisposable
{
    private const string HostName = "clawbox";
    private const string SshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c alice@laptop";

    /// <summary>The only flake inputs a generated project may have: real, public flakes.</summary>
    private static readonly Dictionary<string, string> PublicInputs = new()
    {
        ["nixpkgs"] = "github:NixOS/nixpkgs/nixos-25.11",
        ["disko"] = "github:nix-community/disko",
        ["sops-nix"] = "github:Mic92/sops-nix",
        ["home-manager"] = "github:nix-community/home-manager/release-25.11",
        ["colmena"] = "github:zhaofengli/colmena",
        ["deploy-rs"] = "github:serokell/deploy-rs",
    };

    private static readonly string[] Packages =
    [
        "NixClaw", "NixClaw.Json5", "NixClaw.Runtime", "NixClaw.Runtime.Files", "NixClaw.Runtime.Gateway", "NixClaw.Runtime.Mattermost",
        "NixClaw.Runtime.Roster", "NixClaw.Runtime.Sandbox", "NixClaw.Runtime.Workspaces", "NixClaw.Sops", "NixClaw.Templates",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("nixclaw-outside-").FullName;

    // A version no earlier run used, so NuGet's cache can never hand back a package from before this build.
    private readonly string _version = "0.1.0-test.t" + Guid.NewGuid().ToString("N")[..12];

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private string Feed => Path.Combine(_root, "feed");

    private string Project => Path.Combine(_root, "MyHost");

    private string NixFolder => Path.Combine(Project, "nix");

    private string HostFile => Path.Combine(Project, "MyHost.cs");

    private UserShell Shell => new(Path.Combine(_root, "cli-home"), Path.Combine(_root, "age", "keys.txt"));

    [Fact]
    public async Task ANewUsersProjectGoesFromTheTemplateToADeployCommandAndCheckRefusesEveryBrokenState()
    {
        Require("git");
        Require("age-keygen");
        Require("nix-instantiate");

        await PackIntoALocalFeedAsync();
        await CreateTheProjectFromTheTemplateAsync();
        await BuildWithoutARecipientThenSecretsInitPrintsTheLineAsync();
        await AMistakeIsAnNclawErrorAtItsLineThroughThePackagedAnalyzerAsync();
        await ACSharpToolIsCheckedAtItsLineAndTheToolVerbRunsItAsync();
        await SetTheSecretsCommitAndCheckPassesAsync();
        await DeployDryRunPrintsTheNixosAnywhereCommandAsync();
        TheGeneratedFlakeEvaluatesWithOnlyPublicInputs();
        await CheckRefusesEveryBrokenStateAsync();
    }

    private async Task PackIntoALocalFeedAsync()
    {
        var pack = await Shell.DotnetAsync(Repo.Root, "pack", Repo.Path("NixClaw.sln"), "--no-build", "-c", "Debug", "-o", Feed,
            "-p:VersionSuffix=" + _version["0.1.0-".Length..], "-v:q", "-nologo");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        foreach (var id in Packages)
        {
            var file = Path.Combine(Feed, $"{id}.{_version}.nupkg");
            Assert.True(File.Exists(file), $"{file} was not packed:\n{pack}");
            log.WriteLine($"{id}.{_version}.nupkg: {new FileInfo(file).Length / 1024} KiB");
        }

        Step("packed");
    }

    private async Task CreateTheProjectFromTheTemplateAsync()
    {
        var install = await Shell.DotnetAsync(_root, "new", "install", Path.Combine(Feed, $"NixClaw.Templates.{_version}.nupkg"));
        Assert.True(install.ExitCode == 0, install.ToString());
        var create = await Shell.DotnetAsync(_root, "new", "nixclaw-host", "-n", "MyHost", "--host-name", HostName, "--admin-user", "alice", "--ssh-key", SshKey);
        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Equal(
            [".gitignore", "MyHost.cs", "MyHost.csproj", "Program.cs", "README.md"],
            Directory.GetFiles(Project).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"<PackageReference Include=\"NixClaw.Runtime\" Version=\"{_version}\" />", File.ReadAllText(Path.Combine(Project, "MyHost.csproj")), StringComparison.Ordinal);
        Assert.Contains($"new(\"{HostName}\")", File.ReadAllText(HostFile), StringComparison.Ordinal);
        Assert.Contains("new(\"alice\", UserRole.Admin)", File.ReadAllText(HostFile), StringComparison.Ordinal);

        // An unreleased NixClaw: its packages in the project's own folder, named by NixClawPackageSource and the only
        // NuGet source (everything else is already in the machine's package cache; no network).
        var packages = Directory.CreateDirectory(Path.Combine(Project, "packages")).FullName;
        foreach (var nupkg in Directory.GetFiles(Feed, "*.nupkg"))
        {
            File.Copy(nupkg, Path.Combine(packages, Path.GetFileName(nupkg)));
        }

        File.WriteAllText(Path.Combine(Project, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="nixclaw" value="packages" />
              </packageSources>
            </configuration>
            """);
        var csproj = Path.Combine(Project, "MyHost.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("  </PropertyGroup>", "    <NixClawPackageSource>packages</NixClawPackageSource>\n  </PropertyGroup>", StringComparison.Ordinal));
        Assert.True((await Shell.GitAsync(Project, "init", "-q")).ExitCode == 0);
        Step("template installed, project created");
    }

    private async Task BuildWithoutARecipientThenSecretsInitPrintsTheLineAsync()
    {
        var build = await Shell.DotnetAsync(Project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning NCLAW208: Host 'clawbox' declares secrets but no AgeRecipient yet", build.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "flake.nix", "deps.json", ".sops.yaml", "hosts/clawbox/default.nix", "hosts/clawbox/disko.nix", "nixclaw/build-declarations.nix" })
        {
            Assert.True(File.Exists(Path.Combine(NixFolder, file)), $"nix/{file} was not written:\n{build}");
        }

        Assert.Contains("creation_rules: []", File.ReadAllText(Path.Combine(NixFolder, ".sops.yaml")), StringComparison.Ordinal);
        AssertTheLockPinsTheLocalPackages();
        Step("first build (restore from the local feed)");

        var check = await RunProgramAsync("check");
        Assert.Equal(78, check.ExitCode);
        Assert.Contains("FAIL  age-key: no age recipient declared", check.Output, StringComparison.Ordinal);
        Assert.Contains("-> Run `dotnet run -- secrets init`", check.Output, StringComparison.Ordinal);

        var init = await RunProgramAsync("secrets", "init");
        Assert.Equal(78, init.ExitCode);
        Assert.Contains("Created the age key " + Path.Combine(_root, "age", "keys.txt"), init.Output, StringComparison.Ordinal);
        var line = Regex.Match(init.Output, "^ +(AgeRecipient = \"age1[a-z0-9]+\",)$", RegexOptions.Multiline);
        Assert.True(line.Success, init.ToString());
        Assert.Contains("Then run `dotnet build` and `dotnet run -- secrets init` again.", init.Output, StringComparison.Ordinal);
        File.WriteAllText(HostFile, File.ReadAllText(HostFile).Replace("TimeZone = \"UTC\",", "TimeZone = \"UTC\",\n        " + line.Groups[1].Value, StringComparison.Ordinal));
        Step("check without a recipient, secrets init");
    }

    private void AssertTheLockPinsTheLocalPackages()
    {
        var locked = JsonDocument.Parse(File.ReadAllText(Path.Combine(NixFolder, "deps.json"))).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("pname").GetString() + "/" + e.GetProperty("version").GetString(), e => e.GetProperty("hash").GetString());
        foreach (var id in Packages.Where(p => p != "NixClaw.Templates"))
        {
            var nupkg = Path.Combine(Project, "packages", $"{id}.{_version}.nupkg");
            var hash = "sha512-" + Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(nupkg)));
            Assert.True(locked.TryGetValue($"{id}/{_version}", out var actual), $"deps.json does not lock {id} {_version}");
            Assert.Equal(hash, actual);
        }

        Assert.Contains(locked.Keys, k => k.StartsWith("LibGit2Sharp/", StringComparison.Ordinal));
    }

    private async Task AMistakeIsAnNclawErrorAtItsLineThroughThePackagedAnalyzerAsync()
    {
        var good = File.ReadAllText(HostFile);
        var broken = good.Replace("\"512M\"", "\"512MiB\"", StringComparison.Ordinal);
        var at = broken.IndexOf("\"512MiB\"", StringComparison.Ordinal);
        var lineNumber = broken[..at].Count(c => c == '\n') + 1;
        var column = at - broken.LastIndexOf('\n', at - 1);
        File.WriteAllText(HostFile, broken);

        var build = await Shell.DotnetAsync(Project, "build", "-nologo");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"MyHost.cs({lineNumber},{column}): error NCLAW401: Size '512MiB' of partition 'ESP' is invalid", build.Output, StringComparison.Ordinal);
        File.WriteAllText(HostFile, good);
        Step("NCLAW401 at its line");
    }

    /// <summary>An [AgentTool] method in the user's project, through the packaged generator and runtime.</summary>
    private async Task ACSharpToolIsCheckedAtItsLineAndTheToolVerbRunsItAsync()
    {
        var host = File.ReadAllText(HostFile);
        var toolsFile = Path.Combine(Project, "GardenTools.cs");
        const string tools = """
            using System.ComponentModel.DataAnnotations;
            using NixClaw;
            using NixClaw.Tools;

            namespace MyHost;

            public static class GardenTools
            {
                /// <summary>Water a garden bed.</summary>
                /// <param name="bed">Bed name, as on the garden map.</param>
                [AgentTool]
                public static string Water(string bed, [Range(0.1, 20)] double litres, ToolContext context) =>
                    $"watered {bed} with {litres} l for {context.AgentId}";
            }
            """;
        File.WriteAllText(toolsFile, tools);
        File.WriteAllText(HostFile, host.Replace("Tools = [new ExecTool(), new FileTools()],", "Tools = [new ExecTool(), new FileTools(), Tool.From(GardenTools.Water)],", StringComparison.Ordinal));

        var broken = await Shell.DotnetAsync(Project, "build", "-nologo");
        var at = tools.IndexOf("double litres", StringComparison.Ordinal) + "double ".Length;
        var line = tools[..at].Count(c => c == '\n') + 1;
        var column = at - tools.LastIndexOf('\n', at - 1);
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains($"GardenTools.cs({line},{column}): error NCLAW603: Parameter 'litres' of tool 'water' has no <param> doc comment", broken.Output, StringComparison.Ordinal);

        File.WriteAllText(toolsFile, tools.Replace("    [AgentTool]", "    /// <param name=\"litres\">How much water, 0.1 to 20.</param>\n    [AgentTool]", StringComparison.Ordinal));
        var build = await Shell.DotnetAsync(Project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());

        var list = await RunProgramAsync("tool", "list");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("water\tsandbox\tagents: assistant\tWater a garden bed.", list.Output, StringComparison.Ordinal);
        var schema = await RunProgramAsync("tool", "schema", "water");
        Assert.True(schema.ExitCode == 0, schema.ToString());
        using (var json = JsonDocument.Parse(schema.Output))
        {
            Assert.Equal(20, json.RootElement.GetProperty("parameters").GetProperty("properties").GetProperty("litres").GetProperty("maximum").GetDouble());
        }

        // Arguments are checked before anything starts: the message the model would get, exit 1.
        var invalid = await RunProgramAsync("tool", "run", "water", "--args", """{"bed":"north","litres":50}""");
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("error: tool 'water': invalid arguments: Argument 'litres' must be from 0.1 to 20; got 50.", invalid.Output, StringComparison.Ordinal);

        File.Delete(toolsFile);
        File.WriteAllText(HostFile, host);
        Step("C# tool: NCLAW603 at its line, tool list / schema / run");
    }

    private async Task SetTheSecretsCommitAndCheckPassesAsync()
    {
        var build = await Shell.DotnetAsync(Project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("NCLAW208", build.Output, StringComparison.Ordinal);

        var init = await RunProgramAsync("secrets", "init");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("  dotnet run -- secrets set mattermost/bot_token", init.Output, StringComparison.Ordinal);
        Assert.Contains("  dotnet run -- secrets set openai/api_key", init.Output, StringComparison.Ordinal);
        foreach (var key in new[] { "mattermost/bot_token", "openai/api_key" })
        {
            var set = await RunProgramAsync(["secrets", "set", key], "value of " + key + "\n");
            Assert.True(set.ExitCode == 0, set.ToString());
        }

        Assert.True((await Shell.GitAsync(Project, "add", "-A")).ExitCode == 0);
        var commit = await Shell.GitAsync(Project, "commit", "-q", "-m", "nixclaw: host");
        Assert.True(commit.ExitCode == 0, commit.ToString());

        var check = await RunProgramAsync("check");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("ok    nuget-lock: deps.json matches the restored packages", check.Output, StringComparison.Ordinal);
        Assert.Contains("ok    secrets-decrypt: 2 value(s) decrypt", check.Output, StringComparison.Ordinal);
        Assert.Contains("ok    git-clean", check.Output, StringComparison.Ordinal);
        Assert.Contains("All checks passed.", check.Output, StringComparison.Ordinal);
        Step("secrets set, committed, check passes");
    }

    private async Task DeployDryRunPrintsTheNixosAnywhereCommandAsync()
    {
        var deploy = await RunProgramAsync("deploy", "root@192.0.2.10", "--dry-run");
        Assert.True(deploy.ExitCode == 0, deploy.ToString());
        Assert.Contains("nixos-anywhere", deploy.Output, StringComparison.Ordinal);
        Assert.Contains(NixFolder + "#" + HostName, deploy.Output, StringComparison.Ordinal);
        Assert.Contains("root@192.0.2.10", deploy.Output, StringComparison.Ordinal);
        Step("deploy --dry-run");
    }

    private void TheGeneratedFlakeEvaluatesWithOnlyPublicInputs()
    {
        // The Nix tests' stand-in nixpkgs: builders return their arguments, fetchNupkg keeps an overridden src.
        var result = NixEval.Eval($$"""
            let
              flake = import {{NixEval.Lit(Path.Combine(NixFolder, "flake.nix"))}};
              stub = { nixosModules = { disko = "disko"; sops = "sops"; home-manager = "hm"; }; };
              out = flake.outputs {
                self = out;
                nixpkgs = {{NixEval.StubNixpkgs}};
                disko = stub;
                sops-nix = stub;
                home-manager = stub;
                colmena = stub // { lib.makeHive = hive: builtins.attrNames hive; };
                deploy-rs = stub // { lib = { }; };
              };
              gateway = out.packages.x86_64-linux.gateway;
            in
            {
              inputs = builtins.mapAttrs (n: i: i.url) flake.inputs;
              hosts = builtins.attrNames out.nixosConfigurations;
              projectFile = gateway.projectFile;
              src = toString gateway.src;
              local = map (d: d.pname) (builtins.filter (d: d ? src) gateway.nugetDeps);
              fetched = builtins.length (builtins.filter (d: !(d ? src)) gateway.nugetDeps);
            }
            """);
        var inputs = result.GetProperty("inputs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(PublicInputs.OrderBy(p => p.Key), inputs.OrderBy(p => p.Key));
        Assert.Equal([HostName], result.GetProperty("hosts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("MyHost.csproj", result.GetProperty("projectFile").GetString());
        Assert.Equal(Project, result.GetProperty("src").GetString());
        // NixClaw's packages come from the project's packages/ folder, every other one from nuget.org.
        Assert.Equal(Packages.Where(p => p != "NixClaw.Templates"), result.GetProperty("local").EnumerateArray().Select(e => e.GetString()));
        Assert.True(result.GetProperty("fetched").GetInt32() > 30, result.ToString());
        Step("flake evaluated with stub inputs");

        // And by the real disko, sops-nix, Home Manager, colmena and deploy-rs modules.
        var report = UpstreamEvaluation.AssertPasses(NixFolder);
        Assert.Equal([HostName], report.GetProperty("hosts").EnumerateObject().Select(h => h.Name));
        Assert.Equal("UTC", report.GetProperty("hosts").GetProperty(HostName).GetProperty("timeZone").GetString());
        Step("flake evaluated by the upstream modules");
    }

    private async Task CheckRefusesEveryBrokenStateAsync()
    {
        var lockFile = Path.Combine(NixFolder, "deps.json");
        await Broken("the lock is missing", () => File.Delete(lockFile), 78, "FAIL  nuget-lock: " + lockFile + " is missing",
            "-> Run `dotnet build` in the declarations project (it writes nix/deps.json from the restore), then commit nix/deps.json.");
        await Broken("the lock is stale", () => File.WriteAllText(lockFile, "[]\n"), 78, "FAIL  nuget-lock: " + lockFile + " does not match the packages the project restores",
            "-> Run `dotnet build` in the declarations project");
        await Broken("a source file is untracked", () => File.WriteAllText(Path.Combine(Project, "Garden.cs"), "// not added\n"), 78, "        untracked: Garden.cs",
            "-> Review and commit them: git -C " + Project + " add -A");
        await Broken("a change is not committed", () => File.AppendAllText(HostFile, "// edited\n"), 78, "        not committed: MyHost.cs",
            "FAIL  git-clean");
        var secrets = Path.Combine(NixFolder, "secrets", HostName + ".yaml");
        await Broken("the secrets file's MAC does not verify", () =>
        {
            var text = File.ReadAllText(secrets);
            var stamp = Regex.Match(text, "lastmodified: \"?([0-9TZ:-]+)\"?").Groups[1].Value;
            File.WriteAllText(secrets, text.Replace(stamp, "2001-02-03T04:05:06Z", StringComparison.Ordinal));
        }, 65, $"FAIL  secrets-decrypt: secrets/{HostName}.yaml is damaged", $"-> Restore secrets/{HostName}.yaml from git", committed: true);

        // After all of that, the project is back where it was: ready.
        var check = await RunProgramAsync("check");
        Assert.True(check.ExitCode == 0, check.ToString());
        Step("every broken state refused");
    }

    /// <summary>
    /// Breaks one thing (and commits it when <paramref name="committed"/>, so that only that one thing is wrong), asserts
    /// that check and deploy refuse it with the message and the fix, and restores the project from git.
    /// </summary>
    private async Task Broken(string what, Action breakIt, int exitCode, string message, string fix, bool committed = false)
    {
        breakIt();
        if (committed)
        {
            Assert.True((await Shell.GitAsync(Project, "commit", "-q", "-a", "-m", "broken: " + what)).ExitCode == 0);
        }

        var check = await RunProgramAsync("check");
        var deploy = await RunProgramAsync("deploy", "root@192.0.2.10", "--dry-run");

        Assert.True(check.ExitCode == exitCode, $"{what}:\n{check}");
        Assert.Contains(message, check.Output, StringComparison.Ordinal);
        Assert.Contains(fix, check.Output, StringComparison.Ordinal);
        Assert.True(deploy.ExitCode == exitCode, $"{what}: deploy must refuse too:\n{deploy}");
        Assert.Contains("deploy refused", deploy.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("nixos-anywhere --flake", deploy.Output, StringComparison.Ordinal);

        Assert.True((await Shell.GitAsync(Project, "reset", "-q", "--hard", committed ? "HEAD~1" : "HEAD")).ExitCode == 0);
        Assert.True((await Shell.GitAsync(Project, "clean", "-q", "-f", "--", ".")).ExitCode == 0);
    }

    /// <summary>The program as the user runs it from the project: <c>dotnet run --</c> (already built).</summary>
    private Task<CommandResult> RunProgramAsync(params string[] arguments) => RunProgramAsync(arguments, null);

    private Task<CommandResult> RunProgramAsync(string[] arguments, string? input) =>
        Shell.RunAsync(Project, "dotnet", ["run", "--no-build", "--", .. arguments], input);

    private void Step(string what) => log.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {what}");

    private static void Require(string tool)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
        Assert.True(found, $"{tool} is not installed: run scripts/setup (it installs git, age and nix-bin).");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }

        // The packages this run restored into the machine's cache: a version no other run uses.
        foreach (var id in Packages)
        {
            var cached = Path.Combine(UserShell.PackageCache, id.ToLowerInvariant(), _version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }
}
