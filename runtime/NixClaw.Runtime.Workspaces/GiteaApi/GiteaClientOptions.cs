namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>Where the Gitea server is and where its token lives.</summary>
public sealed record GiteaClientOptions
{
    /// <summary>Server base URL, for example <c>https://git.example.org</c> (no <c>/api/v1</c>).</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>File holding the access token (a sops secret such as <c>/run/secrets/gitea/token</c>).</summary>
    public required string TokenFile { get; init; }
}
