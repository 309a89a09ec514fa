using Microsoft.Extensions.Time.Testing;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task TypingIsSentAtOnceThenEveryIntervalUntilDisposed()
    {
        var clock = new FakeTimeProvider();
        var outbox = new TypingRecorder();
        var typing = TypingIndicator.Start(outbox, "c1", "root1", TimeSpan.FromSeconds(4), clock);

        await outbox.WaitForAsync(1);
        clock.Advance(TimeSpan.FromSeconds(4));
        await outbox.WaitForAsync(2);
        clock.Advance(TimeSpan.FromSeconds(4));
        await outbox.WaitForAsync(3);
        await typing.DisposeAsync();
        await typing.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(40));

        Assert.Equal(3, outbox.Count);
        Assert.All(outbox.Calls, c => Assert.Equal(("c1", "root1"), c));
    }

    private sealed class TypingRecorder : IChatOutbox
    {
        private readonly SemaphoreSlim _sent = new(0);
        private readonly List<(string, string)> _calls = [];

        public int Count
        {
            get
            {
                lock (_calls)
                {
                    return _calls.Count;
                }
            }
        }

        public IReadOnlyList<(string, string)> Calls
        {
            get
            {
                lock (_calls)
                {
                    return [.. _calls];
                }
            }
        }

        public async Task WaitForAsync(int count)
        {
            while (Count < count)
            {
                await _sent.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            }
        }

        public Task SendTypingAsync(string channelId, string parentId, CancellationToken cancellationToken)
        {
            lock (_calls)
            {
                _calls.Add((channelId, parentId));
            }

            _sent.Release();
            return Task.CompletedTask;
        }

        public Task<string> PostReplyAsync(InboundPost trigger, string text, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("typing only");

        public Task<IReadOnlyList<string>> FindBotRepliesAsync(InboundPost trigger, long sinceMs, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("typing only");
    }
}
