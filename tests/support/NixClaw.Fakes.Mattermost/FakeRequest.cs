namespace NixClaw.Fakes.Mattermost;

/// <summary>One HTTP request the fake answered (for exact-count assertions).</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path without query, e.g. <c>/api/v4/posts</c>.</param>
/// <param name="Query">Query string including '?', or empty.</param>
/// <param name="Status">Status code sent.</param>
/// <param name="UserId">Authenticated user, or null.</param>
public sealed record FakeRequest(string Method, string Path, string Query, int Status, string? UserId);
