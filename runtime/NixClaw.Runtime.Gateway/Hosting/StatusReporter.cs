using Microsoft.Extensions.Options;
using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>What <c>/status</c> answers: state of the start and the connection, agents, counters, latencies, database.</summary>
internal sealed class StatusReporter(
    HostManifest manifest,
    IOptions<MattermostSettings> mattermost,
    MattermostListener listener,
    GatewayMetrics metrics,
    IAgentDirectory directory,
    GatewayStateStore store,
    GatewayStartup startup,
    GatewayOptions options)
{
    private readonly DateTimeOffset _startedAt = options.TimeProvider.GetUtcNow();

    public StatusReport Report()
    {
        static DateTimeOffset? At(long ms) => ms == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
        var waiting = startup.Waiting;
        var connection = listener.Status;
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
            _startedAt,
            new MattermostStatus(mattermost.Value.Url.ToString(), manifest.Mattermost!.Bot, connection.State.ToString().ToLowerInvariant(), connection.LastConnectedAt, At(metrics.LastMessageMs), lastSync),
            [.. directory.Agents.Select(a => new AgentStatus(a.Id, a.DisplayName, a.ModelName, a.Declaration is not null, a.Declaration?.Channel, options.WorkspaceSync?.Invoke(a.Id)))],
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
}
