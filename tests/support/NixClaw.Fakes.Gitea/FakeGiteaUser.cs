namespace NixClaw.Fakes.Gitea;

/// <summary>A user of the fake and its access token.</summary>
/// <param name="Id">Numeric user id.</param>
/// <param name="Login">Login name (also the basic-auth user name for git).</param>
/// <param name="Token">Access token.</param>
/// <param name="IsAdmin">Site administrator.</param>
/// <param name="Scopes">Token scopes such as <c>write:repository</c>; null means every scope.</param>
public sealed record FakeGiteaUser(long Id, string Login, string Token, bool IsAdmin, IReadOnlySet<string>? Scopes)
{
    /// <summary>Whether the token carries <paramref name="scope"/> (a write scope implies read).</summary>
    public bool HasScope(string scope)
    {
        if (Scopes is null || Scopes.Contains(scope))
        {
            return true;
        }

        return scope.StartsWith("read:", StringComparison.Ordinal) && Scopes.Contains("write:" + scope["read:".Length..]);
    }
}
