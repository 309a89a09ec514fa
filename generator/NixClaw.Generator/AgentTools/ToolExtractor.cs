using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.AgentTools;

/// <summary>The Extract stage of one <c>[AgentTool]</c> method: its name, schema shapes, result and every NCLAW6xx problem at its line.</summary>
internal static class ToolExtractor
{
    public const string AttributeName = "NixClaw.AgentToolAttribute";
    public const string ToolContextType = "NixClaw.Tools.ToolContext";

    /// <summary>The names the built-in tools give the model (see HostBinder's tool names).</summary>
    public static readonly IReadOnlyCollection<string> BuiltInNames = new[] { "exec", "read", "write", "edit", "list", "web_search" };

    /// <summary>What OpenAI and Anthropic accept as a function name.</summary>
    public static readonly Regex ValidName = new("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Syntax-only filter: any method with attributes. Whether one of them is <c>[AgentTool]</c> needs binding, which
    /// <see cref="Extract(GeneratorSyntaxContext, CancellationToken)"/> does once and then remembers.
    /// </summary>
    public static bool MayBeTool(SyntaxNode node, CancellationToken cancellationToken) =>
        node is MethodDeclarationSyntax { AttributeLists.Count: > 0 };

    /// <summary>
    /// The extraction of an <c>[AgentTool]</c> method, or null for a method with other attributes only. Not
    /// <c>ForAttributeWithMetadataName</c>: that looks up every candidate's symbol and attributes again after any
    /// edit anywhere, before its transform could answer from <see cref="ToolExtractCache"/>, and with hundreds of tools
    /// that lookup alone is the whole incremental budget. Here a remembered result, tool or not, costs a cache check.
    /// </summary>
    public static ToolExtraction? Extract(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var compilation = context.SemanticModel.Compilation;
        if (ToolExtractCache.TryGet(context.Node, compilation, cancellationToken, out var cached))
        {
            return cached;
        }

        var dependencies = new Dependencies();
        var result = Discover((MethodDeclarationSyntax)context.Node, context.SemanticModel, dependencies, cancellationToken);
        ToolExtractCache.Store(context.Node, compilation, dependencies, result);
        return result;
    }

    private static ToolExtraction? Discover(MethodDeclarationSyntax syntax, SemanticModel semanticModel, Dependencies dependencies, CancellationToken cancellationToken)
    {
        // Every name the declaration writes (its attributes' too): a new type named like one could change what they bind to.
        dependencies.AddNames(syntax);
        if (semanticModel.GetDeclaredSymbol(syntax, cancellationToken) is not IMethodSymbol method)
        {
            return null;
        }

        AttributeData? attribute = null;
        foreach (var candidate in method.GetAttributes())
        {
            if (candidate.AttributeClass is { } attributeClass)
            {
                dependencies.Add(attributeClass);
                if (attribute is null && IsAgentToolAttribute(attributeClass))
                {
                    attribute = candidate;
                }
            }
        }

        return attribute is null ? null : Extract(method, syntax, attribute, dependencies, ShapeMemo.Of(semanticModel.Compilation), cancellationToken);
    }

    private static ToolExtraction Extract(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, Dependencies dependencies, ShapeMemo shapes, CancellationToken cancellationToken)
    {
        var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        var nameArgument = attributeSyntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Name");
        var name = NameOf(method, attribute);
        var inProcess = attribute.NamedArguments.FirstOrDefault(a => a.Key == "InProcess").Value.Value is true;
        var attributeLocation = LocationInfo.From((SyntaxNode?)attributeSyntax ?? syntax.Identifier.Parent);
        var nameLocation = nameArgument is not null ? LocationInfo.From(nameArgument.Expression) : attributeLocation;

        // The method and its class (accessibility, containing types).
        dependencies.Add(method);
        dependencies.Add(method.ContainingType);

        var diagnostics = new List<DiagnosticInfo>();
        void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        if (!ValidName.IsMatch(name))
        {
            Report(ToolDiagnosticDescriptors.InvalidToolName, nameLocation, name);
        }
        else if (BuiltInNames.Contains(name))
        {
            Report(ToolDiagnosticDescriptors.ToolNameTaken, nameLocation, name, "a built-in tool");
        }

        var identifier = LocationInfo.From(syntax.Identifier.GetLocation());
        var display = method.ContainingType.Name + "." + method.Name;
        if (!method.IsStatic)
        {
            Report(ToolDiagnosticDescriptors.InvalidToolMethod, identifier, display, "static: NixClaw calls it without an instance");
        }
        else if (method.IsGenericMethod || IsInGenericType(method))
        {
            Report(ToolDiagnosticDescriptors.InvalidToolMethod, identifier, display, "non-generic: the model's arguments cannot choose a type");
        }
        else if (!IsVisibleToProject(method))
        {
            Report(ToolDiagnosticDescriptors.InvalidToolMethod, identifier, display, "internal or public (and in internal or public classes): the generated function calls it from outside its class");
        }

        var doc = DocComment.Of(syntax);
        var summary = doc.Summary;
        if (summary is null)
        {
            Report(ToolDiagnosticDescriptors.MissingSummary, identifier, name);
        }

        var reader = new ShapeReader(dependencies, cancellationToken, shapes);
        var parameters = new List<ToolParameter>();
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
            var csharpName = SyntaxFacts.GetKeywordKind(parameter.Name) != SyntaxKind.None ? "@" + parameter.Name : parameter.Name;
            if (parameter.RefKind != RefKind.None)
            {
                var modifier = parameterSyntax?.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword));
                var where = modifier is { } token && token != default ? LocationInfo.From(token.GetLocation()) : LocationInfo.From(parameterSyntax);
                Report(ToolDiagnosticDescriptors.ByReferenceParameter, where, parameter.Name, name, RefKindText(parameter.RefKind));
                continue;
            }

