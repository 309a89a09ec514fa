using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>A JSON5 boolean.</summary>
public sealed class Json5Boolean : Json5Value
{
    private Json5Boolean(bool value) => Value = value;

    /// <summary><c>true</c>.</summary>
    public static Json5Boolean True { get; } = new(true);

    /// <summary><c>false</c>.</summary>
    public static Json5Boolean False { get; } = new(false);

    /// <summary>The shared instance for <paramref name="value"/>.</summary>
    public static Json5Boolean From(bool value) => value ? True : False;

    /// <summary>The boolean.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override Json5ValueKind Kind => Json5ValueKind.Boolean;

    /// <inheritdoc />
    public override JsonNode? ToJsonNode() => JsonValue.Create(Value);
}
