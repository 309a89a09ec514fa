namespace NixClaw.Fakes.Gitea;

/// <summary>An organisation of the fake.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Name">Organisation name.</param>
/// <param name="Owners">Logins of the owners team.</param>
public sealed record FakeGiteaOrganization(long Id, string Name, IReadOnlySet<string> Owners);
