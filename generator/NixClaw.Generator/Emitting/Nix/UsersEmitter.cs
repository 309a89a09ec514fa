using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// <c>users.nix</c>: the admin in wheel with SSH keys, the service user as a normal user (home, subuid
/// ranges for rootless Podman) with lingering, and Home Manager wiring for both.
/// </summary>
internal static class UsersEmitter
{
    public static string Emit(HostModel host)
    {
        var bindings = new List<NixBinding>();
        foreach (var user in host.Users)
        {
            var settings = new List<NixBinding>
            {
                Set("isNormalUser", NixExpr.Bool(true)),
            };
            if (user.Description.Length > 0)
            {
                settings.Add(Set("description", Str(user.Description)));
            }

            if (!user.IsService)
            {
                settings.Add(Set("extraGroups", Strings(new[] { "wheel" })));
            }

            settings.Add(Set("shell", Raw("pkgs." + user.Shell)));
            if (user.Linger)
            {
                settings.Add(Set("linger", NixExpr.Bool(true)));
            }

            if (host.NeedsRootlessPodman(user))
            {
                // isNormalUser already allocates subuid/subgid ranges; this makes the need explicit.
                settings.Add(Set("autoSubUidGidRange", NixExpr.Bool(true)));
            }

            if (user.PasswordHashSecret is { } hash)
            {
                settings.Add(Set("hashedPasswordFile", Raw(Select("config.sops.secrets", hash, "path"))));
            }

            if (user.SshKeys.Count > 0)
            {
                settings.Add(Set("openssh.authorizedKeys.keys", Strings(user.SshKeys)));
            }

            bindings.Add(SetPath(new[] { "users", "users", user.Name }, Attrs(settings)));
            bindings.Add(NixBinding.Blank);
        }

        if (host.Users.Any(u => u.Shell == "zsh"))
        {
            bindings.Add(Set("programs.zsh.enable", NixExpr.Bool(true)));
            bindings.Add(NixBinding.Blank);
        }

        var homeManager = new List<NixBinding>
        {
            Set("useGlobalPkgs", NixExpr.Bool(true)),
            Set("useUserPackages", NixExpr.Bool(true)),
            Set("backupFileExtension", Str("hm-backup")),
            Set("extraSpecialArgs", Attrs(new NixInherit(new[] { "nixclawGateway" }))),
        };
        homeManager.AddRange(host.Users.Select(u => (NixBinding)SetPath(new[] { "users", u.Name }, Raw("./home/" + u.Name + ".nix"))));
        bindings.Add(Set("home-manager", Attrs(homeManager)));

        var formals = host.Users.Any(u => u.PasswordHashSecret is not null)
            ? new[] { "config", "pkgs", "nixclawGateway" }
            : new[] { "pkgs", "nixclawGateway" };
        return NixPrinter.File(Module(Attrs(bindings), formals), Header.For(host));
    }
}
