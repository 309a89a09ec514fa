using System.Text.Json;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>
/// Generated Nix evaluated by the real nix-instantiate against stub inputs and module arguments: the flake's
/// shape (URLs, follows, module lists) and each module's own values. Option names and types are checked by the
/// real upstream modules in <see cref="UpstreamEvaluationTests"/>.
/// </summary>
public sealed class NixEvaluationTests
{
    private static readonly string Dir = SampleRun.Sample.WriteTo();

    private static readonly string[] SecretKeys = ["admin_password_hash", "brave/api_key", "gh_token", "gitea/token", "mattermost/bot_token", "openai/api_key", "openclaw/gateway_token", "tailscale_authkey"];

    [Fact]
    public void FlakeOutputsEvaluateWithStubInputs()
    {
        var flake = NixEval.Lit(Path.Combine(Dir, "flake.nix"));
        var nixpkgsStub = Path.Combine(Dir, "nixpkgs-stub.nix");
        File.WriteAllText(nixpkgsStub, "args: { importedWith = args; }\n");
        // Written by the build task, not the generator: the sample's committed lock.
        File.Copy(Repo.Path("samples", "Homelab", "nix", "deps.json"), Path.Combine(Dir, "deps.json"), overwrite: true);
        var result = NixEval.Json($$"""
            let
              flake = import {{flake}};
              out = flake.outputs {
                self = out;
                nixpkgs = {
                  outPath = {{NixEval.Lit(nixpkgsStub)}};
                  lib.nixosSystem = args: args;
                  legacyPackages.x86_64-linux = {
                    name = "pkgs-x86_64";
                    lib = {
                      removeSuffix = suffix: s: builtins.substring 0 (builtins.stringLength s - builtins.stringLength suffix) s;
                      toLower = builtins.replaceStrings
                        [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
                        [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ];
                      importJSON = f: builtins.fromJSON (builtins.readFile f);
                    };
                    dotnetCorePackages = { fetchNupkg = dep: dep.pname; sdk_10_0 = "sdk"; aspnetcore_10_0 = "aspnetcore"; };
                    buildDotnetModule = args: { built = args; };
                    openssl = "openssl";
                    zlib = "zlib";
                  };
                };
                disko.nixosModules.disko = "disko-module";
                sops-nix.nixosModules.sops = "sops-module";
                home-manager.nixosModules.home-manager = "hm-module";
                colmena.lib.makeHive = hive: builtins.attrNames hive;
                deploy-rs.lib.x86_64-linux = { activate.nixos = c: "activate:" + c.specialArgs.nixclawGateway.built.projectFile; deployChecks = d: builtins.attrNames d.nodes; };
              };
              config = out.nixosConfigurations.nixclaw;
            in
            {
              inputs = builtins.mapAttrs (n: i: { url = i.url; follows = i.inputs.nixpkgs.follows or null; }) flake.inputs;
              hosts = builtins.attrNames out.nixosConfigurations;
              modules = map (m: if builtins.isPath m then baseNameOf m else m) config.modules;
              specialArgs = builtins.attrNames config.specialArgs;
              gateway = {
                inherit (config.specialArgs.nixclawGateway.built) pname projectFile executables nugetDeps;
                src = baseNameOf config.specialArgs.nixclawGateway.built.src;
              };
              colmenaNodes = out.colmenaHive;
              colmenaDeployment = out.colmena.nixclaw.deployment;
              colmenaImportedWith = out.colmena.meta.nixpkgs.importedWith;
              deploy = out.deploy.nodes.nixclaw;
              checks = out.checks;
            }
            """);

        Assert.Equal("github:NixOS/nixpkgs/nixos-25.11", result.GetProperty("inputs").GetProperty("nixpkgs").GetProperty("url").GetString());
        Assert.Equal("github:nix-community/home-manager/release-25.11", result.GetProperty("inputs").GetProperty("home-manager").GetProperty("url").GetString());
        // Only real public flakes: NixClaw's own Nix code is copied into nix/nixclaw/, never a flake input.
        Assert.Equal(["colmena", "deploy-rs", "disko", "home-manager", "nixpkgs", "sops-nix"], result.GetProperty("inputs").EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var input in new[] { "disko", "sops-nix", "home-manager", "colmena", "deploy-rs" })
        {
            Assert.Equal("nixpkgs", result.GetProperty("inputs").GetProperty(input).GetProperty("follows").GetString());
        }

        Assert.Equal(["nixclaw"], Strings(result.GetProperty("hosts")));
        Assert.Equal(["disko-module", "sops-module", "hm-module", "nixclaw"], Strings(result.GetProperty("modules")));
        Assert.Equal(["inputs", "nixclawGateway"], Strings(result.GetProperty("specialArgs")));
        Assert.Equal("samples/Homelab/Homelab.csproj", result.GetProperty("gateway").GetProperty("projectFile").GetString());
        // The package builder in nix/nixclaw/ reads the lock `dotnet build` wrote beside the flake.
        Assert.Equal("nixclaw-homelab", result.GetProperty("gateway").GetProperty("pname").GetString());
        Assert.Equal(["Homelab"], Strings(result.GetProperty("gateway").GetProperty("executables")));
        Assert.Contains("LibGit2Sharp", Strings(result.GetProperty("gateway").GetProperty("nugetDeps")));
        Assert.Equal(["meta", "nixclaw"], Strings(result.GetProperty("colmenaNodes")));
        Assert.Equal("devinbernosky", result.GetProperty("colmenaDeployment").GetProperty("targetUser").GetString());
        Assert.Equal("x86_64-linux", result.GetProperty("colmenaImportedWith").GetProperty("system").GetString());
        Assert.Equal("nixclaw", result.GetProperty("deploy").GetProperty("hostname").GetString());
        Assert.Equal("activate:samples/Homelab/Homelab.csproj", result.GetProperty("deploy").GetProperty("profiles").GetProperty("system").GetProperty("path").GetString());
        Assert.Equal(["nixclaw"], Strings(result.GetProperty("checks").GetProperty("x86_64-linux")));
    }

