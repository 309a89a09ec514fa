using System.Text.Json;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

/// <summary>The fake's WebSocket against apis.md §2.6, frame by frame.</summary>
public sealed class FakeWebSocketProtocolTests
{
    [Fact]
    public async Task Header_auth_gets_hello_with_seq_0_and_a_connection_id()
    {
        await using var fake = await StartAsync();
        await using var socket = await RawSocket.ConnectAsync(fake, fake.Bot.Token);

        var hello = (await socket.ReceiveAsync())!.Value;

        Assert.Equal("hello", hello.GetProperty("event").GetString());
        Assert.Equal(0, hello.GetProperty("seq").GetInt64());
        Assert.Equal(26, hello.GetProperty("data").GetProperty("connection_id").GetString()!.Length);
        Assert.StartsWith("10.11.0", hello.GetProperty("data").GetProperty("server_version").GetString(), StringComparison.Ordinal);
        Assert.Equal(fake.Bot.Id, hello.GetProperty("broadcast").GetProperty("user_id").GetString());
    }

    [Fact]
    public async Task Posted_carries_the_post_as_a_json_string_with_channel_and_sender()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        await using var socket = await RawSocket.ConnectAsync(fake, fake.Bot.Token);
        await socket.NextEventAsync("hello");

        var id = await fake.PostAsUserAsync(alice, channel, "hi @nixclaw", cancellationToken: Ct);
        var posted = await socket.NextEventAsync("posted");

