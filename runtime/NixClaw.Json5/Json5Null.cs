using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>The JSON5 <c>null</c>.</summary>
public sealed class Json5Null : Json5Value
{
    private Json5Null()
    {
    }

    /// <summary>The single null value.</summary>
    public static Json5Null Instance { get; } = new();

    /// <inheritdoc />
    public override Json5ValueKind Kind => Json5ValueKind.Null;

    /// <inheritdoc />
    public override JsonNode? ToJsonNode() => null;
}
