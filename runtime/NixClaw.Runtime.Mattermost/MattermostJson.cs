using System.Text.Json;

namespace NixClaw.Runtime.Mattermost;

/// <summary>JSON settings matching Mattermost's snake_case wire format; unknown fields are ignored.</summary>
internal static class MattermostJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        PropertyNameCaseInsensitive = false,
    };
}
