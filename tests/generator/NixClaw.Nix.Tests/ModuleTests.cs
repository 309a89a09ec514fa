namespace NixClaw.Nix.Tests;

/// <summary>The Home Manager module that loads the sandbox image: its options and the unit it defines.</summary>
public sealed class ModuleTests
{
    private static string Module(bool enable) => $$"""
        let
          nixpkgs = {{Nix.StubNixpkgs}};
          pkgs = nixpkgs.legacyPackages.x86_64-linux;
          module = import {{Nix.Lit(Repo.Path("nix", "nixclaw", "sandbox-image-module.nix"))}};
          config.services.nixclaw.sandboxImage = { enable = {{(enable ? "true" : "false")}}; image = "/nix/store/abc-image.tar.gz"; };
        in module { inherit config pkgs; lib = nixpkgs.lib; }
        """;

    [Fact]
    public void DeclaresItsOptions()
    {
        var options = Nix.Eval($"builtins.mapAttrs (_: o: o._option) ({Module(true)}).options.services.nixclaw.sandboxImage");
        Assert.Equal("enable", options.GetProperty("enable").GetString());
        Assert.Equal("option", options.GetProperty("image").GetString());
    }

    [Fact]
    public void Enabled_LoadsTheImageBeforeTheGatewayWithTheWrappersOnPath()
    {
        var config = Nix.Eval($"({Module(true)}).config");
        Assert.True(config.GetProperty("_if").GetBoolean());
        var unit = config.GetProperty("value").GetProperty("systemd").GetProperty("user").GetProperty("services").GetProperty("nixclaw-sandbox-image");
        Assert.Equal(["Install", "Service", "Unit"], unit.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("nixclaw-gateway.service", unit.GetProperty("Unit").GetProperty("Before")[0].GetString());
        var service = unit.GetProperty("Service");
        Assert.Equal("oneshot", service.GetProperty("Type").GetString());
        Assert.Equal("/nix/store/podman/bin/podman load --input /nix/store/abc-image.tar.gz", service.GetProperty("ExecStart").GetString());
        // newuidmap/newgidmap are setuid wrappers: rootless Podman fails without them on PATH.
        Assert.StartsWith("PATH=/run/wrappers/bin:", service.GetProperty("Environment")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("default.target", unit.GetProperty("Install").GetProperty("WantedBy")[0].GetString());
        // The gateway unit this orders against is the one the generator writes.
        var home = File.ReadAllText(Repo.Path("samples", "Homelab", "nix", "hosts", "nixclaw", "home", "openclaw.nix"));
        Assert.Contains("systemd.user.services.nixclaw-gateway", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_SetsNothing()
    {
        var config = Nix.Eval($"({Module(false)}).config._if");
        Assert.False(config.GetBoolean());
    }
}
