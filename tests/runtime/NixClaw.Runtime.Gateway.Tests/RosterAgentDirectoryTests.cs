using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class RosterAgentDirectoryTests
{
    [Fact]
    public void DeclaredChannelsRouteByNameDirectMessagesByPeerKindAndEachCallReadsTheCurrentRoster()
    {
        var declared = TestManifest.Agent("coder", "coder", "fast", maxTurns: 6);
        var source = new MutableRoster(new Roster.Roster([new RosterAgent("coder", null, null, "fast", true, "coder"), new RosterAgent("helper", "Helper", "~/ws/helper", "local/slow", false, null)], []));
        var directory = new RosterAgentDirectory(source, [declared], "/home/svc/workspaces", "/home/svc");

        var coder = directory.Route(Post("c1", "coder", "O"));
        Assert.Equal(("coder", "Coder", "fast", 6, "/home/svc/workspaces/coder"), (coder?.Id, coder?.DisplayName, coder?.ModelName, coder?.MaxTurns, coder?.WorkspaceDirectory));
        Assert.Null(directory.Route(Post("d1", "bot__alice", "D")));

        source.Current = new Roster.Roster(source.Current.Agents, [new RosterBinding("helper", "mattermost", null, "direct", "*")]);
        var helper = directory.Route(Post("d1", "bot__alice", "D"));
        Assert.Equal(("helper", "/home/svc/ws/helper", RosterAgentDirectory.DefaultMaxTurns, null), (helper?.Id, helper?.WorkspaceDirectory, helper?.MaxTurns, helper?.Declaration));
        Assert.Null(directory.Route(Post("c9", "random", "O")));
    }

    private static InboundPost Post(string channelId, string channelName, string type) =>
        new("p1", channelId, channelName, "u1", "alice", "hi", "", 1) { ChannelType = type };

    private sealed class MutableRoster(Roster.Roster roster) : IRosterSource
    {
        public Roster.Roster Current { get; set; } = roster;
    }
}
