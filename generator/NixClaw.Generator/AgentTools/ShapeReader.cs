using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Maps a C# type to its JSON shape: string, bool, integers, floating point, enums (as string enums), strings with a
/// format (DateTime, DateTimeOffset, Guid, Uri, TimeSpan), arrays and lists, and records, classes or structs built
/// through one public constructor and their settable properties, nested as objects. Anything else has no mapping and
/// <see cref="Read"/> says why.
/// </summary>
internal sealed class ShapeReader
{
    private static readonly SymbolDisplayFormat FullName = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly Evaluation.Dependencies _dependencies;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ITypeSymbol> _reading = new(SymbolEqualityComparer.Default);
    private readonly ShapeMemo? _memo;

    public ShapeReader(Evaluation.Dependencies dependencies, CancellationToken cancellationToken, ShapeMemo? memo = null)
    {
        _dependencies = dependencies;
        _cancellationToken = cancellationToken;
        _memo = memo;
    }

    public static string Display(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullName);

    /// <summary>The shape of <paramref name="type"/> and whether it accepts null; or why it has none.</summary>
    public (ToolShape? Shape, bool Nullable, string? Problem) Read(ITypeSymbol type)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
        {
            var inner = Read(nullableValue.TypeArguments[0]);
            return (inner.Shape, true, inner.Problem);
        }

