namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>The behavioural suite on bubblewrap.</summary>
public sealed class BubblewrapSandboxTests : SandboxBehaviourTests
{
    protected override string Backend => "bubblewrap";
}