        var data = posted.GetProperty("data");
        Assert.Equal(JsonValueKind.String, data.GetProperty("post").ValueKind);
        using var post = JsonDocument.Parse(data.GetProperty("post").GetString()!);
        Assert.Equal(id, post.RootElement.GetProperty("id").GetString());
        Assert.Equal("hi @nixclaw", post.RootElement.GetProperty("message").GetString());
        Assert.Equal("coder", data.GetProperty("channel_name").GetString());
        Assert.Equal("O", data.GetProperty("channel_type").GetString());
        Assert.Equal("@alice", data.GetProperty("sender_name").GetString());
        Assert.Equal(fake.Team.Id, data.GetProperty("team_id").GetString());
        Assert.Equal(JsonValueKind.String, data.GetProperty("mentions").ValueKind);
        Assert.Equal(channel.Id, posted.GetProperty("broadcast").GetProperty("channel_id").GetString());
        Assert.Equal(1, posted.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Challenge_auth_sends_hello_before_ok_and_a_bad_challenge_closes()
    {
        await using var fake = await StartAsync();
        await using var socket = await RawSocket.ConnectAsync(fake, token: null);
        await socket.SendAsync("""{"seq":1,"action":"ping"}""");
        var refused = (await socket.ReceiveAsync())!.Value;
        Assert.Equal("FAIL", refused.GetProperty("status").GetString());
        Assert.Equal("api.web_socket_router.not_authenticated.app_error", refused.GetProperty("error").GetProperty("id").GetString());

        await socket.SendAsync($$$"""{"seq":2,"action":"authentication_challenge","data":{"token":"{{{fake.Bot.Token}}}"}}""");
        Assert.Equal("hello", (await socket.ReceiveAsync())!.Value.GetProperty("event").GetString());
        var ok = (await socket.ReceiveAsync())!.Value;
        Assert.Equal("OK", ok.GetProperty("status").GetString());
        Assert.Equal(2, ok.GetProperty("seq_reply").GetInt64());
        Assert.False(ok.TryGetProperty("seq", out _));

        await using var bad = await RawSocket.ConnectAsync(fake, token: null);
        await bad.SendAsync("""{"seq":1,"action":"authentication_challenge","data":{"token":"nope"}}""");
        Assert.Null(await bad.ReceiveAsync());
    }

    [Fact]
    public async Task Bad_header_token_is_upgraded_then_closed_after_the_auth_timeout()
    {
        await using var fake = await StartAsync();
        await using var socket = await RawSocket.ConnectAsync(fake, "invalid");

        Assert.Null(await socket.ReceiveAsync(timeoutMs: 5000));
    }

    [Fact]
    public async Task Ping_gets_pong_and_errors_follow_the_router()
    {
        await using var fake = await StartAsync();
        await using var socket = await RawSocket.ConnectAsync(fake, fake.Bot.Token);
        await socket.NextEventAsync("hello");

        await socket.SendAsync("""{"seq":7,"action":"ping"}""");
        var pong = (await socket.ReceiveAsync())!.Value;
        await socket.SendAsync("""{"seq":0,"action":"ping"}""");
        var badSeq = (await socket.ReceiveAsync())!.Value;
        await socket.SendAsync("""{"seq":8,"action":"fly"}""");
        var badAction = (await socket.ReceiveAsync())!.Value;

        Assert.Equal("pong", pong.GetProperty("data").GetProperty("text").GetString());
        Assert.Equal(7, pong.GetProperty("seq_reply").GetInt64());
        Assert.Equal("api.web_socket_router.bad_seq.app_error", badSeq.GetProperty("error").GetProperty("id").GetString());
        Assert.Equal("api.web_socket_router.bad_action.app_error", badAction.GetProperty("error").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Typing_reaches_other_members_only()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        await using var aliceSocket = await RawSocket.ConnectAsync(fake, alice.Token);
        await aliceSocket.NextEventAsync("hello");
        await using var botSocket = await RawSocket.ConnectAsync(fake, fake.Bot.Token);
        await botSocket.NextEventAsync("hello");

        await botSocket.SendAsync($$$"""{"seq":1,"action":"user_typing","data":{"channel_id":"{{{channel.Id}}}","parent_id":""}}""");
        var typing = await aliceSocket.NextEventAsync("typing");
        await botSocket.SendAsync("""{"seq":2,"action":"ping"}""");

        Assert.Equal(fake.Bot.Id, typing.GetProperty("data").GetProperty("user_id").GetString());
        var reply = (await botSocket.ReceiveAsync())!.Value; // OK for user_typing, no typing event to the typer
        Assert.Equal(1, reply.GetProperty("seq_reply").GetInt64());
        Assert.Equal(2, (await botSocket.ReceiveAsync())!.Value.GetProperty("seq_reply").GetInt64());
    }

    [Fact]
    public async Task Resume_replays_missed_events_with_original_seqs_and_no_hello()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        string connectionId;
        await using (var first = await RawSocket.ConnectAsync(fake, fake.Bot.Token))
        {
            connectionId = (await first.NextEventAsync("hello")).GetProperty("data").GetProperty("connection_id").GetString()!;
            await fake.PostAsUserAsync(alice, channel, "one", cancellationToken: Ct);
            Assert.Equal(1, (await first.NextEventAsync("posted")).GetProperty("seq").GetInt64());
        }

        await WaitUntilAsync(() => fake.OpenSocketCount == 0, "old socket gone");
        await fake.PostAsUserAsync(alice, channel, "two", cancellationToken: Ct);
        await fake.PostAsUserAsync(alice, channel, "three", cancellationToken: Ct);

        await using var resumed = await RawSocket.ConnectAsync(fake, fake.Bot.Token, $"connection_id={connectionId}&sequence_number=2");
        var replay1 = (await resumed.ReceiveAsync())!.Value;
        var replay2 = (await resumed.ReceiveAsync())!.Value;
        Assert.Equal(("posted", 2L), (replay1.GetProperty("event").GetString(), replay1.GetProperty("seq").GetInt64()));
        Assert.Equal(("posted", 3L), (replay2.GetProperty("event").GetString(), replay2.GetProperty("seq").GetInt64()));
        Assert.Equal(1, fake.ConnectionIdsIssued);

        await using var unknown = await RawSocket.ConnectAsync(fake, fake.Bot.Token, "connection_id=unknownunknownunknownunknow&sequence_number=5");
        var hello = await unknown.NextEventAsync("hello");
        Assert.NotEqual(connectionId, hello.GetProperty("data").GetProperty("connection_id").GetString());

        await using var half = await RawSocket.ConnectAsync(fake, fake.Bot.Token, $"connection_id={connectionId}");
        Assert.Null(await half.ReceiveAsync()); // connection_id without sequence_number: closed after the upgrade
    }

    [Fact]
    public async Task Oversized_client_frames_close_the_socket()
    {
        await using var fake = await StartAsync();
        await using var socket = await RawSocket.ConnectAsync(fake, fake.Bot.Token);
        await socket.NextEventAsync("hello");

        await socket.SendAsync($$$"""{"seq":1,"action":"ping","data":{"pad":"{{{new string('x', 9000)}}}"}}""");

        Assert.Null(await socket.ReceiveAsync());
    }
}
