using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// Evaluates field initialisers at compile time by folding their <see cref="IOperation"/> trees:
/// literals, consts and const concatenation, enums, object creation (positional, named and defaulted
/// arguments, object initialisers), <c>with</c> expressions, collection expressions and arrays,
/// string interpolation, and references to other static readonly fields in any file (memoised, with
/// cycle detection). Anything else is an NCLAW001 diagnostic at its exact location.
/// One instance per Extract call; not thread-safe.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, Val?> _memo = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dependencies _dependencies;

    public Evaluator(Compilation compilation, SemanticModel model, Dependencies dependencies, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _dependencies = dependencies;
        _cancellationToken = cancellationToken;
        _models[model.SyntaxTree] = model;
    }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    /// <summary>Evaluates a static field (or static auto-property) from its initializer.</summary>
    public Val? EvalMember(ISymbol member, SyntaxNode referenceSite)
    {
        if (_memo.TryGetValue(member, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(member))
        {
            Report(DiagnosticDescriptors.Cycle, referenceSite, member.ContainingType.Name + "." + member.Name);
            return null;
        }

        Val? value = null;
        try
        {
            _dependencies.Add(member);
            var initializer = FindInitializer(member);
            if (initializer is null)
            {
                Report(DiagnosticDescriptors.NoSourceInitializer, referenceSite, member.ContainingType.Name + "." + member.Name);
            }
            else
            {
                _dependencies.AddNames(initializer);
                if (PlanFor(member, initializer) is { } plan)
                {
                    value = Run(plan);
                }
                else
                {
                    var operation = ModelFor(initializer.SyntaxTree).GetOperation(initializer, _cancellationToken);
                    value = operation switch
                    {
                        ISymbolInitializerOperation init => Eval(init.Value),
                        _ => Fail(initializer.Value, "no initializer operation"),
                    };
                }
            }
        }
        finally
        {
            _inProgress.Remove(member);
        }

        _memo[member] = value;
        return value;
    }

    public Val? Eval(IOperation operation)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var location = LocationInfo.From(operation.Syntax);

        // Literals, consts, enum members, nameof, constant concatenation and interpolation.
        if (operation.ConstantValue.HasValue)
        {
            RecordConstantSources(operation);
            return FromConstant(operation.Type, operation.ConstantValue.Value, operation.Syntax) is { } constant
                ? constant with { Location = location }
                : null;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Eval(conversion.Operand) is { } converted ? converted with { Location = location } : null;
            case IParenthesizedOperation parenthesized:
                return Eval(parenthesized.Operand);
            case IObjectCreationOperation creation when creation.Constructor is not null:
                return EvalCreation(creation.Constructor.ContainingType, creation.Arguments, creation.Initializer, location);
            case IWithOperation with:
                return EvalWith(with, location);
            case ICollectionExpressionOperation collection:
                return EvalElements(collection.Elements, location);
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                return EvalElements(arrayInitializer.ElementValues, location);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field }:
                return Reference(field, operation.Syntax, location);
            case IFieldReferenceOperation { Field.IsStatic: true }:
                return Fail(operation.Syntax, "a mutable static field");
            case IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true, SetMethod: null } property }:
                return Reference(property, operation.Syntax, location);
            case IPropertyReferenceOperation { Instance: { } instance, Property: var property }:
                return EvalMemberAccess(instance, property.Name, operation.Syntax, location);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when IsString(binary.Type):
                return Concat(new[] { binary.LeftOperand, binary.RightOperand }, location);
            case IInterpolatedStringOperation interpolated:
                return EvalInterpolation(interpolated, location);
            case IInvocationOperation invocation:
                return EvalInvocation(invocation, location);
            default:
                return Fail(operation.Syntax, "operation " + operation.Kind);
        }
    }

    private Val? Reference(ISymbol member, SyntaxNode site, LocationInfo? location)
    {
        var value = EvalMember(member, site);
        return value switch
        {
            ObjVal obj => obj with { Origin = member.ContainingType.Name + "." + member.Name, Location = location },
            null => null,
            _ => value with { Location = location },
        };
    }

    private Val? EvalCreation(INamedTypeSymbol type, ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, LocationInfo? location)
    {
        // Parameter names and default values come from the record's declaration.
        _dependencies.Add(type);
        var props = new List<Prop>();
        var ok = true;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is null)
            {
                ok &= Fail(argument.Syntax, "an argument without a parameter") is not null;
                continue;
            }

            var value = Eval(argument.Value);
            if (value is null)
            {
                ok = false;
                continue;
            }

            // Defaulted parameters carry the creation expression as syntax; keep the creation's location.
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                value = value with { Location = location };
            }

            props.Add(new Prop(ToPropertyName(argument.Parameter.Name), value));
        }

        if (initializer is not null)
        {
            ok &= ApplyInitializer(props, initializer);
        }

        return ok ? new ObjVal(MetadataName(type), props.ToEquatableArray(), Origin: null) { Location = location } : null;
    }

    private Val? EvalWith(IWithOperation with, LocationInfo? location)
    {
        if (Eval(with.Operand) is not ObjVal source)
        {
            return null;
        }

        var props = source.Props.ToList();
        return ApplyInitializer(props, with.Initializer)
            ? new ObjVal(source.Type, props.ToEquatableArray(), Origin: null) { Location = location }
            : null;
    }

    private bool ApplyInitializer(List<Prop> props, IObjectOrCollectionInitializerOperation initializer)
    {
        var ok = true;
        foreach (var item in initializer.Initializers)
        {
            if (item is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
            {
                ok &= Fail(item.Syntax, "an initializer that is not a property assignment") is not null;
                continue;
            }

            var value = Eval(assignment.Value);
            if (value is null)
            {
                ok = false;
                continue;
            }

            var name = target.Member.Name;
            props.RemoveAll(p => p.Name == name);
            props.Add(new Prop(name, value));
        }

        return ok;
    }

    private Val? EvalElements(ImmutableArray<IOperation> elements, LocationInfo? location)
    {
        var items = new List<Val>(elements.Length);
        var ok = true;
        foreach (var element in elements)
        {
            if (element is ISpreadOperation spread)
            {
                // [..Other] splices another declared collection.
                if (Eval(spread.Operand) is ListVal inner)
                {
                    items.AddRange(inner.Items);
                }
                else
                {
                    ok = false;
                }

                continue;
            }

            var value = Eval(element);
            if (value is null)
            {
                ok = false;
            }
            else
            {
                items.Add(value);
            }
        }

        return ok ? new ListVal(items.ToEquatableArray()) { Location = location } : null;
    }

    private Val? EvalMemberAccess(IOperation instance, string member, SyntaxNode syntax, LocationInfo? location)
    {
        if (Eval(instance) is not ObjVal obj)
        {
            return null;
        }

        return obj.Get(member) is { } value
            ? value with { Location = location }
            : Fail(syntax, "'" + member + "' keeps its default value, which is only known at run time; set it explicitly");
    }

    private Val? Concat(IEnumerable<IOperation> parts, LocationInfo? location)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            switch (Eval(part))
            {
                case null:
                    return null;
                case var value when Format(value) is { } text:
                    builder.Append(text);
                    break;
                default:
                    return Fail(part.Syntax, "a value that is not text");
            }
        }

        return new StrVal(builder.ToString()) { Location = location };
    }

    private Val? EvalInterpolation(IInterpolatedStringOperation interpolated, LocationInfo? location)
    {
        var parts = new List<IOperation>();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(text.Text);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    parts.Add(hole.Expression);
                    break;
                default:
                    return Fail(part.Syntax, "an interpolation with alignment or format");
            }
        }

        return Concat(parts, location);
    }

    private static string? Format(Val value) => value switch
    {
        StrVal s => s.Value,
        IntVal i => i.Value.ToString(CultureInfo.InvariantCulture),
        BoolVal b => b.Value ? "True" : "False",
        EnumVal e => e.Member,
        _ => null,
    };

    private Val? FromConstant(ITypeSymbol? type, object? value, SyntaxNode syntax)
    {
        if (value is null)
        {
            return new NullVal();
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            _dependencies.Add(enumType);
            var member = EnumMember(enumType, value);
            return member is null
                ? Fail(syntax, "an enum value that is not a declared member")
                : new EnumVal(MetadataName(enumType), member.Name);
        }

        return value switch
        {
            string s => new StrVal(s),
            bool b => new BoolVal(b),
            char c => new StrVal(c.ToString()),
            int or long or short or sbyte or byte or ushort or uint => new IntVal(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            _ => Fail(syntax, "a " + value.GetType().Name + " constant, which declarations do not use"),
        };
    }

    /// <summary>
    /// A folded constant depends on the consts and enum members it names, and on whatever their own
    /// initialisers name, possibly in other files: record their trees, following each source initialiser once.
    /// </summary>
    private void RecordConstantSources(IOperation operation)
    {
        // Literals (most constants) name nothing; skip the walk and its allocations.
        if (operation is ILiteralOperation)
        {
            return;
        }

        foreach (var node in operation.DescendantsAndSelf())
        {
            if (node is not IFieldReferenceOperation { Field: var field } || !_dependencies.Add(field))
            {
                continue;
            }

            _dependencies.Add(field.ContainingType);
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                var value = reference.GetSyntax(_cancellationToken) switch
                {
                    VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                    EnumMemberDeclarationSyntax member => member.EqualsValue?.Value,
                    _ => null,
                };
                if (value is not null && ModelFor(value.SyntaxTree).GetOperation(value, _cancellationToken) is { } folded)
                {
                    _dependencies.AddNames(value);
                    RecordConstantSources(folded);
                }
            }
        }
    }

    private Val? Fail(SyntaxNode syntax, string why)
    {
        Report(DiagnosticDescriptors.NotCompileTimeValue, syntax, Shorten(syntax.ToString()), why);
        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxNode syntax, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.From(syntax), arguments));

    private EqualsValueClauseSyntax? FindInitializer(ISymbol member)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(_cancellationToken);
            var initializer = node switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (initializer is not null)
            {
                return initializer;
            }
        }

        return null;
    }

    private SemanticModel ModelFor(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            model = _compilation.GetSemanticModel(tree);
            _models[tree] = model;
        }

        return model;
    }

    /// <summary>The first declared member with <paramref name="value"/> (as C# shows an aliased value).</summary>
    private static IFieldSymbol? EnumMember(INamedTypeSymbol enumType, object value) =>
        enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));

    private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    // Positional record parameters are camel- or Pascal-case; the properties they create are Pascal-case.
    private static string ToPropertyName(string parameter) =>
        parameter.Length > 0 && char.IsLower(parameter[0]) ? char.ToUpperInvariant(parameter[0]) + parameter.Substring(1) : parameter;

    public static string MetadataName(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private static string Shorten(string text)
    {
        var singleLine = string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return singleLine.Length <= 80 ? singleLine : singleLine.Substring(0, 77) + "...";
    }
}
