using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// The syntax path's second pass: evaluating a checked <see cref="Plan"/> (and the constants it carries) into values,
/// with the same results and locations as the IOperation path.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Evaluates a plan; null when a referenced declaration failed (already reported there).</summary>
    private Val? Run(Plan plan)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var location = LocationInfo.From(plan.Syntax);
        switch (plan)
        {
            case ConstPlan constant:
                return constant.Value;
            case RefPlan reference:
                return Reference(reference.Member, reference.Syntax, location);
            case MethodToolPlan tool:
                return RunMethodTool(tool);
            case ListPlan list:
            {
                var items = new List<Val>(list.Items.Count);
                var ok = true;
                foreach (var item in list.Items)
                {
                    if (Run(item) is { } value)
                    {
                        items.Add(value);
                    }
                    else
                    {
                        ok = false;
                    }
                }

                return ok ? new ListVal(items.ToEquatableArray()) { Location = location } : null;
            }

            case CreatePlan creation:
            {
                _dependencies.Add(creation.Type);
                var props = new List<Prop>();
                var ok = true;
                foreach (var (name, argument) in creation.Arguments)
                {
                    if (Run(argument) is { } value)
                    {
                        props.Add(new Prop(name, value));
                    }
                    else
                    {
                        ok = false;
                    }
                }

                foreach (var (name, value) in creation.Defaults)
                {
                    props.Add(new Prop(name, value));
                }

                foreach (var (name, initializer) in creation.Initializers)
                {
                    if (Run(initializer) is { } value)
                    {
                        props.RemoveAll(p => p.Name == name);
                        props.Add(new Prop(name, value));
                    }
                    else
                    {
                        ok = false;
                    }
                }

                return ok ? new ObjVal(MetadataName(creation.Type), props.ToEquatableArray(), Origin: null) { Location = location } : null;
            }

            default:
                throw new InvalidOperationException("unknown plan " + plan.GetType().Name);
        }
    }

    /// <summary><see cref="FromConstant"/> without reporting: null where that would fail (or where types are unusual).</summary>
    private Val? ConstantVal(ITypeSymbol type, object? value)
    {
        if (value is null)
        {
            return type.IsReferenceType || IsNullableValueType(type) ? new NullVal() : null;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            var member = EnumMember(enumType, value);
            if (member is null)
            {
                return null;
            }

            _dependencies.Add(enumType);
            return new EnumVal(MetadataName(enumType), member.Name);
        }

        return (type.SpecialType, value) switch
        {
            (SpecialType.System_String, string s) => new StrVal(s),
            (SpecialType.System_Boolean, bool b) => new BoolVal(b),
            (SpecialType.System_Int32, int i) => new IntVal(i),
            (SpecialType.System_Int64, long l) => new IntVal(l),
            _ => null,
        };
    }
}
