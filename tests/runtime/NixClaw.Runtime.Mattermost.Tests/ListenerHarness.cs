using NixClaw.Fakes.Mattermost;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

/// <summary>A listener against a fake plus a consumer that plays the gateway: it records posts and advances cursors.</summary>
internal sealed class ListenerHarness : IAsyncDisposable
{
    private readonly List<IncomingPost> _received = [];
    private readonly Task _consumer;

    private ListenerHarness(MattermostFake fake, MattermostClient client, MattermostListener listener, InMemoryMattermostCursorStore cursors)
    {
        Fake = fake;
        Client = client;
        Listener = listener;
        Cursors = cursors;
        _consumer = Task.Run(ConsumeAsync);
    }

    public MattermostFake Fake { get; }
    public MattermostClient Client { get; }
    public MattermostListener Listener { get; }
    public InMemoryMattermostCursorStore Cursors { get; }

    public IReadOnlyList<IncomingPost> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<ListenerHarness> StartAsync(
        MattermostFake fake, MattermostListenerOptions? options = null, InMemoryMattermostCursorStore? cursors = null, string? token = null,
        Microsoft.Extensions.Logging.ILogger<MattermostListener>? logger = null)
    {
        var client = Client(fake, token, time: TimeProvider.System);
        cursors ??= new InMemoryMattermostCursorStore();
        var listener = new MattermostListener(client, cursors, options ?? FastOptions(), logger);
        await listener.StartAsync(Ct);
        var harness = new ListenerHarness(fake, client, listener, cursors);
        await WaitUntilAsync(() => listener.Status.State == MattermostConnectionState.Connected, "listener connected");
        return harness;
    }

    public static MattermostListenerOptions FastOptions(TimeSpan? reconnect = null, TimeSpan? maxResumeAge = null) => new()
    {
        ReconnectBaseDelay = reconnect ?? TimeSpan.FromMilliseconds(50),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(400),
        MaxResumeAge = maxResumeAge ?? TimeSpan.FromMinutes(4),
    };

    public Task WaitForPostsAsync(int count) => WaitUntilAsync(
        () => Received.Count >= count,
        () => $"{count} posts (have {Received.Count}: {string.Join(", ", Received.Select(p => p.Message + (p.FromCatchUp ? "*" : "")))}); {Listener.Status}; "
            + $"ids issued {Fake.ConnectionIdsIssued}; GET posts: {string.Join(", ", Fake.Requests.Where(r => r.Method == "GET" && r.Path.EndsWith("/posts", StringComparison.Ordinal)).Select(r => r.Status + r.Query))}");

    /// <summary>Waits until the listener is connected and any catch-up it started is done, then lets in-flight frames land.</summary>
    public async Task SettleAsync(long catchUps)
    {
        await WaitUntilAsync(() => Listener.Status.State == MattermostConnectionState.Connected && Listener.Status.CatchUps >= catchUps, () => $"connected with {catchUps} catch-ups ({Listener.Status})");
        await Task.Delay(150, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Listener.DisposeAsync();
        await _consumer;
        Client.Dispose();
    }

    private async Task ConsumeAsync()
    {
        await foreach (var post in Listener.Posts.ReadAllAsync())
        {
            lock (_received)
            {
                _received.Add(post);
            }

            // Handled: only now does the cursor move (what the gateway does on SQLite).
            await Cursors.SetCursorAsync(post.ChannelId, post.UpdateAt, CancellationToken.None);
        }
    }
}
