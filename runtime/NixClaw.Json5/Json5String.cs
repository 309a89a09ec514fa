using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>A JSON5 string (any UTF-16 sequence, lone surrogates included).</summary>
public sealed class Json5String : Json5Value
{
    /// <summary>Wraps a string.</summary>
    public Json5String(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override Json5ValueKind Kind => Json5ValueKind.String;

    /// <inheritdoc />
    public override JsonNode? ToJsonNode() => JsonValue.Create(Value);
}
