namespace NixClaw.Json5;

/// <summary>The kind of a <see cref="Json5Value"/>.</summary>
public enum Json5ValueKind
{
    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number, including NaN and the infinities.</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An object.</summary>
    Object,
}
