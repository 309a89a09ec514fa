using NixClaw.Runtime.Gateway.Routing;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class ChatTriggerTests
{
    [Theory]
    [InlineData("@nixclaw help me", "help me")]
    [InlineData("please help @NixClaw.", "please help .")]
    [InlineData("hey @nixclaw, what's up", "hey , what's up")]
    [InlineData("@nixclaw", "@nixclaw")]
    [InlineData("@nixclawbot help", null)]
    [InlineData("@nixclaw.other help", null)]
    [InlineData("mail me at me@nixclaw", null)]
    [InlineData("no mention", null)]
    public void OnCallMatchesWholeMentionsOnly(string message, string? expected) =>
        Assert.Equal(expected, new ChatTrigger("oncall", "nixclaw", "").Match(message));

    [Theory]
    [InlineData(">> run it", "run it")]
    [InlineData(">>", "")]
    [InlineData("run it >>", null)]
    public void OnCharNeedsThePrefixAtTheStart(string message, string? expected) =>
        Assert.Equal(expected, new ChatTrigger("onchar", "nixclaw", ">>").Match(message));

    [Fact]
    public void UnknownModeOrMissingPrefixIsAConfigurationError()
    {
        Assert.Contains("'always'", Assert.Throws<GatewayConfigurationException>(() => new ChatTrigger("always", "b", "")).Message, StringComparison.Ordinal);
        Assert.Contains("prefix", Assert.Throws<GatewayConfigurationException>(() => new ChatTrigger("onchar", "b", "")).Message, StringComparison.Ordinal);
    }
}
