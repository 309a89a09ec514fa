extern alias Declarations;

using System.Reflection;
using Declarations::NixClaw.Bindings;

namespace NixClaw.Generator.Tests.Support;

/// <summary>
/// Fixtures/EveryFeature.cs compiled by the real generator (assembly "EveryFeature"): its generated files, and its
/// compiled manifests, loaded as the declarations program would load them.
/// </summary>
internal static class EveryFeatureRun
{
    private static readonly Lazy<SampleRun> Instance = new(() => new SampleRun(File.ReadAllText(Repo.Path("tests", "generator", "NixClaw.Generator.Tests", "Fixtures", "EveryFeature.cs"))));

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        using var image = new MemoryStream();
        var emitted = Run.Output.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    });

    public static SampleRun Run => Instance.Value;

    /// <summary>The generated <c>Manifest</c> of the host class <paramref name="className"/> (Workshop, Desk, Kiosk).</summary>
    public static HostManifest Manifest(string className) =>
        (HostManifest)Compiled.Value.GetType("EveryFeature." + className, throwOnError: true)!
            .GetProperty("Manifest", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
