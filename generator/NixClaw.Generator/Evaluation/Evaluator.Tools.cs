using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.AgentTools;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// <c>Tool.From(Water)</c>: the one call a declaration may make. The method group is resolved with the semantic model
/// (from syntax when it names a method of the host class or of a named type, by binding otherwise) and becomes a
/// <c>MethodTool</c> value carrying the tool's name, so binding needs no symbols.
/// </summary>
internal sealed partial class Evaluator
{
    private const string ToolType = "NixClaw.Tool";

    // A method's tool name (null: not an [AgentTool]), read once: many agents are given the same tool.
    private readonly System.Collections.Generic.Dictionary<IMethodSymbol, string?> _toolNames = new(SymbolEqualityComparer.Default);

    private sealed record MethodToolPlan(IMethodSymbol Method, SyntaxNode Argument, SyntaxNode Syntax) : Plan(Syntax);

    /// <summary>The syntax path: <c>Tool.From(Name)</c> or <c>Tool.From(Type.Name)</c> naming exactly one method.</summary>
    private Plan? ShapeToolFrom(InvocationExpressionSyntax invocation, ITypeSymbol target, Scope scope)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "From", Expression: IdentifierNameSyntax toolName }
            || invocation.ArgumentList.Arguments.Count != 1
            || invocation.ArgumentList.Arguments[0] is not { NameColon: null, RefKindKeyword.RawKind: 0 } argument
            || ResolveType(toolName, scope) is not INamedTypeSymbol toolType || MetadataName(toolType) != ToolType || !IsIdentityOrReference(toolType, target))
        {
            return null;
        }

        var (owner, name) = argument.Expression switch
        {
            IdentifierNameSyntax simple => ((ITypeSymbol?)scope.HostType, simple.Identifier.ValueText),
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax type, Name: IdentifierNameSyntax member } =>
                (ResolveType(type, scope), member.Identifier.ValueText),
            _ => (null, ""),
        };
        var members = owner?.GetMembers(name) ?? default;
        return !members.IsDefault && members.Length == 1 && members[0] is IMethodSymbol method
            ? new MethodToolPlan(method, argument.Expression, invocation)
            : null;
    }

    /// <summary>The IOperation path: the same call after binding.</summary>
    private Val? EvalInvocation(IInvocationOperation invocation, LocationInfo? location)
    {
        if (invocation.TargetMethod is not { Name: "From", IsStatic: true } from || MetadataName(from.ContainingType) != ToolType || invocation.Arguments.Length != 1)
        {
            return Fail(invocation.Syntax, "a method call; the only call a declaration may make is Tool.From(method)");
        }

        var value = invocation.Arguments[0].Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        var method = value switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference.Method,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };
        return method is null
            ? Fail(invocation.Arguments[0].Syntax, "not a method group; Tool.From takes an [AgentTool] method by name")
            : MethodTool(method, invocation.Arguments[0].Value.Syntax, location);
    }

    private Val? RunMethodTool(MethodToolPlan plan) => MethodTool(plan.Method, plan.Argument, LocationInfo.From(plan.Syntax));

    private Val? MethodTool(IMethodSymbol method, SyntaxNode argument, LocationInfo? location)
    {
        // The tool's name lives in the method's attribute: an edit there must invalidate this evaluation.
        _dependencies.Add(method);
        var props = new System.Collections.Generic.List<Prop>
        {
            new("MethodName", new StrVal(method.Name) { Location = LocationInfo.From(argument) }),
        };
        if (!_toolNames.TryGetValue(method, out var toolName))
        {
            toolName = ToolExtractor.ToolNameOf(method);
            _toolNames.Add(method, toolName);
        }

        if (toolName is not null)
        {
            props.Add(new Prop("ToolName", new StrVal(toolName) { Location = LocationInfo.From(argument) }));
        }
        else
        {
            // Reported here; the agent keeps its other tools (no ToolName: the binder skips this one).
            Report(ToolDiagnosticDescriptors.NotAnAgentTool, argument, method.ContainingType.Name + "." + method.Name);
        }

        return new ObjVal("NixClaw.MethodTool", props.ToEquatableArray(), Origin: null) { Location = location };
    }
}
