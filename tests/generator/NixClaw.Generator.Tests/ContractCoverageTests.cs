extern alias Declarations;

using System.Reflection;
using NixClaw.Generator.Binding;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>
/// A property added to a declaration record is bound by the generator or the build fails: never a silent drop.
/// </summary>
public sealed class ContractCoverageTests
{
    /// <summary>
    /// Records no binder can meet yet: <c>Tool.From(method)</c> is a call the evaluator does not fold, so a
    /// <see cref="MethodTool"/> never reaches the binders until the agent tools pipeline evaluates and binds it. That
    /// pipeline removes the entry when it binds the record (and adds a method tool to the sample).
    /// </summary>
    private static readonly string[] NotYetBound = ["MethodTool.MethodName"];

    /// <summary>Every public property of every declaration record in the NixClaw package, as <c>Type.Property</c>.</summary>
    private static IEnumerable<string> RecordProperties() =>
        typeof(Declarations::NixClaw.Agent).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "NixClaw" && t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != "EqualityContract")
                .Select(p => t.Name + "." + p.Name));

    [Fact]
    public void TheBindersReadEveryPropertyOfEveryRecord()
    {
        var expected = RecordProperties().ToList();
        Assert.Contains("Agent.SyncIntervalMinutes", expected);
        Assert.Contains("SandboxPolicy.Image", expected);

        // The sample declares every kind, so every binder runs; a binder reads a property whether or not it is set.
        HostBinder.Bind(SampleHost(), secretsFileExists: true, out var read);

        var unbound = expected.Except(read).Except(NotYetBound).Order(StringComparer.Ordinal).ToList();
        Assert.True(unbound.Count == 0, "record properties no binder reads: " + string.Join(", ", unbound));
    }

    [Fact]
    public void APropertyNoBinderReadsIsAnErrorOfItsDeclaration()
    {
        var host = SampleHost();
        var research = host.Fields.Single(f => f.Name == "Research");
        var agent = (ObjVal)research.Value!;
        var location = new LocationInfo("Homelab.cs", default, default);
        var unknown = new Prop("Budget", new IntVal(5) { Location = location });
        var changed = host with
        {
            Fields = host.Fields.Select(f => f == research ? f with { Value = agent with { Props = agent.Props.Append(unknown).ToEquatableArray() } } : f).ToEquatableArray(),
        };

        var result = HostBinder.Bind(changed, secretsFileExists: true);

        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticDescriptors.GeneratorFailure.Id);
        Assert.Equal(["Agent.Budget is set but the generator does not bind it"], error.Arguments);
        Assert.Equal(location, error.Location);
    }

    [Fact]
    public void TheSampleBindsWithoutUnboundProperties() =>
        Assert.DoesNotContain(HostBinder.Bind(SampleHost(), secretsFileExists: true).Diagnostics, d => d.Id == DiagnosticDescriptors.GeneratorFailure.Id);

    private static HostClass SampleHost()
    {
        var (run, _) = GeneratorHarness.Run(GeneratorHarness.Compile("Homelab", SampleSource.Text));
        return (HostClass)Assert.Single(Assert.Single(Assert.Single(run.Results).TrackedSteps["Extract"]).Outputs).Value;
    }
}
