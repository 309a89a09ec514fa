using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NixClaw.Runtime.Gateway.Operations;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// The turn machinery one registration gives both the gateway and the <c>chat</c> verb: the model clients
/// (<see cref="ModelCatalog"/>), the agent runner and its limits, and the counters. The caller registers the
/// <see cref="ISessionHistory"/> (state database or memory) and, for agents with tools, an <see cref="IAgentToolSource"/>
/// (none otherwise).
/// </summary>
internal static partial class AgentTurnServices
{
    /// <summary>The logger category of turn-level lines (model retries).</summary>
    public const string LogCategory = "NixClaw.Gateway";

    /// <summary>Registers the turn machinery.</summary>
    public static IServiceCollection AddAgentTurns(this IServiceCollection services, AgentTurnOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton<IAgentToolSource>(NoAgentTools.Instance);
        services.AddSingleton(Options.Create(options.Limits));
        services.AddSingleton(provider =>
        {
            var metrics = provider.GetRequiredService<GatewayMetrics>();
            var log = provider.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
            return ModelCatalog.Create(options.Models, options.Retry, provider.GetRequiredService<TimeProvider>(), retry =>
            {
                metrics.ModelRetried();
                LogModelRetry(log, retry.Model, retry.FailedAttempt, retry.Failure.Description, retry.Delay.TotalSeconds);
                options.OnModelRetry?.Invoke(retry);
            }, options.ModelHttpClient, options.SecretPath);
        });
        services.AddSingleton<AgentRunner>();
        return services;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Model} attempt {Attempt} failed ({Reason}); retrying in {DelaySeconds} s")]
    private static partial void LogModelRetry(ILogger logger, string model, int attempt, string reason, double delaySeconds);
}