        var nullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        var (shape, problem) = ReadNonNull(type);
        return (shape, nullable, problem);
    }

    private (ToolShape? Shape, string? Problem) ReadNonNull(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return (new StringShape(), null);
            case SpecialType.System_Boolean:
                return (new BooleanShape(), null);
            case SpecialType.System_SByte:
                return (new IntegerShape("sbyte", "sbyte.MinValue", "sbyte.MaxValue"), null);
            case SpecialType.System_Byte:
                return (new IntegerShape("byte", "byte.MinValue", "byte.MaxValue"), null);
            case SpecialType.System_Int16:
                return (new IntegerShape("short", "short.MinValue", "short.MaxValue"), null);
            case SpecialType.System_UInt16:
                return (new IntegerShape("ushort", "ushort.MinValue", "ushort.MaxValue"), null);
            case SpecialType.System_Int32:
                return (new IntegerShape("int", "int.MinValue", "int.MaxValue"), null);
            case SpecialType.System_UInt32:
                return (new IntegerShape("uint", "uint.MinValue", "uint.MaxValue"), null);
            case SpecialType.System_Int64:
                return (new IntegerShape("long", "long.MinValue", "long.MaxValue"), null);
            case SpecialType.System_UInt64:
                return (new IntegerShape("ulong", "ulong.MinValue", "ulong.MaxValue"), null);
            case SpecialType.System_Double:
                return (new NumberShape("double"), null);
            case SpecialType.System_Single:
                return (new NumberShape("float"), null);
            case SpecialType.System_Decimal:
                return (new NumberShape("decimal"), null);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            _dependencies.Add(enumType);
            if (enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"))
            {
                return (null, "a [Flags] enum is a set of values, not one of its names; use an array of a plain enum");
            }

            var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray();
            return (new EnumShape(Display(enumType), members), null);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return (null, "only one-dimensional arrays map to JSON arrays");
            }

            var item = Read(array.ElementType);
            return item.Shape is null ? (null, item.Problem) : (new ArrayShape(Display(type), item.Shape, item.Nullable, IsList: false), null);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && IsListLike(generic))
        {
            var item = Read(generic.TypeArguments[0]);
            var listType = "global::System.Collections.Generic.List<" + Display(generic.TypeArguments[0]) + (item.Nullable && generic.TypeArguments[0].IsReferenceType ? "?" : "") + ">";
            return item.Shape is null ? (null, item.Problem) : (new ArrayShape(listType, item.Shape, item.Nullable, IsList: true), null);
        }

        return Formatted(Display(type)) is { } formatted ? (formatted, null) : ReadObjectOnce(type);
    }

    /// <summary>
    /// <see cref="ReadObject"/> through the compilation's <see cref="ShapeMemo"/>. Only when nothing else is being read:
    /// then the result does not depend on which record contains which, so it is the same for every tool.
    /// </summary>
    private (ToolShape? Shape, string? Problem) ReadObjectOnce(ITypeSymbol type)
    {
        if (_memo is null || _reading.Count > 0)
        {
            return ReadObject(type);
        }

        if (!_memo.TryGet(type, out var read))
        {
            var own = new Evaluation.Dependencies();
            var (shape, problem) = new ShapeReader(own, _cancellationToken).ReadObject(type);
            read = (shape, problem, own);
            _memo.Add(type, read);
        }

        _dependencies.Merge(read.Dependencies);
        return (read.Shape, read.Problem);
    }

    /// <summary>The .NET types JSON writes as strings with a standard JSON Schema format.</summary>
    private static FormattedStringShape? Formatted(string type) => type switch
    {
        "global::System.DateTime" => new FormattedStringShape(type, "date-time", "DateTime", "a date and time (RFC 3339)", ValueType: true),
        "global::System.DateTimeOffset" => new FormattedStringShape(type, "date-time", "DateTimeOffset", "a date and time (RFC 3339)", ValueType: true),
        "global::System.Guid" => new FormattedStringShape(type, "uuid", "Guid", "a UUID", ValueType: true),
        "global::System.Uri" => new FormattedStringShape(type, "uri", "Uri", "an absolute URI", ValueType: false),
        "global::System.TimeSpan" => new FormattedStringShape(type, "duration", "Duration", "an ISO 8601 duration", ValueType: true),
        _ => null,
    };

    private static bool IsListLike(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (definition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IReadOnlyList_T
            or SpecialType.System_Collections_Generic_IReadOnlyCollection_T or SpecialType.System_Collections_Generic_IList_T
            or SpecialType.System_Collections_Generic_ICollection_T)
        {
            return true;
        }

        return definition.ToDisplayString() == "System.Collections.Generic.List<T>";
    }

    private (ToolShape? Shape, string? Problem) ReadObject(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false, IsRefLikeType: false } named
            || IsFramework(named) || named.IsGenericType)
        {
            return (null, "use string, bool, a number type, an enum, DateTime, DateTimeOffset, Guid, Uri, TimeSpan, an array or list of those, or a record or struct of those");
        }

        if (!_reading.Add(named))
        {
            return (null, "'" + named.Name + "' contains itself, which a JSON schema without references cannot describe");
        }

        try
        {
            // A record's members, defaults, attributes and doc comment all come from its declaration.
            _dependencies.Add(named);
            foreach (var reference in named.DeclaringSyntaxReferences)
            {
                _dependencies.AddNames(reference.GetSyntax(_cancellationToken));
            }

            var constructor = named.InstanceConstructors
                .Where(c => c.DeclaredAccessibility == Accessibility.Public && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, named)))
                .OrderByDescending(c => c.Parameters.Length)
                .FirstOrDefault();
            if (constructor is null)
            {
                return (null, "'" + named.Name + "' needs a public constructor whose parameters are its members, as a positional record has, or public init or set properties");
            }

            var doc = DocComment.Of(named.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken));
            var members = new List<ToolParameter>();
            foreach (var parameter in constructor.Parameters)
            {
                var property = FindProperty(named, parameter.Name);
                if (property is null || parameter.RefKind != RefKind.None)
                {
                    return (null, "the constructor parameter '" + parameter.Name + "' of '" + named.Name + "' has no public property of the same name to read it back from");
                }

                var member = Read(parameter.Type);
                if (member.Shape is null)
                {
                    return (null, "member '" + parameter.Name + "' of '" + named.Name + "': " + member.Problem);
                }

                var attributes = parameter.GetAttributes().Concat(property.GetAttributes()).ToList();
                var (defaultCode, defaultJson) = Default(parameter);
                members.Add(new ToolParameter(
                    CamelCase(parameter.Name),
                    property.Name,
                    ParameterSource.Argument,
                    member.Shape,
                    Description(attributes) ?? doc.Param(parameter.Name),
                    member.Nullable,
                    defaultCode,
                    defaultJson,
                    Constraints(attributes)));
            }

            if (ReadProperties(named, constructor, members) is { } problem)
            {
                return (null, problem);
            }

            if (members.Count == 0)
            {
                return (null, "'" + named.Name + "' has no members to read: give it a public constructor whose parameters are its members, as a positional record has, or public init or set properties");
            }

            return (new ObjectShape(Display(named), Key(named), members.ToEquatableArray(), named.IsValueType), null);
        }
        finally
        {
            _reading.Remove(named);
        }
    }

    /// <summary>
    /// The public init and set properties the constructor does not fill: <c>required</c> ones are set in the object
    /// initializer, the others only when the model gives them, so their own initial values stay otherwise. Returns
    /// why a property's type has no mapping, if one has none.
    /// </summary>
    private string? ReadProperties(INamedTypeSymbol type, IMethodSymbol constructor, List<ToolParameter> members)
    {
        var seen = new HashSet<string>(constructor.Parameters.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        // A framework base class's settable properties (an exception's HelpLink) are not the type's data.
        for (var current = type; current is not null && !IsFramework(current); current = current.BaseType)
        {
            _dependencies.Add(current);
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.SetMethod is not { DeclaredAccessibility: Accessibility.Public } setter || !seen.Add(property.Name))
                {
                    continue;
                }

                var kind = property.IsRequired ? MemberKind.RequiredProperty
                    : !setter.IsInitOnly ? MemberKind.OptionalSetProperty
                    : type.IsRecord || type.IsValueType ? MemberKind.OptionalInitProperty
                    : (MemberKind?)null;
                if (kind is null)
                {
                    // A plain class's optional init-only property can be set only in an initializer that always sets
                    // it, which would overwrite its own initial value: it stays out of the schema.
                    continue;
                }

                var member = Read(property.Type);
                if (member.Shape is null)
                {
                    return "member '" + property.Name + "' of '" + type.Name + "': " + member.Problem;
                }

                var syntax = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken);
                var attributes = property.GetAttributes();
                members.Add(new ToolParameter(
                    CamelCase(property.Name),
                    property.Name,
                    ParameterSource.Argument,
                    member.Shape,
                    Description(attributes) ?? DocComment.Of(syntax).Summary,
                    member.Nullable,
                    null,
                    null,
                    Constraints(attributes),
                    kind.Value));
            }
        }

        return null;
    }

    private static bool IsFramework(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod.DeclaredAccessibility: Accessibility.Public } property
                    && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property;
                }
            }
        }

        return null;
    }

    /// <summary>A name for a type's generated reader and writer.</summary>
    private static string Key(INamedTypeSymbol type) =>
        new string(type.ToDisplayString().Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    public static string CamelCase(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;

    public static string? Description(IEnumerable<AttributeData> attributes) =>
        attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.ComponentModel.DescriptionAttribute")
            ?.ConstructorArguments.FirstOrDefault().Value as string;

    /// <summary>[Range], [StringLength] and [RegularExpression] from DataAnnotations.</summary>
    public static ToolConstraints Constraints(IEnumerable<AttributeData> attributes)
    {
        var constraints = ToolConstraints.None;
        foreach (var attribute in attributes)
        {
            var args = attribute.ConstructorArguments;
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case "System.ComponentModel.DataAnnotations.RangeAttribute" when args.Length == 2:
                    constraints = constraints with { Minimum = Number(args[0].Value), Maximum = Number(args[1].Value) };
                    break;
                case "System.ComponentModel.DataAnnotations.StringLengthAttribute" when args.Length == 1 && args[0].Value is int max:
                    var min = attribute.NamedArguments.FirstOrDefault(n => n.Key == "MinimumLength").Value.Value as int?;
                    constraints = constraints with { MaxLength = max, MinLength = min is > 0 ? min : null };
                    break;
                case "System.ComponentModel.DataAnnotations.RegularExpressionAttribute" when args.Length == 1 && args[0].Value is string pattern:
                    constraints = constraints with { Pattern = pattern };
                    break;
            }
        }

        return constraints;
    }

    private static string? Number(object? value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A parameter's default as C# code and as JSON; (null, null) when it has none.</summary>
    public static (string? Code, string? Json) Default(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return (null, null);
        }

        var value = parameter.ExplicitDefaultValue;
        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : parameter.Type;
        if (value is null)
        {
            // `= default` of a struct (a Guid, a TimeSpan) is not JSON null: the schema leaves that default out.
            return ("default", parameter.Type.IsValueType && type.Equals(parameter.Type, SymbolEqualityComparer.Default) ? null : "null");
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
            return member is null
                ? ("(" + Display(enumType) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture), null)
                : (Display(enumType) + "." + member.Name, Emitting.Json.JsonWriter.Quote(member.Name));
        }

        return value switch
        {
            string s => (Emitting.CSharpLiteral.String(s), Emitting.Json.JsonWriter.Quote(s)),
            bool b => (b ? "true" : "false", b ? "true" : "false"),
            double d => (d.ToString("R", CultureInfo.InvariantCulture) + "d", d.ToString("R", CultureInfo.InvariantCulture)),
            float f => (f.ToString("R", CultureInfo.InvariantCulture) + "f", f.ToString("R", CultureInfo.InvariantCulture)),
            decimal m => (m.ToString(CultureInfo.InvariantCulture) + "m", m.ToString(CultureInfo.InvariantCulture)),
            char c => (Emitting.CSharpLiteral.String(c.ToString()) + "[0]", Emitting.Json.JsonWriter.Quote(c.ToString())),
            _ => ("(" + Display(type) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture), Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }
}
