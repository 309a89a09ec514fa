using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Chat;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway;

/// <summary>
/// Composes the gateway: configuration checks (exit 78 on failure), state database, roster watcher, models,
/// Mattermost listener, dispatcher, status endpoint on loopback, logs, systemd notify. The app's <c>gateway</c> verb
/// calls <see cref="RunAsync"/>; tests and benchmarks use <see cref="StartAsync"/>.
/// </summary>
public static partial class GatewayHost
{
    /// <summary>Exit code for invalid configuration (EX_CONFIG); the unit sets <c>RestartPreventExitStatus=78</c>.</summary>
    public const int ExitConfiguration = 78;

    /// <summary>State database file name inside <see cref="GatewayOptions.StateDirectory"/>.</summary>
    public const string DatabaseFileName = "nixclaw.db";

    private static readonly JsonSerializerOptions s_statusJson = new() { WriteIndented = true };

    /// <summary>The default of <c>Gateway.LogPath</c> in the declarations, which is replaced by the state directory's <c>gateway.log</c>.</summary>
    public const string LegacyDefaultLogPath = "/tmp/nixclaw/gateway.log";

    /// <summary>
    /// Where the gateway writes its log: a declared absolute path as it is; a relative one below
    /// <paramref name="stateDirectory"/> (<c>$XDG_STATE_HOME/nixclaw</c> or <c>~/.local/state/nixclaw</c>); empty for no
    /// file. The declarations' old default <see cref="LegacyDefaultLogPath"/> (in <c>/tmp</c>, where any local user could
    /// make the folder first) means <c>&lt;state&gt;/gateway.log</c>. The <c>logs</c> verb resolves it the same way.
    /// </summary>
    public static string LogFilePath(GatewayInfo gateway, string stateDirectory)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        var declared = gateway.LogPath;
        return declared.Length == 0 ? ""
            : declared == LegacyDefaultLogPath ? Path.Combine(stateDirectory, "gateway.log")
            : Path.Combine(stateDirectory, declared);
    }

    /// <summary>
    /// Runs the gateway until <paramref name="cancellationToken"/> is cancelled (SIGTERM) or it fails; returns the
    /// exit code: 0 after a clean stop, 78 with a one-line reason on <paramref name="error"/> (stderr when null) for
    /// invalid configuration or a status port in use, 1 otherwise.
    /// </summary>
    public static async Task<int> RunAsync(HostManifest manifest, GatewayOptions options, CancellationToken cancellationToken, TextWriter? error = null)
    {
        error ??= Console.Error;
        RunningGateway gateway;
        try
        {
            gateway = await StartAsync(manifest, options, cancellationToken).ConfigureAwait(false);
        }
        catch (GatewayConfigurationException ex)
        {
            await error.WriteLineAsync($"nixclaw gateway: invalid configuration: {ex.Message}").ConfigureAwait(false);
            return ExitConfiguration;
        }
        catch (StatusPortInUseException ex)
        {
            await error.WriteLineAsync($"nixclaw gateway: {ex.Message}").ConfigureAwait(false);
            return ExitConfiguration;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is MattermostApiException or HttpRequestException or IOException)
        {
            await error.WriteLineAsync($"nixclaw gateway: cannot reach Mattermost: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (cancellationToken.Register(() => _ = gateway.StopAsync()))
        {
            return await gateway.Exit.ConfigureAwait(false);
        }
    }

    /// <summary>Starts the gateway; returns once the Mattermost token was accepted and the status endpoint listens.</summary>
    /// <exception cref="GatewayConfigurationException">The configuration is invalid; the message is one line.</exception>
    public static async Task<RunningGateway> StartAsync(HostManifest manifest, GatewayOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        var time = options.TimeProvider;
        var mattermost = manifest.Mattermost ?? throw new GatewayConfigurationException("no Mattermost server is declared");
        var trigger = new ChatTrigger(mattermost.ChatMode, mattermost.Bot, mattermost.TriggerPrefix);
        var tokenPath = options.SecretPath(mattermost.Token);
        ReadSecret(tokenPath, "Mattermost bot token");
        var mattermostUrl = options.MattermostUrl ?? (Uri.TryCreate(mattermost.Url, UriKind.Absolute, out var declaredUrl)
            ? declaredUrl
            : throw new GatewayConfigurationException($"Mattermost URL '{mattermost.Url}' is not an absolute URL"));
        CheckRosterReadable(options.ConfigDirectory);
        var logPath = options.LogPath ?? LogFilePath(manifest.Gateway, options.StateDirectory);
        var statusPort = options.StatusPort ?? manifest.Gateway.Port;
        if (statusPort is < 0 or > 65535)
        {
            throw new GatewayConfigurationException($"gateway port {statusPort} is out of range");
        }

        var startClock = System.Diagnostics.Stopwatch.StartNew();
        var loggerFactory = CreateLoggerFactory(options, logPath);
        var log = loggerFactory.CreateLogger("NixClaw.Gateway");
        void Stage(string stage) => LogStage(log, stage, startClock.Elapsed.TotalMilliseconds);
        var metrics = new GatewayMetrics();
        ModelCatalog? models = null;
        GatewayStateStore? store = null;
        RosterWatcher? roster = null;
        MattermostClient? client = null;
        MattermostListener? listener = null;
        SenderAllowlist? senders = null;
        WebApplication? web = null;
        string? waiting = null;
        try
        {
            models = ModelCatalog.Create(manifest.AllModels, options.ModelRetry, time, retry =>
            {
                metrics.ModelRetried();
                LogModelRetry(log, retry.Model, retry.FailedAttempt, retry.Failure.Description, retry.Delay.TotalSeconds);
                options.OnModelRetry?.Invoke(retry);
            }, options.ModelHttpClient, options.SecretPath);
            foreach (var agent in manifest.AllAgents)
            {
                if (models.Find(agent.Model, out var resolved) is null)
                {
                    throw new GatewayConfigurationException($"agent '{agent.Id}' uses model '{resolved}', which is not declared");
                }
            }

            Stage("models");
            store = GatewayStateStore.Open(Path.Combine(options.StateDirectory, DatabaseFileName), time);
            store.PruneOlderThan(TimeSpan.FromDays(30));
            store.WriteRetryInterval = options.StateWriteRetryInterval;
            var stateStore = store;
            store.WritabilityChanged += failure =>
            {
                if (failure is not null)
                {
                    LogStateUnwritable(log, failure.Reason, stateStore.WriteRetryInterval.TotalSeconds);
                }
                else
                {
                    LogStateWritable(log);
                }
            };
            var workspaces = Path.Combine(options.HomeDirectory, manifest.Gateway.WorkspacesDirectory);
            roster = new RosterWatcher(
                new RosterOptions { ConfigDirectory = options.ConfigDirectory, WorkspacesDirectory = workspaces, HomeDirectory = options.HomeDirectory },
                manifest.AllAgents,
                loggerFactory.CreateLogger<RosterWatcher>());
            var directory = new RosterAgentDirectory(roster, manifest.AllAgents, workspaces, options.HomeDirectory);
            Stage("state and roster");

            client = new MattermostClient(
                new MattermostClientOptions { BaseUrl = mattermostUrl, TokenProvider = MattermostTokens.FromFile(tokenPath) },
                logger: loggerFactory.CreateLogger<MattermostClient>());
            listener = new MattermostListener(client, new SqliteCursorStore(store), options.Listener, loggerFactory.CreateLogger<MattermostListener>());
            // The status endpoint listens before Mattermost is asked, so a start that waits says so.
            waiting = $"Mattermost at {mattermostUrl}";
            web = BuildStatusApp(statusPort, loggerFactory);
            var gatewayWeb = web;
            var gatewayStore = store;
            var gatewayListener = listener;
            var startedAt = time.GetUtcNow();
            // Plain RequestDelegates: a minimal-API lambda would have its handler built from compiled expression trees
            // at start, code (and System.Linq.Expressions) the gateway would keep resident for two routes.
            web.MapGet("/healthz", (RequestDelegate)(http => Results.Json(new { ok = true, status = "live" }).ExecuteAsync(http)));
            // /status names agents, channels and counters: with a declared gateway token it needs
            // "Authorization: Bearer <token>" (the status verb sends it). /healthz says only "live" and stays open.
            var statusToken = manifest.Gateway.AuthToken;
            if (statusToken is not null)
            {
                ReadSecret(options.SecretPath(statusToken), "gateway token");
            }

            web.MapGet("/status", (RequestDelegate)(http => (statusToken is not null && !HasToken(http, options.SecretPath(statusToken))
                ? Results.Json(new { error = "unauthorized", message = "send the gateway token as 'Authorization: Bearer <token>'" }, statusCode: StatusCodes.Status401Unauthorized)
                : Results.Json(Status(manifest, mattermostUrl, startedAt, gatewayListener.Status, metrics, directory, gatewayStore, options.WorkspaceSync, Volatile.Read(ref waiting)), s_statusJson))
                .ExecuteAsync(http)));
            try
            {
                await web.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Microsoft.AspNetCore.Connections.AddressInUseException || ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                throw new StatusPortInUseException(statusPort, ex);
            }

            Stage("status endpoint");
            var statusUrl = new Uri(gatewayWeb.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            LogStatusEndpoint(log, statusUrl);

            // What the servers answer at start (an error, a timeout, a malformed body) is retried with backoff, one log
            // line each time, while /status says what the gateway is waiting for; only a rejected token is final.
            var retryDelay = options.StartRetryDelay;
            while (true)
            {
                try
                {
                    await listener.StartAsync(cancellationToken).ConfigureAwait(false);
                    break;
                }
                catch (MattermostApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
                {
                    throw new GatewayConfigurationException($"Mattermost at {mattermostUrl} rejected the bot token in '{tokenPath}' (401)", ex);
                }
                catch (Exception ex) when (IsTransient(ex, cancellationToken))
                {
                    var reason = $"Mattermost at {mattermostUrl} ({OneLine(ex)})";
                    Volatile.Write(ref waiting, reason);
                    LogWaiting(log, reason, retryDelay.TotalSeconds);
                    await Task.Delay(retryDelay, time, cancellationToken).ConfigureAwait(false);
                    retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, options.StartRetryMaxDelay.Ticks));
                }
            }

            Volatile.Write(ref waiting, null);

            Stage("mattermost token accepted");
            await SeedCursorsAsync(client, store, log, cancellationToken).ConfigureAwait(false);
            Stage("cursors seeded");
            senders = new SenderAllowlist(
                mattermost.AllowFrom,
                mattermost.Operators,
                async (name, ct) => (await client.FindUserByUsernameAsync(name, ct).ConfigureAwait(false))?.Id,
                loggerFactory.CreateLogger<SenderAllowlist>());
            await senders.RefreshAsync(cancellationToken).ConfigureAwait(false);
            senders.StartRefreshing(time);
            Stage("allowed senders resolved");
            var botUserId = listener.BotUserId!;
            var outbox = new MattermostOutbox(client, botUserId);
            var runner = new AgentRunner(models, options.Tools ?? NoAgentTools.Instance, store, options.Limits, time, loggerFactory);
            var processor = new PostProcessor(
                directory, trigger, senders, botUserId, store, runner, outbox, metrics, options.Limits, time, options.TypingInterval, loggerFactory.CreateLogger<PostProcessor>());
            var dispatcher = new PostDispatcher(processor, store, loggerFactory.CreateLogger<PostDispatcher>());
            var notifier = options.Notifier ?? new SystemdNotifier();


            var gateway = new RunningGateway(web, listener, client, roster, models, store, dispatcher, metrics, loggerFactory, notifier, options, statusUrl)
            {
                Senders = senders,
            };
            var cursors = new SqliteCursorStore(store);
            var ready = 0;
            void OnStatus(MattermostConnectionStatus status)
            {
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                metrics.SetConnectionState(status.State.ToString().ToLowerInvariant(), now);
                if (status.LastCatchUpAt is { } synced)
                {
                    metrics.Synced(synced.ToUnixTimeMilliseconds());
                }

                if (status.State == MattermostConnectionState.Connected && Interlocked.Exchange(ref ready, 1) == 0)
                {
                    metrics.Synced(now);
                    Stage("connected");
                    notifier.Notify(ServiceState.Ready);
                    LogReady(log, gateway.StatusUrl, directory.Agents.Count);
                }

                gateway.OnListenerStatus(status);
            }

            listener.StatusChanged += OnStatus;
            OnStatus(listener.Status);

            // Posts an earlier run claimed or deferred and never answered go first, then the live stream.
            var recovered = store.UnansweredFromEarlierRuns();
            foreach (var post in recovered)
            {
                dispatcher.EnqueueRecovered(post);
            }

            if (recovered.Count > 0)
            {
                LogRecovering(log, recovered.Count);
            }

            gateway.StartPump(incoming =>
            {
                dispatcher.Enqueue(MattermostOutbox.ToInbound(incoming), (_, _) => cursors.SetCursorAsync(incoming.ChannelId, incoming.UpdateAt, CancellationToken.None));
                return ValueTask.CompletedTask;
            });
            return gateway;
        }
        catch
        {
            if (listener is not null)
            {
                await listener.DisposeAsync().ConfigureAwait(false);
            }

            if (roster is not null)
            {
                await roster.DisposeAsync().ConfigureAwait(false);
            }

            senders?.Dispose();

            if (web is not null)
            {
                await web.DisposeAsync().ConfigureAwait(false);
            }

            client?.Dispose();
            models?.Dispose();
            store?.Dispose();
            loggerFactory.Dispose();
            throw;
        }
    }

    // The listener catches up at start only channels with a cursor, and a cursor is written only when a post is
    // handled. Seeding every member channel's cursor with its last post time on start means posts made while the
    // gateway is down later are caught up even in channels where nothing was handled yet. (A channel joined and
    // posted to while the gateway is down is seeded after those posts; that edge is documented in docs/gateway.md.)
    private static async Task SeedCursorsAsync(MattermostClient client, GatewayStateStore store, ILogger log, CancellationToken cancellationToken)
    {
        try
        {
            var seeded = 0;
            foreach (var team in await client.GetMyTeamsAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var channel in await client.GetMyChannelsAsync(team.Id, cancellationToken).ConfigureAwait(false))
                {
                    if (store.GetCursor(channel.Id) is null)
                    {
                        store.AdvanceCursor(channel.Id, channel.LastPostAt);
                        seeded++;
                    }
                }
            }

            LogSeeded(log, seeded);
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            // Best effort: posts in channels without a cursor are then caught up from the first handled post on.
            LogSeedFailed(log, OneLine(ex));
        }
    }

    private static StatusReport Status(
        HostManifest manifest, Uri mattermostUrl, DateTimeOffset startedAt, MattermostConnectionStatus connection, GatewayMetrics metrics, IAgentDirectory directory, GatewayStateStore store,
        Func<string, AgentSyncStatus?>? workspaceSync, string? waiting)
    {
        static DateTimeOffset? At(long ms) => ms == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
        var counts = store.Counts();
        var counters = new Dictionary<string, long>(metrics.Outcomes, StringComparer.Ordinal)
        {
            ["postsReceived"] = metrics.PostsReceived,
            ["modelCalls"] = metrics.ModelCalls,
            ["modelRetries"] = metrics.ModelRetries,
            ["mattermostConnects"] = connection.Connects,
            ["mattermostResumes"] = connection.Resumes,
            ["mattermostCatchUps"] = connection.CatchUps,
        };
        var lastSync = connection.LastCatchUpAt is { } catchUp && catchUp.ToUnixTimeMilliseconds() > metrics.LastSyncMs ? catchUp : At(metrics.LastSyncMs);
        return new StatusReport(
            waiting is not null ? "starting" : connection.State == MattermostConnectionState.Connected && store.IsWritable ? "ok" : "degraded",
            startedAt,
            new MattermostStatus(mattermostUrl.ToString(), manifest.Mattermost!.Bot, connection.State.ToString().ToLowerInvariant(), connection.LastConnectedAt, At(metrics.LastMessageMs), lastSync),
            [.. directory.Agents.Select(a => new AgentStatus(a.Id, a.DisplayName, a.ModelName, a.Declaration is not null, a.Declaration?.Channel, workspaceSync?.Invoke(a.Id)))],
            counters,
            new Dictionary<string, LatencyStatus>(StringComparer.Ordinal)
            {
                ["turn"] = new(metrics.Turn.Count, metrics.Turn.Percentile(50), metrics.Turn.Percentile(99)),
                ["overhead"] = new(metrics.Overhead.Count, metrics.Overhead.Percentile(50), metrics.Overhead.Percentile(99)),
                ["processing"] = new(metrics.Processing.Count, metrics.Processing.Percentile(50), metrics.Processing.Percentile(99)),
                ["replyPost"] = new(metrics.ReplyPost.Count, metrics.ReplyPost.Percentile(50), metrics.ReplyPost.Percentile(99)),
            },
            new StateStatus(store.Path, counts.Answered, counts.Claimed, counts.GivenUp, counts.Sessions)
            {
                Writable = store.IsWritable,
                WriteFailure = store.WriteFailure,
            })
        {
            Waiting = waiting,
        };
    }

    // Loopback only, never 0.0.0.0: 127.0.0.1 and ::1 for a fixed port (either may be missing on the host);
    // port 0 (tests) picks a free port on 127.0.0.1.
    private static WebApplication BuildStatusApp(int port, ILoggerFactory loggerFactory)
    {
        // The empty builder: no configuration sources, logging providers or hosting extras, only Kestrel's core
        // and routing; the status endpoint needs nothing else, and every loaded piece stays resident.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<Microsoft.Extensions.Hosting.ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(port);
            }
        });
        return builder.Build();
    }

    private static ILoggerFactory CreateLoggerFactory(GatewayOptions options, string logPath)
    {
        JsonLinesFileLoggerProvider? file = null;
        if (logPath.Length > 0)
        {
            try
            {
                file = new JsonLinesFileLoggerProvider(logPath, options.MinimumLogLevel, options.TimeProvider);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GatewayConfigurationException($"log file '{logPath}' cannot be opened: {ex.Message}", ex);
            }
        }

        return LoggerFactory.Create(logging =>
        {
            logging.SetMinimumLevel(options.MinimumLogLevel);

            // The HTTP stack logs request URLs and headers at debug level; keep it quiet (and token-free).
            logging.AddFilter("System.Net.Http", LogLevel.Warning);
            logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

            // The status app's host would announce "Now listening on", "Content root path" and "Hosting environment";
            // the gateway logs its own line with the status URL instead.
            logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Warning);
            if (options.ConsoleLog)
            {
                logging.AddSimpleConsole(console =>
                {
                    console.SingleLine = true;
                    console.UseUtcTimestamp = true;
                    console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                    console.ColorBehavior = LoggerColorBehavior.Disabled;
                });
            }

            if (file is not null)
            {
                logging.AddProvider(file);
            }
        });
    }

    // The token is read on every request (it may be rotated) and compared in constant time.
    private static bool HasToken(HttpContext http, string tokenPath)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string expected;
        try
        {
            expected = SecretFiles.Read(tokenPath, "gateway token");
        }
        catch (SecretFileException)
        {
            return false;
        }

        var given = System.Text.Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, System.Text.Encoding.UTF8.GetBytes(expected));
    }

    /// <summary>A secret through <see cref="SecretFiles"/>; a missing, empty or unreadable file is a configuration error (exit 78).</summary>
    internal static string ReadSecret(string path, string key)
    {
        try
        {
            return SecretFiles.Read(path, key);
        }
        catch (SecretFileException ex)
        {
            throw new GatewayConfigurationException(ex.Message, ex);
        }
    }

    // What a server may answer at start without it being the gateway's fault: an HTTP error, a dropped connection,
    // a body that is not what the API documents, a timeout (a cancellation the caller did not ask for).
    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is MattermostApiException or HttpRequestException or IOException or InvalidDataException or JsonException or TimeoutException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string OneLine(Exception ex) =>
        ex is OperationCanceledException ? "timed out" : ex.Message.ReplaceLineEndings(" ");

    private static void CheckRosterReadable(string configDirectory)
    {
        foreach (var name in (string[])[RosterFileNames.Agents, RosterFileNames.Bindings])
        {
            var path = Path.Combine(configDirectory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GatewayConfigurationException($"roster file '{path}' cannot be read: {ex.GetType().Name}", ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The state database cannot be written ({Reason}): no new posts are taken; retrying every {RetrySeconds} s")]
    private static partial void LogStateUnwritable(ILogger logger, string reason, double retrySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The state database can be written again: taking posts")]
    private static partial void LogStateWritable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready: connected to Mattermost, status on {StatusUrl}, {AgentCount} agent(s)")]
    private static partial void LogReady(ILogger logger, Uri statusUrl, int agentCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Stage} after {ElapsedMs} ms")]
    private static partial void LogStage(ILogger logger, string stage, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seeded catch-up cursors of {Count} channel(s)")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the bot's channels to seed catch-up cursors: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status endpoint on {StatusUrl}")]
    private static partial void LogStatusEndpoint(ILogger logger, Uri statusUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for {Reason}; retrying in {DelaySeconds} s")]
    private static partial void LogWaiting(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering {Count} post(s) an earlier run left unanswered")]
    private static partial void LogRecovering(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Model} attempt {Attempt} failed ({Reason}); retrying in {DelaySeconds} s")]
    private static partial void LogModelRetry(ILogger logger, string model, int attempt, string reason, double delaySeconds);
}
