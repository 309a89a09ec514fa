using LibGit2Sharp;
using LibGit2Sharp.Handlers;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Credentials for libgit2, read from the token file only when the server asks; nothing is written to the remote URL or disk.</summary>
internal static class GitCredentials
{
    /// <summary>
    /// Answers a challenge only from the declared Gitea origin (<see cref="GitOptions.IsServerOrigin"/>): libgit2
    /// passes the URL it is talking to, which after a redirect is the redirect's target. Anything else gets no
    /// credential (null makes LibGit2Sharp answer "pass through", and the request fails unauthenticated).
    /// </summary>
    public static CredentialsHandler For(GitOptions options) => (url, _, _) =>
    {
        if (!options.IsServerOrigin(url))
        {
            return null;
        }

        // Read on every use, so a rotated token applies without a restart.
        var token = SecretFiles.Read(options.TokenFile, "Gitea token");
        return options.UserName is { Length: > 0 } user
            ? new UsernamePasswordCredentials { Username = user, Password = token }
            : new UsernamePasswordCredentials { Username = token, Password = "x-oauth-basic" };
    };

    /// <summary>libgit2 reports a rejected password only through this message (tooling.md §2).</summary>
    public static bool IsAuthenticationFailure(LibGit2SharpException exception) =>
        exception.Message.Contains("authentication replays", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("status code: 401", StringComparison.OrdinalIgnoreCase);
}
