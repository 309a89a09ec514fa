namespace NixClaw.Fakes.OpenAi;

/// <summary>A chat completions request the fake answered, with <see cref="System.Diagnostics.Stopwatch"/> timestamps.</summary>
/// <param name="Body">The raw JSON body.</param>
/// <param name="Arrived">When the request reached the fake's handler.</param>
/// <param name="Answered">When the answer had been written.</param>
public readonly record struct FakeModelTiming(string Body, long Arrived, long Answered);
