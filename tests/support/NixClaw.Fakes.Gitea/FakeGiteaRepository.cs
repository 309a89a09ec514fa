namespace NixClaw.Fakes.Gitea;

/// <summary>A repository held by the fake; its git data is a real bare repository on disk.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Owner">Owning organisation.</param>
/// <param name="Name">Name as created (case kept).</param>
/// <param name="Description">Description.</param>
/// <param name="IsPrivate">Private repository.</param>
/// <param name="DefaultBranch">Default branch.</param>
/// <param name="BarePath">Bare repository folder.</param>
/// <param name="CreatedAt">Creation time.</param>
public sealed record FakeGiteaRepository(
    long Id,
    FakeGiteaOrganization Owner,
    string Name,
    string Description,
    bool IsPrivate,
    string DefaultBranch,
    string BarePath,
    DateTimeOffset CreatedAt)
{
    /// <summary><c>owner/name</c>.</summary>
    public string FullName => Owner.Name + "/" + Name;

    /// <summary>Whether the bare repository has no branch yet.</summary>
    public bool IsEmpty
    {
        get
        {
            var heads = Path.Combine(BarePath, "refs", "heads");
            if (Directory.Exists(heads) && Directory.EnumerateFiles(heads, "*", SearchOption.AllDirectories).Any())
            {
                return false;
            }

            var packed = Path.Combine(BarePath, "packed-refs");
            return !File.Exists(packed) || !File.ReadLines(packed).Any(l => l.Contains(" refs/heads/", StringComparison.Ordinal));
        }
    }
}
