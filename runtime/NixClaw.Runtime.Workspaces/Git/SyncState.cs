using System.Text.Json;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Last sync of a workspace, kept in <c>.git/nixclaw-sync.json</c> (inside .git, so never committed).</summary>
/// <param name="LastAttempt">When the last sync ran.</param>
/// <param name="LastSuccess">When a sync last ended in step with the remote.</param>
/// <param name="Outcome">Outcome of the last sync.</param>
/// <param name="Message">Its message.</param>
public sealed record SyncState(DateTimeOffset LastAttempt, DateTimeOffset? LastSuccess, SyncOutcome Outcome, string? Message)
{
    private const string FileName = "nixclaw-sync.json";
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    /// <summary>The state of <paramref name="workspace"/>, or null when it was never synced.</summary>
    public static SyncState? Read(string workspace)
    {
        var path = Path.Combine(workspace, ".git", FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<SyncState>(File.ReadAllText(path), s_json) : null;
        }
        catch (JsonException)
        {
            return null; // a torn write is just "unknown"; the next sync rewrites it
        }
    }

    internal static void Write(string workspace, SyncState state)
    {
        var directory = Path.Combine(workspace, ".git");
        var temporary = Path.Combine(directory, FileName + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(state, s_json));
        File.Move(temporary, Path.Combine(directory, FileName), overwrite: true);
    }
}
