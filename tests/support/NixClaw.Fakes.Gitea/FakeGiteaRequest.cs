namespace NixClaw.Fakes.Gitea;

/// <summary>One request the fake received, as recorded for tests (never the credentials).</summary>
/// <param name="Sequence">1-based order of arrival since the fake was created.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path without the query string.</param>
/// <param name="Query">Query string without <c>token</c>/<c>access_token</c> values.</param>
/// <param name="AuthScheme">How the client authenticated: <c>token</c>, <c>bearer</c>, <c>basic</c>, <c>query</c> or <c>none</c>.</param>
/// <param name="StatusCode">Status answered.</param>
public sealed record FakeGiteaRequest(int Sequence, string Method, string Path, string Query, string AuthScheme, int StatusCode)
{
    /// <summary>Whether this request belongs to git smart HTTP rather than the API.</summary>
    public bool IsGit => !Path.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>Whether this is a push (receive-pack) request.</summary>
    public bool IsPush => Path.EndsWith("/git-receive-pack", StringComparison.Ordinal) || Query.Contains("service=git-receive-pack", StringComparison.Ordinal);
}
