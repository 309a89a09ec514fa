namespace NixClaw;

/// <summary>A tool an agent may call.</summary>
public abstract record Tool;
