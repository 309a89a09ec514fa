namespace NixClaw.Testing;

/// <summary>Paths in the repository, found by walking up from the test binary to NixClaw.sln.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NixClaw.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NixClaw.sln not found above " + AppContext.BaseDirectory);
    }
}
