using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// Keeps each agent's system prompt until one of its workspace files changes, so a message costs five <c>lstat</c>
/// calls instead of reading, decoding and joining up to 60,000 characters of files (about 300 KB of garbage per
/// message with full files). A file is unchanged when it still exists, or still does not, with the same length and
/// last-write time. A prompt with a symlinked file is never kept: the link's own times do not change when its target
/// does. An edit that keeps the length within the file system's timestamp granularity (a few milliseconds) can go
/// unseen until the next edit. (The cache only decides when to rebuild: every rebuild reads through
/// <see cref="WorkspaceFileReader"/>, so a stale stamp can keep an agent's old text, never let a host file in.)
/// Refused files are logged as warnings when the set of refusals of an agent changes, not on every message.
/// </summary>
internal sealed partial class WorkspacePromptCache(ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly ConcurrentDictionary<string, string> _reported = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string AgentId, string DisplayName, string Workspace, string Channel), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, string[]> _paths = new(StringComparer.Ordinal);

    /// <summary>The prompt <see cref="WorkspacePrompt.Build"/> would return now.</summary>
    public string Get(ResolvedAgent agent, string channelName)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var key = (agent.Id, agent.DisplayName, agent.WorkspaceDirectory, channelName);
        var stamps = Stamp(agent.WorkspaceDirectory);
        if (stamps is not null && _entries.TryGetValue(key, out var entry) && entry.Stamps.AsSpan().SequenceEqual(stamps))
        {
            return entry.Prompt;
        }

        List<WorkspaceFileRead>? problems = null;
        var prompt = WorkspacePrompt.Build(agent, channelName, problems: p => (problems ??= []).Add(p));
        Report(agent, problems);
        if (stamps is null)
        {
            _entries.TryRemove(key, out _);
        }
        else
        {
            _entries[key] = new Entry(prompt, stamps);
        }

        return prompt;
    }

    // Null when a file is a symlink or cannot be examined: then nothing is kept.
    private FileStamp[]? Stamp(string workspace)
    {
        // The five paths are built once per workspace (building them was the cache's main allocation per message).
        var paths = _paths.GetOrAdd(workspace, w =>
        {
            var root = Path.GetFullPath(w);
            return [.. WorkspacePrompt.FileNames.Select(name => Path.Combine(root, name))];
        });
        var stamps = new FileStamp[paths.Length];
        for (var i = 0; i < stamps.Length; i++)
        {
            try
            {
                // A missing file keeps the default stamp (Exists false).
                var file = new FileInfo(paths[i]);
                if (!file.Exists)
                {
                    continue;
                }

                if (file.LinkTarget is not null)
                {
                    return null;
                }

                stamps[i] = new FileStamp(true, file.Length, file.LastWriteTimeUtc.Ticks);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return stamps;
    }

    private void Report(ResolvedAgent agent, List<WorkspaceFileRead>? problems)
    {
        var summary = problems is null ? "" : string.Join("; ", problems.Select(p => p.Reason));
        var previous = _reported.GetValueOrDefault(agent.Id, "");
        if (summary == previous)
        {
            return;
        }

        _reported[agent.Id] = summary;
        foreach (var problem in problems ?? [])
        {
            LogSkipped(agent.Id, problem.RelativePath, problem.Status, problem.Reason ?? "");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {AgentId}: workspace file {File} left out of the prompt ({Status}): {Reason}")]
    private partial void LogSkipped(string agentId, string file, WorkspaceFileStatus status, string reason);

    private readonly record struct FileStamp(bool Exists, long Length, long LastWriteTicks);

    private sealed record Entry(string Prompt, FileStamp[] Stamps);
}
