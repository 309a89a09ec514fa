using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Evaluation;

/// <summary>The Extract stage: evaluates every declaration field of one <c>[NixClawHost]</c> class.</summary>
internal static class HostExtractor
{
    public const string AttributeName = "NixClaw." + nameof(NixClawHostAttribute);

    public static HostClass Extract(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var compilation = context.SemanticModel.Compilation;
        if (ExtractCache.TryGet(context.TargetNode, compilation, cancellationToken, out var cached))
        {
            return cached;
        }

        var dependencies = new Dependencies();
        var result = Evaluate(context, dependencies, cancellationToken);
        ExtractCache.Store(context.TargetNode, compilation, dependencies, result);
        return result;
    }

    /// <summary>Evaluates the host class, recording in <paramref name="dependencies"/> everything the result depends on.</summary>
    public static HostClass Evaluate(GeneratorAttributeSyntaxContext context, Dependencies dependencies, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var syntax = (ClassDeclarationSyntax)context.TargetNode;
        var diagnostics = new List<DiagnosticInfo>();
        var fields = new List<DeclaredField>();
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        try
        {
            if (!type.IsStatic || type.ContainingType is not null || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClassNotStaticPartial, LocationInfo.From(syntax.Identifier.GetLocation()), type.Name));
            }

            // Every part of the class: its members, modifiers and the names its code uses.
            dependencies.Add(type);
            foreach (var part in type.DeclaringSyntaxReferences)
            {
                dependencies.AddNames(part.GetSyntax(cancellationToken));
            }

            var evaluator = new Evaluator(context.SemanticModel.Compilation, context.SemanticModel, dependencies, cancellationToken);
            PreBind(type, context.SemanticModel, evaluator, cancellationToken);
            foreach (var member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is not IFieldSymbol { IsImplicitlyDeclared: false } field || !IsDeclarationType(field.Type))
                {
                    continue;
                }

                var declarator = field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
                var location = LocationInfo.From(declarator is VariableDeclaratorSyntax v ? v.Identifier.GetLocation() : field.Locations.FirstOrDefault() ?? Location.None);
                if (!field.IsStatic || !field.IsReadOnly)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticReadonly, location, field.Name));
                    continue;
                }

                var value = declarator is null ? null : evaluator.EvalMember(field, declarator);
                fields.Add(new DeclaredField(field.Name, Evaluator.MetadataName(field.Type), value, location, Summary(field, cancellationToken)));
            }

            diagnostics.AddRange(evaluator.Diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.From(syntax.Identifier.GetLocation()), DiagnosticDescriptors.Describe(ex)));
        }

        return new HostClass(ns, type.Name, type.DeclaredAccessibility.ToString(), LocationInfo.From(syntax.Identifier.GetLocation()), fields.ToEquatableArray(), diagnostics.Distinct().ToEquatableArray());
    }

    /// <summary>
    /// Binding the field initialisers that the syntax path cannot evaluate is most of what is left of Extract's cost.
    /// The semantic model
    /// is thread-safe and keeps each bound initialiser, so binding them on all cores first leaves the
    /// sequential evaluation (whose memo and cycle detection follow references in order) only cached lookups.
    /// Best effort: a failure here shows up, and is reported, when the evaluator binds the same node.
    /// </summary>
    private static void PreBind(INamedTypeSymbol type, SemanticModel model, Evaluator evaluator, CancellationToken cancellationToken)
    {
        var initializers = new List<EqualsValueClauseSyntax>();
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: true, IsImplicitlyDeclared: false } field)
            {
                foreach (var reference in field.DeclaringSyntaxReferences)
                {
                    // Initialisers the syntax path evaluates are never bound.
                    if (reference.SyntaxTree == model.SyntaxTree
                        && reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
                        && !evaluator.CanEvaluateFromSyntax(field, initializer))
                    {
                        initializers.Add(initializer);
                    }
                }
            }
        }

        // Below this, starting tasks costs more than it saves.
        const int chunk = 32;
        if (initializers.Count < 2 * chunk)
        {
            return;
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, initializers.Count, chunk), options, range =>
        {
            for (var i = range.Item1; i < range.Item2 && !cancellationToken.IsCancellationRequested; i++)
            {
                try
                {
                    model.GetOperation(initializers[i], cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Left to the evaluator, which reports it at the field.
                }
            }
        });
    }

    /// <summary>Records of the NixClaw vocabulary (Host, Agent, Secret, ...), not helper fields of other types.</summary>
    private static bool IsDeclarationType(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
        && named.ContainingNamespace is { Name: "NixClaw", ContainingNamespace.IsGlobalNamespace: true }
        && !named.Name.EndsWith("Attribute", StringComparison.Ordinal);

    private static string? Summary(IFieldSymbol field, CancellationToken cancellationToken)
    {
        var xml = field.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = XElement.Parse(xml).Element("summary")?.Value;
            return summary is null ? null : string.Join(" ", summary.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
