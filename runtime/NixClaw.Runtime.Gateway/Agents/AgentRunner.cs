using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// Runs one agent turn: system prompt from the workspace, the thread's session history, the new message, function
/// invocation up to the agent's turn limit, output-token and wall-time limits. A model that fails for good or a turn
/// over its time limit yields one error reply; cancellation by the caller (shutdown) propagates. The gateway and the
/// <c>chat</c> verb share it through the same registrations (<see cref="AgentTurnServices"/>).
/// </summary>
internal sealed class AgentRunner
{
    private readonly ModelCatalog _models;
    private readonly IAgentToolSource _tools;
    private readonly ISessionHistory _sessions;
    private readonly AgentLimits _limits;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly WorkspacePromptCache _prompts;

    public AgentRunner(ModelCatalog models, IAgentToolSource tools, ISessionHistory sessions, IOptions<AgentLimits> limits, TimeProvider time, ILoggerFactory loggerFactory)
    {
        _models = models;
        _tools = tools;
        _sessions = sessions;
        _limits = limits.Value;
        _time = time;
        _loggerFactory = loggerFactory;
        _prompts = new WorkspacePromptCache(loggerFactory.CreateLogger<WorkspacePromptCache>());
    }

    /// <summary>Session key, OpenClaw's shape plus the thread: <c>agent:&lt;id&gt;:mattermost:channel:&lt;channel&gt;:thread:&lt;root&gt;</c>.</summary>
    public static string SessionKey(string agentId, InboundPost post) =>
        $"agent:{agentId}:mattermost:channel:{post.ChannelId}:thread:{post.ThreadRootId}";

    /// <summary>Answers <paramref name="text"/> (the post's message after trigger handling) as <paramref name="agent"/>.</summary>
    public Task<AgentReply> AnswerAsync(ResolvedAgent agent, InboundPost post, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        return AnswerAsync(agent, new AgentTurn(SessionKey(agent.Id, post), post.ChannelName, post.SenderName, text), cancellationToken);
    }

    /// <summary>Answers <paramref name="turn"/> as <paramref name="agent"/>.</summary>
    public async Task<AgentReply> AnswerAsync(ResolvedAgent agent, AgentTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(turn);
        var (sessionKey, text) = (turn.SessionKey, turn.Text);
        var model = _models.Find(agent.ModelName, out var modelName);
        if (model is null)
        {
            return Error(sessionKey, $"⚠️ {agent.DisplayName} cannot answer: its model '{modelName}' is not declared on this host.", null);
        }

        var messages = new List<ChatMessage> { new(ChatRole.System, _prompts.Get(agent, turn.ChannelName)) };
        foreach (var stored in _sessions.Load(sessionKey))
        {
            messages.Add(new ChatMessage(stored.Role == "assistant" ? ChatRole.Assistant : ChatRole.User, stored.Text)
            {
                AuthorName = stored.Author.Length > 0 ? stored.Author : null,
            });
        }

        var user = new ChatMessage(ChatRole.User, text) { AuthorName = AuthorName(turn.SenderName) };
        messages.Add(user);

        var tools = _tools.ToolsFor(agent);
        var options = new ChatOptions { MaxOutputTokens = _limits.MaxOutputTokens };
        if (tools.Count > 0)
        {
            options.Tools = [.. tools];
        }

        var counting = new CountingChatClient(model);
        using var invoking = new FunctionInvokingChatClient(counting, _loggerFactory, new ToolTurnServices(new ToolTurn(turn.ChannelName, turn.SenderName), _loggerFactory))
        {
            MaximumIterationsPerRequest = Math.Max(1, agent.MaxTurns),
            MaximumConsecutiveErrorsPerRequest = 3,
        };
        using var turnTimeout = new CancellationTokenSource(_limits.TurnTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, turnTimeout.Token);
        ChatResponse response;
        try
        {
            response = await invoking.GetResponseAsync(messages, options, linked.Token).ConfigureAwait(false);
        }
        catch (ModelCallFailedException failed)
        {
            return Error(sessionKey, $"⚠️ {agent.DisplayName} could not answer: the model failed after {failed.Attempts} attempt(s) ({failed.Failure.Description}). Please try again later.", counting);
        }
        catch (OperationCanceledException) when (turnTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Error(sessionKey, $"⚠️ {agent.DisplayName} stopped: the turn took longer than its limit of {_limits.TurnTimeout.TotalSeconds:0} s.", counting);
        }

        var answer = response.Text.Trim();
        if (answer.Length == 0)
        {
            answer = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Any()
                ? $"⚠️ {agent.DisplayName} stopped after {counting.Calls} model calls (its turn limit) without a final answer."
                : "(no answer)";
        }

        if (response.FinishReason == ChatFinishReason.Length)
        {
            answer += "\n\n_[cut off at the output token limit]_";
        }

        if (answer.Length > _limits.MaxReplyCharacters)
        {
            answer = answer[.._limits.MaxReplyCharacters] + "\n\n_[truncated]_";
        }

        IReadOnlyList<SessionMessage> update =
        [
            new SessionMessage("user", user.AuthorName ?? "", text),
            new SessionMessage("assistant", "", answer),
        ];
        return new AgentReply(answer, false, sessionKey, update, counting.Calls, counting.Elapsed);
    }

    // OpenAI's "name" must match ^[a-zA-Z0-9_-]{1,64}$; Mattermost user names may also contain '.'.
    private static string? AuthorName(string sender)
    {
        var cleaned = new string([.. sender.TrimStart('@').Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return cleaned.Length == 0 ? null : cleaned[..Math.Min(64, cleaned.Length)];
    }

    private static AgentReply Error(string sessionKey, string text, CountingChatClient? counting) =>
        new(text, true, sessionKey, [], counting?.Calls ?? 0, counting?.Elapsed ?? TimeSpan.Zero);

    // Counts model calls of a turn (function rounds included) and the time spent in them, for the status metrics.
    private sealed class CountingChatClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        private int _calls;
        private long _elapsedTicks;

        public int Calls => Volatile.Read(ref _calls);

        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

        public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Add(ref _elapsedTicks, System.Diagnostics.Stopwatch.GetElapsedTime(start).Ticks);
            }
        }

        // The inner client must outlive the turn: it is shared by every turn of the model.
        protected override void Dispose(bool disposing)
        {
        }
    }
}
