using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Emitting.OpenClaw;
using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// <c>secrets.nix</c>: sops-nix with the one age key staged by nixos-anywhere (a string path, so the key
/// never enters the store), one entry per declared secret, and the environment file the original
/// OpenClaw gateway reads. Values never appear here: only keys, owners, modes and placeholders.
/// The encrypted secrets file is the user's and does not exist until the first <c>secrets set</c>; sops-nix hashes
/// it during evaluation, which would stop <c>nixos-rebuild</c>, colmena and deploy-rs with "getting status of
/// ...: No such file or directory". A NixOS assertion is evaluated before the system is built, so a fresh
/// project fails with a message that says what to run instead.
/// </summary>
internal static class SecretsEmitter
{
    public const string AgeKeyFile = "/root/.config/sops/age/keys.txt";

    public static string Emit(HostModel host)
    {
        var secrets = host.Secrets.Select(s =>
        {
            var settings = new List<NixBinding>();
            if (s.Owner is not null)
            {
                settings.Add(Set("owner", Str(s.Owner)));
            }

            if (s.Mode != "0400")
            {
                settings.Add(Set("mode", Str(s.Mode)));
            }

            if (s.NeededForUsers)
            {
                settings.Add(Set("neededForUsers", NixExpr.Bool(true)));
            }

            return (NixBinding)SetPath(new[] { s.Key }, Attrs(settings));
        });

        var sops = new List<NixBinding>
        {
            Set("defaultSopsFile", Raw("../../secrets/" + host.Name + ".yaml")),
            Set("age.keyFile", Str(AgeKeyFile)),
            Set("age.sshKeyPaths", NixExpr.List()),
            NixBinding.Blank,
            Set("secrets", Attrs(secrets)),
        };

        var environment = EnvironmentLines(host);
        if (environment.Count > 0 && host.ServiceUser is { } service)
        {
            sops.Add(NixBinding.Blank);
            sops.Add(new NixComment("Environment for the original OpenClaw gateway; NixClaw's gateway reads the secret files directly."));
            sops.Add(SetPath(new[] { "templates", "openclaw.env" }, Attrs(
                Set("owner", Str(service.Name)),
                Set("content", new NixIndentedString(environment)))));
        }

        var sopsFile = "secrets/" + host.Name + ".yaml";
        var bindings = new List<NixBinding>
        {
            new NixComment("sops-nix reads the secrets file during evaluation; say how to create it before it does."),
            Set("assertions", NixExpr.List(Attrs(
                Set("assertion", Raw("builtins.pathExists ../../" + sopsFile)),
                Set("message", Str(
                    // The operator evaluates from the declarations project, where the program runs as `dotnet run --`.
                    sopsFile + " does not exist yet: in the declarations project, store each secret with `dotnet run -- secrets set <key>` (the keys are listed in secrets/"
                    + host.Name + ".skeleton.yaml), then evaluate again."))))),
            NixBinding.Blank,
            Set("sops", Attrs(sops)),
        };
        if (host.Tailscale?.AuthKeySecret is { } authKey)
        {
            bindings.Add(NixBinding.Blank);
            bindings.Add(Set("services.tailscale.authKeyFile", Raw(Select("config.sops.secrets", authKey, "path"))));
        }

        return NixPrinter.File(Module(Attrs(bindings), "config"), Header.For(host));
    }

    private static List<IReadOnlyList<NixStringPart>> EnvironmentLines(HostModel host) =>
        OpenClawEnvironment.Variables(host)
            .Select(v => (IReadOnlyList<NixStringPart>)new[] { Text(v.Name + "="), Interpolate(Raw(Select("config.sops.placeholder", v.SecretKey))) })
            .ToList();
}
