namespace NixClaw.Fakes.OpenAi;

/// <summary>A tool call the fake model makes.</summary>
/// <param name="Name">Function name.</param>
/// <param name="Arguments">Arguments as sent on the wire: a JSON string that may be invalid on purpose.</param>
/// <param name="Id">Call id; <c>call_&lt;n&gt;</c> when null.</param>
public sealed record FakeToolCall(string Name, string Arguments, string? Id = null);
