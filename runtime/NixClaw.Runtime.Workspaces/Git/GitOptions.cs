namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>How workspaces talk to their remote and sign their commits.</summary>
public sealed record GitOptions
{
    /// <summary>File holding the Gitea token used as the HTTP password (read when the server asks, never stored).</summary>
    public required string TokenFile { get; init; }

    /// <summary>
    /// Basic-auth user name: the token owner's login. When null the token is sent as the user name with the
    /// password <c>x-oauth-basic</c>, which Gitea also accepts (apis.md §3.4).
    /// </summary>
    public string? UserName { get; init; }

    /// <summary>Branch synced with the remote.</summary>
    public string Branch { get; init; } = "main";

    /// <summary>Remote name.</summary>
    public string RemoteName { get; init; } = "origin";

    /// <summary>Commit author and committer name.</summary>
    public string AuthorName { get; init; } = "NixClaw";

    /// <summary>Commit author and committer e-mail.</summary>
    public string AuthorEmail { get; init; } = "nixclaw@localhost";

    /// <summary>
    /// Whether a workspace with no local change still asks the remote for new commits (one cheap ref listing,
    /// and a fetch only when the remote moved). When false, an idle workspace makes no network call at all and
    /// remote changes are picked up on its next local change.
    /// </summary>
    public bool CheckRemoteWhenIdle { get; init; } = true;

    /// <summary>Fetch, integrate and push attempts when the remote moves while we push.</summary>
    public int MaxPushAttempts { get; init; } = 3;
}
