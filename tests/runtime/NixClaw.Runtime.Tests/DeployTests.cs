using NixClaw.Runtime.Deploy;
using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class DeployTests
{
    [Fact]
    public async Task DryRunPrintsTheExactCommandsAndRunsNothing()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10", "--dry-run"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal(
        [
            "# deploy --dry-run: checks passed; these commands would run (the key is staged outside the flake and removed afterwards)",
            "tmp=$(mktemp -d)",
            "install -d -m 700 \"$tmp/root\" \"$tmp/root/.config\" \"$tmp/root/.config/sops\" \"$tmp/root/.config/sops/age\"",
            $"install -m 600 {lab.AgeKeyFile} \"$tmp/root/.config/sops/age/keys.txt\"",
            $"nixos-anywhere --flake {lab.NixDirectory}#lab --extra-files \"$tmp\" root@192.0.2.10",
            "rm -rf \"$tmp\"",
        ], lines);
        Assert.Empty(lab.Processes.Recorded);
        Assert.Empty(Directory.GetFileSystemEntries(lab.Temp));
    }

    [Fact]
    public async Task DryRunJsonGivesTheArgumentList()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10", "--dry-run", "--json", "--build-on", "remote"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var command = json.RootElement.GetProperty("commands")[0].EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(["nixos-anywhere", "--flake", lab.NixDirectory + "#lab", "--extra-files", "$tmp", "--build-on", "remote", "root@192.0.2.10"], command);
    }

    [Fact]
    public async Task InstallRunsNixosAnywhereWithAStagedKeyTreeThatIsRemovedAfterwards()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        string? staged = null;
        lab.Processes.Respond = (spec, _) =>
        {
            staged = spec.Arguments[3];
            AssertStagedTree(staged, lab);
            return Task.FromResult(new ProcessResult(0, [], ""));
        };

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var spec = Assert.Single(lab.Processes.Recorded);
        Assert.Equal("nixos-anywhere", spec.FileName);
        Assert.Equal(["--flake", lab.NixDirectory + "#lab", "--extra-files", staged!, "root@192.0.2.10"], spec.Arguments);
        Assert.True(spec.Interactive);
        Assert.StartsWith(lab.Temp + Path.DirectorySeparatorChar, staged, StringComparison.Ordinal);
        Assert.False(Directory.Exists(staged));
        Assert.Contains("ssh-keygen -R 192.0.2.10", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedInstallStillRemovesTheStagedKey()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        string? staged = null;
        lab.Processes.Respond = (spec, _) =>
        {
            staged = spec.Arguments[3];
            return Task.FromResult(new ProcessResult(1, [], ""));
        };

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10"]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("nixos-anywhere exited with status 1; the staged age key was removed", result.Error, StringComparison.Ordinal);
        Assert.NotNull(staged);
        Assert.False(Directory.Exists(staged));
        Assert.Empty(Directory.GetFileSystemEntries(lab.Temp));
    }

    [Fact]
    public async Task InterruptedInstallRemovesTheStagedKeyAndExits130()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        lab.Processes.Respond = async (_, token) =>
        {
            // Ctrl-C while nixos-anywhere runs: the runner kills it and reports cancellation.
            await interrupt.CancelAsync();
            token.ThrowIfCancellationRequested();
            return new ProcessResult(0, [], "");
        };

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10"], interrupt: interrupt);

        Assert.Equal(ExitCodes.Interrupted, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(lab.Temp));
    }

    [Fact]
    public async Task StaleGeneratedFilesAreRefusedBeforeAnythingRuns()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        File.AppendAllText(Path.Combine(lab.NixDirectory, "flake.nix"), "# edited by hand\n");
        File.Delete(Path.Combine(lab.NixDirectory, "hosts", "lab", "disko.nix"));

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("flake.nix: differs from the declarations", result.Error, StringComparison.Ordinal);
        Assert.Contains("hosts/lab/disko.nix: missing", result.Error, StringComparison.Ordinal);
        Assert.Contains("deploy refused", result.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet build", result.Error, StringComparison.Ordinal);
        Assert.Empty(lab.Processes.Recorded);
        Assert.Empty(Directory.GetFileSystemEntries(lab.Temp));
    }

    [Fact]
    public async Task MissingSecretIsRefused()
    {
        using var lab = new LabProject();
        var set = await lab.RunAsync(["secrets", "set", "gh_token"], "ghp_x\n");
        Assert.True(set.ExitCode == 0, set.ToString());

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10", "--dry-run"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("missing: gitea/token", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing: mattermost/bot_token", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("missing: gh_token", result.Error, StringComparison.Ordinal);
        Assert.Empty(lab.Processes.Recorded);
    }

    [Fact]
    public async Task UpdateRunsNixosRebuildAgainstTheAdminAtTheDeployAddress()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();

        var result = await lab.RunAsync(["deploy", "--update"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var spec = Assert.Single(lab.Processes.Recorded);
        Assert.Equal("nixos-rebuild", spec.FileName);
        Assert.Equal(["switch", "--flake", lab.NixDirectory + "#lab", "--target-host", "alice@lab.tailnet", "--sudo"], spec.Arguments);
        Assert.Empty(Directory.GetFileSystemEntries(lab.Temp));
    }

    [Fact]
    public async Task UpdateFromAMacBuildsOnTheHostThroughNixRunWhenNixosRebuildIsMissing()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        lab.Processes.Installed.Remove("nixos-rebuild");

        var result = await lab.RunAsync(["deploy", "--update", "192.0.2.20", "--build-on", "remote"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var spec = Assert.Single(lab.Processes.Recorded);
        Assert.Equal("nix", spec.FileName);
        Assert.Equal(
            ["--extra-experimental-features", "nix-command flakes", "run", "nixpkgs#nixos-rebuild", "--",
             "switch", "--flake", lab.NixDirectory + "#lab", "--target-host", "alice@192.0.2.20", "--sudo", "--build-host", "alice@192.0.2.20"],
            spec.Arguments);
    }

    [Fact]
    public async Task InstallUsesNixRunWhenNixosAnywhereIsMissing()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        lab.Processes.Installed.Remove("nixos-anywhere");

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10", "--dry-run"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(
            $"nix --extra-experimental-features 'nix-command flakes' run github:nix-community/nixos-anywhere -- --flake {lab.NixDirectory}#lab --extra-files \"$tmp\" root@192.0.2.10",
            result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-oProxyCommand=x")]
    [InlineData("root@host extra")]
    public async Task TargetsThatAreNotSshDestinationsAreUsageErrors(string target)
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["deploy", target]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(lab.Processes.Recorded);
    }

    [Fact]
    public async Task InstallWithoutTargetExplainsBothForms()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["deploy"]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("deploy root@<ip>", result.Error, StringComparison.Ordinal);
        Assert.Contains("deploy --update", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyThatIsNotTheDeclaredRecipientIsRefused()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();
        ExternalTools.Require("age-keygen", "apt-get install age");
        var other = Path.Combine(lab.Root, "other.txt");
        await new Sops.AgeTool(new SystemProcessRunner()).GenerateAsync(other, TestContext.Current.CancellationToken);

        var result = await lab.RunAsync(["deploy", "root@192.0.2.10", "--age-key", other]);

        Assert.Equal(ExitCodes.NoPermission, result.ExitCode);
        Assert.Contains("is not the declared recipient", result.Error, StringComparison.Ordinal);
        Assert.Empty(lab.Processes.Recorded);
    }

    [Fact]
    public void StagingInsideTheFlakeIsRefused()
    {
        using var lab = new LabProject();

        var error = Assert.Throws<OperatorException>(() => ExtraFilesStaging.Create(Path.Combine(lab.NixDirectory, "tmp"), lab.AgeKeyFile, lab.NixDirectory));

        Assert.Equal(ExitCodes.Config, error.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(lab.NixDirectory, "tmp")));
    }

    private static void AssertStagedTree(string root, LabProject lab)
    {
        const UnixFileMode rwx = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(rwx, File.GetUnixFileMode(root));
        foreach (var folder in new[] { "root", "root/.config", "root/.config/sops", "root/.config/sops/age" })
        {
            Assert.Equal(rwx, File.GetUnixFileMode(Path.Combine(root, folder)));
        }

        var key = Path.Combine(root, "root/.config/sops/age/keys.txt");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(File.ReadAllBytes(lab.AgeKeyFile), File.ReadAllBytes(key));
        Assert.Equal(["root/.config/sops/age/keys.txt"],
            Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToArray());
        Assert.StartsWith("..", Path.GetRelativePath(lab.NixDirectory, root), StringComparison.Ordinal);
    }
}
