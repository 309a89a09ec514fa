using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Mattermost;

/// <summary>REST v4 routes of the fake (apis.md §1.5); each returns a status and a body to serialise.</summary>
internal sealed class FakeRestApi(FakeState state)
{
    public (int Status, object Body) Dispatch(FakeUser caller, string method, string[] s, IQueryCollection query, JsonElement body)
    {
        lock (state.Gate)
        {
            return (method, s) switch
            {
                ("GET", ["users", "me"]) => (200, caller.ToWire()),
                ("GET", ["users", "me", "teams"]) => (200, state.TeamsOf(caller.Id).Select(t => t.ToWire()).ToList()),
                ("GET", ["users", var u, "teams", var teamId, "channels"]) => MyChannels(caller, UserId(caller, u), teamId),
                ("GET", ["users", "username", var name]) => (200, state.GetUserByUsername(name).ToWire()),
                ("GET", ["users", var id]) => (200, state.GetUser(id).ToWire()),
                ("POST", ["users", var u, "typing"]) => Typing(caller, UserId(caller, u), body),
                ("GET", ["teams", "name", var teamName, "channels", "name", var name]) =>
                    (200, state.GetChannelByName(caller, state.GetTeamByName(caller, teamName), name, IncludeDeleted(query)).ToWire()),
                ("GET", ["teams", "name", var name]) => (200, state.GetTeamByName(caller, name).ToWire()),
                ("GET", ["teams", var teamId, "channels", "name", var name]) =>
                    (200, state.GetChannelByName(caller, state.GetTeam(teamId), name, IncludeDeleted(query)).ToWire()),
                ("GET", ["teams", var teamId]) => (200, state.GetTeam(teamId).ToWire()),
                ("POST", ["teams", var teamId, "members"]) => AddTeamMember(caller, teamId, body),
                ("POST", ["channels"]) => (201, state.CreateChannel(caller, Str(body, "team_id"), Str(body, "name"), Str(body, "display_name"),
                    Str(body, "type"), Str(body, "purpose"), Str(body, "header")).ToWire()),
                ("GET", ["channels", var id]) => (200, state.GetChannel(caller, id).ToWire()),
                ("DELETE", ["channels", var id]) => Archive(caller, id, query),
                ("POST", ["channels", var id, "restore"]) => (200, state.RestoreChannel(caller, id).ToWire()),
                ("POST", ["channels", var id, "members"]) => AddMembers(caller, id, body),
                ("GET", ["channels", var id, "members"]) => Members(caller, id, query),
                ("GET", ["channels", var id, "members", var userId]) => Member(caller, id, userId),
                ("GET", ["channels", var id, "posts"]) => ChannelPosts(caller, id, query),
                ("POST", ["posts"]) => CreatePost(caller, body),
                ("GET", ["posts", var id]) => (200, state.GetPost(caller, id).ToWire()),
                ("PUT", ["posts", var id, "patch"]) => (200, state.PatchPost(caller, id, StrOrNull(body, "message")).ToWire()),
                ("DELETE", ["posts", var id]) => DeletePost(caller, id),
                _ => throw new FakeApiException(404, "api.context.404.app_error", "Sorry, we could not find the page."),
            };
        }
    }

    private static string UserId(FakeUser caller, string segment) => segment == "me" ? caller.Id : segment;

    private static bool IncludeDeleted(IQueryCollection query) =>
        query.TryGetValue("include_deleted", out var value) && bool.TryParse(value.ToString(), out var include) && include;

