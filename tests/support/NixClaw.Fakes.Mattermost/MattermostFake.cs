using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace NixClaw.Fakes.Mattermost;

/// <summary>
/// A loopback Mattermost server (REST v4 + WebSocket) with in-memory state and fault injection, for tests and local
/// demos. It speaks the real wire protocol as described in apis.md §1–2 ("what a faithful fake must do").
/// </summary>
public sealed partial class MattermostFake : IAsyncDisposable
{
    private const string ControlHeader = "X-NixClaw-Fake-Control";
    private readonly MattermostFakeOptions _options;
    private readonly FakeWebSocketHub _hub;
    private readonly FakeState _state;
    private readonly FakeRestApi _api;
    private readonly Lock _logGate = new();
    private readonly List<FakeRequest> _requests = [];
    private HttpClient _control = new();
    private WebApplication? _app;
    private int _port;

    private MattermostFake(MattermostFakeOptions options)
    {
        _options = options;
        _hub = new FakeWebSocketHub(options, Faults);
        _state = new FakeState(options, _hub);
        _hub.State = _state;
        _api = new FakeRestApi(_state);
        Bot = _state.AddUser(options.BotUsername, isBot: true, isSystemAdmin: false, options.BotToken);
        Team = _state.AddTeam(options.TeamName);
        lock (_state.Gate)
        {
            _state.AddTeamMember(Team, Bot, admin: true);
        }
    }

    /// <summary>Server root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{_port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The bot user (team admin of <see cref="Team"/>).</summary>
    public FakeUser Bot { get; }

    /// <summary>The team created at start.</summary>
    public FakeTeam Team { get; }

    /// <summary>REST fault injection and WebSocket misbehaviour switches.</summary>
    public MattermostFakeFaults Faults { get; } = new();

    /// <summary>Sockets currently open (authenticated or not).</summary>
    public int OpenSocketCount => _hub.OpenSocketCount;

    /// <summary>Authenticated sockets currently open.</summary>
    public int AuthenticatedSocketCount => _hub.AuthenticatedSocketCount;

    /// <summary>WebSocket connection ids minted since start (a resume does not mint one).</summary>
    public int ConnectionIdsIssued => _hub.ConnectionIdsIssued;

    /// <summary>Every REST request answered so far (control calls of this class included, marked by user).</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_logGate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a fake on 127.0.0.1 (an ephemeral port unless <see cref="MattermostFakeOptions.Port"/> is set).</summary>
    public static async Task<MattermostFake> StartAsync(MattermostFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fake = new MattermostFake(options ?? new MattermostFakeOptions());
        await fake.StartServerAsync(fake._options.Port, cancellationToken).ConfigureAwait(false);
        return fake;
    }

    /// <summary>Adds a user that is a member of <see cref="Team"/> unless <paramref name="joinTeam"/> is false.</summary>
    public FakeUser AddUser(string username, bool isBot = false, bool isSystemAdmin = false, bool joinTeam = true, string? token = null)
    {
        var user = _state.AddUser(username, isBot, isSystemAdmin, token);
        if (joinTeam)
        {
            lock (_state.Gate)
            {
                _state.AddTeamMember(Team, user, admin: false);
            }
        }

        return user;
    }

    /// <summary>Creates a channel in <see cref="Team"/> as <paramref name="creator"/> (default: the bot) and adds the members.</summary>
    public FakeChannel CreateChannel(string name, bool isPrivate = false, FakeUser? creator = null, params FakeUser[] members)
    {
        lock (_state.Gate)
        {
            var owner = creator ?? Bot;
            var channel = _state.CreateChannel(owner, Team.Id, name, name, isPrivate ? "P" : "O", "", "");
            if (members.Length > 0)
            {
                _state.AddChannelMembers(owner, channel.Id, [.. members.Select(m => m.Id)]);
            }

            return channel;
        }
    }

    /// <summary>Adds <paramref name="user"/> to the channel (as the bot).</summary>
    public void AddChannelMember(FakeChannel channel, FakeUser user)
    {
        lock (_state.Gate)
        {
            _state.AddChannelMembers(Bot, channel.Id, [user.Id]);
        }
    }

    /// <summary>Whether <paramref name="user"/> is a member of the channel.</summary>
    public bool IsChannelMember(FakeChannel channel, FakeUser user)
    {
        lock (_state.Gate)
        {
            return channel.Members.ContainsKey(user.Id);
        }
    }

    /// <summary>All posts of a channel in creation order, system posts included.</summary>
    public IReadOnlyList<FakePost> PostsIn(FakeChannel channel)
    {
        lock (_state.Gate)
        {
            return [.. _state.PostsOf(channel.Id)];
        }
    }

    /// <summary>User posts (no system posts) of a channel in creation order.</summary>
    public IReadOnlyList<FakePost> UserPostsIn(FakeChannel channel) => [.. PostsIn(channel).Where(p => p.Type.Length == 0)];

