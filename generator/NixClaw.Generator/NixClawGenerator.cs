using System.Linq;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Binding;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Emitting;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Model;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator;

/// <summary>
/// Turns <c>[NixClawHost]</c> classes into typed bindings and the host's Nix files.
/// Discover → Extract (evaluate fields) → Bind (typed, validated model) → Collect (project) → Emit.
/// Cached models hold no symbols, syntax, locations or compilations.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NixClawGenerator : IIncrementalGenerator
{
    /// <summary>Version stamped into generated code.</summary>
    public const string Version = "0.1.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Discover and Extract: evaluate each host class's declarations at compile time.
        var classes = context.SyntaxProvider
            .ForAttributeWithMetadataName(HostExtractor.AttributeName, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax, HostExtractor.Extract)
            .WithTrackingName(TrackingNames.Extract);

        // Bind: typed, validated host model plus diagnostics (which keep their locations).
        // Whether nix/secrets/ holds an encrypted secrets file yet (NixClaw.targets): it decides how strict a missing recipient is.
        var secretsFileExists = context.AnalyzerConfigOptionsProvider.Select(static (o, _) =>
            o.GlobalOptions.TryGetValue("build_property.NixClawSecretsFileExists", out var value) && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase));
        var bound = classes.Combine(secretsFileExists)
            .Select(static (c, _) => (Class: c.Left, Result: HostBinder.Bind(c.Left, c.Right)))
            .WithTrackingName(TrackingNames.Bind);

        // The model alone: equal across edits that only move code, so emitters stay cached.
        var hosts = bound.Select(static (b, _) => b.Result.Host).WithTrackingName(TrackingNames.HostModels);

        // Emit bindings per host class.
        context.RegisterSourceOutput(hosts, static (spc, host) =>
        {
            if (host is not null)
            {
                Guarded(spc, () => spc.AddSource(BindingsEmitter.HintName(host), BindingsEmitter.Emit(host, Version)));
            }
        });

        // Collect: all hosts of the project, sorted, then the Nix files.
        var programName = context.CompilationProvider.Select(static (c, _) => c.AssemblyName ?? "nixclaw");
        var project = hosts.Collect()
            .Select(static (all, _) => new ProjectModel(all.Where(h => h is not null).Select(h => h!).OrderBy(h => h.Name, System.StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Project);
        // Where the flake builds the project from: MSBuild's NixClawFlakeSrc/NixClawFlakeProjectFile/NixClawFlakePackageSource (NixClaw.targets).
        var flakeSource = context.AnalyzerConfigOptionsProvider.Combine(programName).Select(static (o, _) =>
        {
            o.Left.GlobalOptions.TryGetValue("build_property.NixClawFlakeSrc", out var src);
            o.Left.GlobalOptions.TryGetValue("build_property.NixClawFlakeProjectFile", out var projectFile);
            o.Left.GlobalOptions.TryGetValue("build_property.NixClawFlakePackageSource", out var packageSource);
            return FlakeSource.From(src, projectFile, o.Right, packageSource);
        });
        var files = project.Combine(programName).Combine(flakeSource)
            .WithTrackingName(TrackingNames.Files);
        context.RegisterSourceOutput(files, static (spc, p) => Guarded(spc, () => spc.AddSource(CarrierEmitter.HintName, CarrierEmitter.Emit(OutputFiles.Render(p.Left.Left, p.Left.Right, p.Right), p.Right))));

        // Agent tools: each [AgentTool] method becomes a generated AgentToolFunction; every host's manifest lists them.
        var toolDiagnostics = DeclaredTools(context, hosts, project);

        // Diagnostics: extraction, binding and cross-host checks, mapped back onto the current trees.
        var diagnostics = bound.Select(static (b, _) => b.Class.Diagnostics.Concat(b.Result.Diagnostics).ToEquatableArray())
            .Collect()
            .Combine(classes.Collect().Select(static (all, _) => ProjectChecks.DuplicateHosts(all)))
            .Combine(toolDiagnostics)
            .Select(static (d, _) => d.Left.Left.SelectMany(x => x).Concat(d.Left.Right).Concat(d.Right).Distinct().ToEquatableArray())
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics.Combine(context.CompilationProvider), static (spc, d) =>
        {
            foreach (var diagnostic in d.Left)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic(d.Right));
            }
        });
    }

    /// <summary>
    /// The tool pipeline: Extract per attributed method (cached per method, null when it is not a tool), the models alone (unchanged by edits that only move
    /// code), one function class per tool, the sorted set for the manifests, and the project-wide checks.
    /// </summary>
    private static IncrementalValueProvider<EquatableArray<DiagnosticInfo>> DeclaredTools(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<HostModel?> hosts, IncrementalValueProvider<ProjectModel> project)
    {
        var tools = context.SyntaxProvider
            .CreateSyntaxProvider(AgentTools.ToolExtractor.MayBeTool, AgentTools.ToolExtractor.Extract)
            .WithTrackingName(TrackingNames.ToolExtract)
            .Where(static t => t is not null)
            .Select(static (t, _) => t!);
        var models = tools.Select(static (t, _) => t.Model).WithTrackingName(TrackingNames.ToolModels);
        context.RegisterSourceOutput(models, static (spc, tool) =>
        {
            if (tool is not null)
            {
                Guarded(spc, () => spc.AddSource(AgentTools.ToolFunctionEmitter.HintName(tool), AgentTools.ToolFunctionEmitter.Emit(tool, Version)));
            }
        });

        var toolSet = models.Collect()
            .Select(static (all, _) => all.Where(t => t is not null).Select(t => t!).OrderBy(t => t.Name, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.ToolSet);
        context.RegisterSourceOutput(hosts.Combine(toolSet), static (spc, h) =>
        {
            if (h.Left is not null && h.Right.Count > 0)
            {
                Guarded(spc, () => spc.AddSource(AgentTools.ToolManifestEmitter.HintName(h.Left), AgentTools.ToolManifestEmitter.Emit(h.Left, h.Right)));
            }
        });

        return tools.Collect().Combine(project)
            .Select(static (t, _) => t.Left.SelectMany(x => x.Diagnostics).Concat(AgentTools.ToolChecks.Check(t.Left, t.Right)).ToEquatableArray())
            .WithTrackingName(TrackingNames.ToolDiagnostics);
    }

    /// <summary>An emitter bug becomes an NCLAW999 error instead of a silently skipped output (CS8785).</summary>
    private static void Guarded(SourceProductionContext context, System.Action emit)
    {
        try
        {
            emit();
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, DiagnosticDescriptors.Describe(ex)));
        }
    }
}
