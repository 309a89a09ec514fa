using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Emitting;

/// <summary>
/// <c>.sops.yaml</c> (one creation rule per host file, a single age key group: two groups would mean
/// Shamir sharing and break sops-nix) and <c>secrets/&lt;host&gt;.skeleton.yaml</c>, which lists every
/// declared key with an empty value and never holds a secret.
/// </summary>
internal static class SopsEmitter
{
    public static string EmitConfig(ProjectModel project)
    {
        var w = new CodeWriter("  ");
        w.Line("# " + Nix.Header.For(project));
        var hosts = project.Hosts.Where(h => h.AgeRecipient.Length > 0).ToList();
        foreach (var host in project.Hosts.Where(h => h.AgeRecipient.Length == 0))
        {
            w.Line("# No rule for host " + host.Name + " yet: it has no AgeRecipient (run `dotnet run -- secrets init`).");
        }

        if (hosts.Count == 0)
        {
            w.Line("creation_rules: []");
            return w.ToString();
        }

        w.Line("keys:");
        foreach (var host in hosts)
        {
            w.Line("  - &" + host.Name + " " + host.AgeRecipient);
        }

        w.Line("creation_rules:");
        foreach (var host in hosts)
        {
            w.Line("  - path_regex: ^secrets/" + host.Name.Replace("-", "\\-") + "\\.yaml$");
            w.Line("    key_groups:");
            w.Line("      - age:");
            w.Line("          - *" + host.Name);
        }

        return w.ToString();
    }

    public static string EmitSkeleton(HostModel host)
    {
        var w = new CodeWriter("  ");
        w.Line("# " + Nix.Header.For(host));
        w.Line("# The keys secrets/" + host.Name + ".yaml must hold. Set each value encrypted, for example:");
        w.Line("#   <program> secrets set <key>");
        WriteTree(w, host.Secrets.Select(s => s.Key.Split('/')).ToList(), 0);
        return w.ToString();
    }

    private static void WriteTree(CodeWriter w, List<string[]> keys, int depth)
    {
        foreach (var group in keys.GroupBy(k => k[depth]).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var children = group.Where(k => k.Length > depth + 1).ToList();
            if (children.Count == 0)
            {
                w.Line(Key(group.Key) + ": \"\"");
                continue;
            }

            w.Line(Key(group.Key) + ":");
            w.Indent();
            WriteTree(w, children, depth + 1);
            w.Dedent();
        }
    }

    private static string Key(string key) =>
        key.Length > 0 && key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') && !char.IsDigit(key[0])
            ? key
            : "\"" + key.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
