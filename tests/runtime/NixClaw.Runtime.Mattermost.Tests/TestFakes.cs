using NixClaw.Fakes.Mattermost;

namespace NixClaw.Runtime.Mattermost.Tests;

internal static class TestFakes
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<MattermostFake> StartAsync(MattermostFakeOptions? options = null) =>
        MattermostFake.StartAsync(options ?? new MattermostFakeOptions { AuthTimeout = TimeSpan.FromMilliseconds(300) }, Ct);

    public static MattermostClient Client(
        MattermostFake fake, string? token = null, TimeProvider? time = null, int maxRetries = 4, bool pendingPostIds = true) =>
        new(new MattermostClientOptions
        {
            BaseUrl = fake.BaseUrl,
            TokenProvider = MattermostTokens.FromValue(token ?? fake.Bot.Token),
            TimeProvider = time ?? new RecordingTimeProvider(),
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            MaxRetryDelay = TimeSpan.FromSeconds(10),
            UsePendingPostIds = pendingPostIds,
        });

    /// <summary>Polls a condition that another component makes true (an explicit signal, not a timing assumption).</summary>
    public static Task WaitUntilAsync(Func<bool> condition, string what, int timeoutMs = 10_000) =>
        WaitUntilAsync(condition, () => what, timeoutMs);

    public static async Task WaitUntilAsync(Func<bool> condition, Func<string> what, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"Timed out waiting for: {what()}");
            }

            await Task.Delay(10, Ct);
        }
    }
}
