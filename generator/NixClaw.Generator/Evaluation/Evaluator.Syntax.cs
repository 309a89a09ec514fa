using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NixClaw.Generator.Diagnostics;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// The fast path: most declarations are literals, <c>new(...)</c> / <c>new T(...)</c> of a NixClaw record with
/// named and positional arguments and an object initializer, collection expressions, enum members and
/// references to other fields of the host class. Those are evaluated from the syntax, resolving only type names
/// (speculatively, at the field's position, cached per file) and symbols the types already have, because binding
/// every initialiser with <see cref="SemanticModel.GetOperation"/> was nearly all of a full run's cost.
/// A first pass (<see cref="Shape"/>) checks the whole initialiser and resolves what it needs without evaluating
/// anything or reporting; if any part is outside these shapes, or a conversion other than identity or a
/// reference conversion would apply, the initialiser goes through the IOperation path instead, which stays the
/// reference (a differential test compares the two on every test source).
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Off only in the tests that compare both paths.</summary>
    internal static readonly AsyncLocal<bool> DisableSyntaxPath = new();

    /// <summary>When set (tests), counts the initialisers the syntax path evaluated.</summary>
    internal static readonly AsyncLocal<System.Runtime.CompilerServices.StrongBox<int>?> SyntaxPathCount = new();

    private readonly Dictionary<(SyntaxTree Tree, string Name), ITypeSymbol?> _typeNames = new();
    private readonly Dictionary<EqualsValueClauseSyntax, Plan?> _plans = new();

    /// <summary>Whether <paramref name="member"/>'s <paramref name="initializer"/> takes the syntax path (so it needs no binding).</summary>
    public bool CanEvaluateFromSyntax(ISymbol member, EqualsValueClauseSyntax initializer) => PlanFor(member, initializer) is not null;

    private Plan? PlanFor(ISymbol member, EqualsValueClauseSyntax initializer)
    {
        if (DisableSyntaxPath.Value)
        {
            return null;
        }

        if (!_plans.TryGetValue(initializer, out var plan))
        {
            var type = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            var scope = new Scope(member.ContainingType, initializer.SyntaxTree, initializer.Parent?.Parent?.SpanStart ?? initializer.SpanStart);
            plan = type is null ? null : Shape(initializer.Value, type, scope);
            _plans[initializer] = plan;
            if (plan is not null && SyntaxPathCount.Value is { } count)
            {
                count.Value++;
            }
        }

        return plan;
    }

    private sealed record Scope(INamedTypeSymbol HostType, SyntaxTree Tree, int Position);

    private abstract record Plan(SyntaxNode Syntax);

    private sealed record ConstPlan(Val Value, SyntaxNode Syntax) : Plan(Syntax);

    private sealed record CreatePlan(INamedTypeSymbol Type, IReadOnlyList<(string Name, Plan Value)> Arguments, IReadOnlyList<(string Name, Val Value)> Defaults, IReadOnlyList<(string Name, Plan Value)> Initializers, SyntaxNode Syntax) : Plan(Syntax);

    private sealed record ListPlan(IReadOnlyList<Plan> Items, SyntaxNode Syntax) : Plan(Syntax);

    private sealed record RefPlan(ISymbol Member, SyntaxNode Syntax) : Plan(Syntax);

    private Plan? Shape(ExpressionSyntax expression, ITypeSymbol target, Scope scope)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return ShapeLiteral(literal, target);
            case ImplicitObjectCreationExpressionSyntax creation when target is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } named:
                return ShapeCreation(named, creation.ArgumentList, creation.Initializer, creation, scope);
            case ObjectCreationExpressionSyntax creation when ResolveType(creation.Type, scope) is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } created && IsIdentityOrReference(created, target):
                return ShapeCreation(created, creation.ArgumentList, creation.Initializer, creation, scope);
            case CollectionExpressionSyntax collection when ElementType(target) is { } element:
                return ShapeCollection(collection, element, scope);
            case IdentifierNameSyntax name:
                return ShapeReference(name, target, scope);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax left } access:
                return ShapeEnumMember(access, left, target, scope);
            case InvocationExpressionSyntax invocation:
                return ShapeToolFrom(invocation, target, scope);
            default:
                return null;
        }
    }

    private static Plan? ShapeLiteral(LiteralExpressionSyntax literal, ITypeSymbol target)
    {
        Val? value = literal.Kind() switch
        {
            SyntaxKind.StringLiteralExpression when target.SpecialType == SpecialType.System_String => new StrVal(literal.Token.ValueText),
            SyntaxKind.NumericLiteralExpression when literal.Token.Value is int number && target.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 => new IntVal(number),
            SyntaxKind.TrueLiteralExpression when target.SpecialType == SpecialType.System_Boolean => new BoolVal(true),
            SyntaxKind.FalseLiteralExpression when target.SpecialType == SpecialType.System_Boolean => new BoolVal(false),
            SyntaxKind.NullLiteralExpression when target.IsReferenceType || IsNullableValueType(target) => new NullVal(),
            _ => null,
        };
        return value is null ? null : new ConstPlan(value with { Location = LocationInfo.From(literal) }, literal);
    }

    private Plan? ShapeCreation(INamedTypeSymbol type, ArgumentListSyntax? argumentList, InitializerExpressionSyntax? initializer, ExpressionSyntax syntax, Scope scope)
    {
        // One public constructor that is not the record's copy constructor, without a params parameter.
        IMethodSymbol? constructor = null;
        foreach (var candidate in type.InstanceConstructors)
        {
            if (candidate.DeclaredAccessibility != Accessibility.Public
                || (candidate.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(candidate.Parameters[0].Type, type)))
            {
                continue;
            }

            if (constructor is not null)
            {
                return null;
            }

            constructor = candidate;
        }

        if (constructor is null || constructor.Parameters.Any(p => p.IsParams || p.RefKind != RefKind.None))
        {
            return null;
        }

        // Explicit arguments in source order, then defaulted parameters in parameter order (as IOperation lists them).
        var arguments = new List<(string, Plan)>();
        var bound = new bool[constructor.Parameters.Length];
        var sawNamed = false;
        var written = argumentList?.Arguments ?? default;
        for (var i = 0; i < written.Count; i++)
        {
            var argument = written[i];
            if (argument.RefKindKeyword.RawKind != 0)
            {
                return null;
            }

            IParameterSymbol? parameter;
            if (argument.NameColon is { } nameColon)
            {
                sawNamed = true;
                parameter = constructor.Parameters.FirstOrDefault(p => p.Name == nameColon.Name.Identifier.ValueText);
            }
            else
            {
                parameter = sawNamed || i >= constructor.Parameters.Length ? null : constructor.Parameters[i];
            }

            if (parameter is null || bound[parameter.Ordinal] || Shape(argument.Expression, parameter.Type, scope) is not { } value)
            {
                return null;
            }

            bound[parameter.Ordinal] = true;
            arguments.Add((ToPropertyName(parameter.Name), value));
        }

        var defaults = new List<(string, Val)>();
        foreach (var parameter in constructor.Parameters)
        {
            if (bound[parameter.Ordinal])
            {
                continue;
            }

            if (!parameter.HasExplicitDefaultValue || ConstantVal(parameter.Type, parameter.ExplicitDefaultValue) is not { } value)
            {
                return null;
            }

            defaults.Add((ToPropertyName(parameter.Name), value with { Location = LocationInfo.From(syntax) }));
        }

        var initializers = new List<(string, Plan)>();
        if (initializer is not null)
        {
            if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
            {
                return null;
            }

            foreach (var item in initializer.Expressions)
            {
                if (item is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax left } assignment
                    || FindProperty(type, left.Identifier.ValueText) is not { } property
                    || Shape(assignment.Right, property.Type, scope) is not { } value)
                {
                    return null;
                }

                initializers.Add((property.Name, value));
            }
        }

        return new CreatePlan(type, arguments, defaults, initializers, syntax);
    }

    private Plan? ShapeCollection(CollectionExpressionSyntax collection, ITypeSymbol element, Scope scope)
    {
        var items = new List<Plan>(collection.Elements.Count);
        foreach (var item in collection.Elements)
        {
            if (item is not ExpressionElementSyntax { Expression: var expression } || Shape(expression, element, scope) is not { } value)
            {
                return null;
            }

            items.Add(value);
        }

        return new ListPlan(items, collection);
    }

    private static Plan? ShapeReference(IdentifierNameSyntax name, ITypeSymbol target, Scope scope)
    {
        // In a field initialiser of a static class a simple name finds the class's own members first.
        var members = scope.HostType.GetMembers(name.Identifier.ValueText);
        if (members.Length != 1)
        {
            return null;
        }

        var (member, type) = members[0] switch
        {
            IFieldSymbol { IsStatic: true, IsReadOnly: true, IsConst: false } field => ((ISymbol?)field, field.Type),
            IPropertySymbol { IsStatic: true, SetMethod: null, IsIndexer: false } property => (property, property.Type),
            _ => (null, null!),
        };
        return member is not null && IsIdentityOrReference(type, target) ? new RefPlan(member, name) : null;
    }

    private Plan? ShapeEnumMember(MemberAccessExpressionSyntax access, IdentifierNameSyntax left, ITypeSymbol target, Scope scope)
    {
        if (ResolveType(left, scope) is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || !(SymbolEqualityComparer.Default.Equals(enumType, target) || (IsNullableValueType(target) && SymbolEqualityComparer.Default.Equals(((INamedTypeSymbol)target).TypeArguments[0], enumType)))
            || enumType.GetMembers(access.Name.Identifier.ValueText).OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue) is not { } field
            || ConstantVal(enumType, field.ConstantValue) is not { } value)
        {
            return null;
        }

        _dependencies.Add(field);
        return new ConstPlan(value with { Location = LocationInfo.From(access) }, access);
    }
}
