namespace NixClaw.Runtime.Roster.Tests;

/// <summary>OpenClaw's binding precedence, plus declared channel names, in <see cref="Roster.RouteMattermost"/>.</summary>
public sealed class RoutingTests
{
    private static RosterAgent Runtime(string id) => new(id, null, null, null, false, null);

    private static RosterAgent Declared(string id, string channel) => new(id, id, null, "llama", true, channel);

    private static RosterBinding Peer(string agent, string id, string? account = null, string kind = "channel") =>
        new(agent, "mattermost", account, kind, id);

    private static RosterBinding Account(string agent, string? account) => new(agent, "mattermost", account, null, null);

    private static readonly RosterAgent[] Five = [Runtime("a"), Runtime("b"), Runtime("c"), Runtime("d"), Declared("coder", "code")];

    [Fact]
    public void ExactPeer_BeatsEveryOtherTier_WhateverTheOrder()
    {
        var roster = new Roster(Five, [Account("d", "*"), Account("c", null), Peer("b", "*"), Peer("a", "chan1")]);
        Assert.Equal("a", roster.RouteMattermost("chan1", "code")!.Id);
    }

    [Fact]
    public void DeclaredChannelName_ComesRightAfterExactPeer()
    {
        var roster = new Roster(Five, [Account("d", "*"), Account("c", null), Peer("b", "*")]);
        Assert.Equal("coder", roster.RouteMattermost("chan9", "code")!.Id);
        Assert.True(roster.RouteMattermost("chan9", "code")!.IsDeclared);
    }

    [Fact]
    public void PeerWildcard_ThenAccountExact_ThenAccountAny()
    {
        var all = new Roster(Five, [Account("d", "*"), Account("c", null), Peer("b", "*")]);
        Assert.Equal("b", all.RouteMattermost("chan9", "random")!.Id);

        var noWildcard = new Roster(Five, [Account("d", "*"), Account("c", null)]);
        Assert.Equal("c", noWildcard.RouteMattermost("chan9", "random")!.Id);

        var anyOnly = new Roster(Five, [Account("d", "*")]);
        Assert.Equal("d", anyOnly.RouteMattermost("chan9", "random", accountId: "second-bot")!.Id);
    }

    [Fact]
    public void FirstMatchWins_InsideATier()
    {
        var roster = new Roster(Five, [Peer("b", "chan1"), Peer("a", "chan1")]);
        Assert.Equal("b", roster.RouteMattermost("chan1", null)!.Id);
    }

    [Fact]
    public void OmittedAccountId_MatchesTheDefaultAccountOnly()
    {
        var roster = new Roster(Five, [Peer("a", "chan1"), Peer("b", "chan1", account: "work")]);
        Assert.Equal("a", roster.RouteMattermost("chan1", null)!.Id);
        Assert.Equal("b", roster.RouteMattermost("chan1", null, accountId: "work")!.Id);
        Assert.Null(roster.RouteMattermost("chan1", null, accountId: "other"));
    }

    [Fact]
    public void PeerKind_MustMatch()
    {
        var roster = new Roster(Five, [Peer("a", "dm1", kind: "direct")]);
        Assert.Null(roster.RouteMattermost("dm1", null));
        Assert.Equal("a", roster.RouteMattermost("dm1", null, peerKind: "direct")!.Id);
    }

    [Fact]
    public void OtherChannelsBindings_DoNotRouteMattermost()
    {
        var roster = new Roster(Five, [new RosterBinding("a", "discord", null, "channel", "chan1")]);
        Assert.Null(roster.RouteMattermost("chan1", null));
    }

    [Fact]
    public void UnboundChannel_IsNull_WithSeveralAgents_AndTheSoleAgentOtherwise()
    {
        Assert.Null(new Roster(Five, [Peer("a", "chan1")]).RouteMattermost("chan2", "random"));

        // OpenClaw's last tier: the sole agent owns every unmatched message.
        var sole = new Roster([Runtime("main")], []);
        Assert.Equal("main", sole.RouteMattermost("anything", null)!.Id);
        Assert.Null(Roster.Empty.RouteMattermost("anything", null));
    }

    [Fact]
    public void DeclaredChannelName_IsForChannelsOnly_AndExact()
    {
        var roster = new Roster(Five, []);
        Assert.Null(roster.RouteMattermost("dm", "code", peerKind: "direct"));
        Assert.Null(roster.RouteMattermost("chan", "Code"));
        Assert.Null(roster.RouteMattermost("chan", null));
    }

    [Fact]
    public void Constructor_RejectsDuplicateIdsAndDanglingBindings()
    {
        Assert.Throws<ArgumentException>(() => new Roster([Runtime("a"), Runtime("a")], []));
        Assert.Throws<ArgumentException>(() => new Roster([Runtime("a")], [Peer("ghost", "c")]));
    }
}