    [Fact]
    public void DiskoLayoutEvaluatesToTheDeclaredPartitions()
    {
        var disko = NixEval.Json($"(import {NixEval.Lit(Path.Combine(Dir, "hosts/nixclaw/disko.nix"))}) ({NixEval.ModuleArgs([])})");
        var main = disko.GetProperty("disko").GetProperty("devices").GetProperty("disk").GetProperty("main");
        Assert.Equal("/dev/sda", main.GetProperty("device").GetString());
        var esp = main.GetProperty("content").GetProperty("partitions").GetProperty("ESP");
        Assert.Equal("EF00", esp.GetProperty("type").GetString());
        Assert.Equal("512M", esp.GetProperty("size").GetString());
        Assert.Equal("/boot", esp.GetProperty("content").GetProperty("mountpoint").GetString());
        Assert.Equal("100%", main.GetProperty("content").GetProperty("partitions").GetProperty("root").GetProperty("size").GetString());
    }

    [Fact]
    public void SecretsAreDeclaredByKeyWithOwnersAndTheAgeKeyIsAStringPath()
    {
        var module = NixEval.Json($"(import {NixEval.Lit(Path.Combine(Dir, "hosts/nixclaw/secrets.nix"))}) ({NixEval.ModuleArgs(SecretKeys)})");
        var sops = module.GetProperty("sops");
        Assert.Equal("/root/.config/sops/age/keys.txt", sops.GetProperty("age").GetProperty("keyFile").GetString());
        Assert.Equal(0, sops.GetProperty("age").GetProperty("sshKeyPaths").GetArrayLength());
        Assert.Equal(SecretKeys, sops.GetProperty("secrets").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("openclaw", sops.GetProperty("secrets").GetProperty("mattermost/bot_token").GetProperty("owner").GetString());
        Assert.True(sops.GetProperty("secrets").GetProperty("admin_password_hash").GetProperty("neededForUsers").GetBoolean());
        Assert.Contains("MATTERMOST_BOT_TOKEN=<mattermost/bot_token>\n", sops.GetProperty("templates").GetProperty("openclaw.env").GetProperty("content").GetString());
        Assert.Equal("/run/secrets/tailscale_authkey", module.GetProperty("services").GetProperty("tailscale").GetProperty("authKeyFile").GetString());
    }

    [Fact]
    public void ServiceUserLoadsTheSandboxImageFromTheCopiedNixclawFiles()
    {
        // Podman agents on the default image: the Home Manager module in nix/nixclaw/ loads the image built beside it.
        var home = NixEval.Json($"(let m = (import {NixEval.Lit(Path.Combine(Dir, "hosts/nixclaw/home/openclaw.nix"))}) ({NixEval.ModuleArgs(SecretKeys)}); in m // {{ imports = map toString m.imports; }})");
        Assert.Equal([Path.Combine(Dir, "nixclaw", "sandbox-image-module.nix")], Strings(home.GetProperty("imports")));
        Assert.True(File.Exists(Path.Combine(Dir, "nixclaw", "sandbox-image-module.nix")));
        var image = home.GetProperty("services").GetProperty("nixclaw").GetProperty("sandboxImage");
        Assert.True(image.GetProperty("enable").GetBoolean());
        Assert.Equal("callPackage sandbox-image.nix", image.GetProperty("image").GetString());
    }

    [Fact]
    public void ABubblewrapAgentGivesTheGatewayBwrapAndTheRootfsFromTheCopiedNixclawFiles()
    {
        var run = new SampleRun(SampleSource.With(
            "Sandbox = new SandboxPolicy { MemoryMb = 2048, TimeoutSeconds = 300 }",
            "Sandbox = new SandboxPolicy { Backend = SandboxBackend.Bubblewrap, MemoryMb = 2048, TimeoutSeconds = 300 }"));
        var dir = run.WriteTo();
        Assert.True(File.Exists(Path.Combine(dir, "nixclaw", "sandbox-rootfs.nix")));

        var home = NixEval.Json($"(let m = (import {NixEval.Lit(Path.Combine(dir, "hosts/nixclaw/home/openclaw.nix"))}) ({NixEval.ModuleArgs(SecretKeys)}); in m // {{ imports = map toString m.imports; }})");

        var services = home.GetProperty("systemd").GetProperty("user").GetProperty("services");
        var gateway = Strings(services.GetProperty("nixclaw-gateway").GetProperty("Service").GetProperty("Environment"));
        Assert.Equal(
            [
                "PATH=/nix/store/bubblewrap/bin:/run/wrappers/bin:/etc/profiles/per-user/openclaw/bin:/run/current-system/sw/bin",
                // The stub's callPackage names the file it was given: the copy beside the generated files.
                "NIXCLAW_SANDBOX_ROOTFS=callPackage sandbox-rootfs.nix",
                "DOTNET_CLI_TELEMETRY_OPTOUT=1",
            ],
            gateway);
        // Only the gateway runs agents' commands; the sync unit keeps its plain environment.
        Assert.DoesNotContain(Strings(services.GetProperty("nixclaw-sync").GetProperty("Service").GetProperty("Environment")),
            e => e.Contains("bubblewrap", StringComparison.Ordinal) || e.StartsWith("NIXCLAW_SANDBOX_ROOTFS=", StringComparison.Ordinal));
    }

    [Fact]
    public void TheGatewaySyncAndReconcileUnitsNameTheSameFoldersExplicitly()
    {
        var home = NixEval.Json($"(let m = (import {NixEval.Lit(Path.Combine(Dir, "hosts/nixclaw/home/openclaw.nix"))}) ({NixEval.ModuleArgs(SecretKeys)}); in m // {{ imports = map toString m.imports; }})");
        var services = home.GetProperty("systemd").GetProperty("user").GetProperty("services");

        var gateway = services.GetProperty("nixclaw-gateway").GetProperty("Service").GetProperty("ExecStart").GetString()!;
        Assert.EndsWith(" gateway --secrets-dir /run/secrets --config-dir %h/.openclaw --state-dir %S/nixclaw --status-port 18789", gateway);
        foreach (var unit in new[] { "nixclaw-sync", "nixclaw-reconcile" })
        {
            var environment = Strings(services.GetProperty(unit).GetProperty("Service").GetProperty("Environment"));
            Assert.Contains("NIXCLAW_CONFIG_DIR=%h/.openclaw", environment);
            Assert.Contains("NIXCLAW_STATE_DIR=%S/nixclaw", environment);
        }
    }

    [Fact]
    public void WithoutABubblewrapAgentTheGatewayHasNoSandboxRootfs()
    {
        var home = NixEval.Json($"(let m = (import {NixEval.Lit(Path.Combine(Dir, "hosts/nixclaw/home/openclaw.nix"))}) ({NixEval.ModuleArgs(SecretKeys)}); in m // {{ imports = map toString m.imports; }})");

        var environment = Strings(home.GetProperty("systemd").GetProperty("user").GetProperty("services")
            .GetProperty("nixclaw-gateway").GetProperty("Service").GetProperty("Environment"));
        Assert.DoesNotContain(environment, e => e.StartsWith("NIXCLAW_SANDBOX_ROOTFS=", StringComparison.Ordinal) || e.Contains("bubblewrap", StringComparison.Ordinal));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
