using System.Text.Json;

namespace NixClaw.Nix.Tests;

/// <summary>
/// The committed sample's generated Nix (samples/Homelab/nix, the golden copy of the generator's output) evaluated
/// by the real upstream modules (<see cref="UpstreamEvaluation"/>): it passes, its values are what
/// samples/Homelab/Homelab.cs declares, and a wrong option name, a wrong type and a failing assertion are
/// rejected at every layer with the upstream error message.
/// </summary>
public sealed class UpstreamEvaluationTests
{
    private const string Host = "nixclaw";
    private const string Admin = "devinbernosky";
    private const string Service = "openclaw";

    private static readonly Lazy<JsonElement> Sample = new(() =>
        UpstreamEvaluation.Evaluate(UpstreamEvaluation.CopyToTemp(Repo.Path("samples", "Homelab", "nix"))));

    private static JsonElement HostReport => Sample.Value.GetProperty("hosts").GetProperty(Host);

    [Fact]
    public void SamplePassesTheUpstreamModules()
    {
        UpstreamEvaluation.AssertPasses(Sample.Value);
        Assert.Equal([Host], Sample.Value.GetProperty("hosts").EnumerateObject().Select(h => h.Name));
        Assert.StartsWith("/nix/store/", HostReport.GetProperty("toplevel").GetString());
    }

