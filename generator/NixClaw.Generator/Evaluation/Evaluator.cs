using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NixClaw.Generator.Diagnostics;

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
