using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// Listens to the Mattermost WebSocket and delivers user posts through <see cref="Posts"/>: header auth, <c>hello</c>
/// and connection id, reconnect with exponential backoff and jitter, resume with <c>connection_id</c> +
/// <c>sequence_number</c>, and REST catch-up (<c>?since=</c> from <see cref="IMattermostCursorStore"/> cursors) whenever
/// events may have been lost (a new connection id, a sequence gap that cannot be resumed, a long outage).
/// The bot's own posts and system posts are dropped. Delivery is at-least-once: dedupe by post id.
/// </summary>
public sealed partial class MattermostListener : IAsyncDisposable
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private readonly MattermostClient _client;
    private readonly MattermostListenerOptions _options;
    private readonly IMattermostCursorStore _cursors;
    private readonly ILogger _logger;
    private readonly Channel<IncomingPost> _posts = Channel.CreateUnbounded<IncomingPost>();
    private readonly Channel<CatchUpRequest> _catchUpRequests = Channel.CreateUnbounded<CatchUpRequest>();
    private readonly RecentPostIds _recent;
    private readonly ConcurrentDictionary<string, MattermostChannel> _channelCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _senderCache = new(StringComparer.Ordinal);
    private readonly Lock _statusGate = new();
    private MattermostConnectionStatus _status = MattermostConnectionStatus.Initial;

    // LastEventAt lives apart from the status record (UTC ticks, 0 = none): every frame sets it, and a new record
    // per frame was a steady allocation on the receive loop under load. Composed into the record when it is read.
    private long _lastEventUtcTicks;
    private CancellationTokenSource? _stop;
    private Task _loops = Task.CompletedTask;
    private string? _connectionId;
    private long _lastSeq = -1;
    private DateTimeOffset? _lostAt;
    private DateTimeOffset? _pendingCatchUp;
    private bool _everConnected;

    public MattermostListener(
        MattermostClient client, IMattermostCursorStore cursors, MattermostListenerOptions? options = null, ILogger<MattermostListener>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(cursors);
        _client = client;
        _cursors = cursors;
        _options = options ?? new MattermostListenerOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _recent = new RecentPostIds(_options.RecentPostIdCapacity);
    }

    /// <summary>Incoming user posts, in arrival order; completed when the listener stops.</summary>
    public ChannelReader<IncomingPost> Posts => _posts.Reader;

    /// <summary>The bot's user id (known after <see cref="StartAsync"/>).</summary>
    public string? BotUserId { get; private set; }

    /// <summary>The current connection snapshot.</summary>
    public MattermostConnectionStatus Status
    {
        get
        {
            lock (_statusGate)
            {
                return WithLastEvent(_status);
            }
        }
    }

    /// <summary>
    /// Raised after a status change other than <see cref="MattermostConnectionStatus.LastEventAt"/> alone (on the
    /// listener's thread; keep handlers short).
    /// </summary>
    public event Action<MattermostConnectionStatus>? StatusChanged;

    /// <summary>
    /// Checks the token with <c>GET /users/me</c> (a 401 throws <see cref="MattermostApiException"/> here, so a bad
    /// token fails start-up), then connects in the background.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_stop is not null)
        {
            throw new InvalidOperationException("The listener was already started.");
        }

        var me = await _client.GetMeAsync(cancellationToken).ConfigureAwait(false);
        BotUserId = me.Id;
        _stop = new CancellationTokenSource();
        SetStatus(s => s with { State = MattermostConnectionState.Connecting });
        var token = _stop.Token;
        _loops = Task.WhenAll(
            Task.Run(() => ConnectLoopAsync(token), CancellationToken.None),
            Task.Run(() => CatchUpLoopAsync(token), CancellationToken.None));
    }

    /// <summary>Closes the socket, stops reconnecting and completes <see cref="Posts"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loops.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: cancellation is the expected way out.
        }

        _posts.Writer.TryComplete();
        SetStatus(s => s.State == MattermostConnectionState.Faulted ? s : s with { State = MattermostConnectionState.Stopped });
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop?.Dispose();
    }

    private async Task ConnectLoopAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var connected = false;
            string reason;
            try
            {
                (connected, var failure) = await RunConnectionAsync(stop).ConfigureAwait(false);
                reason = failure ?? "closed by server";
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or InvalidDataException
                or JsonException or TimeoutException or OperationCanceledException)
            {
                reason = ex.Message;
            }
            catch (Exception ex)
            {
                // Never die silently: a bug or an unexpected failure (a token file that went away, ...) ends this
                // connection only. The status leaves Connected below, and the loop reconnects (and resumes).
                Log.ConnectionFailed(_logger, ex);
                reason = ex.GetType().Name + ": " + ex.Message;
            }

            failures = connected ? 1 : failures + 1;
            var now = _options.TimeProvider.GetUtcNow();
            if (connected)
            {
                _lostAt = now;
            }

            if (failures >= 3 && await IsTokenRejectedAsync(stop).ConfigureAwait(false))
            {
                Log.Unauthorized(_logger);
                SetStatus(s => s with { State = MattermostConnectionState.Faulted, LastError = "401: the bot token was rejected" });
                _posts.Writer.TryComplete();
                return;
            }

            var delay = RetryBackoff.Delay(failures - 1, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, Random.Shared.NextDouble());
            Log.Reconnecting(_logger, reason, failures, delay);
            SetStatus(s => s with
            {
                State = _everConnected ? MattermostConnectionState.Reconnecting : MattermostConnectionState.Connecting,
                LastDisconnectedAt = connected ? now : s.LastDisconnectedAt,
                ConsecutiveFailures = connected ? 0 : s.ConsecutiveFailures + 1,
                LastError = reason,
            });
            await Task.Delay(delay, _options.TimeProvider, stop).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsTokenRejectedAsync(CancellationToken stop)
    {
        // A bad header token still upgrades and is closed later; only REST can tell "bad token" from "network".
        try
        {
            await _client.GetMeAsync(stop).ConfigureAwait(false);
            return false;
        }
        catch (MattermostApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            return true;
        }
        catch (Exception ex) when (ex is MattermostApiException or HttpRequestException or TimeoutException)
        {
            return false;
        }
    }

    private async Task PingLoopAsync(SessionState state, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_options.PingInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            if (!state.FrameReceived)
            {
                // Nothing since the last ping, not even its reply: the socket is half-open.
                state.Failure = "no reply to ping";
                state.Socket.Abort();
                return;
            }

            state.FrameReceived = false;
            await SendActionAsync(state, "ping", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SendActionAsync(SessionState state, string action, CancellationToken cancellationToken)
    {
        await state.SendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var seq = ++state.ActionSeq;
            var bytes = Encoding.UTF8.GetBytes($$"""{"action":"{{action}}","seq":{{seq.ToString(CultureInfo.InvariantCulture)}}}""");
            await state.Socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            state.SendGate.Release();
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    private static string StringOf(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private void SetStatus(Func<MattermostConnectionStatus, MattermostConnectionStatus> change, bool raise = true)
    {
        MattermostConnectionStatus next;
        lock (_statusGate)
        {
            next = change(_status);
            if (next == _status)
            {
                return;
            }

            _status = next;
        }

        if (raise)
        {
            StatusChanged?.Invoke(WithLastEvent(next));
        }
    }

    private MattermostConnectionStatus WithLastEvent(MattermostConnectionStatus status) =>
        Volatile.Read(ref _lastEventUtcTicks) is var ticks and not 0
            ? status with { LastEventAt = new DateTimeOffset(ticks, TimeSpan.Zero) }
            : status;

    private sealed class SessionState(ClientWebSocket socket, bool isResume)
    {
        public ClientWebSocket Socket { get; } = socket;
        public bool IsResume { get; } = isResume;
        public SemaphoreSlim SendGate { get; } = new(1, 1);
        public long ActionSeq { get; set; }
        public bool AwaitingFirstFrame { get; set; } = true;
        public bool Connected { get; set; }
        public volatile bool FrameReceived;
        public string? Failure { get; set; }
    }
}
