using System.Net;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

public sealed class MattermostClientTests
{
    [Fact]
    public async Task GetMe_returns_the_bot()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);

        var me = await client.GetMeAsync(Ct);

        Assert.Equal(fake.Bot.Id, me.Id);
        Assert.Equal("nixclaw", me.Username);
        Assert.True(me.IsBot);
    }

    [Fact]
    public async Task Bad_token_is_a_typed_401_and_not_retried()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake, token: "wrong-token");

        var ex = await Assert.ThrowsAsync<MattermostApiException>(() => client.GetMeAsync(Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("api.context.session_expired.app_error", ex.ErrorId);
        Assert.Equal(26, ex.RequestId?.Length);
        Assert.DoesNotContain("wrong-token", ex.Message, StringComparison.Ordinal);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Users_and_teams_are_looked_up_by_name()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        using var client = Client(fake);

        Assert.Equal(alice.Id, (await client.GetUserByUsernameAsync("@alice", Ct)).Id);
        Assert.Equal("alice", (await client.GetUserAsync(alice.Id, Ct)).Username);
        Assert.Null(await client.FindUserByUsernameAsync("nobody", Ct));
        var missing = await Assert.ThrowsAsync<MattermostApiException>(() => client.GetUserByUsernameAsync("nobody", Ct));
        Assert.Equal("app.user.get_by_username.app_error", missing.ErrorId);
        Assert.True(missing.IsNotFound);

        var team = await client.GetTeamByNameAsync("homelab", Ct);
        Assert.Equal(fake.Team.Id, team.Id);
        Assert.Equal(fake.Team.Id, Assert.Single(await client.GetMyTeamsAsync(Ct)).Id);
        var noTeam = await Assert.ThrowsAsync<MattermostApiException>(() => client.GetTeamByNameAsync("other", Ct));
        Assert.Equal(HttpStatusCode.NotFound, noTeam.StatusCode);
    }

    [Fact]
    public async Task Channel_lifecycle_create_find_archive_restore()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);
        var teamId = fake.Team.Id;
        Assert.Empty(await client.GetMyChannelsAsync(teamId, Ct));

        var created = await client.CreateChannelAsync(teamId, "coder", "Coder", isPrivate: true, purpose: "agent coder", cancellationToken: Ct);
        Assert.Equal("P", created.Type);
        Assert.Equal("agent coder", created.Purpose);
        Assert.False(created.IsArchived);
        Assert.Equal(created.Id, (await client.FindChannelByNameAsync(teamId, "coder", includeDeleted: false, Ct))?.Id);
        Assert.Equal(created.Id, Assert.Single(await client.GetMyChannelsAsync(teamId, Ct)).Id);

        var duplicate = await Assert.ThrowsAsync<MattermostApiException>(() => client.CreateChannelAsync(teamId, "coder", "Coder", cancellationToken: Ct));
        Assert.Equal("store.sql_channel.save_channel.exists.app_error", duplicate.ErrorId);

        await client.ArchiveChannelAsync(created.Id, Ct);
        await client.ArchiveChannelAsync(created.Id, Ct); // idempotent
        Assert.Null(await client.FindChannelByNameAsync(teamId, "coder", includeDeleted: false, Ct));
        var archived = await client.FindChannelByNameAsync(teamId, "coder", includeDeleted: true, Ct);
        Assert.True(archived?.IsArchived);
        Assert.True((await client.GetChannelAsync(created.Id, Ct)).IsArchived);
        var blocked = await Assert.ThrowsAsync<MattermostApiException>(() => client.CreateChannelAsync(teamId, "coder", "Coder", cancellationToken: Ct));
        Assert.Equal("store.sql_channel.save_channel.exists.app_error", blocked.ErrorId);
        var toArchived = await Assert.ThrowsAsync<MattermostApiException>(() => client.CreatePostAsync(created.Id, "hi", cancellationToken: Ct));
        Assert.Equal("api.post.create_post.can_not_post_to_deleted.error", toArchived.ErrorId);

        var restored = await client.RestoreChannelAsync(created.Id, Ct);
        Assert.False(restored.IsArchived);
        Assert.False((await client.RestoreChannelAsync(created.Id, Ct)).IsArchived); // idempotent
        Assert.Equal(created.Id, (await client.FindChannelByNameAsync(teamId, "coder", includeDeleted: false, Ct))?.Id);
    }

    [Theory]
    [InlineData("Coder")]
    [InlineData("-coder")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234x")]
    public async Task Invalid_channel_names_fail_before_any_request(string name)
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateChannelAsync(fake.Team.Id, name, "X", cancellationToken: Ct));

        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Members_are_added_idempotently_and_listed()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var outsider = fake.AddUser("outsider", joinTeam: false);
        using var client = Client(fake);
        var channel = await client.CreateChannelAsync(fake.Team.Id, "research", "Research", cancellationToken: Ct);

        Assert.False(await client.IsChannelMemberAsync(channel.Id, alice.Id, Ct));
        var first = await client.AddChannelMemberAsync(channel.Id, alice.Id, Ct);
        var second = await client.AddChannelMemberAsync(channel.Id, alice.Id, Ct);

        Assert.Equal(alice.Id, first.UserId);
        Assert.Equal(alice.Id, second.UserId);
        Assert.True(await client.IsChannelMemberAsync(channel.Id, alice.Id, Ct));
        var members = await client.GetChannelMembersAsync(channel.Id, Ct);
        Assert.Equal(new[] { alice.Id, fake.Bot.Id }.Order(StringComparer.Ordinal), members.Select(m => m.UserId).Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<MattermostApiException>(() => client.AddChannelMemberAsync(channel.Id, outsider.Id, Ct));
        var onTeam = fake.AddUser("late");
        await client.AddTeamMemberAsync(fake.Team.Id, onTeam.Id, Ct);
        Assert.Equal(onTeam.Id, (await client.AddChannelMemberAsync(channel.Id, onTeam.Id, Ct)).UserId);
    }

    [Fact]
    public async Task Posts_thread_replies_and_since_catch_up()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        using var client = Client(fake);
        var channel = fake.CreateChannel("general-ai", members: alice);
        var fakeChannel = channel;
        var before = fake.PostsIn(fakeChannel).Max(p => p.UpdateAt);

        var rootId = await fake.PostAsUserAsync(alice, fakeChannel, "question?", cancellationToken: Ct);
        var reply = await client.CreatePostAsync(channel.Id, "answer", rootId, Ct);
        var second = await client.CreatePostAsync(channel.Id, "more", rootId, Ct);

        Assert.Equal(rootId, reply.RootId);
        Assert.StartsWith(fake.Bot.Id + ":", reply.PendingPostId, StringComparison.Ordinal);
        Assert.NotEqual(reply.PendingPostId, second.PendingPostId);
        var since = await client.GetPostsSinceAsync(channel.Id, before, Ct);
        Assert.Equal([second.Id, reply.Id, rootId], since.Order);
        Assert.Equal(["question?", "answer", "more"], since.InChronologicalOrder().Select(p => p.Message));
        var onlyLast = await client.GetPostsSinceAsync(channel.Id, reply.UpdateAt, Ct);
        Assert.Equal([second.Id], onlyLast.Order);
        Assert.True(onlyLast.Posts.ContainsKey(rootId)); // root of a returned reply rides along
        Assert.Equal("answer", (await client.GetPostAsync(reply.Id, Ct)).Message);

        var replyToReply = await Assert.ThrowsAsync<MattermostApiException>(() => client.CreatePostAsync(channel.Id, "x", reply.Id, Ct));
        Assert.Equal("api.post.create_post.root_id.app_error", replyToReply.ErrorId);
    }

    [Fact]
    public async Task Posts_are_edited_and_deleted_and_since_reports_both()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);
        var channel = fake.CreateChannel("edits");
        var post = await client.CreatePostAsync(channel.Id, "draft", cancellationToken: Ct);

        var edited = await client.UpdatePostMessageAsync(post.Id, "final", Ct);
        Assert.Equal("final", edited.Message);
        Assert.True(edited.EditAt > 0);
        Assert.Equal("final", Assert.Single(await client.GetPostsSinceAsync(channel.Id, post.UpdateAt, Ct) is var list ? list.InChronologicalOrder() : []).Message);

        await client.DeletePostAsync(post.Id, Ct);
        var deleted = (await client.GetPostsSinceAsync(channel.Id, edited.UpdateAt, Ct)).InChronologicalOrder().Single();
        Assert.True(deleted.DeleteAt > 0);
        Assert.Equal("", deleted.Message);
        var gone = await Assert.ThrowsAsync<MattermostApiException>(() => client.DeletePostAsync(post.Id, Ct));
        Assert.True(gone.IsNotFound);
    }

    [Fact]
    public async Task Typing_is_sent_through_rest()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);
        var channel = fake.CreateChannel("typing");

        await client.SendTypingAsync(channel.Id, cancellationToken: Ct);

        Assert.Contains(fake.Requests, r => r is { Method: "POST", Path: "/api/v4/users/me/typing", Status: 200 });
    }

    [Fact]
    public async Task Rate_limit_429_honours_retry_after_then_succeeds()
    {
        await using var fake = await StartAsync();
        var time = new RecordingTimeProvider();
        using var client = Client(fake, time: time);
        fake.Faults.RateLimitNext(2, retryAfterSeconds: 3);

        var me = await client.GetMeAsync(Ct);

        Assert.Equal(fake.Bot.Id, me.Id);
        Assert.Equal([429, 429, 200], fake.Requests.Select(r => r.Status));
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], time.Delays.Where(d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(29)));
    }

    [Fact]
    public async Task Rate_limit_429_is_plain_text_and_typed_when_retries_run_out()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake, maxRetries: 1);
        fake.Faults.RateLimitNext(5, retryAfterSeconds: 1);

        var ex = await Assert.ThrowsAsync<MattermostApiException>(() => client.GetMeAsync(Ct));

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Null(ex.ErrorId);
        Assert.Equal("limit exceeded", ex.ServerMessage);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Server_error_on_a_read_is_retried_with_backoff()
    {
        await using var fake = await StartAsync();
        var time = new RecordingTimeProvider();
        using var client = Client(fake, time: time);
        fake.Faults.FailNext(2, 500, pathContains: "/users/me");

        await client.GetMeAsync(Ct);

        Assert.Equal([500, 500, 200], fake.Requests.Select(r => r.Status));
        var delays = time.Delays.Where(d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(29)).ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0], TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));
        Assert.InRange(delays[1], TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Server_error_gives_up_after_max_retries_with_the_server_error_id()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake, maxRetries: 2);
        fake.Faults.FailNext(10, 503);

        var ex = await Assert.ThrowsAsync<MattermostApiException>(() => client.GetMeAsync(Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("api.context.server_busy.app_error", ex.ErrorId);
        Assert.Equal(3, fake.Requests.Count);
    }

    [Fact]
    public async Task Channel_create_is_never_retried_after_a_server_error()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);
        fake.Faults.FailNextAfterHandling(1, 500, pathContains: "/channels");

        var ex = await Assert.ThrowsAsync<MattermostApiException>(() => client.CreateChannelAsync(fake.Team.Id, "once", "Once", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Single(fake.Requests, r => r.Method == "POST" && r.Path == "/api/v4/channels");
        Assert.NotNull(await client.FindChannelByNameAsync(fake.Team.Id, "once", includeDeleted: true, Ct)); // the recovery path
    }

    [Fact]
    public async Task Post_without_pending_post_id_is_not_retried_after_a_server_error()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake, pendingPostIds: false);
        var channel = fake.CreateChannel("noretry");
        fake.Faults.FailNextAfterHandling(1, 500, pathContains: "/posts");

        await Assert.ThrowsAsync<MattermostApiException>(() => client.CreatePostAsync(channel.Id, "hello", cancellationToken: Ct));

        Assert.Single(fake.Requests, r => r.Method == "POST" && r.Path == "/api/v4/posts");
        Assert.Single(fake.UserPostsIn(channel));
    }

    [Fact]
    public async Task Post_with_pending_post_id_is_retried_and_deduplicated_by_the_server()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);
        var channel = fake.CreateChannel("dedupe");
        fake.Faults.FailNextAfterHandling(1, 502, pathContains: "/posts");

        var post = await client.CreatePostAsync(channel.Id, "exactly once", cancellationToken: Ct);

        Assert.Equal([502, 201], fake.Requests.Where(r => r.Path == "/api/v4/posts").Select(r => r.Status));
        var stored = Assert.Single(fake.UserPostsIn(channel));
        Assert.Equal(stored.Id, post.Id);
    }

    [Fact]
    public async Task Post_is_retried_after_429_even_without_pending_post_id()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake, pendingPostIds: false);
        var channel = fake.CreateChannel("limited");
        fake.Faults.RateLimitNext(1, 1, pathContains: "/posts");

        await client.CreatePostAsync(channel.Id, "after the limit", cancellationToken: Ct);

        Assert.Equal([429, 201], fake.Requests.Where(r => r.Path == "/api/v4/posts").Select(r => r.Status));
        Assert.Single(fake.UserPostsIn(channel));
    }

    [Fact]
    public async Task Connection_failures_are_retried_for_reads_then_surface()
    {
        var fake = await StartAsync();
        var url = fake.BaseUrl;
        await fake.DisposeAsync();
        var time = new RecordingTimeProvider();
        using var client = new MattermostClient(new MattermostClientOptions
        {
            BaseUrl = url,
            TokenProvider = MattermostTokens.FromValue("t"),
            TimeProvider = time,
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetMeAsync(Ct));

        Assert.Equal(2, time.Delays.Count(d => d < TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Cancellation_stops_a_delayed_request()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake);
        fake.Faults.Delay = TimeSpan.FromSeconds(30);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetMeAsync(cts.Token));
    }

    [Fact]
    public async Task Token_file_is_read_trimmed_and_reread_after_rotation()
    {
        await using var fake = await StartAsync();
        var other = fake.AddUser("rotated", isBot: true);
        var path = Path.Combine(Path.GetTempPath(), $"nixclaw-mm-token-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(path, fake.Bot.Token + "\n", Ct);
            using var client = new MattermostClient(new MattermostClientOptions { BaseUrl = new Uri(fake.BaseUrl, "api/v4"), TokenProvider = MattermostTokens.FromFile(path) });
            Assert.Equal(fake.Bot.Id, (await client.GetMeAsync(Ct)).Id);

            await File.WriteAllTextAsync(path, other.Token, Ct);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            Assert.Equal(other.Id, (await client.GetMeAsync(Ct)).Id);

            File.Delete(path);
            var missing = await Assert.ThrowsAsync<NixClaw.Runtime.Files.SecretFileException>(() => client.GetMeAsync(Ct));
            Assert.Contains(path, missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
