namespace NixClaw.Runtime.Roster;

/// <summary>A route binding from <c>bindings.json5</c> (only <c>type: "route"</c> bindings become these).</summary>
/// <param name="AgentId">The agent that receives matching messages.</param>
/// <param name="Channel">The chat channel plugin, e.g. <c>mattermost</c>.</param>
/// <param name="AccountId">Account id; null means the default account only, <c>*</c> any account.</param>
/// <param name="PeerKind"><c>channel</c>, <c>group</c> or <c>direct</c>; null when the binding has no peer.</param>
/// <param name="PeerId">Mattermost channel id, or <c>*</c> for any peer of that kind; null when the binding has no peer.</param>
public sealed record RosterBinding(string AgentId, string Channel, string? AccountId, string? PeerKind, string? PeerId);
