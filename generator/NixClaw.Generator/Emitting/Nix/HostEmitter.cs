using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary><c>hosts/&lt;host&gt;/default.nix</c>: the system configuration that imports the other host files.</summary>
internal static class HostEmitter
{
    public static string Emit(HostModel host)
    {
        var bindings = new List<NixBinding>
        {
            Set("imports", NixExpr.List(Raw("./hardware.nix"), Raw("./disko.nix"), Raw("./secrets.nix"), Raw("./users.nix"))),
            NixBinding.Blank,
            Set("nixpkgs.hostPlatform", Str(host.System)),
            Set("networking.hostName", Str(host.Name)),
            Set("time.timeZone", Str(host.TimeZone)),
            NixBinding.Blank,
            Set("boot.loader.systemd-boot.enable", NixExpr.Bool(true)),
            Set("boot.loader.efi.canTouchEfiVariables", NixExpr.Bool(true)),
            NixBinding.Blank,
            Set("nix.settings", Attrs(
                Set("experimental-features", Strings(new[] { "nix-command", "flakes" })),
                Set("trusted-users", Strings(new[] { "root", "@wheel" })))),
            NixBinding.Blank,
            new NixComment("SSH over Tailscale only: sshd is not exposed on the LAN."),
            Set("services.openssh", Attrs(
                Set("enable", NixExpr.Bool(true)),
                Set("openFirewall", NixExpr.Bool(false)),
                Set("ports", NixExpr.List(NixExpr.Int(host.SshPort))),
                Set("settings", Attrs(
                    Set("PermitRootLogin", Str("no")),
                    Set("PasswordAuthentication", NixExpr.Bool(false)),
                    Set("KbdInteractiveAuthentication", NixExpr.Bool(false)))))),
            NixBinding.Blank,
        };

        if (host.Tailscale is { } tailscale)
        {
            var tailscaleSettings = new List<NixBinding>
            {
                Set("enable", NixExpr.Bool(true)),
                Set("openFirewall", NixExpr.Bool(true)),
            };
            if (tailscale.Ssh)
            {
                // extraUpFlags apply only with an auth key; extraSetFlags runs `tailscale set --ssh` every boot.
                tailscaleSettings.Add(Set(tailscale.AuthKeySecret is null ? "extraSetFlags" : "extraUpFlags", NixExpr.List(Str("--ssh"))));
            }

            bindings.Add(Set("services.tailscale", Attrs(tailscaleSettings)));
            bindings.Add(Set("networking.firewall.trustedInterfaces", NixExpr.List(Str("tailscale0"))));
            bindings.Add(NixBinding.Blank);
        }

        if (host.AgentsUsePodman || host.Users.Any(u => u.RootlessPodman))
        {
            // Also puts podman on the system PATH the gateway's user service uses.
            bindings.Add(new NixComment("Rootless Podman runs the agents' tools; the gateway port stays on loopback, so no firewall rule."));
            bindings.Add(Set("virtualisation.podman", Attrs(
                Set("enable", NixExpr.Bool(true)),
                Set("defaultNetwork.settings.dns_enabled", NixExpr.Bool(true)))));
            bindings.Add(NixBinding.Blank);
        }

        bindings.Add(Set("programs.fish.enable", NixExpr.Bool(true)));
        bindings.Add(Set("security.sudo.wheelNeedsPassword", NixExpr.Bool(false)));
        bindings.Add(Set("environment.systemPackages", NixExpr.List(Raw("pkgs.git"), Raw("pkgs.just"))));
        bindings.Add(NixBinding.Blank);
        bindings.Add(Set("system.stateVersion", Str(host.StateVersion)));

        return NixPrinter.File(Module(Attrs(bindings), "pkgs"), Header.For(host));
    }
}
