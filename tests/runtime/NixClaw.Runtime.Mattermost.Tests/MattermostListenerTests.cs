using System.Net;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

public sealed class MattermostListenerTests
{
    [Fact]
    public async Task Posted_events_become_incoming_posts()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", isPrivate: true, members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake);
        var status = harness.Listener.Status;

        var rootId = await fake.PostAsUserAsync(alice, channel, "hello @nixclaw", cancellationToken: Ct);
        var replyId = await fake.PostAsUserAsync(alice, channel, "in thread", rootId, Ct);
        await harness.WaitForPostsAsync(2);

        var root = harness.Received[0];
        Assert.Equal(rootId, root.Id);
        Assert.Equal(channel.Id, root.ChannelId);
        Assert.Equal("coder", root.ChannelName);
        Assert.Equal("P", root.ChannelType);
        Assert.Equal(fake.Team.Id, root.TeamId);
        Assert.Equal(alice.Id, root.UserId);
        Assert.Equal("@alice", root.SenderName);
        Assert.Equal("hello @nixclaw", root.Message);
        Assert.Equal("", root.RootId);
        Assert.Equal(rootId, root.ThreadRootId);
        Assert.False(root.FromCatchUp);
        Assert.True(root.CreateAt > 0);
        var reply = harness.Received[1];
        Assert.Equal(replyId, reply.Id);
        Assert.Equal(rootId, reply.RootId);
        Assert.Equal(rootId, reply.ThreadRootId);
        Assert.Equal(MattermostConnectionState.Connected, status.State);
        Assert.NotNull(status.ConnectionId);
        Assert.NotNull(status.LastConnectedAt);
        // Every frame stamps LastEventAt (the hello at least before the first post; the posts since).
        var before = status.LastEventAt ?? DateTimeOffset.MinValue;
        var after = harness.Listener.Status.LastEventAt;
        Assert.NotNull(after);
        Assert.True(after >= before && after <= DateTimeOffset.UtcNow, $"LastEventAt {after:O} after {before:O}");
        Assert.Equal(TimeSpan.Zero, after.Value.Offset);
    }

    [Fact]
    public async Task Own_posts_and_system_posts_are_ignored()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var bob = fake.AddUser("bob");
        var channel = fake.CreateChannel("general-ai", members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake);

        await harness.Client.CreatePostAsync(channel.Id, "bot speaking", cancellationToken: Ct);
        await harness.Client.AddChannelMemberAsync(channel.Id, bob.Id, Ct); // a system_add_to_channel post
        await fake.PostAsUserAsync(alice, channel, "from alice", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);
        await harness.SettleAsync(catchUps: 1);

        var only = Assert.Single(harness.Received);
        Assert.Equal("from alice", only.Message);
        Assert.Contains(fake.PostsIn(channel), p => p.Type == "system_add_to_channel");
    }

    [Fact]
    public async Task Bad_token_fails_start_with_a_typed_401()
    {
        await using var fake = await StartAsync();
        using var client = Client(fake, token: "not-a-token");
        await using var listener = new MattermostListener(client, new InMemoryMattermostCursorStore(), ListenerHarness.FastOptions());

        var ex = await Assert.ThrowsAsync<MattermostApiException>(() => listener.StartAsync(Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal(0, fake.OpenSocketCount);
    }

    [Fact]
    public async Task Token_revoked_while_running_ends_in_faulted_state()
    {
        // The WebSocket with a bad header token is upgraded and then closed after the auth timeout; after repeated
        // failures the listener asks REST, which says 401, and stops instead of retrying for ever.
        await using var fake = await StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"nixclaw-mm-token-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(path, fake.Bot.Token, Ct);
            using var client = new MattermostClient(new MattermostClientOptions { BaseUrl = fake.BaseUrl, TokenProvider = MattermostTokens.FromFile(path) });
            await using var listener = new MattermostListener(client, new InMemoryMattermostCursorStore(), ListenerHarness.FastOptions());
            await listener.StartAsync(Ct);
            await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Connected, "connected");

            await File.WriteAllTextAsync(path, "revoked", Ct);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            fake.DropAllSockets();

            await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Faulted, "faulted", 20_000);
            Assert.Contains("401", listener.Status.LastError, StringComparison.Ordinal);
            Assert.True(listener.Posts.Completion.IsCompleted);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Socket_dropped_mid_stream_resumes_without_loss_or_duplicates()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake, ListenerHarness.FastOptions(reconnect: TimeSpan.FromMilliseconds(400)));
        await harness.SettleAsync(catchUps: 1);

        for (var i = 0; i < 10; i++)
        {
            await fake.PostAsUserAsync(alice, channel, $"before {i}", cancellationToken: Ct);
        }

        fake.DropAllSockets();
        await WaitUntilAsync(() => harness.Listener.Status.State == MattermostConnectionState.Reconnecting, "listener noticed the drop");
        for (var i = 0; i < 10; i++)
        {
            // The listener is away: these wait in the server's dead queue.
            await fake.PostAsUserAsync(alice, channel, $"during {i}", cancellationToken: Ct);
        }

        await WaitUntilAsync(() => harness.Listener.Status.State == MattermostConnectionState.Connected, "reconnected");
        for (var i = 0; i < 10; i++)
        {
            await fake.PostAsUserAsync(alice, channel, $"after {i}", cancellationToken: Ct);
        }

        await harness.WaitForPostsAsync(30);
        await harness.SettleAsync(catchUps: 1);

        var expected = fake.UserPostsIn(channel).Select(p => p.Id).ToArray();
        Assert.Equal(30, expected.Length);
        Assert.Equal(expected, harness.Received.Select(p => p.Id)); // every post, once, in order
        Assert.All(harness.Received, p => Assert.False(p.FromCatchUp));
        Assert.Equal(1, fake.ConnectionIdsIssued);
        Assert.Equal(1, harness.Listener.Status.Resumes);
        Assert.Equal(1, harness.Listener.Status.CatchUps);
    }

    [Fact]
    public async Task Server_restart_gives_a_new_connection_id_and_rest_catch_up_delivers_every_post()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var coder = fake.CreateChannel("coder", members: alice);
        var research = fake.CreateChannel("research", members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake, ListenerHarness.FastOptions(reconnect: TimeSpan.FromMilliseconds(800)));
        await harness.SettleAsync(catchUps: 1);
        for (var i = 0; i < 5; i++)
        {
            await fake.PostAsUserAsync(alice, coder, $"before {i}", cancellationToken: Ct);
        }

        await harness.WaitForPostsAsync(5);
        var firstConnection = harness.Listener.Status.ConnectionId;

        await fake.RestartAsync(cancellationToken: Ct);
        for (var i = 0; i < 5; i++)
        {
            // Made before the listener is back: no socket can carry them, only REST catch-up.
            await fake.PostAsUserAsync(alice, coder, $"gap coder {i}", cancellationToken: Ct);
            await fake.PostAsUserAsync(alice, research, $"gap research {i}", cancellationToken: Ct);
        }

        await harness.WaitForPostsAsync(15);
        await harness.SettleAsync(catchUps: 2);
        for (var i = 0; i < 3; i++)
        {
            await fake.PostAsUserAsync(alice, research, $"after {i}", cancellationToken: Ct);
        }

        await harness.WaitForPostsAsync(18);
        await Task.Delay(150, Ct);

        var expected = fake.UserPostsIn(coder).Concat(fake.UserPostsIn(research)).Select(p => p.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, harness.Received.Select(p => p.Id).Order(StringComparer.Ordinal)); // all 18, no duplicates
        Assert.Equal(10, harness.Received.Count(p => p.FromCatchUp));
        Assert.All(harness.Received.Where(p => p.FromCatchUp), p => Assert.StartsWith("gap", p.Message, StringComparison.Ordinal));
        var fromCatchUp = harness.Received.First(p => p.FromCatchUp && p.ChannelId == research.Id);
        Assert.Equal("research", fromCatchUp.ChannelName);
        Assert.Equal("@alice", fromCatchUp.SenderName);
        Assert.Equal(fake.Team.Id, fromCatchUp.TeamId);
        Assert.NotEqual(firstConnection, harness.Listener.Status.ConnectionId);
        Assert.Equal(2, fake.ConnectionIdsIssued);
    }

    [Fact]
    public async Task Long_outage_is_not_resumed_but_caught_up_through_rest()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        var options = ListenerHarness.FastOptions(reconnect: TimeSpan.FromMilliseconds(600), maxResumeAge: TimeSpan.FromMilliseconds(1));
        await using var harness = await ListenerHarness.StartAsync(fake, options);
        await harness.SettleAsync(catchUps: 1);
        await fake.PostAsUserAsync(alice, channel, "first", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);

        fake.DropAllSockets();
        await WaitUntilAsync(() => harness.Listener.Status.State == MattermostConnectionState.Reconnecting, "listener noticed the drop");
        for (var i = 0; i < 4; i++)
        {
            await fake.PostAsUserAsync(alice, channel, $"while away {i}", cancellationToken: Ct);
        }

        await harness.WaitForPostsAsync(5);
        await harness.SettleAsync(catchUps: 2);

        Assert.Equal(fake.UserPostsIn(channel).Select(p => p.Id), harness.Received.Select(p => p.Id));
        Assert.Equal(4, harness.Received.Count(p => p.FromCatchUp));
        Assert.Equal(2, fake.ConnectionIdsIssued);
        Assert.Equal(0, harness.Listener.Status.Resumes);
    }

    [Fact]
    public async Task Sequence_gap_that_cannot_be_resumed_is_caught_up_once()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake);
        await harness.SettleAsync(catchUps: 1);

        fake.Faults.SkipNextSequenceNumber = true;
        await fake.PostAsUserAsync(alice, channel, "after a lost event", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);
        await harness.SettleAsync(catchUps: 2);
        await fake.PostAsUserAsync(alice, channel, "live again", cancellationToken: Ct);
        await harness.WaitForPostsAsync(2);
        await Task.Delay(150, Ct);

        Assert.Equal(["after a lost event", "live again"], harness.Received.Select(p => p.Message));
        Assert.True(harness.Received[0].FromCatchUp);
        Assert.False(harness.Received[1].FromCatchUp);
        Assert.Equal(2, fake.ConnectionIdsIssued);
    }

    [Fact]
    public async Task Unanswered_pings_mark_a_half_open_socket_dead_and_it_reconnects()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        var options = new MattermostListenerOptions
        {
            PingInterval = TimeSpan.FromMilliseconds(150),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(100),
        };
        await using var harness = await ListenerHarness.StartAsync(fake, options);
        var connects = harness.Listener.Status.Connects;

        fake.Faults.IgnoreWebSocketPings = true;
        await WaitUntilAsync(() => harness.Listener.Status.LastError == "no reply to ping", "the socket declared dead");
        fake.Faults.IgnoreWebSocketPings = false;
        await WaitUntilAsync(() => harness.Listener.Status.Connects > connects, "a reconnect");
        await fake.PostAsUserAsync(alice, channel, "still here", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);

        Assert.Equal("still here", Assert.Single(harness.Received).Message);
    }

    [Fact]
    public async Task Start_catches_up_channels_with_cursors_posts_made_while_the_gateway_was_down()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        var handled = await fake.PostAsUserAsync(alice, channel, "handled before the restart", cancellationToken: Ct);
        var cursors = new InMemoryMattermostCursorStore();
        await cursors.SetCursorAsync(channel.Id, fake.UserPostsIn(channel).Single(p => p.Id == handled).UpdateAt, Ct);
        await fake.PostAsUserAsync(alice, channel, "missed 1", cancellationToken: Ct);
        await fake.PostAsUserAsync(alice, channel, "missed 2", cancellationToken: Ct);

        await using var harness = await ListenerHarness.StartAsync(fake, cursors: cursors);
        await harness.WaitForPostsAsync(2);
        await harness.SettleAsync(catchUps: 1);

        Assert.Equal(["missed 1", "missed 2"], harness.Received.Select(p => p.Message));
        Assert.All(harness.Received, p => Assert.True(p.FromCatchUp));
    }

    [Fact]
    public async Task Catch_up_is_repeated_until_rest_answers()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake, ListenerHarness.FastOptions(reconnect: TimeSpan.FromMilliseconds(300)));
        await harness.SettleAsync(catchUps: 1);

        await fake.RestartAsync(cancellationToken: Ct);
        fake.Faults.FailNext(7, 500, pathContains: "/posts", method: "GET"); // more than one pass of client retries
        await fake.PostAsUserAsync(alice, channel, "during the restart", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);
        await harness.SettleAsync(catchUps: 2);

        Assert.Equal("during the restart", Assert.Single(harness.Received).Message);
        Assert.Equal(7, fake.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/posts", StringComparison.Ordinal) && r.Status == 500));
    }

    [Fact]
    public async Task Catch_up_skips_posts_deleted_in_the_gap_and_delivers_edited_ones_once()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        using var aliceClient = Client(fake, token: alice.Token);
        await using var harness = await ListenerHarness.StartAsync(fake, ListenerHarness.FastOptions(reconnect: TimeSpan.FromMilliseconds(800)));
        await harness.SettleAsync(catchUps: 1);

        await fake.RestartAsync(cancellationToken: Ct);
        var kept = await fake.PostAsUserAsync(alice, channel, "typo", cancellationToken: Ct);
        var removed = await fake.PostAsUserAsync(alice, channel, "oops", cancellationToken: Ct);
        await aliceClient.UpdatePostMessageAsync(kept, "fixed", Ct);
        await aliceClient.DeletePostAsync(removed, Ct);
        await harness.WaitForPostsAsync(1);
        await harness.SettleAsync(catchUps: 2);

        var only = Assert.Single(harness.Received);
        Assert.Equal(kept, only.Id);
        Assert.Equal("fixed", only.Message);
    }

    [Fact]
    public async Task A_live_post_that_advances_the_cursor_before_catch_up_runs_does_not_hide_the_gap()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        await using var harness = await ListenerHarness.StartAsync(fake, ListenerHarness.FastOptions(reconnect: TimeSpan.FromMilliseconds(300)));
        await harness.SettleAsync(catchUps: 1);
        await fake.PostAsUserAsync(alice, channel, "before", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);
        var firstConnection = harness.Listener.Status.ConnectionId;

        await fake.RestartAsync(cancellationToken: Ct);
        await fake.PostAsUserAsync(alice, channel, "in the gap", cancellationToken: Ct);
        fake.Faults.Delay = TimeSpan.FromMilliseconds(300); // slows the catch-up's REST calls, not the socket
        await WaitUntilAsync(() => harness.Listener.Status.State == MattermostConnectionState.Connected
            && harness.Listener.Status.ConnectionId != firstConnection, "reconnected with a new id");
        await fake.PostAsUserAsync(alice, channel, "live after the gap", cancellationToken: Ct);
        await harness.WaitForPostsAsync(2);
        Assert.Equal("live after the gap", harness.Received[1].Message); // its cursor is now past "in the gap"
        fake.Faults.Delay = TimeSpan.Zero;
        await harness.WaitForPostsAsync(3);
        await harness.SettleAsync(catchUps: 2);

        Assert.Equal(["before", "live after the gap", "in the gap"], harness.Received.Select(p => p.Message));
    }

    [Fact]
    public async Task Stop_completes_the_post_stream_and_reports_stopped()
    {
        await using var fake = await StartAsync();
        var harness = await ListenerHarness.StartAsync(fake);

        await harness.DisposeAsync();

        Assert.Equal(MattermostConnectionState.Stopped, harness.Listener.Status.State);
        Assert.True(harness.Listener.Posts.Completion.IsCompleted);
        await WaitUntilAsync(() => fake.OpenSocketCount == 0, "server saw the close");
    }
}
