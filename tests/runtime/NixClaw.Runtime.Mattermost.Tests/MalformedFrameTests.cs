using Microsoft.Extensions.Logging;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

/// <summary>
/// Issue 17: frames of an unexpected shape used to throw out of the receive loop and kill the listener silently
/// (status still "connected", no post ever again). Each is now logged with its event name and skipped, or ends the
/// connection so that it is resumed; posts keep flowing.
/// </summary>
public sealed class MalformedFrameTests
{
    [Theory]
    [InlineData("[]", false, "(none)", false)]
    [InlineData("\"just a string\"", false, "(none)", false)]
    [InlineData("{\"status\":7}", false, "(response)", false)]
    [InlineData("{\"event\":5}", true, "(a JSON Number)", false)]
    [InlineData("{\"event\":\"posted\",\"data\":[]}", true, "posted", false)]
    [InlineData("{\"event\":\"posted\",\"data\":{\"post\":\"{not json\"}}", true, "posted", false)]
    [InlineData("{\"event\":\"posted\",\"data\":{\"post\":42}}", true, "posted", false)]
    [InlineData("{\"event\":\"posted\",\"data\":{\"post\":\"{\\\"id\\\":null,\\\"user_id\\\":null}\"}}", true, "posted", false)]
    [InlineData("{\"event\":\"hello\",\"data\":7}", true, "hello", true)]
    [InlineData("{\"event\":5}", false, "", true)] // no seq: a gap, so the connection is closed and resumed
    public async Task A_malformed_frame_is_logged_and_skipped_and_posts_keep_flowing(string frame, bool numbered, string loggedEvent, bool reconnects)
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        var logger = new ListLogger<MattermostListener>();
        await using var harness = await ListenerHarness.StartAsync(fake, logger: logger);
        await harness.SettleAsync(catchUps: 1);
        var connects = harness.Listener.Status.Connects;

        fake.InjectWebSocketFrame(frame, numbered);
        await fake.PostAsUserAsync(alice, channel, "after the bad frame", cancellationToken: Ct);
        await harness.WaitForPostsAsync(1);

        Assert.Equal("after the bad frame", Assert.Single(harness.Received).Message);
        await WaitUntilAsync(() => harness.Listener.Status.State == MattermostConnectionState.Connected, "connected again");
        if (loggedEvent.Length > 0)
        {
            Assert.Contains(logger.Lines, l => l.Level >= LogLevel.Warning && l.Text.Contains($"(event {loggedEvent})", StringComparison.Ordinal));
        }

        if (!reconnects)
        {
            Assert.Equal(connects, harness.Listener.Status.Connects);
        }
        else
        {
            Assert.True(harness.Listener.Status.Connects > connects, "the connection was closed and made again");
        }
    }

    [Fact]
    public async Task An_unexpected_failure_while_handling_a_frame_ends_the_connection_and_status_is_not_connected_meanwhile()
    {
        // The cursor store fails (a bug, a broken database) while a hello is handled: that used to end the receive
        // loop for good with the status left at "connected".
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channel = fake.CreateChannel("coder", members: alice);
        var cursors = new FailingCursorStore { Failing = true };
        var logger = new ListLogger<MattermostListener>();
        using var client = Client(fake, time: TimeProvider.System);
        await using var listener = new MattermostListener(client, cursors, ListenerHarness.FastOptions(), logger);
        var states = new List<MattermostConnectionState>();
        listener.StatusChanged += s =>
        {
            lock (states)
            {
                states.Add(s.State);
            }
        };
        await listener.StartAsync(Ct);

        await WaitUntilAsync(() => cursors.Calls >= 3, "several failed attempts");
        Assert.NotEqual(MattermostConnectionState.Connected, await StateAfterAttemptAsync());
        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Error && l.Text.Contains("(event hello)", StringComparison.Ordinal));

        cursors.Failing = false;
        await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Connected && listener.Status.CatchUps >= 1, "connected once the store works");
        await fake.PostAsUserAsync(alice, channel, "flows again", cancellationToken: Ct);
        Assert.True(await listener.Posts.WaitToReadAsync(Ct));
        Assert.True(listener.Posts.TryRead(out var post));
        Assert.Equal("flows again", post.Message);
        lock (states)
        {
            Assert.Contains(MattermostConnectionState.Reconnecting, states);
        }

        async Task<MattermostConnectionState> StateAfterAttemptAsync()
        {
            // Right after a failed attempt the listener has left Connected and waits to reconnect.
            var calls = cursors.Calls;
            await WaitUntilAsync(() => cursors.Calls > calls, "another attempt");
            await WaitUntilAsync(() => listener.Status.State != MattermostConnectionState.Connected, "not connected after a failed frame");
            return listener.Status.State;
        }
    }

    private sealed class FailingCursorStore : IMattermostCursorStore
    {
        private readonly InMemoryMattermostCursorStore _inner = new();
        private int _calls;

        public volatile bool Failing;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<long?> GetCursorAsync(string channelId, CancellationToken cancellationToken) => _inner.GetCursorAsync(channelId, cancellationToken);

        public ValueTask SetCursorAsync(string channelId, long updateAt, CancellationToken cancellationToken) => _inner.SetCursorAsync(channelId, updateAt, cancellationToken);

        public ValueTask<IReadOnlyDictionary<string, long>> GetAllCursorsAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Failing ? throw new InvalidOperationException("cursor store is broken") : _inner.GetAllCursorsAsync(cancellationToken);
        }
    }
}
