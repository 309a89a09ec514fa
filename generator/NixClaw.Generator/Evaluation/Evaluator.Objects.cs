using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// The IOperation path for values with parts: object creation (positional, named and defaulted arguments, object
/// initialisers), <c>with</c> expressions, collections and arrays, and reading a member of an evaluated declaration.
/// </summary>
internal sealed partial class Evaluator
{
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
}
