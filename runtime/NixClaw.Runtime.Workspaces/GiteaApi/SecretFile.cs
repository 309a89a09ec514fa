using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>Reads the Gitea token file on every use, so rotated secrets apply without a restart.</summary>
/// <remarks>Kept only for <c>Git/GitCredentials</c> (owned by the sync work); new code calls <see cref="SecretFiles.Read"/>.</remarks>
public static class SecretFile
{
    /// <summary>The file's content without surrounding whitespace; errors name the file, never the content.</summary>
    /// <exception cref="SecretFileException">Missing, unreadable, not a regular file, or empty.</exception>
    public static string Read(string path) => SecretFiles.Read(path, "Gitea token");
}
