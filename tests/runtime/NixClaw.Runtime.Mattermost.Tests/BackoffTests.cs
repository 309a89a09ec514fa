using Microsoft.Extensions.Time.Testing;
using NixClaw.Contract;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 1.0, 1000)]
    [InlineData(3, 1.0, 8000)]
    [InlineData(3, 0.0, 4000)]
    [InlineData(10, 1.0, 60000)]
    [InlineData(40, 0.5, 45000)]
    public void Delay_doubles_with_jitter_and_is_capped(int attempt, double jitter, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryBackoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), jitter));

    [Fact]
    public async Task Reconnect_waits_for_the_backoff_on_the_injected_clock()
    {
        await using var fake = await StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var client = Client(fake, time: TimeProvider.System);
        await using var listener = new MattermostListener(client, new InMemoryMattermostCursorStore(), new MattermostListenerOptions
        {
            TimeProvider = clock,
            ReconnectBaseDelay = TimeSpan.FromSeconds(10),
            ReconnectMaxDelay = TimeSpan.FromMinutes(1),
            PingInterval = TimeSpan.FromHours(1),
        });
        await listener.StartAsync(Ct);
        await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Connected, "connected");

        fake.DropAllSockets();
        await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Reconnecting, "reconnecting");
        await Task.Delay(300, Ct); // real time passes; the fake clock does not, so no reconnect may happen
        Assert.Equal(MattermostConnectionState.Reconnecting, listener.Status.State);
        Assert.Equal(0, fake.AuthenticatedSocketCount);

        clock.Advance(TimeSpan.FromSeconds(4.9)); // below the shortest first delay (base/2 = 5 s)
        await Task.Delay(300, Ct);
        Assert.Equal(MattermostConnectionState.Reconnecting, listener.Status.State);

        clock.Advance(TimeSpan.FromSeconds(5.2)); // past the longest first delay (base = 10 s)
        await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Connected, "reconnected after the backoff");
        Assert.Equal(1, listener.Status.Resumes);
    }

    [Fact]
    public void Channel_names_follow_mattermost_rules()
    {
        Assert.Null(ChannelNameRule.Problem("coder"));
        Assert.Null(ChannelNameRule.Problem("agent_coder-2"));
        Assert.NotNull(ChannelNameRule.Problem("Coder"));
        Assert.NotNull(ChannelNameRule.Problem("_coder"));
        Assert.NotNull(ChannelNameRule.Problem(new string('a', 65)));
        Assert.NotNull(ChannelNameRule.Problem(new string('a', 26) + "__" + new string('b', 26)));
        Assert.NotNull(ChannelNameRule.Problem(new string('a', 40)));
    }
}
