using System.Text.Json;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class CheckTests
{
    [Fact]
    public async Task AReadyProjectPassesWithExitZero()
    {
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();

        var result = await lab.RunAsync(["check", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("exitCode").GetInt32());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["generated-files"] = "ok", ["nuget-lock"] = "ok", ["secrets"] = "ok", ["age-key"] = "ok", ["secrets-decrypt"] = "ok",
            ["nix-parse"] = "ok", ["git-tracked"] = "skipped", ["git-clean"] = "skipped",
        }, checks);
    }

    [Fact]
    public async Task EverythingThatWouldFailADeployIsReportedAt78()
    {
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject(withAgeKey: false);
        File.WriteAllText(Path.Combine(lab.NixDirectory, "hosts", "lab", "users.nix"), "{ broken = ; }\n");
        File.WriteAllText(Path.Combine(lab.NixDirectory, "hosts", "lab", "old.nix"), "{ }\n");
        File.AppendAllText(Path.Combine(lab.NixDirectory, ".nixclaw-generated"), "hosts/lab/old.nix\n");

        var result = await lab.RunAsync(["check"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("FAIL  generated-files", result.Output, StringComparison.Ordinal);
        Assert.Contains("hosts/lab/users.nix: differs from the declarations", result.Output, StringComparison.Ordinal);
        Assert.Contains("hosts/lab/old.nix: no longer generated, still present", result.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL  secrets", result.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL  age-key", result.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL  nix-parse", result.Output, StringComparison.Ordinal);
        Assert.Contains("hosts/lab/users.nix: error: syntax error", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbesRunOnlyWhenAskedAndUnreachableServersExit69()
    {
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();

        var offline = await lab.RunAsync(["check"]);
        var probed = await lab.RunAsync(["check", "--probe", "--json"]);

        Assert.True(offline.ExitCode == 0, offline.ToString());
        Assert.DoesNotContain("mattermost", offline.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Unavailable, probed.ExitCode);
        using var json = JsonDocument.Parse(probed.Output);
        var failed = json.RootElement.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "failed").Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Equal(["mattermost", "gitea"], failed);
    }

    [Fact]
    public async Task ReachableServersPassTheProbe()
    {
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        using var server = new LoopbackHttpServer(path => path switch
        {
            "/api/v4/system/ping" => (200, "{\"status\":\"OK\"}"),
            "/api/v1/version" => (200, "{\"version\":\"1.22.0\"}"),
            _ => (404, ""),
        });

        var result = await lab.RunAsync(["check", "--probe"], http: server.ClientFactory);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ok    mattermost: http://127.0.0.1:9/api/v4/system/ping answered 200", result.Output, StringComparison.Ordinal);
        Assert.Equal(["/api/v4/system/ping", "/api/v1/version"], server.Requests);
    }

    [Fact]
    public async Task InAGitRepositoryUntrackedFilesFailBecauseNixWouldNotSeeThem()
    {
        ExternalTools.Require("git", "apt-get install git");
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        Git(lab, "init", "-q");
        Git(lab, "add", "nix/flake.nix");

        var before = await lab.RunAsync(["check"]);
        Git(lab, "add", "nix");
        var staged = await lab.RunAsync(["check"]);
        Git(lab, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "host");
        var committed = await lab.RunAsync(["check"]);

        Assert.Equal(ExitCodes.Config, before.ExitCode);
        Assert.Contains("FAIL  git-tracked", before.Output, StringComparison.Ordinal);
        Assert.Contains("        secrets/lab.yaml", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("        flake.nix", before.Output, StringComparison.Ordinal);
        Assert.Contains("ok    git-tracked", staged.Output, StringComparison.Ordinal);
        // Staged is not committed: a deploy would install something nobody committed.
        Assert.Equal(ExitCodes.Config, staged.ExitCode);
        Assert.Contains("FAIL  git-clean", staged.Output, StringComparison.Ordinal);
        Assert.Contains("not committed: nix/secrets/lab.yaml", staged.Output, StringComparison.Ordinal);
        Assert.True(committed.ExitCode == 0, committed.ToString());
        Assert.Contains("ok    git-clean", committed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASourceFileChangedOrAddedAfterTheCommitFailsNamingItAndTheFix()
    {
        ExternalTools.Require("git", "apt-get install git");
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        Git(lab, "init", "-q");
        Git(lab, "add", "-A");
        Git(lab, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "host");
        File.WriteAllText(Path.Combine(lab.ProjectDirectory, "Lab.cs"), "// a declaration nobody committed\n");
        File.AppendAllText(Path.Combine(lab.NixDirectory, "hosts", "lab", "justfile"), "\n");

        var result = await lab.RunAsync(["check"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("FAIL  git-clean: 2 file(s) under " + lab.ProjectDirectory + " are untracked or not committed", result.Output, StringComparison.Ordinal);
        Assert.Contains("        untracked: Lab.cs", result.Output, StringComparison.Ordinal);
        Assert.Contains("        not committed: nix/hosts/lab/justfile", result.Output, StringComparison.Ordinal);
        Assert.Contains("-> Review and commit them: git -C", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingNuGetLockFailsNamingTheFileAndTheBuild()
    {
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        File.Delete(Path.Combine(lab.NixDirectory, "deps.json"));

        var result = await lab.RunAsync(["check"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("FAIL  nuget-lock: " + Path.Combine(lab.NixDirectory, "deps.json") + " is missing", result.Output, StringComparison.Ordinal);
        Assert.Contains("-> Run `dotnet build` in the declarations project (it writes nix/deps.json from the restore)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecretsFileWhoseMacNoLongerVerifiesFailsAt65()
    {
        ExternalTools.Require("nix-instantiate", "apt-get install nix-bin");
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        // A changed lastmodified is what a hand edit of the metadata looks like: every value still decrypts, but the
        // MAC is bound to the old timestamp and no longer verifies (sops-nix would refuse the file at boot).
        var text = File.ReadAllText(lab.SecretsFile);
        var stamp = System.Text.RegularExpressions.Regex.Match(text, "lastmodified: \"?([0-9TZ:-]+)\"?");
        Assert.True(stamp.Success, text);
        File.WriteAllText(lab.SecretsFile, text.Replace(stamp.Groups[1].Value, "2001-02-03T04:05:06Z", StringComparison.Ordinal));

        var result = await lab.RunAsync(["check"]);

        Assert.Equal(ExitCodes.DataError, result.ExitCode);
        Assert.Contains("FAIL  secrets-decrypt: secrets/lab.yaml is damaged: lab.yaml: the MAC does not decrypt", result.Output, StringComparison.Ordinal);
        Assert.Contains("-> Restore secrets/lab.yaml from git", result.Output, StringComparison.Ordinal);
    }

    private static void Git(LabProject lab, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = lab.ProjectDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    [Fact]
    public async Task WithoutTheNixFolderItSaysWhereItLookedAndWhatToDo()
    {
        using var lab = new LabProject();
        Directory.Delete(lab.NixDirectory, recursive: true);

        var result = await lab.RunAsync(["check"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("No generated Nix folder for host 'lab'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--flake", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlakeOptionPointsAtAFolderElsewhere()
    {
        using var lab = new LabProject();
        var moved = Path.Combine(lab.Root, "elsewhere");
        Directory.Move(lab.NixDirectory, moved);

        var result = await lab.RunAsync(["secrets", "check", "--json", "--flake", moved]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("missing: gh_token", result.Output, StringComparison.Ordinal);
    }
}
