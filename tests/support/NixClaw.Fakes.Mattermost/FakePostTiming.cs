namespace NixClaw.Fakes.Mattermost;

/// <summary>A post created through REST, with <see cref="System.Diagnostics.Stopwatch"/> timestamps.</summary>
/// <param name="PostId">The new post's id.</param>
/// <param name="RootId">Its thread root, or empty.</param>
/// <param name="UserId">Its author.</param>
/// <param name="Message">Its text.</param>
/// <param name="RequestArrived">When the create request reached the fake's handler.</param>
/// <param name="EventsQueued">When the post was stored and its <c>posted</c> events were queued to the sockets.</param>
public readonly record struct FakePostTiming(string PostId, string RootId, string UserId, string Message, long RequestArrived, long EventsQueued);
