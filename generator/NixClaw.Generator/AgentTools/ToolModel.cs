using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// One <c>[AgentTool]</c> method as the emitters need it: plain data (no symbols or locations), so an edit that only
/// moves code leaves the generated function cached.
/// </summary>
/// <remarks><c>Name</c>: The name the model calls.</remarks>
/// <remarks><c>Method</c>: The method's fully qualified C# name (<c>global::Ns.Type.Method</c>).</remarks>
/// <remarks><c>ClassName</c>: The generated function class, unique per method.</remarks>
internal sealed record ToolModel(
    string Name,
    string MethodName,
    string Method,
    string ClassName,
    string Description,
    bool InProcess,
    EquatableArray<ToolParameter> Parameters,
    ToolResult Result);

/// <summary>What fills a parameter: the model's arguments, or NixClaw.</summary>
internal enum ParameterSource
{
    Argument,
    Context,
    CancellationToken,
}

/// <summary>A parameter of a tool method, or a member of a record argument.</summary>
/// <remarks><c>Name</c>: The JSON name (a parameter's own name; a record member's name in camelCase).</remarks>
/// <remarks><c>CSharpName</c>: The parameter's name as C# writes it (<c>@class</c>), or the record member's property name.</remarks>
/// <remarks><c>DefaultCode</c>: The C# expression of the default value, when it has one.</remarks>
/// <remarks><c>DefaultJson</c>: The same default as JSON, for the schema.</remarks>
internal sealed record ToolParameter(
    string Name,
    string CSharpName,
    ParameterSource Source,
    ToolShape? Shape,
    string? Description,
    bool Nullable,
    string? DefaultCode,
    string? DefaultJson,
    ToolConstraints Constraints,
    MemberKind Kind = MemberKind.Parameter)
{
    /// <summary>The model must give it: a parameter with no default, or a <c>required</c> property, that is not nullable.</summary>
    public bool Required => !Nullable && Kind switch
    {
        MemberKind.Parameter => DefaultCode is null,
        MemberKind.RequiredProperty => true,
        _ => false,
    };
}

/// <summary>How a member reaches the object: a constructor (or method) parameter, or a property set after it.</summary>
internal enum MemberKind
{
    Parameter,

    /// <summary>A <c>required</c> property, set in the object initializer.</summary>
    RequiredProperty,

    /// <summary>An optional <c>init</c> property of a record or struct, set with <c>with</c> only when given.</summary>
    OptionalInitProperty,

    /// <summary>An optional property with a public setter, set only when given.</summary>
    OptionalSetProperty,
}

/// <summary><c>[Range]</c>, <c>[StringLength]</c> and <c>[RegularExpression]</c>, as JSON numbers and a pattern.</summary>
internal sealed record ToolConstraints(string? Minimum, string? Maximum, int? MinLength, int? MaxLength, string? Pattern)
{
    public static readonly ToolConstraints None = new(null, null, null, null, null);
}

/// <summary>The JSON shape of a C# type; <see cref="CSharpType"/> is its fully qualified name.</summary>
internal abstract record ToolShape(string CSharpType)
{
    /// <summary>What a value must be, for messages ("a string", "an array", ...).</summary>
    public abstract string Expected { get; }

    /// <summary>A C# value type: nullable as <c>T?</c>, read back through <c>.Value</c>.</summary>
    public abstract bool IsValueType { get; }
}

internal sealed record StringShape() : ToolShape("string")
{
    public override string Expected => "a string";

    public override bool IsValueType => false;
}

/// <summary>
/// A type JSON writes as a string with a JSON Schema <see cref="Format"/> (<c>date-time</c>, <c>uuid</c>, <c>uri</c>,
/// <c>duration</c>); <see cref="Reader"/> names the <c>ToolArguments</c> method that parses and checks it.
/// </summary>
internal sealed record FormattedStringShape(string CSharpType, string Format, string Reader, string Described, bool ValueType) : ToolShape(CSharpType)
{
    public override string Expected => Described;

    public override bool IsValueType => ValueType;
}

internal sealed record BooleanShape() : ToolShape("bool")
{
    public override string Expected => "true or false";

    public override bool IsValueType => true;
}

/// <summary>An integral type with its range (<see cref="Min"/>, <see cref="Max"/> as C# literals).</summary>
internal sealed record IntegerShape(string CSharpType, string Min, string Max) : ToolShape(CSharpType)
{
    public override string Expected => "a whole number";

    public override bool IsValueType => true;
}

/// <summary>double, float or decimal.</summary>
internal sealed record NumberShape(string CSharpType) : ToolShape(CSharpType)
{
    public override string Expected => "a number";

    public override bool IsValueType => true;
}

/// <summary>An enum, as a string enum of its member names.</summary>
internal sealed record EnumShape(string CSharpType, EquatableArray<string> Members) : ToolShape(CSharpType)
{
    public override string Expected => "one of " + string.Join(", ", System.Linq.Enumerable.Select(Members, m => "\"" + m + "\""));

    public override bool IsValueType => true;
}

/// <summary>An array (<c>T[]</c>) or a list (<c>List&lt;T&gt;</c> and the interfaces it implements).</summary>
internal sealed record ArrayShape(string CSharpType, ToolShape Item, bool ItemNullable, bool IsList) : ToolShape(CSharpType)
{
    public override string Expected => "an array";

    public override bool IsValueType => false;
}

/// <summary>
/// A record, class or struct: built through its public constructor and then its settable properties (arguments), read
/// through its public properties (results).
/// </summary>
/// <remarks><c>Key</c>: A name for its generated reader and writer, unique in the project.</remarks>
internal sealed record ObjectShape(string CSharpType, string Key, EquatableArray<ToolParameter> Members, bool ValueType) : ToolShape(CSharpType)
{
    public override string Expected => "an object";

    public override bool IsValueType => ValueType;
}

/// <summary>How the method's result becomes the text the model reads.</summary>
internal enum ResultKind
{
    /// <summary>void, Task or ValueTask.</summary>
    Nothing,
    Text,
    Json,
    TextStream,
}

/// <summary>The method's return: what it gives (<see cref="Kind"/>, <see cref="Shape"/> for JSON) and whether it is awaited.</summary>
internal sealed record ToolResult(ResultKind Kind, ToolShape? Shape, bool ShapeNullable, bool Awaited);

/// <summary>Extract's output for one <c>[AgentTool]</c> method: the model when it is usable, and its diagnostics.</summary>
/// <remarks><c>MethodKey</c>: The method's containing type and name, as <c>Tool.From</c> references it.</remarks>
/// <remarks><c>Location</c>: The attribute, where project-wide problems (unused, duplicate name) are reported.</remarks>
internal sealed record ToolExtraction(string Name, string MethodKey, ToolModel? Model, LocationInfo? Location, LocationInfo? NameLocation, EquatableArray<DiagnosticInfo> Diagnostics);
