using System.Collections.Generic;
using System.Linq;
using NixClaw.Contract;
using NixClaw.Generator.Emitting.OpenClaw;
using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// <c>home/&lt;user&gt;.nix</c>. The service user's file runs the declarations program as the gateway (a
/// lingering user service, systemd notify, loopback port from the manifest) and as the git-sync timer.
/// An admin's file exports GH_TOKEN from its secret and lands SSH sessions in the config directory.
/// </summary>
internal static class HomeEmitter
{
    public static string Emit(HostModel host, UserModel user) =>
        user.IsService ? Service(host, user) : Admin(host, user);

    private static string Service(HostModel host, UserModel user)
    {
        // User units get a minimal PATH; /run/wrappers/bin has the setuid newuidmap rootless Podman needs.
        var path = "/run/wrappers/bin:/etc/profiles/per-user/" + user.Name + "/bin:/run/current-system/sw/bin";
        var environment = Strings(new[] { "PATH=" + path, "DOTNET_CLI_TELEMETRY_OPTOUT=1" });

        // Agents that declare bubblewrap need bwrap on the gateway's PATH and a root filesystem for it, built by
        // nix/nixclaw/sandbox-rootfs.nix (a static busybox: nothing of /nix/store is visible inside the sandbox).
        var usesBubblewrap = host.Agents.Any(a => a.Sandbox.Backend == "bubblewrap");
        var gatewayEnvironment = usesBubblewrap
            ? NixExpr.List(
                Raw("\"PATH=${pkgs.bubblewrap}/bin:" + NixLiteral.String(path).Substring(1)),
                Raw("\"NIXCLAW_SANDBOX_ROOTFS=${pkgs.callPackage " + SupportPath(SupportFiles.SandboxRootfs) + " { }}\""),
                Str("DOTNET_CLI_TELEMETRY_OPTOUT=1"))
            : environment;
        // The units name their folders explicitly (the runtime's defaults, as systemd specifiers: %h is the home,
        // %S the user's state folder, ~/.local/state), so nothing depends on how the units' environment is inherited.
        const string ConfigDirectory = "%h/.openclaw";
        const string StateDirectory = "%S/nixclaw";
        var gatewayCommand = "\"${program} gateway --secrets-dir " + SecretPaths.Root + " --config-dir " + ConfigDirectory + " --state-dir " + StateDirectory +
            " --status-port " + host.Gateway.Port + "\"";
        var oneShotEnvironment = Strings(new[] { "PATH=" + path, "DOTNET_CLI_TELEMETRY_OPTOUT=1", "NIXCLAW_CONFIG_DIR=" + ConfigDirectory, "NIXCLAW_STATE_DIR=" + StateDirectory });
        var interval = host.SyncIntervalMinutes;
        var timer = 60 % interval == 0
            ? Attrs(Set("OnCalendar", Str("*:0/" + interval)), Set("Persistent", NixExpr.Bool(true)))
            : Attrs(Set("OnBootSec", Str(interval + "min")), Set("OnUnitActiveSec", Str(interval + "min")));

        // Agents whose tools run in Podman on the default image get it built from nixpkgs (nix/nixclaw/), loaded into
        // this user's rootless store by the Home Manager module beside it: no registry, rebuilt with the system.
        var loadsSandboxImage = host.Agents.Any(a => a.Sandbox.Backend == "podman" && a.Sandbox.Image == SandboxModel.DefaultImage);
        var top = new List<NixBinding>
        {
            Set("home.stateVersion", Str(host.StateVersion)),
            Set("home.packages", NixExpr.List(Raw("nixclawGateway"))),
            NixBinding.Blank,
        };
        if (loadsSandboxImage)
        {
            top.Add(new NixComment("The image agents' tools run in (" + SandboxModel.DefaultImage + "), loaded into this user's rootless Podman."));
            top.Add(Set("imports", NixExpr.List(Raw(SupportPath(SupportFiles.SandboxImageModule)))));
            top.Add(SetPath(new[] { "services", "nixclaw", "sandboxImage" }, Attrs(
                Set("enable", NixExpr.Bool(true)),
                Set("image", NixExpr.Apply("pkgs.callPackage " + SupportPath(SupportFiles.SandboxImage), Attrs())))));
            top.Add(NixBinding.Blank);
        }

        var body = new NixLet(
            new NixBinding[] { Set("program", Raw("lib.getExe nixclawGateway")) },
            Attrs(
                top.Concat(new NixBinding[]
                {
                new NixComment("Config of the original OpenClaw gateway and the declared agents it includes, from the same declarations,"),
                new NixComment("replaced on every activation; agents.json5 and bindings.json5 are the runtime roster (agent new), installed empty"),
                new NixComment("only where missing so runtime agents survive. Copied, not linked into the Nix store: OpenClaw keeps $include"),
                new NixComment("files inside its config directory (symlinks are re-checked), and its own CLI replaces a symlinked config."),
                SetPath(new[] { "home", "activation", "openclawConfig" }, NixExpr.Apply(
                    "lib.hm.dag.entryAfter [ \"writeBoundary\" ]",
                    new NixIndentedString(new[]
                    {
                        TextLine("run install -d -m 700 \"$HOME/.openclaw\""),
                        Install("openclaw.json", replace: true),
                        Install(OpenClawRosterEmitter.DeclaredAgentsFile, replace: true),
                        Install(OpenClawRosterEmitter.AgentsFile, replace: false),
                        Install(OpenClawRosterEmitter.BindingsFile, replace: false),
                    }))),
                NixBinding.Blank,
                SetPath(new[] { "systemd", "user", "services", "nixclaw-gateway" }, Attrs(
                    Set("Unit.Description", Str("NixClaw gateway (loopback port " + host.Gateway.Port + ")")),
                    Set("Service", Attrs(
                        Set("Type", Str("notify")),
                        Set("ExecStart", Raw(gatewayCommand)),
                        Set("Environment", gatewayEnvironment),
                        Set("Restart", Str("on-failure")),
                        Set("RestartSec", NixExpr.Int(5)),
                        // 78 (EX_CONFIG) is the gateway's "invalid configuration": restarting cannot fix it.
                        Set("RestartPreventExitStatus", NixExpr.Int(78)))),
                    Set("Install.WantedBy", NixExpr.List(Str("default.target"))))),
                NixBinding.Blank,
                SetPath(new[] { "systemd", "user", "services", "nixclaw-sync" }, Attrs(
                    Set("Unit.Description", Str("Commit and push agent workspaces to Gitea")),
                    Set("Service", Attrs(
                        Set("Type", Str("oneshot")),
                        Set("ExecStart", Raw("\"${program} sync\"")),
                        Set("Environment", oneShotEnvironment))))),
                NixBinding.Blank,
                new NixComment("Repository, workspace, channel and members for every agent declared in C#. Runs again whenever the"),
                new NixComment("program changes (a deploy that declares an agent), and every minute until Gitea and Mattermost both answer."),
                SetPath(new[] { "systemd", "user", "services", "nixclaw-reconcile" }, Attrs(
                    Set("Unit.Description", Str("Create what agents declared in C# need (repository, workspace, channel)")),
                    Set("Service", Attrs(
                        Set("Type", Str("oneshot")),
                        Set("RemainAfterExit", NixExpr.Bool(true)),
                        Set("ExecStart", Raw("\"${program} agent reconcile\"")),
                        Set("Environment", oneShotEnvironment),
                        Set("Restart", Str("on-failure")),
                        Set("RestartSec", NixExpr.Int(60)))),
                    Set("Install.WantedBy", NixExpr.List(Str("default.target"))))),
                NixBinding.Blank,
                SetPath(new[] { "systemd", "user", "timers", "nixclaw-sync" }, Attrs(
                    Set("Unit.Description", Str("Sync agent workspaces every " + interval + " minutes")),
                    Set("Timer", timer),
                    Set("Install.WantedBy", NixExpr.List(Str("timers.target"))))),
                })));

        var formals = loadsSandboxImage || usesBubblewrap ? new[] { "lib", "pkgs", "nixclawGateway" } : new[] { "lib", "nixclawGateway" };
        return NixPrinter.File(Module(body, formals), Header.For(host));
    }

