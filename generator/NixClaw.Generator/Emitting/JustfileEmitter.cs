using NixClaw.Generator.Model;

namespace NixClaw.Generator.Emitting;

/// <summary>
/// <c>hosts/&lt;host&gt;/justfile</c>: the seed's daily recipes, each calling a verb of the declarations
/// program as the service user (who owns the workspaces) or systemd for the user service.
/// </summary>
internal static class JustfileEmitter
{
    public static string Emit(HostModel host, string programName)
    {
        var service = host.ServiceUser?.Name ?? "root";
        var w = new CodeWriter("    ");
        w.Line("# " + Emitting.Nix.Header.For(host).Replace("\n", " "));
        w.Line("# Run `just` for the list of recipes.").Line();
        w.Line("set shell := [\"bash\", \"-euo\", \"pipefail\", \"-c\"]").Line();
        w.Line("host := " + Quote(host.Name));
        w.Line("service_user := " + Quote(service));
        w.Line("program := " + Quote("/etc/profiles/per-user/" + service + "/bin/" + programName));
        w.Line("flake := justfile_directory() / \"../..\"");
        w.Line("as_service := \"sudo -u \" + service_user + \" XDG_RUNTIME_DIR=/run/user/$(id -u \" + service_user + \")\"").Line();
        w.Line("# List the recipes");
        w.Line("default:").Indent();
        w.Line("@just --list");
        w.Dedent();
        Recipe(w, "Is the gateway running?", "status", "{{ as_service }} systemctl --user status nixclaw-gateway --no-pager");
        Recipe(w, "Follow the gateway log", "logs", "{{ as_service }} {{ program }} logs -f");
        Recipe(w, "Restart the gateway", "restart", "{{ as_service }} systemctl --user restart nixclaw-gateway");
        Recipe(w, "Pull configuration changes", "pull", "git pull --rebase");
        Recipe(w, "Apply the configuration to this machine", "deploy", "sudo nixos-rebuild switch --flake \"{{ flake }}#{{ host }}\"");
        Recipe(w, "Push configuration changes", "push", "git push");
        Recipe(w, "Create an agent: Gitea repo, workspace, channel, roster entry", "new-agent name", "{{ as_service }} {{ program }} agent new {{ quote(name) }}");
        Recipe(w, "Remove an agent (add --delete-repo to delete its repository too)", "delete-agent name *flags", "{{ as_service }} {{ program }} agent delete {{ quote(name) }} {{ flags }}");
        Recipe(w, "List declared and runtime agents", "agents", "{{ as_service }} {{ program }} agent list");
        Recipe(w, "Create what agents declared in C# still lack, now (each deploy starts this on its own)", "reconcile *ids", "{{ as_service }} {{ program }} agent reconcile {{ ids }}");
        Recipe(w, "Commit and push workspaces now (all, or one agent)", "sync agent=\"\"", "{{ as_service }} {{ program }} sync {{ if agent == \"\" { \"\" } else { quote(agent) } }}");
        Recipe(w, "Clone or update the shared skills repository", "clone-skills", "{{ as_service }} {{ program }} clone-skills");
        return w.ToString();
    }

    private static void Recipe(CodeWriter w, string doc, string signature, string body)
    {
        w.Line().Line("# " + doc);
        w.Line(signature + ":").Indent();
        w.Line(body);
        w.Dedent();
    }

    /// <summary>A just string literal: single-quoted (no escapes) unless the value holds a quote.</summary>
    public static string Quote(string value) =>
        value.IndexOf('\'') < 0 && value.IndexOf('\n') < 0
            ? "'" + value + "'"
            : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}