    [Fact]
    public void HostSettingsAreTheDeclaredOnes()
    {
        Assert.Equal("America/Chicago", HostReport.GetProperty("timeZone").GetString());
        Assert.Equal("25.11", HostReport.GetProperty("stateVersion").GetString());
        Assert.Equal("x86_64-linux", HostReport.GetProperty("hostPlatform").GetString());
        Assert.True(HostReport.GetProperty("boot").GetProperty("systemdBoot").GetBoolean());
        Assert.True(HostReport.GetProperty("qemuGuest").GetBoolean());
        // qemu-guest.nix (the real profile) adds its virtio modules to the generated ones.
        Assert.Superset(new HashSet<string> { "sd_mod", "virtio_scsi", "virtio_blk", "virtio_net" }, Strings(HostReport.GetProperty("boot").GetProperty("initrdModules")).ToHashSet());

        var ssh = HostReport.GetProperty("openssh");
        Assert.True(ssh.GetProperty("enable").GetBoolean());
        Assert.False(ssh.GetProperty("openFirewall").GetBoolean());
        Assert.Equal([22], ssh.GetProperty("ports").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("no", ssh.GetProperty("settings").GetProperty("PermitRootLogin").GetString());
        Assert.False(ssh.GetProperty("settings").GetProperty("PasswordAuthentication").GetBoolean());
        Assert.False(ssh.GetProperty("settings").GetProperty("KbdInteractiveAuthentication").GetBoolean());

        var tailscale = HostReport.GetProperty("tailscale");
        Assert.True(tailscale.GetProperty("enable").GetBoolean());
        Assert.Equal("/run/secrets/tailscale_authkey", tailscale.GetProperty("authKeyFile").GetString());
        Assert.Equal(["tailscale0"], Strings(HostReport.GetProperty("firewall").GetProperty("trustedInterfaces")));
        Assert.True(HostReport.GetProperty("podman").GetProperty("enable").GetBoolean());
        Assert.Equal(["root", "@wheel"], Strings(HostReport.GetProperty("nixSettings").GetProperty("trusted-users")));
        Assert.False(HostReport.GetProperty("wheelNeedsPassword").GetBoolean());
    }

    [Fact]
    public void UsersAndGroupsAreTheDeclaredOnes()
    {
        var users = HostReport.GetProperty("users");
        Assert.Equal([Admin, Service], users.EnumerateObject().Select(u => u.Name).Order(StringComparer.Ordinal));

        var admin = users.GetProperty(Admin);
        Assert.Equal(["wheel"], Strings(admin.GetProperty("extraGroups")));
        Assert.Equal("users", admin.GetProperty("group").GetString());
        Assert.Equal("/home/" + Admin, admin.GetProperty("home").GetString());
        Assert.Equal("fish", admin.GetProperty("shell").GetString());
        Assert.Equal("/run/secrets-for-users/admin_password_hash", admin.GetProperty("hashedPasswordFile").GetString());
        Assert.Single(Strings(admin.GetProperty("authorizedKeys")), k => k.StartsWith("ssh-ed25519 ", StringComparison.Ordinal));

        var service = users.GetProperty(Service);
        Assert.True(service.GetProperty("linger").GetBoolean());
        Assert.True(service.GetProperty("autoSubUidGidRange").GetBoolean());
        Assert.Equal("NixClaw gateway", service.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, service.GetProperty("hashedPasswordFile").ValueKind);

        Assert.Superset(new HashSet<string> { "users", "wheel", "keys" }, Strings(HostReport.GetProperty("groups")).ToHashSet());
        Assert.True(HostReport.GetProperty("shells").GetProperty("fish").GetBoolean());
    }

    [Fact]
    public void SecretsHaveTheDeclaredOwnersModesAndSopsNixPaths()
    {
        var secrets = HostReport.GetProperty("secrets");
        Assert.Equal(
            ["admin_password_hash", "brave/api_key", "gh_token", "gitea/token", "mattermost/bot_token", "openai/api_key", "openclaw/gateway_token", "tailscale_authkey"],
            secrets.EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (var secret in secrets.EnumerateObject())
        {
            Assert.Equal(secret.Name, secret.Value.GetProperty("key").GetString());
            Assert.Equal("0400", secret.Value.GetProperty("mode").GetString());
            Assert.Equal("yaml", secret.Value.GetProperty("format").GetString());
            Assert.EndsWith("/secrets/nixclaw.yaml", secret.Value.GetProperty("sopsFile").GetString());
        }

        // Paths and groups are sops-nix's own defaults (neededForUsers → /run/secrets-for-users; group = the owner's primary group).
        Assert.Equal("/run/secrets-for-users/admin_password_hash", secrets.GetProperty("admin_password_hash").GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, secrets.GetProperty("admin_password_hash").GetProperty("owner").ValueKind);
        Assert.Equal("/run/secrets/mattermost/bot_token", secrets.GetProperty("mattermost/bot_token").GetProperty("path").GetString());
        Assert.Equal(Service, secrets.GetProperty("mattermost/bot_token").GetProperty("owner").GetString());
        Assert.Equal("users", secrets.GetProperty("mattermost/bot_token").GetProperty("group").GetString());
        Assert.Equal(Admin, secrets.GetProperty("gh_token").GetProperty("owner").GetString());
        Assert.Equal(JsonValueKind.Null, secrets.GetProperty("tailscale_authkey").GetProperty("owner").ValueKind);

        var template = HostReport.GetProperty("templates").GetProperty("openclaw.env");
        Assert.Equal("/run/secrets/rendered/openclaw.env", template.GetProperty("path").GetString());
        Assert.Equal(Service, template.GetProperty("owner").GetString());
        Assert.Contains("MATTERMOST_BOT_TOKEN=<SOPS:", template.GetProperty("content").GetString());

        var sops = HostReport.GetProperty("sops");
        Assert.Equal("/root/.config/sops/age/keys.txt", sops.GetProperty("ageKeyFile").GetString());
        Assert.Equal(0, sops.GetProperty("ageSshKeyPaths").GetArrayLength());
        Assert.True(sops.GetProperty("validateSopsFiles").GetBoolean());
    }

    [Fact]
    public void HomeManagerUnitsAndTimersAreTheDeclaredOnes()
    {
        var home = HostReport.GetProperty("home");
        Assert.Equal([Admin, Service], home.EnumerateObject().Select(u => u.Name).Order(StringComparer.Ordinal));
        var service = home.GetProperty(Service);
        Assert.Equal("/home/" + Service, service.GetProperty("homeDirectory").GetString());
        Assert.Equal("25.11", service.GetProperty("stateVersion").GetString());
        Assert.Equal(
            ["nixclaw-gateway", "nixclaw-reconcile", "nixclaw-sandbox-image", "nixclaw-sync"],
            service.GetProperty("services").EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal));

        var gateway = service.GetProperty("services").GetProperty("nixclaw-gateway");
        Assert.Equal("notify", gateway.GetProperty("Service").GetProperty("Type").GetString());
        // Home Manager's ExecStart type merges into a list.
        // The unit passes its folders and port explicitly; %h and %S are systemd's home and state-folder specifiers.
        Assert.EndsWith(" gateway --secrets-dir /run/secrets --config-dir %h/.openclaw --state-dir %S/nixclaw --status-port 18789",
            Assert.Single(Strings(gateway.GetProperty("Service").GetProperty("ExecStart"))));
        Assert.Equal(["default.target"], Strings(gateway.GetProperty("Install").GetProperty("WantedBy")));

        // Declared agents are provisioned on their own: started at login/boot and again whenever the program changes,
        // retried while Gitea or Mattermost is unreachable.
        var reconcile = service.GetProperty("services").GetProperty("nixclaw-reconcile").GetProperty("Service");
        Assert.Equal("oneshot", reconcile.GetProperty("Type").GetString());
        Assert.True(reconcile.GetProperty("RemainAfterExit").GetBoolean());
        Assert.Equal("on-failure", reconcile.GetProperty("Restart").GetString());
        Assert.EndsWith(" agent reconcile", Assert.Single(Strings(reconcile.GetProperty("ExecStart"))));
        Assert.Equal(["default.target"], Strings(service.GetProperty("services").GetProperty("nixclaw-reconcile").GetProperty("Install").GetProperty("WantedBy")));

        var timer = service.GetProperty("timers").GetProperty("nixclaw-sync");
        Assert.Equal("*:0/15", timer.GetProperty("Timer").GetProperty("OnCalendar").GetString());
        Assert.Equal(["timers.target"], Strings(timer.GetProperty("Install").GetProperty("WantedBy")));

        var admin = home.GetProperty(Admin);
        Assert.True(admin.GetProperty("fish").GetProperty("enable").GetBoolean());
        Assert.Contains("/run/secrets/gh_token", admin.GetProperty("fish").GetProperty("interactiveShellInit").GetString());

        // Home Manager's NixOS module activates each user with a system unit.
        Assert.Superset(
            new HashSet<string> { "home-manager-" + Admin, "home-manager-" + Service },
            Strings(HostReport.GetProperty("systemServices")).ToHashSet());
    }

    [Fact]
    public void FileSystemsComeFromDisko()
    {
        var fileSystems = HostReport.GetProperty("fileSystems");
        Assert.Equal(["/", "/boot"], fileSystems.EnumerateObject().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("/dev/disk/by-partlabel/disk-main-root", fileSystems.GetProperty("/").GetProperty("device").GetString());
        Assert.Equal("ext4", fileSystems.GetProperty("/").GetProperty("fsType").GetString());
        Assert.Equal("/dev/disk/by-partlabel/disk-main-ESP", fileSystems.GetProperty("/boot").GetProperty("device").GetString());
        Assert.Equal("vfat", fileSystems.GetProperty("/boot").GetProperty("fsType").GetString());
        Assert.Equal(["umask=0077"], Strings(fileSystems.GetProperty("/boot").GetProperty("options")));
        Assert.Equal(0, HostReport.GetProperty("swapDevices").GetArrayLength());
        Assert.Equal(0, HostReport.GetProperty("grubDevices").GetArrayLength());
    }

    [Fact]
    public void ColmenaHiveAndDeployRsNodesAreTheDeclaredOnes()
    {
        var colmena = Sample.Value.GetProperty("colmena");
        Assert.Equal("v0.5", colmena.GetProperty("schema").GetString());
        Assert.Equal([Host], Strings(colmena.GetProperty("nodes")));
        var deployment = colmena.GetProperty("deployment").GetProperty(Host);
        Assert.Equal(Host, deployment.GetProperty("targetHost").GetString());
        Assert.Equal(Admin, deployment.GetProperty("targetUser").GetString());
        Assert.Equal([Host], Strings(deployment.GetProperty("tags")));

        var deploy = Sample.Value.GetProperty("deploy");
        var node = deploy.GetProperty("nodes").GetProperty(Host);
        Assert.Equal(Host, node.GetProperty("hostname").GetString());
        Assert.Equal(Admin, node.GetProperty("sshUser").GetString());
        Assert.Equal("root", node.GetProperty("profiles").GetProperty("system").GetProperty("user").GetString());
        Assert.Contains("activatable-nixos-system-" + Host, node.GetProperty("profiles").GetProperty("system").GetProperty("path").GetString());
        Assert.Equal(0, deploy.GetProperty("schemaErrors").GetArrayLength());
        Assert.Equal(["deploy-activate", "deploy-schema"], Strings(deploy.GetProperty("checks").GetProperty("x86_64-linux")));
    }

    [Fact]
    public void OnlyTheDeclaredInputsArePassed()
    {
        var declared = Strings(Sample.Value.GetProperty("inputs"));
        Assert.Contains("nixpkgs", declared);
        Assert.Contains("disko", declared);
        Assert.Contains("sops-nix", declared);
        Assert.Contains("home-manager", declared);
    }

    /// <summary>Issue 19 item 5: a fresh project has no secrets file until the first <c>secrets set</c>.</summary>
    [Fact]
    public void FreshProjectStopsOnAnAssertionThatSaysToRunSecretsSet()
    {
        var fresh = UpstreamEvaluation.CopyToTemp(Repo.Path("samples", "Homelab", "nix"), withSecretsFiles: false);
        UpstreamEvaluation.Run([fresh]).AssertFailsWith(
            "Failed assertions:",
            "- secrets/nixclaw.yaml does not exist yet: in the declarations project, store each secret with `dotnet run -- secrets set <key>` (the keys are listed in secrets/nixclaw.skeleton.yaml)");

        // Without the generated assertion, sops-nix stops on its hash of the file, a message the user cannot act on.
        var withoutAssertion = Mutated(fresh, "hosts/nixclaw/secrets.nix", "assertion = builtins.pathExists ../../secrets/nixclaw.yaml;", "assertion = true;");
        UpstreamEvaluation.Run([withoutAssertion]).AssertFailsWith("secrets/nixclaw.yaml", "No such file or directory");
    }

    [Fact]
    public void AnInputTheHarnessHasNoCopyOfIsNamed()
    {
        var copy = Mutated(UpstreamEvaluation.CopyToTemp(Repo.Path("samples", "Homelab", "nix")), "flake.nix", "  inputs = {\n", "  inputs = {\n    impermanence.url = \"github:nix-community/impermanence\";\n");
        UpstreamEvaluation.Run([copy]).AssertFailsWith("the evaluation harness has no copy of flake input(s) impermanence");
    }

    public static TheoryData<string, string, string, string, string> Mutations() => new()
    {
        // layer, file, find, replace, the upstream error message
        { "NixOS stand-in: name", "hosts/nixclaw/default.nix", "networking.hostName = ", "networking.hostname = ", "The option `networking.hostname' does not exist." },
        { "NixOS stand-in: type", "hosts/nixclaw/default.nix", "PermitRootLogin = \"no\";", "PermitRootLogin = \"never\";", "A definition for option `services.openssh.settings.PermitRootLogin' is not of type `one of \"yes\", \"without-password\", \"prohibit-password\", \"forced-commands-only\", \"no\"'." },
        { "NixOS users-groups.nix: name", "hosts/nixclaw/users.nix", "    linger = true;", "    lingering = true;", "The option `users.users.openclaw.lingering' does not exist." },
        { "NixOS users-groups.nix: type", "hosts/nixclaw/users.nix", "    linger = true;", "    linger = \"yes\";", "A definition for option `users.users.openclaw.linger' is not of type `null or boolean'." },
        { "NixOS users-groups.nix: assertion", "hosts/nixclaw/default.nix", "programs.fish.enable = true;", "programs.fish.enable = false;", "- users.users.devinbernosky.shell is set to fish, but" },
        { "sops-nix: name", "hosts/nixclaw/secrets.nix", "gh_token = { owner = \"devinbernosky\"; };", "gh_token = { ownr = \"devinbernosky\"; };", "The option `sops.secrets.gh_token.ownr' does not exist." },
        { "sops-nix: type", "hosts/nixclaw/secrets.nix", "age.keyFile = \"/root/.config/sops/age/keys.txt\";", "age.keyFile = \"/nix/store/00000000000000000000000000000000-keys.txt\";", "A definition for option `sops.age.keyFile' is not of type `null or path not in the Nix store'." },
        { "sops-nix: assertion", "hosts/nixclaw/secrets.nix", "admin_password_hash = { neededForUsers = true; };", "admin_password_hash = { neededForUsers = true; uid = 1000; };", "- neededForUsers cannot be used for secrets that are not root-owned" },
        { "disko: name", "hosts/nixclaw/disko.nix", "mountpoint = \"/boot\";", "mountpont = \"/boot\";", "The option `disko.devices.disk.main.content.partitions.ESP.content.mountpont' does not exist." },
        { "disko: type", "hosts/nixclaw/disko.nix", "size = \"512M\";", "size = \"512MiB\";", "A definition for option `disko.devices.disk.main.content.partitions.ESP.size' is not of type" },
        { "disko: conflict", "hosts/nixclaw/disko.nix", "mountpoint = \"/boot\";", "mountpoint = \"/\";", "The option `fileSystems.\"/\".device' has conflicting definition values:" },
        { "Home Manager: name", "hosts/nixclaw/home/devinbernosky.nix", "interactiveShellInit = ''", "interactiveShelInit = ''", "The option `home-manager.users.devinbernosky.programs.fish.interactiveShelInit' does not exist." },
        { "Home Manager: type", "hosts/nixclaw/home/openclaw.nix", "home.stateVersion = \"25.11\";", "home.stateVersion = \"25.12\";", "A definition for option `home-manager.users.openclaw.home.stateVersion' is not of type `one of" },
        { "Home Manager: assertion", "hosts/nixclaw/home/devinbernosky.nix", "home.stateVersion = \"25.11\";", "home.stateVersion = \"25.11\";\n  nixpkgs.config = { };\n  nixpkgs.overlays = [ ];", "- devinbernosky profile: `nixpkgs` options are disabled when `home-manager.useGlobalPkgs` is enabled." },
        { "colmena: name", "flake.nix", "targetUser = \"devinbernosky\";", "targetUsr = \"devinbernosky\";", "The option `deployment.targetUsr' does not exist." },
        { "colmena: type", "flake.nix", "targetHost = \"nixclaw\";", "targetHost = [ \"nixclaw\" ];", "A definition for option `deployment.targetHost' is not of type `null or string'." },
        { "flake: module name", "flake.nix", "          sops-nix.nixosModules.sops\n          home-manager.nixosModules.home-manager\n          ./hosts/nixclaw\n        ];\n      };\n\n      colmena", "          sops-nix.nixosModules.sopss\n          home-manager.nixosModules.home-manager\n          ./hosts/nixclaw\n        ];\n      };\n\n      colmena", "attribute 'sopss' missing" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void MutationIsRejectedWithTheUpstreamMessage(string layer, string file, string find, string replace, string message)
    {
        var copy = Mutated(UpstreamEvaluation.CopyToTemp(Repo.Path("samples", "Homelab", "nix")), file, find, replace);
        // colmena and deploy-rs evaluate the host a second time; only mutations of flake.nix need them.
        var result = UpstreamEvaluation.Run([copy], deployTools: file == "flake.nix");
        Assert.True(result.ExitCode != 0, $"{layer}: the harness accepted the mutation of {file}");
        Assert.True(result.Error.Contains(message, StringComparison.Ordinal), $"{layer}: expected '{message}' in:\n{result.Error}");
    }

    /// <summary>Freeform settings accept any key upstream too; SettingsKeys.txt catches a misspelt one.</summary>
    [Fact]
    public void MisspeltKeyInAFreeformSettingIsRejected()
    {
        var copy = Mutated(UpstreamEvaluation.CopyToTemp(Repo.Path("samples", "Homelab", "nix")), "hosts/nixclaw/default.nix", "KbdInteractiveAuthentication = false;", "KbdInteractiveAuthentification = false;");
        var report = UpstreamEvaluation.Evaluate(copy, deployTools: false);
        var failure = Assert.ThrowsAny<Exception>(() => UpstreamEvaluation.AssertPasses(report));
        Assert.Contains("services.openssh.settings.KbdInteractiveAuthentification", failure.Message);
    }

    [Fact]
    public void DeployNodesAreCheckedAgainstDeployRsInterfaceJson()
    {
        (string Find, string Replace, string Message)[] mutations =
        [
            ("deploy.nodes.nixclaw = {\n        hostname = \"nixclaw\";\n", "deploy.nodes.nixclaw = {\n", "deploy.nodes.nixclaw: required property 'hostname' is missing"),
            ("sshUser = \"devinbernosky\";\n        profiles", "sshUser = 22;\n        profiles", "deploy.nodes.nixclaw.sshUser: expected string, got int"),
            ("        profiles.system = {", "        profiles.\"1\" = {", "deploy.nodes.nixclaw.profiles: property '1' is not allowed"),
        ];
        var dirs = mutations.Select(m => Mutated(UpstreamEvaluation.CopyToTemp(Repo.Path("samples", "Homelab", "nix")), "flake.nix", m.Find, m.Replace)).ToList();
        var reports = UpstreamEvaluation.EvaluateAll(dirs);
        for (var i = 0; i < mutations.Length; i++)
        {
            Assert.Contains(mutations[i].Message, Strings(reports[i].GetProperty("deploy").GetProperty("schemaErrors")));
        }
    }

    private static string Mutated(string dir, string file, string find, string replace)
    {
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in {file}");
        File.WriteAllText(path, text[..index] + replace + text[(index + find.Length)..]);
        return dir;
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
