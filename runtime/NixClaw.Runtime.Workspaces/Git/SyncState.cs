using System.Text.Json;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Last sync of a workspace, kept in <c>nixclaw-sync.json</c> inside the workspace's git directory
/// (<see cref="WorkspaceLayout.GitDirectoryOf"/>), which no sandbox can see or write.
/// </summary>
/// <param name="LastAttempt">When the last sync ran.</param>
/// <param name="LastSuccess">When a sync last ended in step with the remote.</param>
/// <param name="Outcome">Outcome of the last sync.</param>
/// <param name="Message">Its message.</param>
public sealed record SyncState(DateTimeOffset LastAttempt, DateTimeOffset? LastSuccess, SyncOutcome Outcome, string? Message)
{
    private const string FileName = "nixclaw-sync.json";
    private const long MaxBytes = 64 * 1024;
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    /// <summary>The state of an agent's workspace, or null when it was never synced (or the state is unreadable).</summary>
    public static SyncState? Read(WorkspaceLayout layout, string agentId)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Read(layout.GitDirectoryOf(agentId));
    }

    internal static SyncState? Read(string gitDirectory)
    {
        var path = Path.Combine(gitDirectory, FileName);
        try
        {
            // Only a regular file, never a link or a folder, and never a large one.
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxBytes)
            {
                return null;
            }

            return JsonSerializer.Deserialize<SyncState>(File.ReadAllText(path), s_json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null; // a torn or odd file is just "unknown"; the next sync rewrites it
        }
    }

    /// <summary>
    /// Writes the state atomically without following links: a fresh temporary file created with O_CREAT|O_EXCL (which
    /// fails on any existing name, a planted link included, instead of following it), then rename(2) over the final
    /// name (which replaces a link or file there rather than writing through it). A folder in the way is removed.
    /// </summary>
    internal static void Write(string gitDirectory, SyncState state)
    {
        var final = Path.Combine(gitDirectory, FileName);
        var temporary = Path.Combine(gitDirectory, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, create))
            {
                JsonSerializer.Serialize(stream, state, s_json);
            }

            if (Directory.Exists(final) && new DirectoryInfo(final).LinkTarget is null)
            {
                Directory.Delete(final, recursive: true); // rmdir(2)/unlink(2) all the way down, never through a link
            }

            File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
