using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Sessions of channel threads, as the state database keeps them.</summary>
internal sealed class StoredSessionHistory(GatewayStateStore store) : ISessionHistory
{
    /// <inheritdoc/>
    public IReadOnlyList<SessionMessage> Load(string sessionKey) => store.LoadSession(sessionKey);
}
