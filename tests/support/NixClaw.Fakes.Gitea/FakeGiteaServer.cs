using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NixClaw.Fakes.Gitea;

/// <summary>
/// A loopback Gitea: the API v1 routes the runtime uses (apis.md §3.5) and real git smart HTTP served by
/// <c>git http-backend</c> from bare repositories the API creates. Start with <see cref="StartAsync(FakeGiteaOptions?, CancellationToken)"/>.
/// </summary>
public sealed partial class FakeGiteaServer : IAsyncDisposable
{
    private const string PreReceiveHook = """
        #!/bin/sh
        # Installed by the Gitea fake: declines pushes while the fake's PushRejection is PreReceiveHook.
        if [ -n "$FAKE_GITEA_REJECT_PUSH" ]; then
          echo "push declined by the Gitea fake (pre-receive hook)" >&2
          exit 1
        fi
        exit 0

        """;

    private readonly FakeGiteaOptions _options;
    private readonly bool _ownsRoot;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeGiteaUser> _usersByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeGiteaOrganization> _organizations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FakeGiteaRepository> _repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakeGiteaRequest> _requests = new();
    private long _nextId;
    private int _sequence;
    private int _port;
    private WebApplication? _app;

    private FakeGiteaServer(FakeGiteaOptions options)
    {
        _options = options;
        _ownsRoot = options.RootDirectory is null;
        RootDirectory = options.RootDirectory ?? Directory.CreateTempSubdirectory("fake-gitea-").FullName;
        Directory.CreateDirectory(RootDirectory);
    }

    /// <summary>Folder holding <c>&lt;org&gt;/&lt;repo&gt;.git</c> bare repositories.</summary>
    public string RootDirectory { get; }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>, stable across <see cref="StopAsync"/> and <see cref="RestartAsync"/>.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{_port}");

    /// <summary>Failure controls.</summary>
    public FakeGiteaFaults Faults { get; } = new();

    /// <summary>Requests received so far, in order of arrival.</summary>
    public IReadOnlyList<FakeGiteaRequest> Requests => [.. _requests];

    /// <summary>Requests that have arrived so far (the highest <see cref="FakeGiteaRequest.Sequence"/> handed out).</summary>
    public int RequestsReceived => Volatile.Read(ref _sequence);

    /// <summary>Whether the listener is up.</summary>
    public bool IsRunning => _app is not null;

    /// <summary>Repositories that exist now.</summary>
    public IReadOnlyList<FakeGiteaRepository> Repositories
    {
        get
        {
            lock (_lock)
            {
                return [.. _repositories.Values.OrderBy(r => r.FullName, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Starts a fake on an ephemeral loopback port.</summary>
    public static async Task<FakeGiteaServer> StartAsync(FakeGiteaOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeGiteaServer(options ?? new FakeGiteaOptions());
        await server.RestartAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>Adds a user with an access token.</summary>
    public FakeGiteaUser AddUser(string login, string token, bool isAdmin = false, IEnumerable<string>? scopes = null)
    {
        lock (_lock)
        {
            var user = new FakeGiteaUser(++_nextId, login, token, isAdmin, scopes?.ToHashSet(StringComparer.Ordinal));
            _usersByToken[token] = user;
            return user;
        }
    }

    /// <summary>Adds an organisation owned by <paramref name="owners"/>.</summary>
    public FakeGiteaOrganization AddOrganization(string name, params string[] owners)
    {
        lock (_lock)
        {
            var organization = new FakeGiteaOrganization(++_nextId, name, owners.ToHashSet(StringComparer.OrdinalIgnoreCase));
            _organizations[name] = organization;
            return organization;
        }
    }

    /// <summary>The repository <c>owner/name</c> (case-insensitive), or null.</summary>
    public FakeGiteaRepository? FindRepository(string owner, string name)
    {
        lock (_lock)
        {
            return _repositories.GetValueOrDefault(owner + "/" + name);
        }
    }

    /// <summary>The clone URL Gitea reports for <c>owner/name</c>.</summary>
    public Uri CloneUrl(string owner, string name) => new(BaseUrl, $"{owner}/{name}.git");

    /// <summary>Stops listening: clients get "connection refused" until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        var app = _app;
        _app = null;
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts listening again, on the same port once one was assigned.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        if (_port == 0)
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _port = new Uri(address).Port;
        }

        _app = app;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_ownsRoot)
        {
            try
            {
                Directory.Delete(RootDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private FakeGiteaUser? FindUserByToken(string token)
    {
        lock (_lock)
        {
            return _usersByToken.GetValueOrDefault(token);
        }
    }

    private static bool CanAdminister(FakeGiteaUser user, FakeGiteaOrganization organization) =>
        user.IsAdmin || organization.Owners.Contains(user.Login);
}
