using NixClaw.Json5;

namespace NixClaw.Runtime.Roster.Validation;

/// <summary>
/// Validates <c>bindings.json5</c> (the array OpenClaw reads as <c>bindings</c>): closed key sets at every level,
/// enum values, required members, and that every <c>agentId</c> names a known agent.
/// </summary>
internal static class BindingsFileChecker
{
    private static readonly HashSet<string> BindingKeys = ["type", "agentId", "comment", "match", "session", "acp"];
    private static readonly HashSet<string> MatchKeys = ["channel", "accountId", "peer", "guildId", "teamId", "roles"];
    private static readonly HashSet<string> PeerKeys = ["kind", "id"];
    private static readonly HashSet<string> SessionKeys = ["dmScope", "groupScope"];

    /// <summary>Checks the file; returns the Mattermost route bindings when this file has no errors.</summary>
    /// <param name="checker">The file.</param>
    /// <param name="knownAgentIds">Declared and file agent ids; null when agents.json5 is too broken to tell.</param>
    /// <param name="warnings">Receives the warnings.</param>
    public static IReadOnlyList<RosterBinding> Check(FileChecker checker, IReadOnlySet<string>? knownAgentIds, List<RosterError> warnings)
    {
        var path = ConfigPath.Root("bindings");
        var root = checker.Document.Root;
        var bindings = new List<RosterBinding>();
        if (!checker.Expect(root, Json5ValueKind.Array, path))
        {
            return bindings;
        }

        var array = root.AsArray();
        for (var i = 0; i < array.Count; i++)
        {
            if (CheckBinding(checker, array[i], path.Index(i), knownAgentIds, warnings) is { } binding)
            {
                bindings.Add(binding);
            }
        }

        return bindings;
    }

    private static RosterBinding? CheckBinding(
        FileChecker checker, Json5Value value, ConfigPath path, IReadOnlySet<string>? knownAgentIds, List<RosterError> warnings)
    {
        if (!checker.Expect(value, Json5ValueKind.Object, path))
        {
            return null;
        }

        var obj = value.AsObject();
        var errorsBefore = checker.ErrorCount;
        checker.CheckKeys(obj, path, BindingKeys);
        var type = checker.OptionalEnum(obj, "type", path, "route", "acp") ?? "route";
        if (obj.TryGetValue("acp", out var acp) && type == "route")
        {
            checker.Error(path.Member("acp"), "acp is only allowed when type is \"acp\"");
        }
        else if (acp is not null)
        {
            _ = checker.Expect(acp, Json5ValueKind.Object, path.Member("acp"));
        }

        var agentId = checker.RequiredString(obj, "agentId", path);
        if (agentId is not null && knownAgentIds is not null && !knownAgentIds.Contains(agentId))
        {
            checker.Error(path.Member("agentId"), $"Unknown agent id \"{agentId}\" (not in agents.entries)");
        }

        _ = checker.OptionalString(obj, "comment", path, nonEmpty: false);
        if (checker.OptionalObject(obj, "session", path) is { } session)
        {
            var at = path.Member("session");
            checker.CheckKeys(session, at, SessionKeys);
            _ = checker.OptionalEnum(session, "dmScope", at, "main", "per-peer", "per-channel-peer", "per-account-channel-peer");
            _ = checker.OptionalEnum(session, "groupScope", at, "main", "per-group");
        }

        var match = CheckMatch(checker, obj, path, agentId);
        if (match is null || checker.ErrorCount != errorsBefore || type != "route" || match.Channel != Roster.MattermostChannel)
        {
            return null;
        }

        // Discord-style scopes cannot be evaluated for Mattermost messages; say so rather than route wrongly.
        var matchObject = obj["match"].AsObject();
        if (matchObject.ContainsKey("guildId") || matchObject.ContainsKey("teamId") || matchObject.ContainsKey("roles"))
        {
            warnings.Add(checker.At(path.Member("match"), "guildId, teamId and roles are not matched by NixClaw; this binding is ignored"));
            return null;
        }

        return match;
    }

    private static RosterBinding? CheckMatch(FileChecker checker, Json5Object binding, ConfigPath path, string? agentId)
    {
        if (!binding.ContainsKey("match"))
        {
            checker.Error(path.Member("match"), "Required", path);
            return null;
        }

        var match = checker.OptionalObject(binding, "match", path);
        if (match is null)
        {
            return null;
        }

        var at = path.Member("match");
        checker.CheckKeys(match, at, MatchKeys);
        var channel = checker.RequiredString(match, "channel", at);
        var accountId = checker.OptionalString(match, "accountId", at);
        _ = checker.OptionalString(match, "guildId", at);
        _ = checker.OptionalString(match, "teamId", at);
        checker.OptionalStringArray(match, "roles", at);

        string? kind = null, id = null;
        if (checker.OptionalObject(match, "peer", at) is { } peer)
        {
            var peerPath = at.Member("peer");
            checker.CheckKeys(peer, peerPath, PeerKeys);
            if (!peer.ContainsKey("kind"))
            {
                checker.Error(peerPath.Member("kind"), "Required", peerPath);
            }

            kind = checker.OptionalEnum(peer, "kind", peerPath, "channel", "group", "direct");
            id = checker.RequiredString(peer, "id", peerPath);
        }

        return channel is null || agentId is null ? null : new RosterBinding(agentId, channel, accountId, kind, id);
    }
}
