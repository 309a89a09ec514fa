namespace NixClaw.Fakes.Gitea;

/// <summary>Outcome of reading a request's credentials.</summary>
/// <param name="Scheme"><c>token</c>, <c>bearer</c>, <c>basic</c>, <c>query</c> or <c>none</c>.</param>
/// <param name="User">The authenticated user; null when anonymous or invalid.</param>
/// <param name="IsInvalid">Credentials were sent but match no user (Gitea answers 401 on every route then).</param>
internal sealed record AuthResult(string Scheme, FakeGiteaUser? User, bool IsInvalid)
{
    public static AuthResult Anonymous { get; } = new("none", null, false);
}
