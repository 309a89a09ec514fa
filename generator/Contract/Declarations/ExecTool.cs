namespace NixClaw;

/// <summary><c>exec</c>: run a command in the agent's sandbox.</summary>
public sealed record ExecTool : Tool;