    /// <summary>Looks up a channel by name in <see cref="Team"/> (archived ones included).</summary>
    public FakeChannel? FindChannel(string name)
    {
        lock (_state.Gate)
        {
            try
            {
                return _state.GetChannelByName(Bot, Team, name, includeDeleted: true);
            }
            catch (FakeApiException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Posts as <paramref name="user"/> through the REST API (<c>POST /api/v4/posts</c>), so WebSocket events flow as for
    /// a real client; fault rules do not apply to these calls. Returns the new post's id.
    /// </summary>
    public async Task<string> PostAsUserAsync(FakeUser user, FakeChannel channel, string message, string? rootId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(channel);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, "api/v4/posts"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        request.Headers.Add(ControlHeader, "1");
        request.Content = JsonContent.Create(new { channel_id = channel.Id, message, root_id = rootId ?? "" });
        using var response = await _control.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Fake post as @{user.Username} failed: {(int)response.StatusCode} {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Posts through an incoming webhook created by <paramref name="creator"/>: the post's <c>user_id</c> is the
    /// creator, <c>props.from_webhook</c> is <c>"true"</c>, and <c>sender_name</c>/<c>props.override_username</c>
    /// are whatever the caller chose. Returns the post id.
    /// </summary>
    public string PostAsWebhook(FakeUser creator, FakeChannel channel, string message, string overrideUsername)
    {
        ArgumentNullException.ThrowIfNull(creator);
        ArgumentNullException.ThrowIfNull(channel);
        lock (_state.Gate)
        {
            return _state.AddWebhookPost(creator, channel, message, overrideUsername).Id;
        }
    }

    /// <summary>Archives a channel as the bot (REST semantics, events included).</summary>
    public void ArchiveChannel(FakeChannel channel)
    {
        lock (_state.Gate)
        {
            _state.ArchiveChannel(Bot, channel.Id, permanent: false);
        }
    }

    /// <summary>
    /// Called after each post created through <c>POST /api/v4/posts</c> (any caller), on the request's thread, with
    /// <see cref="System.Diagnostics.Stopwatch"/> timestamps: when the request reached the handler and when its
    /// <c>posted</c> events had been queued to the sockets. For load benchmarks, which measure what a client adds
    /// between the server's event and the client's reply without counting the server's own work.
    /// </summary>
    public Action<FakePostTiming>? PostCreated { get; set; }

    /// <summary>
    /// Fault hook: sends a hand-written WebSocket frame to every connection, for example <c>[]</c>,
    /// <c>{"event":5}</c> or a <c>posted</c> event whose <c>post</c> is not JSON. <paramref name="numbered"/> appends
    /// the connection's next <c>"seq"</c> (the frame must then end with <c>}</c>) as for real events.
    /// </summary>
    public void InjectWebSocketFrame(string frame, bool numbered = true)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (numbered && !frame.TrimEnd().EndsWith('}'))
        {
            throw new ArgumentException("A numbered frame must be a JSON object text.", nameof(frame));
        }

        _hub.Inject(numbered ? frame.TrimEnd() : frame, numbered);
    }

    /// <summary>Drops every WebSocket without a close frame (connections stay resumable).</summary>
    public void DropAllSockets() => _hub.DropAllSockets();

    /// <summary>
    /// Restarts the server on the same port: every socket dropped, every connection id and dead queue forgotten
    /// (clients get a new id and hello), users, channels and posts kept. <paramref name="downtime"/> keeps the port
    /// closed for a while.
    /// </summary>
    public async Task RestartAsync(TimeSpan downtime = default, CancellationToken cancellationToken = default)
    {
        await StopServerAsync().ConfigureAwait(false);
        _hub.Reset();
        if (downtime > TimeSpan.Zero)
        {
            await Task.Delay(downtime, cancellationToken).ConfigureAwait(false);
        }

        await RebindAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server (sockets dropped); <see cref="RestartAsync"/> can bring it back.</summary>
    public async Task StopAsync()
    {
        await StopServerAsync().ConfigureAwait(false);
        _hub.Reset();
    }

    /// <summary>Starts a stopped server again on the same port (after <see cref="StopAsync"/>).</summary>
    public Task ResumeServingAsync(CancellationToken cancellationToken = default) => RebindAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopServerAsync().ConfigureAwait(false);
        _hub.Reset();
        _control.Dispose();
    }

    private async Task RebindAsync(CancellationToken cancellationToken)
    {
        // The old listening socket may take a moment to release the port on a busy machine.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartServerAsync(_port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task StartServerAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = _options.ProtocolPingInterval });
        app.Run(HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _port = new Uri(app.Urls.First()).Port;
        _app = app;
    }

    private async Task StopServerAsync()
    {
        if (_app is not { } app)
        {
            return;
        }

        _app = null;
        _hub.DropAllSockets();

        // Pooled connections of the control client point at the old server; a post right after a restart must not
        // trip over one.
        var control = _control;
        _control = new HttpClient();
        control.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await app.StopAsync(timeout.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
