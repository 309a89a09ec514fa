using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// Where a turn reads the conversation so far: the state database for the gateway (the reply's post records the
/// update in the same transaction), memory for a terminal chat.
/// </summary>
internal interface ISessionHistory
{
    /// <summary>The session's messages, oldest first (empty when new).</summary>
    IReadOnlyList<SessionMessage> Load(string sessionKey);
}
