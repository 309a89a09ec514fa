using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>
/// <see cref="IAgentChannels"/> on Mattermost: channels in one team, private unless the declarations ask for public ones. Creation follows apis.md §1.6 — look the
/// name up with archived channels included, restore an archived one, create only when absent, and recover a lost
/// create response by looking the name up again.
/// </summary>
public sealed class MattermostAgentChannels : IAgentChannels
{
    private const string ChannelExists = "store.sql_channel.save_channel.exists.app_error";

    private readonly MattermostClient _client;
    private readonly string _teamName;
    private readonly bool _public;
    private string? _teamId;

    /// <param name="client">Client authenticated as the bot (a team admin, so it can restore channels).</param>
    /// <param name="teamName">Team name (<c>MattermostInfo.Team</c>).</param>
    /// <param name="publicChannels">Create public channels (<c>MattermostInfo.PublicAgentChannels</c>); private by default,
    /// so an agent's conversation is visible only to its members.</param>
    public MattermostAgentChannels(MattermostClient client, string teamName, bool publicChannels = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(teamName);
        _client = client;
        _teamName = teamName;
        _public = publicChannels;
    }

    /// <inheritdoc/>
    public async Task<AgentChannel?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var teamId = await TeamIdAsync(cancellationToken).ConfigureAwait(false);
        var channel = await _client.FindChannelByNameAsync(teamId, name, includeDeleted: true, cancellationToken).ConfigureAwait(false);
        return channel is null ? null : ToAgentChannel(channel);
    }

    /// <inheritdoc/>
    public async Task<(AgentChannel Channel, ChannelChange Change)> EnsureAsync(string name, string displayName, string purpose, CancellationToken cancellationToken)
    {
        var teamId = await TeamIdAsync(cancellationToken).ConfigureAwait(false);
        var existing = await _client.FindChannelByNameAsync(teamId, name, includeDeleted: true, cancellationToken).ConfigureAwait(false);
        if (existing is { IsArchived: false })
        {
            return (ToAgentChannel(existing), ChannelChange.Reused);
        }

        if (existing is { IsArchived: true })
        {
            // The (team, name) uniqueness ignores archiving: an archived channel blocks creation, so restore it.
            var restored = await _client.RestoreChannelAsync(existing.Id, cancellationToken).ConfigureAwait(false);
            return (ToAgentChannel(restored), ChannelChange.Restored);
        }

        try
        {
            var created = await _client.CreateChannelAsync(teamId, name, Truncate(displayName, 64), isPrivate: !_public, Truncate(purpose, 250), cancellationToken: cancellationToken).ConfigureAwait(false);
            return (ToAgentChannel(created), ChannelChange.Created);
        }
        catch (MattermostApiException e) when (e.ErrorId == ChannelExists)
        {
            // Created concurrently, or by an attempt whose response was lost.
            var raced = await _client.FindChannelByNameAsync(teamId, name, includeDeleted: true, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Mattermost says channel '{name}' exists but it cannot be found.", e);
            return (ToAgentChannel(raced), ChannelChange.Reused);
        }
    }

    /// <inheritdoc/>
    public async Task<bool> EnsureMemberAsync(string channelId, string userName, CancellationToken cancellationToken)
    {
        var user = await _client.FindUserByUsernameAsync(userName, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Mattermost user '{userName}' does not exist.");
        if (await _client.IsChannelMemberAsync(channelId, user.Id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            await _client.AddChannelMemberAsync(channelId, user.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (MattermostApiException e) when ((int)e.StatusCode is 400 or 403 or 404)
        {
            // A user who is not in the team cannot join its channels: add them to the team, then try once more.
            var teamId = await TeamIdAsync(cancellationToken).ConfigureAwait(false);
            await _client.AddTeamMemberAsync(teamId, user.Id, cancellationToken).ConfigureAwait(false);
            await _client.AddChannelMemberAsync(channelId, user.Id, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <inheritdoc/>
    public async Task<bool> ArchiveAsync(string name, CancellationToken cancellationToken)
    {
        var teamId = await TeamIdAsync(cancellationToken).ConfigureAwait(false);
        var channel = await _client.FindChannelByNameAsync(teamId, name, includeDeleted: true, cancellationToken).ConfigureAwait(false);
        if (channel is null || channel.IsArchived)
        {
            return false;
        }

        await _client.ArchiveChannelAsync(channel.Id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<string> TeamIdAsync(CancellationToken cancellationToken) =>
        _teamId ??= (await _client.GetTeamByNameAsync(_teamName, cancellationToken).ConfigureAwait(false)).Id;

    private static AgentChannel ToAgentChannel(MattermostChannel channel) => new(channel.Id, channel.Name, channel.IsArchived);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
