namespace NixClaw.Runtime.Mattermost.Tests;

public sealed class RecentPostIdsTests
{
    [Fact]
    public void AMattermostIdIsSeenOnceAndIdsThatDifferAnywhereAreDistinct()
    {
        var recent = new RecentPostIds(100);
        const string Id = "3qu8oqdwk4a67879fnibgw8d51";
        Assert.True(recent.TryAdd(Id));
        Assert.False(recent.TryAdd(Id));
        Assert.False(recent.TryAdd(new string(Id.AsSpan()))); // equal text, another string object

        // One character changed in each of the three packed parts, and at both ends.
        foreach (var at in new[] { 0, 9, 10, 19, 20, 25 })
        {
            var changed = Id.ToCharArray();
            changed[at] = changed[at] == 'z' ? '0' : 'z';
            Assert.True(recent.TryAdd(new string(changed)), $"changed at {at}");
        }

        // Digits and letters, and '0' against 'a': codes that could collide if packed carelessly.
        Assert.True(recent.TryAdd(new string('0', 26)));
        Assert.True(recent.TryAdd(new string('a', 26)));
        Assert.True(recent.TryAdd(new string('9', 26)));
        Assert.True(recent.TryAdd(new string('z', 26)));
        Assert.False(recent.TryAdd(new string('z', 26)));
    }

    [Fact]
    public void OtherIdsAreKeptAsTheyAreAndNeverMistakenForAMattermostId()
    {
        var recent = new RecentPostIds(100);
        foreach (var id in new[] { "", "p1", "3QU8OQDWK4A67879FNIBGW8D51", "3qu8oqdwk4a67879fnibgw8d5-", "3qu8oqdwk4a67879fnibgw8d51x", "ü" })
        {
            Assert.True(recent.TryAdd(id), id);
            Assert.False(recent.TryAdd(id), id);
        }

        Assert.True(recent.TryAdd("3qu8oqdwk4a67879fnibgw8d51"));
    }

    [Fact]
    public void TheOldestIdsAreForgottenFirst()
    {
        var recent = new RecentPostIds(3);
        string Id(int n) => n.ToString("D26", System.Globalization.CultureInfo.InvariantCulture);
        for (var n = 0; n < 5; n++)
        {
            Assert.True(recent.TryAdd(Id(n)));
        }

        Assert.False(recent.TryAdd(Id(4)));
        Assert.False(recent.TryAdd(Id(2)));
        Assert.True(recent.TryAdd(Id(1))); // forgotten: three kept (2, 3, 4)
        Assert.True(recent.TryAdd(Id(2))); // now 1 pushed 2 out
    }
}
