namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>What one turn answers, wherever the message came from.</summary>
/// <param name="SessionKey">The conversation the turn continues (a channel thread, a terminal chat).</param>
/// <param name="ChannelName">The Mattermost channel named in the system prompt; empty outside Mattermost.</param>
/// <param name="SenderName">Who wrote the message (the model sees it as the author's name).</param>
/// <param name="Text">The message, after trigger handling.</param>
internal sealed record AgentTurn(string SessionKey, string ChannelName, string SenderName, string Text);
