using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Chat;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// The gateway as one generic host: every part a singleton in DI, settings as <c>IOptions&lt;T&gt;</c>, and three hosted
/// services whose order is the start and stop sequence:
/// <list type="number">
/// <item><see cref="StatusEndpoint"/>: listens on loopback and logs its URL; it stops last;</item>
/// <item><see cref="MattermostConnectionService"/>: connects with retries (the host's start returns once the token was
/// accepted), seeds cursors, resolves senders, reports readiness;</item>
/// <item><see cref="PostPumpService"/>: recovered posts, then the live stream, into the <see cref="PostDispatcher"/>; on
/// stop it closes the listener and drains running turns while the status endpoint still answers.</item>
/// </list>
/// </summary>
internal static class GatewayApplication
{
    /// <summary>Builds the host; nothing runs yet.</summary>
    /// <exception cref="GatewayConfigurationException">The log file cannot be opened.</exception>
    public static IHost Build(HostManifest manifest, GatewayOptions options, GatewaySettings settings)
    {
        // The empty builder: no configuration sources, logging providers or hosting extras; every loaded piece stays resident.
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        ConfigureLogging(builder.Logging, options, settings.LogPath);
        var services = builder.Services;
        services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        // Stopping is bounded by the drain's grace; the host must not give up on it first.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(manifest);
        services.AddSingleton(options);
        services.AddSingleton(options.TimeProvider);
        services.AddSingleton(Options.Create(settings.Mattermost));
        services.AddSingleton(Options.Create(settings.Status));
        services.AddSingleton(Options.Create(settings.State));
        services.AddSingleton(options.Notifier ?? new SystemdNotifier());
        services.AddSingleton<GatewayStartup>();
        services.AddSingleton<GatewayShutdown>();

        if (options.Tools is { } tools)
        {
            services.AddSingleton(tools);
        }

        options.ConfigureServices?.Invoke(services);
        services.AddAgentTurns(new AgentTurnOptions
        {
            Models = manifest.AllModels,
            SecretPath = options.SecretPath,
            Retry = options.ModelRetry,
            Limits = options.Limits,
            ModelHttpClient = options.ModelHttpClient,
            OnModelRetry = options.OnModelRetry,
        });
        services.AddSingleton<ISessionHistory, StoredSessionHistory>();

        services.AddSingleton(OpenStore);
        services.AddSingleton<IMattermostCursorStore>(provider => new SqliteCursorStore(provider.GetRequiredService<GatewayStateStore>()));
        services.AddSingleton(provider => new RosterWatcher(
            new RosterOptions { ConfigDirectory = options.ConfigDirectory, WorkspacesDirectory = settings.WorkspacesDirectory, HomeDirectory = options.HomeDirectory },
            manifest.AllAgents,
            provider.GetRequiredService<ILogger<RosterWatcher>>()));
        services.AddSingleton<IAgentDirectory>(provider =>
            new RosterAgentDirectory(provider.GetRequiredService<RosterWatcher>(), manifest.AllAgents, settings.WorkspacesDirectory, options.HomeDirectory));

        AddMattermost(services, options, settings.Mattermost);
        services.AddSingleton<StatusReporter>();
        services.AddSingleton<StatusEndpoint>();
        services.AddHostedService(provider => provider.GetRequiredService<StatusEndpoint>());
        services.AddHostedService<MattermostConnectionService>();
        services.AddHostedService<PostPumpService>();
        return builder.Build();
    }

    private static void AddMattermost(IServiceCollection services, GatewayOptions options, MattermostSettings settings)
    {
        services.AddSingleton(provider => new MattermostClient(
            new MattermostClientOptions { BaseUrl = settings.Url, TokenProvider = MattermostTokens.FromFile(settings.TokenPath) },
            logger: provider.GetRequiredService<ILogger<MattermostClient>>()));
        services.AddSingleton(provider => new MattermostListener(
            provider.GetRequiredService<MattermostClient>(), provider.GetRequiredService<IMattermostCursorStore>(), options.Listener, provider.GetRequiredService<ILogger<MattermostListener>>()));
        services.AddSingleton(provider =>
        {
            var client = provider.GetRequiredService<MattermostClient>();
            return new SenderAllowlist(
                settings.Declaration.AllowFrom,
                settings.Declaration.Operators,
                async (name, ct) => (await client.FindUserByUsernameAsync(name, ct).ConfigureAwait(false))?.Id,
                provider.GetRequiredService<ILogger<SenderAllowlist>>());
        });

        // The bot's user id is known once Mattermost accepted the token: these are first resolved by PostPumpService,
        // which starts after MattermostConnectionService.
        services.AddSingleton<IChatOutbox>(provider => new MattermostOutbox(provider.GetRequiredService<MattermostClient>(), BotUserId(provider)));
        services.AddSingleton(provider => new PostProcessor(
            provider.GetRequiredService<IAgentDirectory>(),
            settings.Trigger,
            provider.GetRequiredService<SenderAllowlist>(),
            BotUserId(provider),
            provider.GetRequiredService<GatewayStateStore>(),
            provider.GetRequiredService<AgentRunner>(),
            provider.GetRequiredService<IChatOutbox>(),
            provider.GetRequiredService<GatewayMetrics>(),
            options.Limits,
            options.TimeProvider,
            options.TypingInterval,
            provider.GetRequiredService<ILogger<PostProcessor>>()));
        services.AddSingleton(provider => new PostDispatcher(
            provider.GetRequiredService<PostProcessor>(), provider.GetRequiredService<GatewayStateStore>(), provider.GetRequiredService<ILogger<PostDispatcher>>()));
    }

    private static string BotUserId(IServiceProvider provider) =>
        provider.GetRequiredService<MattermostListener>().BotUserId
        ?? throw new InvalidOperationException("The bot's user id is asked for before Mattermost accepted the token.");

    private static GatewayStateStore OpenStore(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<IOptions<StateSettings>>().Value;
        var log = provider.GetRequiredService<ILoggerFactory>().CreateLogger(GatewayHost.LogCategory);
        var store = GatewayStateStore.Open(settings.DatabasePath, provider.GetRequiredService<TimeProvider>());
        store.PruneOlderThan(TimeSpan.FromDays(30));
        store.WriteRetryInterval = settings.WriteRetryInterval;
        store.WritabilityChanged += failure =>
        {
            if (failure is not null)
            {
                GatewayLog.StateUnwritable(log, failure.Reason, store.WriteRetryInterval.TotalSeconds);
            }
            else
            {
                GatewayLog.StateWritable(log);
            }
        };
        return store;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, GatewayOptions options, string logPath)
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

        logging.SetMinimumLevel(options.MinimumLogLevel);

        // The HTTP stack logs request URLs and headers at debug level; keep it quiet (and token-free).
        logging.AddFilter("System.Net.Http", LogLevel.Warning);

        // The host would announce "Now listening on", "Content root path" and "Hosting environment"; the gateway logs
        // its own line with the status URL instead. A failed start is reported in one line by GatewayHost.RunAsync,
        // so the host's own "Hosting failed to start" with a stack trace is not repeated.
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Warning);
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
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
            // Registered by a factory, so the container disposes (flushes) it when the host is disposed.
            logging.Services.AddSingleton<ILoggerProvider>(_ => file);
        }
    }
}
