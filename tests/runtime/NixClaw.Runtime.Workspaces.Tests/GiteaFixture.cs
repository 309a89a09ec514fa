using LibGit2Sharp;
using NixClaw.Fakes.Gitea;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.GiteaApi;

namespace NixClaw.Runtime.Workspaces.Tests;

/// <summary>A fresh Gitea fake with one user and organisation, a token file, and helpers to inspect the bare repositories.</summary>
public sealed class GiteaFixture : IAsyncDisposable
{
    public const string Login = "nixclaw";
    public const string Token = "t0k3n-c0ffee-secret-4567";
    public const string Organization = "NixClaw";

    private GiteaFixture(FakeGiteaServer server, TempDirectory temp)
    {
        Server = server;
        Temp = temp;
        TokenFile = temp.Combine("gitea-token");
        File.WriteAllText(TokenFile, Token + "\n");
        Http = new HttpClient();
        Client = new GiteaClient(Http, new GiteaClientOptions { BaseUrl = server.BaseUrl, TokenFile = TokenFile });
        Git = new GitOptions { TokenFile = TokenFile, UserName = Login, Server = server.BaseUrl, Organization = Organization };
        Layout = LayoutUnder(temp.Path);
    }

    public FakeGiteaServer Server { get; }

    public TempDirectory Temp { get; }

    public string TokenFile { get; }

    public HttpClient Http { get; }

    public GiteaClient Client { get; }

    public GitOptions Git { get; }

    /// <summary>Workspaces in <c>ws/</c>, git directories in <c>git/</c> beside them (see <see cref="OpenWorkspace"/>).</summary>
    public WorkspaceLayout Layout { get; }

    /// <summary>A layout whose git root is <c>git/</c> beside <c>ws/</c>, the convention <see cref="OpenWorkspace"/> relies on.</summary>
    public static WorkspaceLayout LayoutUnder(string folder) => new()
    {
        WorkspacesRoot = Path.Combine(folder, "ws"),
        TemplatesRoot = Path.Combine(folder, "templates"),
        SharedDirectory = Path.Combine(folder, "shared"),
        GitRoot = Path.Combine(folder, "git"),
    };

    public WorkspaceSync Sync(GitOptions? git = null, TimeProvider? time = null) => new(git ?? Git, Layout, time);

    public static async Task<GiteaFixture> StartAsync()
    {
        var temp = new TempDirectory();
        var server = await FakeGiteaServer.StartAsync(new FakeGiteaOptions { RootDirectory = Path.Combine(temp.Path, "gitea") }, TestContext.Current.CancellationToken);
        server.AddUser(Login, Token);
        server.AddOrganization(Organization, Login);
        return new GiteaFixture(server, temp);
    }

    /// <summary>Creates a repository and a workspace with one pushed commit; returns the workspace folder.</summary>
    public async Task<string> NewSyncedWorkspaceAsync(string name, WorkspaceSync? sync = null)
    {
        var repository = await Client.CreateOrganizationRepositoryAsync(Organization, new GiteaCreateRepository(name, "", true, "main"), TestContext.Current.CancellationToken);
        var workspace = Layout.WorkspaceOf(name);
        WorkspaceRepository.Ensure(Layout, name, Git);
        File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "# " + name + "\n");
        var result = await (sync ?? Sync()).SyncAsync(name, null, TestContext.Current.CancellationToken);
        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        return workspace;
    }

    /// <summary>Clones the repository with the git command line, as an operator's laptop would.</summary>
    public string CloneElsewhere(string name)
    {
        var target = Temp.Combine("elsewhere-" + Guid.NewGuid().ToString("N")[..8]);
        GitCli.Clone(Server.CloneUrl(Organization, name), Login, Token, target);
        return target;
    }

    /// <summary>Commit ids reachable from main in the fake's bare repository.</summary>
    public HashSet<string> RemoteCommits(string name)
    {
        var bare = Server.FindRepository(Organization, name)!.BarePath;
        using var repo = new Repository(bare);
        var main = repo.Branches["main"];
        return main is null ? [] : [.. repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = main }).Select(c => c.Sha)];
    }

    /// <summary>Content of <paramref name="path"/> at main in the fake's bare repository, or null.</summary>
    public string? RemoteFile(string name, string path)
    {
        var bare = Server.FindRepository(Organization, name)!.BarePath;
        using var repo = new Repository(bare);
        return repo.Branches["main"]?.Tip[path]?.Target is Blob blob ? blob.GetContentText() : null;
    }

    /// <summary>Whether any object in the fake's bare repository (any blob, reachable or not) contains <paramref name="text"/>.</summary>
    public bool RemoteContains(string name, string text)
    {
        var bare = Server.FindRepository(Organization, name)!.BarePath;
        using var repo = new Repository(bare);
        return repo.ObjectDatabase.OfType<Blob>().Any(b => !b.IsBinary && b.GetContentText().Contains(text, StringComparison.Ordinal));
    }

    /// <summary>
    /// Opens a clone with its own <c>.git</c> (made by <see cref="GitCli"/>), or a synced workspace through its git
    /// directory in <c>git/</c> beside the workspaces folder (<see cref="LayoutUnder"/>).
    /// </summary>
    public static Repository OpenWorkspace(string workspace)
    {
        var gitDirectory = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(workspace))!, "git", Path.GetFileName(workspace) + ".git");
        if (!Directory.Exists(gitDirectory))
        {
            return new Repository(workspace);
        }

        return new Repository(gitDirectory, new RepositoryOptions { WorkingDirectoryPath = workspace, IndexPath = Path.Combine(gitDirectory, "index") });
    }

    public static HashSet<string> LocalCommits(string workspace)
    {
        using var repo = OpenWorkspace(workspace);
        return repo.Head.Tip is null ? [] : [.. repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = repo.Head }).Select(c => c.Sha)];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Temp.Dispose();
    }
}
