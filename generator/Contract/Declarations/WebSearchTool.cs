namespace NixClaw;

/// <summary><c>web_search</c> through the Brave Search API.</summary>
/// <param name="ApiKey">Brave Search API key (required).</param>
public sealed record WebSearchTool(Secret? ApiKey) : Tool
{
    /// <summary>Results per query (Brave allows 1 to 20).</summary>
    public int MaxResults { get; init; } = 5;
}
