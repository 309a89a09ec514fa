using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// The syntax path's type questions, answered without binding an initialiser: what a type name binds to at the
/// field's position, a record's properties, element types, and which conversions keep a value as it is.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>A type name as C# would bind it at the field's position (its file's usings, the host class's scope).</summary>
    private ITypeSymbol? ResolveType(TypeSyntax name, Scope scope)
    {
        var key = (scope.Tree, name.ToString());
        if (!_typeNames.TryGetValue(key, out var type))
        {
            var info = ModelFor(scope.Tree).GetSpeculativeSymbolInfo(scope.Position, name, SpeculativeBindingOption.BindAsTypeOrNamespace);
            type = info.Symbol as ITypeSymbol;
            if (type is not null)
            {
                _dependencies.Add(type);
            }

            _typeNames[key] = type;
        }

        return type;
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false, SetMethod: not null, IsIndexer: false } property)
                {
                    return property;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The element type of an array or of IEnumerable/IReadOnlyList/IReadOnlyCollection/IList/ICollection.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol target) => target switch
    {
        IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named when named.OriginalDefinition.SpecialType is
            SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IReadOnlyList_T
            or SpecialType.System_Collections_Generic_IReadOnlyCollection_T or SpecialType.System_Collections_Generic_IList_T
            or SpecialType.System_Collections_Generic_ICollection_T => named.TypeArguments[0],
        _ => null,
    };

    /// <summary>Identity (ignoring nullable annotations) or an implicit reference conversion to a base class or interface.</summary>
    private static bool IsIdentityOrReference(ITypeSymbol source, ITypeSymbol target)
    {
        if (!source.IsReferenceType || !target.IsReferenceType)
        {
            return SymbolEqualityComparer.Default.Equals(source, target);
        }

        for (var current = source; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, target))
            {
                return true;
            }
        }

        return source.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, target));
    }

    private static bool IsNullableValueType(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
}
