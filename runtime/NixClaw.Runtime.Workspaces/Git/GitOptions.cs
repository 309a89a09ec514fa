namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>How workspaces talk to their remote and sign their commits.</summary>
public sealed record GitOptions
{
    /// <summary>
    /// The declared Gitea server (<c>GiteaInfo.Url</c>). Every remote URL is built under it
    /// (<see cref="RemoteUrlOf"/>), and the token is offered only to its scheme, host and port, never to a URL
    /// found in a repository or reached by a redirect.
    /// </summary>
    public required Uri Server { get; init; }

    /// <summary>Gitea organisation owning the repositories (<c>GiteaInfo.Organization</c>).</summary>
    public required string Organization { get; init; }

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

    /// <summary>Clone URL of <paramref name="repository"/> in <see cref="Organization"/>: <c>&lt;server&gt;/&lt;org&gt;/&lt;repository&gt;.git</c>, as Gitea's <c>clone_url</c>.</summary>
    public Uri RemoteUrlOf(string repository)
    {
        ArgumentException.ThrowIfNullOrEmpty(repository);
        var root = Server.AbsoluteUri.EndsWith('/') ? Server : new Uri(Server.AbsoluteUri + "/");
        return new Uri(root, Uri.EscapeDataString(Organization) + "/" + Uri.EscapeDataString(repository) + ".git");
    }

    /// <summary>Whether <paramref name="url"/> has the scheme, host and port of <see cref="Server"/> (the only place credentials go).</summary>
    public bool IsServerOrigin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, Server.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, Server.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == Server.Port;
}
