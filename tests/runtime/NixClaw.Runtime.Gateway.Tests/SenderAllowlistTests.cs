using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class SenderAllowlistTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly Dictionary<string, string> _users = new(StringComparer.Ordinal) { ["alice"] = "id-alice", ["olga"] = "id-olga", ["bob"] = "id-bob" };

    [Fact]
    public async Task NamesAndOperatorsResolveToIdsIgnoringAtAndCase()
    {
        using var list = new SenderAllowlist(["@Alice"], ["olga"], Resolve, new ListLogger());
        await list.RefreshAsync(Ct);
        Assert.Equal(["id-alice", "id-olga"], list.UserIds.Order(StringComparer.Ordinal));
        Assert.True(list.IsAllowed(Post("id-alice", "alice")));
        Assert.True(list.IsAllowed(Post("id-olga", "olga")));
        Assert.False(list.IsAllowed(Post("id-bob", "bob")));
    }

    [Fact]
    public async Task TheShownNameDecidesNothing()
    {
        using var list = new SenderAllowlist(["alice"], [], Resolve, new ListLogger());
        await list.RefreshAsync(Ct);
        Assert.False(list.IsAllowed(Post("id-bob", "alice")));
        Assert.False(list.IsAllowed(Post("id-bob", "@alice")));

        // A webhook post carries its creator's id and any name: refused even when the creator is allowed.
        Assert.False(list.IsAllowed(Post("id-alice", "alice") with { FromWebhook = true }));
    }

    [Fact]
    public async Task NoAllowFromMeansEveryone()
    {
        using var list = new SenderAllowlist([], ["olga"], (_, _) => throw new InvalidOperationException("not called"), new ListLogger());
        await list.RefreshAsync(Ct);
        Assert.True(list.AllowsEveryone);
        Assert.True(list.IsAllowed(Post("id-anyone", "anyone")));
    }

    [Fact]
    public async Task UnknownNamesAreLoggedAndALookupFailureKeepsThePreviousId()
    {
        var logger = new ListLogger();
        var failing = false;
        using var list = new SenderAllowlist(["alice", "carol"], [], (name, ct) =>
            failing ? throw new HttpRequestException("down") : Resolve(name, ct), logger);
        await list.RefreshAsync(Ct);
        Assert.Equal(["carol"], list.UnresolvedNames);
        Assert.Contains(logger.Lines, l => l.Contains("carol", StringComparison.Ordinal));

        failing = true;
        await list.RefreshAsync(Ct);
        Assert.True(list.IsAllowed(Post("id-alice", "alice")));

        // A renamed account: the name now belongs to someone else, and the refresh follows it.
        failing = false;
        _users["alice"] = "id-new-alice";
        await list.RefreshAsync(Ct);
        Assert.False(list.IsAllowed(Post("id-alice", "alice")));
        Assert.True(list.IsAllowed(Post("id-new-alice", "alice")));
    }

    private Task<string?> Resolve(string name, CancellationToken cancellationToken) => Task.FromResult(_users.GetValueOrDefault(name));

    private static InboundPost Post(string userId, string senderName) => new("p1", "c1", "coder", userId, senderName, "hi", "", 1);
}
