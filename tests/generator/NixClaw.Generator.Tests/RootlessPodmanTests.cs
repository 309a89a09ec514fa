using System.Text.Json;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>
/// What rootless Podman needs on NixOS for the gateway's user service (reference/nix.md §4, §8, §9): Podman
/// enabled, subuid/subgid ranges for the service user, lingering, and /run/wrappers/bin (setuid newuidmap and
/// newgidmap) first on the user units' PATH. Checked by evaluating the generated modules with nix-instantiate.
/// </summary>
public sealed class RootlessPodmanTests
{
    private static readonly string[] SecretKeys = ["admin_password_hash", "brave/api_key", "gh_token", "gitea/token", "mattermost/bot_token", "openai/api_key", "openclaw/gateway_token", "tailscale_authkey"];

    private static JsonElement Module(string dir, string file) =>
        NixEval.Json($"(import {NixEval.Lit(Path.Combine(dir, file))}) ({NixEval.ModuleArgs(SecretKeys)})");

    private static bool Podman(JsonElement host) =>
        host.TryGetProperty("virtualisation", out var v) && v.GetProperty("podman").GetProperty("enable").GetBoolean();

    private static bool SubIdRanges(JsonElement users, string user) =>
        users.GetProperty("users").GetProperty("users").GetProperty(user).TryGetProperty("autoSubUidGidRange", out var ranges) && ranges.GetBoolean();

    [Fact]
    public void SampleEnablesEverythingRootlessPodmanNeeds()
    {
        var dir = SampleRun.Sample.WriteTo();
        Assert.True(Podman(Module(dir, "hosts/nixclaw/default.nix")));

        var users = Module(dir, "hosts/nixclaw/users.nix");
        var service = users.GetProperty("users").GetProperty("users").GetProperty("openclaw");
        Assert.True(service.GetProperty("isNormalUser").GetBoolean());
        Assert.True(service.GetProperty("linger").GetBoolean());
        Assert.True(SubIdRanges(users, "openclaw"));
        Assert.False(SubIdRanges(users, "devinbernosky"));

        var units = Module(dir, "hosts/nixclaw/home/openclaw.nix").GetProperty("systemd").GetProperty("user").GetProperty("services");
        foreach (var unit in new[] { "nixclaw-gateway", "nixclaw-sync" })
        {
            var path = units.GetProperty(unit).GetProperty("Service").GetProperty("Environment").EnumerateArray()
                .Select(e => e.GetString()!).Single(e => e.StartsWith("PATH=", StringComparison.Ordinal));
            Assert.StartsWith("PATH=/run/wrappers/bin:", path);
            Assert.Contains(":/run/current-system/sw/bin", path);
        }
    }

    [Fact]
    public void PodmanAgentsGiveTheServiceUserRangesEvenWhenNotDeclared()
    {
        var run = new SampleRun(SampleSource.With("        RootlessPodman = true,\n", ""));
        Assert.Empty(GeneratorHarness.Problems(run.Run, run.Output));
        var dir = run.WriteTo();
        Assert.True(Podman(Module(dir, "hosts/nixclaw/default.nix")));
        Assert.True(SubIdRanges(Module(dir, "hosts/nixclaw/users.nix"), "openclaw"));
    }

    [Fact]
    public void WithoutPodmanAgentsOrUsersPodmanIsLeftOff()
    {
        var source = SampleSource.With("        RootlessPodman = true,\n", "")
            .Replace("DisplayName = \"Research\",", "DisplayName = \"Research\",\n        Sandbox = new SandboxPolicy { Backend = SandboxBackend.Bubblewrap },", StringComparison.Ordinal)
            .Replace("Sandbox = new SandboxPolicy { MemoryMb = 2048", "Sandbox = new SandboxPolicy { Backend = SandboxBackend.Bubblewrap, MemoryMb = 2048", StringComparison.Ordinal);
        var run = new SampleRun(source);
        Assert.Empty(GeneratorHarness.Problems(run.Run, run.Output));
        var dir = run.WriteTo();
        Assert.False(Podman(Module(dir, "hosts/nixclaw/default.nix")));
        Assert.False(SubIdRanges(Module(dir, "hosts/nixclaw/users.nix"), "openclaw"));
    }
}
