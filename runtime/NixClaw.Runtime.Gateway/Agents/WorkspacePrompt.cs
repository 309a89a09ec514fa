using System.Text;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// Builds an agent's system prompt from its workspace files, in OpenClaw's order (openclaw.md §7), each under a
/// <c>## &lt;file&gt;</c> heading below <c># Project Context</c>. Files are capped per file and in total with a visible
/// truncation marker; missing files are left out; a file that is a symlink leaving the workspace, or unreadable, is
/// replaced by an <c>[UNREADABLE: reason]</c> marker.
/// </summary>
public static class WorkspacePrompt
{
    /// <summary>Files injected, in prompt order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["AGENTS.md", "SOUL.md", "IDENTITY.md", "USER.md", "TOOLS.md"];

    /// <summary>Characters kept per file (OpenClaw's <c>bootstrapMaxChars</c>).</summary>
    public const int MaxCharsPerFile = 20_000;

    /// <summary>Characters kept over all files (OpenClaw's <c>bootstrapTotalMaxChars</c>).</summary>
    public const int MaxCharsTotal = 60_000;

    // Reads stop here, so a huge file cannot exhaust memory (OpenClaw caps reads at 2 MiB).
    private const int MaxReadBytes = 2 * 1024 * 1024;

    /// <summary>The system prompt for <paramref name="agent"/>.</summary>
    public static string Build(ResolvedAgent agent, string channelName, int maxCharsPerFile = MaxCharsPerFile, int maxCharsTotal = MaxCharsTotal)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var prompt = new StringBuilder();
        prompt.Append("You are ").Append(agent.DisplayName).Append(" (agent id ").Append(agent.Id).Append(')');
        if (channelName.Length > 0)
        {
            prompt.Append(", answering in the Mattermost channel ~").Append(channelName);
        }

        prompt.Append(". Reply in Markdown; keep answers to what was asked.\n");
        var budget = maxCharsTotal;
        var header = false;
        foreach (var name in FileNames)
        {
            var content = Read(agent.WorkspaceDirectory, name);
            if (content is null)
            {
                continue;
            }

            if (!header)
            {
                prompt.Append("\n# Project Context\n");
                header = true;
            }

            var limit = Math.Min(maxCharsPerFile, Math.Max(0, budget));
            var kept = Cap(content, limit);
            budget -= Math.Min(content.Length, limit);
            prompt.Append("\n## ").Append(name).Append('\n').Append(kept);
            if (!kept.EndsWith('\n'))
            {
                prompt.Append('\n');
            }
        }

        return prompt.ToString();
    }

    private static string Cap(string content, int limit)
    {
        if (content.Length <= limit)
        {
            return content;
        }

        var cut = content[..limit];
        return cut + $"\n[…truncated: {content.Length - limit} more characters]\n";
    }

    private static string? Read(string workspace, string name)
    {
        var root = Path.GetFullPath(workspace);
        var path = Path.Combine(root, name);
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists)
            {
                return null;
            }

            if (file.LinkTarget is not null)
            {
                var target = file.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    return "[UNREADABLE: symlink leaves the workspace]";
                }
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[(int)Math.Min(stream.Length, MaxReadBytes)];
            stream.ReadExactly(buffer);
            return Encoding.UTF8.GetString(buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"[UNREADABLE: {ex.GetType().Name}]";
        }
    }
}