    private static string Str(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";

    private static string? StrOrNull(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private (int, object) DeletePost(FakeUser caller, string id)
    {
        state.DeletePost(caller, id);
        return (200, new Dictionary<string, string> { ["status"] = "OK" });
    }

    private static (int Page, int PerPage) Paging(IQueryCollection query)
    {
        var page = int.TryParse(query["page"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? Math.Max(0, p) : 0;
        var perPage = int.TryParse(query["per_page"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pp) ? pp : 60;
        return (page, Math.Clamp(perPage, 1, 200));
    }

    private (int, object) MyChannels(FakeUser caller, string userId, string teamId)
    {
        if (userId != caller.Id && !caller.IsSystemAdmin)
        {
            throw FakeState.Forbidden();
        }

        var channels = state.ChannelsOf(userId, teamId).Select(c => c.ToWire()).ToList();
        if (channels.Count == 0)
        {
            // The real server answers an empty list here with 404.
            throw new FakeApiException(404, "app.channel.get_channels.not_found.app_error", "No channels were found.");
        }

        return (200, channels);
    }

    private (int, object) Typing(FakeUser caller, string userId, JsonElement body)
    {
        state.SendTyping(caller, userId, Str(body, "channel_id"), Str(body, "parent_id"));
        return (200, new Dictionary<string, string> { ["status"] = "OK" });
    }

    private (int, object) AddTeamMember(FakeUser caller, string teamId, JsonElement body)
    {
        var team = state.GetTeam(teamId);
        if (!team.Admins.Contains(caller.Id) && !caller.IsSystemAdmin && Str(body, "user_id") != caller.Id)
        {
            throw FakeState.Forbidden();
        }

        var user = state.GetUser(Str(body, "user_id"));
        state.AddTeamMember(team, user, admin: false);
        return (201, new Dictionary<string, object?> { ["team_id"] = teamId, ["user_id"] = user.Id, ["roles"] = "team_user", ["delete_at"] = 0 });
    }

    private (int, object) Archive(FakeUser caller, string id, IQueryCollection query)
    {
        var permanent = query.TryGetValue("permanent", out var value) && bool.TryParse(value.ToString(), out var p) && p;
        state.ArchiveChannel(caller, id, permanent);
        return (200, new Dictionary<string, string> { ["status"] = "OK" });
    }

    private (int, object) AddMembers(FakeUser caller, string channelId, JsonElement body)
    {
        if (Str(body, "user_id") is { Length: > 0 } single)
        {
            state.AddChannelMembers(caller, channelId, [single]);
            var channel = state.GetChannel(caller, channelId);
            return (201, channel.MemberToWire(single, caller.Id));
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("user_ids", out var ids) && ids.ValueKind == JsonValueKind.Array
            && ids.GetArrayLength() is > 0 and <= 1000)
        {
            var added = state.AddChannelMembers(caller, channelId, [.. ids.EnumerateArray().Select(i => i.GetString() ?? "")]);
            var channel = state.GetChannel(caller, channelId);
            return (201, added.Select(u => channel.MemberToWire(u, caller.Id)).ToList());
        }

        throw FakeState.InvalidParam("user_id or user_ids");
    }

    private (int, object) Members(FakeUser caller, string channelId, IQueryCollection query)
    {
        var channel = state.GetChannel(caller, channelId);
        var (page, perPage) = Paging(query);
        return (200, channel.Members.Keys.Order(StringComparer.Ordinal).Skip(page * perPage).Take(perPage)
            .Select(u => channel.MemberToWire(u, caller.Id)).ToList());
    }

    private (int, object) Member(FakeUser caller, string channelId, string userId)
    {
        var channel = state.GetChannel(caller, channelId);
        if (!channel.Members.ContainsKey(userId))
        {
            throw new FakeApiException(404, "app.channel.get_member.missing.app_error", "No channel member found for that user ID and channel ID.");
        }

        return (200, channel.MemberToWire(userId, caller.Id));
    }

    private (int, object) ChannelPosts(FakeUser caller, string channelId, IQueryCollection query)
    {
        state.GetChannel(caller, channelId);
        var all = state.PostsOf(channelId);
        List<FakePost> selected;
        if (long.TryParse(query["since"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var since) && since > 0)
        {
            // since wins over page/before/after: everything updated after it (new, edited, deleted), newest first, cap 1000.
            selected = [.. all.Where(p => p.UpdateAt > since).OrderByDescending(p => p.CreateAt).Take(1000)];
        }
        else
        {
            var (page, perPage) = Paging(query);
            selected = [.. all.Where(p => p.DeleteAt == 0).OrderByDescending(p => p.CreateAt).Skip(page * perPage).Take(perPage)];
        }

        var posts = selected.ToDictionary(p => p.Id, p => (object)p.ToWire(), StringComparer.Ordinal);
        foreach (var reply in selected.Where(p => p.RootId.Length > 0))
        {
            // Root posts of returned replies are included in posts (not in order).
            if (!posts.ContainsKey(reply.RootId) && all.FirstOrDefault(p => p.Id == reply.RootId) is { } root)
            {
                posts[root.Id] = root.ToWire();
            }
        }

        return (200, new Dictionary<string, object?>
        {
            ["order"] = selected.Select(p => p.Id).ToList(),
            ["posts"] = posts,
            ["next_post_id"] = "",
            ["prev_post_id"] = "",
            ["first_inaccessible_post_time"] = 0,
        });
    }

    private (int, object) CreatePost(FakeUser caller, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw FakeState.InvalidParam("post");
        }

        var (post, _) = state.CreatePost(caller, Str(body, "channel_id"), Str(body, "message"), Str(body, "root_id"), Str(body, "pending_post_id"), Str(body, "type"));
        return (201, post.ToWire());
    }
}