    /// <summary>
    /// Copies a generated file of hosts/&lt;host&gt;/openclaw/ into ~/.openclaw with mode 600: always, or only when the
    /// target does not exist yet (the runtime roster files, which the gateway and <c>agent new</c> own from then on).
    /// </summary>
    private static IReadOnlyList<NixStringPart> Install(string file, bool replace)
    {
        var target = "\"$HOME/.openclaw/" + file + "\"";
        var source = Interpolate(Raw("../" + OutputFiles.OpenClawFolder + file));
        return replace
            ? new[] { Text("run install -m 600 "), source, Text(" " + target) }
            : new[] { Text("[ -e " + target + " ] || run install -m 600 "), source, Text(" " + target) };
    }

    /// <summary>A file of nix/nixclaw/ as a path from hosts/&lt;host&gt;/home/.</summary>
    private static string SupportPath(string name) => "../../../" + SupportFiles.Folder + name;

    private static string Admin(HostModel host, UserModel user)
    {
        var fish = user.Shell == "fish";
        var lines = new List<IReadOnlyList<NixStringPart>>();
        if (user.GitHubTokenSecret is { } token)
        {
            var path = Interpolate(Raw(Select("osConfig.sops.secrets", token, "path")));
            if (fish)
            {
                lines.Add(new[] { Text("if test -r "), path });
                lines.Add(new[] { Text("  set -gx GH_TOKEN (cat "), path, Text(")") });
                lines.Add(TextLine("end"));
            }
            else
            {
                lines.Add(new[] { Text("if [ -r "), path, Text(" ]; then") });
                lines.Add(new[] { Text("  export GH_TOKEN=\"$(cat "), path, Text(")\"") });
                lines.Add(TextLine("fi"));
            }
        }

        // The directory is data: quoted for the shell, then interpolated as a Nix string literal.
        var directory = Interpolate(Str(ShellQuote(host.ConfigDirectory)));
        if (fish)
        {
            lines.Add(TextLine("if set -q SSH_CONNECTION; and test \"$PWD\" = \"$HOME\""));
            lines.Add(new[] { Text("  cd ~/"), directory });
            lines.Add(TextLine("end"));
        }
        else
        {
            lines.Add(TextLine("if [ -n \"$SSH_CONNECTION\" ] && [ \"$PWD\" = \"$HOME\" ]; then"));
            lines.Add(new[] { Text("  cd ~/"), directory });
            lines.Add(TextLine("fi"));
        }

        var shell = user.Shell switch
        {
            "fish" => Set("programs.fish", Attrs(Set("enable", NixExpr.Bool(true)), Set("interactiveShellInit", new NixIndentedString(lines)))),
            "zsh" => Set("programs.zsh", Attrs(Set("enable", NixExpr.Bool(true)), Set("initContent", new NixIndentedString(lines)))),
            _ => Set("programs.bash", Attrs(Set("enable", NixExpr.Bool(true)), Set("initExtra", new NixIndentedString(lines)))),
        };

        var formals = user.GitHubTokenSecret is null ? new string[0] : new[] { "osConfig" };
        return NixPrinter.File(
            Module(Attrs(Set("home.stateVersion", Str(host.StateVersion)), NixBinding.Blank, shell), formals),
            Header.For(host));
    }

    /// <summary>Single-quoted for fish and POSIX shells alike ('' closes, \' escapes, reopens).</summary>
    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