            var typeName = parameter.Type.ToDisplayString();
            if (typeName == ToolContextType)
            {
                parameters.Add(new ToolParameter(parameter.Name, csharpName, ParameterSource.Context, null, null, false, null, null, ToolConstraints.None));
                continue;
            }

            if (typeName == "System.Threading.CancellationToken")
            {
                parameters.Add(new ToolParameter(parameter.Name, csharpName, ParameterSource.CancellationToken, null, null, false, null, null, ToolConstraints.None));
                continue;
            }

            var (shape, nullable, problem) = reader.Read(parameter.Type);
            if (shape is null)
            {
                Report(ToolDiagnosticDescriptors.NoSchemaMapping, LocationInfo.From(parameterSyntax?.Type) ?? identifier, parameter.Name, name, parameter.Type.ToDisplayString(), problem ?? "unsupported type");
                continue;
            }

            var attributes = parameter.GetAttributes();
            var description = ShapeReader.Description(attributes) ?? doc.Param(parameter.Name);
            if (description is null)
            {
                Report(ToolDiagnosticDescriptors.MissingParameterDescription, LocationInfo.From(parameterSyntax is null ? syntax.Identifier.GetLocation() : parameterSyntax.Identifier.GetLocation()), parameter.Name, name);
            }

            var (defaultCode, defaultJson) = ShapeReader.Default(parameter);
            parameters.Add(new ToolParameter(parameter.Name, csharpName, ParameterSource.Argument, shape, description, nullable, defaultCode, defaultJson, ShapeReader.Constraints(attributes)));
        }

        var result = ReadResult(method.ReturnType, reader);
        if (result is null)
        {
            Report(ToolDiagnosticDescriptors.UnsupportedReturnType, LocationInfo.From(syntax.ReturnType), name, method.ReturnType.ToDisplayString());
        }

        var methodKey = MethodKey(method);
        var model = diagnostics.Count == 0 && result is not null
            ? new ToolModel(name, method.Name, ShapeReader.Display(method.ContainingType) + "." + EscapedName(method.Name), ClassName(method), summary ?? "", inProcess, parameters.ToEquatableArray(), result)
            : null;
        return new ToolExtraction(name, methodKey, model, attributeLocation, nameLocation, diagnostics.ToEquatableArray());
    }

    /// <summary>How <c>Tool.From</c> and <c>[AgentTool]</c> name the same method: its containing type's metadata name and its name.</summary>
    public static string MethodKey(IMethodSymbol method) => Evaluator.MetadataName(method.ContainingType) + "." + method.Name;

    /// <summary>The method name in snake_case: <c>GetDiskUsage</c> is <c>get_disk_usage</c>, <c>HTTPGet</c> is <c>http_get</c>.</summary>
    public static string DefaultName(string methodName)
    {
        var name = new StringBuilder(methodName.Length + 4);
        for (var i = 0; i < methodName.Length; i++)
        {
            var c = methodName[i];
            if (char.IsUpper(c))
            {
                var afterLower = i > 0 && (char.IsLower(methodName[i - 1]) || char.IsDigit(methodName[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(methodName[i - 1]) && i + 1 < methodName.Length && char.IsLower(methodName[i + 1]);
                if ((afterLower || endsAcronym) && name.Length > 0 && name[name.Length - 1] != '_')
                {
                    name.Append('_');
                }

                name.Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }

    /// <summary>The tool name an <c>[AgentTool]</c> method declares (or its default); null when it is not one (for <c>Tool.From</c>).</summary>
    public static string? ToolNameOf(IMethodSymbol method) =>
        method.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } c && IsAgentToolAttribute(c)) is { } attribute ? NameOf(method, attribute) : null;

    private static string NameOf(IMethodSymbol method, AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string ?? DefaultName(method.Name);

    private static bool IsAgentToolAttribute(INamedTypeSymbol attributeClass) =>
        attributeClass is { Name: "AgentToolAttribute", ContainingType: null, ContainingNamespace: { Name: "NixClaw", ContainingNamespace.IsGlobalNamespace: true } };

    private static ToolResult? ReadResult(ITypeSymbol type, ShapeReader reader)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return new ToolResult(ResultKind.Nothing, null, false, Awaited: false);
        }

        var definition = type.OriginalDefinition.ToDisplayString();
        if (definition is "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask")
        {
            return new ToolResult(ResultKind.Nothing, null, false, Awaited: true);
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && definition is "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>")
        {
            return ReadValue(generic.TypeArguments[0], reader) is { } inner ? inner with { Awaited = true } : null;
        }

        return ReadValue(type, reader);
    }

    private static ToolResult? ReadValue(ITypeSymbol type, ShapeReader reader)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return new ToolResult(ResultKind.Text, null, false, Awaited: false);
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } stream
            && stream.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IAsyncEnumerable<T>"
            && stream.TypeArguments[0].SpecialType == SpecialType.System_String)
        {
            return new ToolResult(ResultKind.TextStream, null, false, Awaited: false);
        }

        var (shape, nullable, _) = reader.Read(type);
        return shape is null ? null : new ToolResult(ResultKind.Json, shape, nullable, Awaited: false);
    }

    private static bool IsInGenericType(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVisibleToProject(IMethodSymbol method)
    {
        for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingType)
        {
            if (symbol.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }

            if (symbol.ContainingType is null)
            {
                break;
            }
        }

        return true;
    }

    private static string ClassName(IMethodSymbol method) =>
        new string(Evaluator.MetadataName(method.ContainingType).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()) + "_" + method.Name + "Tool";

    private static string EscapedName(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static string RefKindText(RefKind kind) => kind switch
    {
        RefKind.Out => "out",
        RefKind.Ref => "ref",
        RefKind.In => "in",
        _ => "ref readonly",
    };
}
