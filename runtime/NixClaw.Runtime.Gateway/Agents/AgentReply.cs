using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>What to post for a turn.</summary>
/// <param name="Text">Reply text.</param>
/// <param name="IsError">Whether it reports a failure instead of an answer.</param>
/// <param name="SessionKey">Session the turn belongs to.</param>
/// <param name="SessionUpdate">Messages to append to the session once the reply is posted.</param>
/// <param name="ModelCalls">Model calls made (tool rounds included).</param>
/// <param name="ModelTime">Time spent waiting for the model (retry waits included).</param>
internal sealed record AgentReply(string Text, bool IsError, string SessionKey, IReadOnlyList<SessionMessage> SessionUpdate, int ModelCalls, TimeSpan ModelTime);
