namespace NixClaw.Fakes.Gitea;

/// <summary>Settings of a <see cref="FakeGiteaServer"/>.</summary>
public sealed record FakeGiteaOptions
{
    /// <summary>Folder for the bare repositories; a fresh temporary folder (deleted on dispose) when null.</summary>
    public string? RootDirectory { get; init; }

    /// <summary>Version reported by <c>GET /api/v1/version</c>.</summary>
    public string Version { get; init; } = "1.22.3";

    /// <summary>Status for creating a repository in a missing organisation: 422 in Gitea 1.22, 404 in some newer versions.</summary>
    public int MissingOrganizationStatus { get; init; } = 422;

    /// <summary>Default branch of repositories created without one.</summary>
    public string DefaultBranch { get; init; } = "main";
}
