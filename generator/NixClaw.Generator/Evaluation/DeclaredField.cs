using NixClaw.Generator.Diagnostics;

namespace NixClaw.Generator.Evaluation;

/// <summary>One <c>static readonly</c> field of a host class and its evaluated value (null when evaluation failed).</summary>
internal sealed record DeclaredField(string Name, string Type, Val? Value, LocationInfo? Location, string? Summary);
