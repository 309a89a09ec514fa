using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Handles one delivered post: ignore own posts, unbound channels, senders not allowed and posts that do not
/// address the bot; claim it (at most once); run the agent with a typing indicator; post the reply in the thread;
/// record it answered; extend the session. A post an earlier run claimed but never answered is answered now,
/// unless a bot reply made after the post is already in its thread (then that reply is recorded instead).
/// </summary>
internal sealed partial class PostProcessor
{
    private readonly IAgentDirectory _directory;
    private readonly ChatTrigger _trigger;
    private readonly SenderAllowlist _senders;
    private readonly string _botUserId;
    private readonly GatewayStateStore _store;
    private readonly AgentRunner _runner;
    private readonly IChatOutbox _outbox;
    private readonly GatewayMetrics _metrics;
    private readonly AgentLimits _limits;
    private readonly TimeProvider _time;
    private readonly TimeSpan _typingInterval;
    private readonly ILogger _logger;

    public PostProcessor(
        IAgentDirectory directory,
        ChatTrigger trigger,
        SenderAllowlist senders,
        string botUserId,
        GatewayStateStore store,
        AgentRunner runner,
        IChatOutbox outbox,
        GatewayMetrics metrics,
        AgentLimits limits,
        TimeProvider time,
        TimeSpan typingInterval,
        ILogger logger)
    {
        _directory = directory;
        _trigger = trigger;
        _senders = senders;
        _botUserId = botUserId;
        _store = store;
        _runner = runner;
        _outbox = outbox;
        _metrics = metrics;
        _limits = limits;
        _time = time;
        _typingInterval = typingInterval;
        _logger = logger;
    }

    /// <summary>
    /// Handles <paramref name="post"/>; <paramref name="abandon"/> cuts a running turn short (shutdown).
    /// <paramref name="isRecovered"/> marks a post read back from the state database at start-up.
    /// </summary>
    /// <exception cref="Exception">Posting the reply failed; the claim is released so a redelivery answers it.</exception>
    public async Task<PostOutcome> HandleAsync(InboundPost post, bool isRecovered, CancellationToken abandon)
    {
        ArgumentNullException.ThrowIfNull(post);
        var start = Stopwatch.GetTimestamp();
        _metrics.PostReceived(_time.GetUtcNow().ToUnixTimeMilliseconds());
        var (outcome, modelTime, postTime) = await HandleCoreAsync(post, abandon).ConfigureAwait(false);
        _metrics.Completed(outcome);
        if (isRecovered && outcome is PostOutcome.OwnPost or PostOutcome.UnboundChannel or PostOutcome.SenderNotAllowed or PostOutcome.NotTriggered)
        {
            try
            {
                _store.ForgetDeferred(post.PostId);
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex) when (GatewayStateStore.IsStorageFailure(ex))
            {
                // Clean-up only: the next start finds the deferred post again and forgets it then.
            }
        }

        if (outcome is PostOutcome.Answered or PostOutcome.ErrorReplied)
        {
            var total = Stopwatch.GetElapsedTime(start);
            _metrics.Turn.Record(total);
            _metrics.Overhead.Record(total - modelTime);
            _metrics.Processing.Record(total - modelTime - postTime);
            _metrics.ReplyPost.Record(postTime);
        }

        return outcome;
    }

    private async Task<(PostOutcome Outcome, TimeSpan ModelTime, TimeSpan PostTime)> HandleCoreAsync(InboundPost post, CancellationToken abandon)
    {
        if (post.UserId == _botUserId)
        {
            return (PostOutcome.OwnPost, default, default);
        }

        var agent = _directory.Route(post);
        if (agent is null)
        {
            return (PostOutcome.UnboundChannel, default, default);
        }

        if (!_senders.IsAllowed(post))
        {
            LogNotAllowed(post.PostId, post.UserId, post.SenderName, post.FromWebhook);
            return (PostOutcome.SenderNotAllowed, default, default);
        }

        var text = _trigger.Match(post.Message);
        if (text is null)
        {
            return (PostOutcome.NotTriggered, default, default);
        }

        var claim = await _store.TryClaimAsync(post, abandon).ConfigureAwait(false);
        switch (claim)
        {
            case ClaimOutcome.InFlight or ClaimOutcome.AlreadyAnswered:
                return (PostOutcome.Duplicate, default, default);
            case ClaimOutcome.GivenUp:
                LogGivenUp(post.PostId, GatewayStateStore.MaxAttempts);
                return (PostOutcome.GivenUp, default, default);
            case ClaimOutcome.Reclaimed when await FindEarlierReplyAsync(post, abandon).ConfigureAwait(false) is { } earlier:
                await _store.MarkAnsweredAsync(post.PostId, earlier, abandon).ConfigureAwait(false);
                LogRecovered(post.PostId, earlier);
                return (PostOutcome.RecoveredReply, default, default);
        }

        AgentReply reply;
        var typing = TypingIndicator.Start(_outbox, post.ChannelId, post.ThreadRootId, _typingInterval, _time);
        try
        {
            reply = await _runner.AnswerAsync(agent, post, text, abandon).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            await _store.ReleaseAsync(post.PostId, abandon).ConfigureAwait(false);
            LogAbandoned(post.PostId, agent.Id);
            return (PostOutcome.Abandoned, default, default);
        }
        catch
        {
            await _store.ReleaseAsync(post.PostId, abandon).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await typing.DisposeAsync().ConfigureAwait(false);
        }

        _metrics.AddModelCalls(reply.ModelCalls);
        string replyId;
        var postStart = Stopwatch.GetTimestamp();
        try
        {
            // Not cancelled by shutdown: once the model has answered, posting is short and must not be cut in half.
            replyId = await _outbox.PostReplyAsync(post, reply.Text, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            await _store.ReleaseAsync(post.PostId, abandon).ConfigureAwait(false);
            throw;
        }

        var postTime = Stopwatch.GetElapsedTime(postStart);
        await _store.RecordAnswerAsync(post.PostId, replyId, reply.IsError ? null : reply.SessionKey, reply.SessionUpdate, _limits.MaxSessionMessages, abandon).ConfigureAwait(false);

        LogAnswered(post.PostId, agent.Id, replyId, reply.IsError, reply.ModelCalls);
        return (reply.IsError ? PostOutcome.ErrorReplied : PostOutcome.Answered, reply.ModelTime, postTime);
    }

    // Channels are handled one post at a time, so a bot post in the thread after this post that is not recorded as
    // the reply to another post can only be this post's reply, posted just before the earlier run stopped.
    private async Task<string?> FindEarlierReplyAsync(InboundPost post, CancellationToken cancellationToken)
    {
        var candidates = await _outbox.FindBotRepliesAsync(post, post.CreateAt, cancellationToken).ConfigureAwait(false);
        return candidates.FirstOrDefault(id => !_store.IsRecordedReply(id));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId} answered by agent {AgentId} with post {ReplyId} (error reply: {IsError}, model calls: {ModelCalls})")]
    private partial void LogAnswered(string postId, string agentId, string replyId, bool isError, int modelCalls);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId} ignored: user {UserId} (shown as {Sender}, webhook: {FromWebhook}) is not on the allowlist")]
    private partial void LogNotAllowed(string postId, string userId, string sender, bool fromWebhook);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {PostId} given up after {Attempts} claims without an answer")]
    private partial void LogGivenUp(string postId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId} already had reply {ReplyId} from before a restart; recorded, not posted again")]
    private partial void LogRecovered(string postId, string replyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {PostId} for agent {AgentId} abandoned at shutdown; the next start answers it")]
    private partial void LogAbandoned(string postId, string agentId);
}
