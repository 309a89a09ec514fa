using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NixClaw.Generator.Diagnostics;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// The IOperation path for scalar values: folded constants (and the declarations they fold from, recorded as
/// dependencies), string concatenation and interpolation.
/// </summary>
internal sealed partial class Evaluator
{
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
}
