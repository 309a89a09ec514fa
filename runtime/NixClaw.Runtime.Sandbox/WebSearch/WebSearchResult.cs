namespace NixClaw.Runtime.Sandbox.WebSearch;

/// <summary>One web result.</summary>
/// <param name="Title">Page title, without highlight tags.</param>
/// <param name="Url">Page URL.</param>
/// <param name="Description">Snippet, without highlight tags.</param>
/// <param name="Age">Page date as Brave gives it (<c>page_age</c>), when known.</param>
internal sealed record WebSearchResult(string Title, string Url, string Description, string? Age);
