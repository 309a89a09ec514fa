using System.Text;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// Builds an agent's system prompt from its workspace files, in OpenClaw's order (openclaw.md §7), each under a
/// <c>## &lt;file&gt;</c> heading below <c># Project Context</c>. Files are capped per file and in total with a visible
/// truncation marker; missing files are left out. The files are read through <see cref="WorkspaceFileReader"/> (the
/// agent writes them, so they are hostile input): a link of any length, a hard link, a FIFO, socket, device or folder,
/// or a file over 2 MiB is never read; its content is replaced by a one-line <c>[skipped: reason]</c> marker (so the
/// agent can see and fix it) and the refusal goes to <c>problems</c> (the caller logs it). Building never blocks
/// and never throws for a hostile file, so the agent's lane keeps answering.
/// </summary>
internal static class WorkspacePrompt
{
    /// <summary>Files injected, in prompt order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["AGENTS.md", "SOUL.md", "IDENTITY.md", "USER.md", "TOOLS.md"];

    /// <summary>Characters kept per file (OpenClaw's <c>bootstrapMaxChars</c>).</summary>
    public const int MaxCharsPerFile = 20_000;

    /// <summary>Characters kept over all files (OpenClaw's <c>bootstrapTotalMaxChars</c>).</summary>
    public const int MaxCharsTotal = 60_000;

    /// <summary>A larger file is refused (OpenClaw caps reads at 2 MiB); at most this many bytes + 1 are read.</summary>
    public const int MaxReadBytes = 2 * 1024 * 1024;

    /// <summary>The system prompt for <paramref name="agent"/>; every file refused is passed to <paramref name="problems"/>.</summary>
    public static string Build(
        ResolvedAgent agent, string channelName, int maxCharsPerFile = MaxCharsPerFile, int maxCharsTotal = MaxCharsTotal, Action<WorkspaceFileRead>? problems = null)
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
            var content = Read(agent.WorkspaceDirectory, name, problems);
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

    private static string? Read(string workspace, string name, Action<WorkspaceFileRead>? problems)
    {
        var read = WorkspaceFileReader.Read(workspace, name, MaxReadBytes);
        switch (read.Status)
        {
            case WorkspaceFileStatus.Read:
                return read.Text;
            case WorkspaceFileStatus.Missing:
                return null;
            default:
                problems?.Invoke(read);
                return $"[skipped: {read.Reason}]";
        }
    }
}
