using Microsoft.CodeAnalysis;
using NixClaw.Generator.Binding;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Tests.Support;
using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW0xx: declaration shape and evaluation, plus the valid inputs that must stay silent.</summary>
public sealed class DeclarationDiagnosticsTests
{
    private const string NotCompileTime = "is not a compile-time value";

    [Fact]
    public void ValidSampleHasNoDiagnosticAtAll()
    {
        var (run, output) = DiagnosticAssert.Clean(SampleSource.Text);
        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Severity != DiagnosticSeverity.Hidden);
    }

    [Fact]
    public void ValidMinimalHostHasNoDiagnosticAtAll()
    {
        var (run, _) = DiagnosticAssert.Clean(Sources.Minimal());
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void NCLAW001_MethodCallIsNotACompileTimeValue() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Research\"", "DisplayName = [|System.DateTime.Now.ToString()|]")),
            Error("NCLAW001", $"'System.DateTime.Now.ToString()' {NotCompileTime} (a method call; the only call a declaration may make is Tool.From(method)); declarations must be built from literals, consts, enums and other declarations"));

    [Fact]
    public void NCLAW001_MutableStaticFieldIsNotACompileTimeValue() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal(
                "public static string Team = \"ops\";\n" +
                "public static readonly User Ops = new([|Team|], UserRole.Admin) { SshKeys = [\"" + Sources.AdminKey + "\"] };"),
            Error("NCLAW001", $"'Team' {NotCompileTime} (a mutable static field); declarations must be built from literals, consts, enums and other declarations"));

    [Fact]
    public void NCLAW001_PropertyLeftAtItsDefaultCannotBeRead() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Notes\"", "DisplayName = [|Research.WorkspaceTemplate|]")),
            Error("NCLAW001", $"'Research.WorkspaceTemplate' {NotCompileTime} ('WorkspaceTemplate' keeps its default value, which is only known at run time; set it explicitly); declarations must be built from literals, consts, enums and other declarations"));

    [Fact]
    public void NCLAW001_InterpolationWithFormatIsRejected() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Research\"", "DisplayName = $\"R[|{Gateway.Port:D6}|]\"")),
            Error("NCLAW001", $"'{{Gateway.Port:D6}}' {NotCompileTime} (an interpolation with alignment or format); declarations must be built from literals, consts, enums and other declarations"));

    [Fact]
    public void NCLAW001_FloatingPointConstantIsRejected() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Research\"", "DisplayName = \"R\" + [|1.5|]")),
            Error("NCLAW001", $"'1.5' {NotCompileTime} (a Double constant, which declarations do not use); declarations must be built from literals, consts, enums and other declarations"));

    [Fact]
    public void NCLAW002_FieldFromMetadataHasNoInitializer() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Notes\"", "DisplayName = [|string.Empty|]")),
            Error("NCLAW002", "'String.Empty' has no initializer in this project; reference a field declared in source with an initializer"));

    [Fact]
    public void NCLAW002_FieldAssignedInAStaticConstructorHasNoInitializer() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("new(AuthKey: TailscaleAuthKey)", "new(AuthKey: [|Keys.Tailscale|])"),
                ("namespace Homelab;", "namespace Homelab;\n\ninternal static class Keys\n{\n    public static readonly Secret Tailscale;\n\n    static Keys() => Tailscale = new(\"tailscale_authkey\");\n}")),
            Error("NCLAW002", "'Keys.Tailscale' has no initializer in this project; reference a field declared in source with an initializer"));

    [Fact]
    public void NCLAW003_TwoDeclarationsReferringToEachOther() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal("""
                public static readonly Secret? X = Y;
                public static readonly Secret? Y = [|X|];
                """),
            Error("NCLAW003", "Cycle through 'Box.X': a declaration refers back to itself"));

    [Fact]
    public void NCLAW003_DeclarationReferringToItselfThroughAProperty() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("DisplayName = \"Research\"", "DisplayName = [|Research|]!.Id")),
            Error("NCLAW003", "Cycle through 'Homelab.Research': a declaration refers back to itself"));

    [Fact]
    public void NCLAW004_ClassThatIsNotStatic() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal().Replace("public static partial class Box", "public partial class [|Box|]"),
            Error("NCLAW004", "Class 'Box' must be a top-level 'static partial' class to hold NixClaw declarations"));

    [Fact]
    public void NCLAW004_NestedHostClass()
    {
        var source = Sources.Minimal()
            .Replace("[NixClawHost]\npublic static partial class Box", "public static partial class Outer\n{\n[NixClawHost]\npublic static partial class [|Box|]")
            + "}\n";
        DiagnosticAssert.Exactly(source, Error("NCLAW004", "Class 'Box' must be a top-level 'static partial' class to hold NixClaw declarations"));
    }

    [Fact]
    public void NCLAW005_DeclarationThatIsNotReadonly() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal("public static Secret [|Token|] = new(\"token\");"),
            Error("NCLAW005", "Declaration 'Token' must be 'static readonly'"));

    [Fact]
    public void NCLAW006_EmptyHostName() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"nixclaw\")", "new([|\"\"|])")),
            Error("NCLAW006", "'Nixclaw.Name' must not be null or empty"));

    [Fact]
    public void NCLAW006_ModelWithoutModelId() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("ModelProvider.OpenAI, \"gpt-4.1\")", "ModelProvider.OpenAI, [|\"\"|])")),
            Error("NCLAW006", "'Gpt.ModelId' must not be null or empty"));

    [Fact]
    public void NCLAW006_PartitionWithoutName() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new Partition(\"root\",", "new Partition([|\"\"|],")),
            Error("NCLAW006", "'Main.Partitions.Name' must not be null or empty"));

    [Fact]
    public void NCLAW007_TwoAgentsWithTheSameId() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Id = \"notes\"", "Id = [|\"research\"|]")),
            Error("NCLAW007", "Agent id 'research' is already declared by 'Research'; names must be unique"));

    [Fact]
    public void NCLAW007_TwoAgentsInTheSameChannel() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Channel = \"notes\"", "Channel = [|\"research\"|]")),
            Error("NCLAW007", "Channel 'research' is already declared by 'Research'; names must be unique"));

    [Fact]
    public void NCLAW007_TwoSecretsWithTheSameKey() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"tailscale_authkey\")", "new([|\"gitea/token\"|])")),
            Error("NCLAW007", "Secret key 'gitea/token' is already declared by 'GiteaToken'; names must be unique"));

    [Fact]
    public void NCLAW007_TwoUsersWithTheSameName() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal("public static readonly User Other = new([|\"admin\"|], UserRole.Admin) { SshKeys = [\"" + Sources.AdminKey + "\"] };"),
            Error("NCLAW007", "User name 'admin' is already declared by 'Admin'; names must be unique"));

    [Fact]
    public void NCLAW007_TwoModelsWithTheSameName() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"llama\", ModelProvider.Ollama", "new([|\"gpt\"|], ModelProvider.Ollama")),
            Error("NCLAW007", "Model name 'gpt' is already declared by 'Gpt'; names must be unique"));

    [Fact]
    public void NCLAW007_TwoPartitionsWithTheSameName() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new Partition(\"root\",", "new Partition([|\"ESP\"|],")),
            Error("NCLAW007", "Partition name 'ESP' is already declared by 'Main'; names must be unique"));

    [Fact]
    public void NCLAW007_TwoDisksWithTheSameName() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal("public static readonly Disk Data = new([|\"main\"|], \"/dev/vdb\", [new Partition(\"data\", \"100%\", Filesystem.Xfs, \"/data\")]);"),
            Error("NCLAW007", "Disk name 'main' is already declared by 'Main'; names must be unique"));

    [Fact]
    public void NCLAW008_SecondGateway() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("{ AuthToken = GatewayToken };", "{ AuthToken = GatewayToken };\n\n    public static readonly Gateway [|Gateway2|] = new(Port: 18790);")),
            Error("NCLAW008", "Only one Gateway may be declared per host; 'Gateway2' repeats it"));

    [Fact]
    public void NCLAW008_SecondMattermost() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("public static readonly Gitea Git", "public static readonly Mattermost [|Chat2|] = Chat with { Team = \"other\" };\n\n    public static readonly Gitea Git")),
            Error("NCLAW008", "Only one Mattermost may be declared per host; 'Chat2' repeats it"));

    [Fact]
    public void NCLAW009_UrlWithoutScheme() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"https://mattermost.fitzsky.com\"", "new([|\"mattermost.fitzsky.com\"|]")),
            Error("NCLAW009", "'mattermost.fitzsky.com' is not a valid URL for Mattermost: it is not an absolute URL"));

    [Fact]
    public void NCLAW009_UrlWithAnotherScheme() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"https://gitea.fitzsky.com\"", "new([|\"ftp://gitea.fitzsky.com\"|]")),
            Error("NCLAW009", "'ftp://gitea.fitzsky.com' is not a valid URL for Gitea: the scheme must be http or https"));

    [Fact]
    public void NCLAW009_UrlWithCredentialsIsNotEchoed() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"https://gitea.fitzsky.com\"", "new([|\"https://bot:hunter2@gitea.fitzsky.com\"|]")),
            Error("NCLAW009", "'https://(credentials hidden)@gitea.fitzsky.com' is not a valid URL for Gitea: credentials belong in a Secret, not in the URL"));

    [Fact]
    public void NCLAW009_UrlWithQuery() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"https://mattermost.fitzsky.com\"", "new([|\"https://mattermost.fitzsky.com/?team=x\"|]")),
            Error("NCLAW009", "'https://mattermost.fitzsky.com/?team=x' is not a valid URL for Mattermost: it must not have a query or fragment"));

    [Fact]
    public void NCLAW010_PlainHttpToARemoteServer() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"https://mattermost.fitzsky.com\"", "new([|\"http://mattermost.fitzsky.com\"|]")),
            Warning("NCLAW010", "Mattermost 'http://mattermost.fitzsky.com' uses plain http; tokens would cross the network unencrypted"));

    [Fact]
    public void NCLAW010_PlainHttpModelEndpointOnTheNetwork() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Endpoint = \"http://127.0.0.1:11434/v1\"", "Endpoint = [|\"http://192.168.1.20:11434/v1\"|]")),
            Warning("NCLAW010", "model 'llama' 'http://192.168.1.20:11434/v1' uses plain http; tokens would cross the network unencrypted"));

    [Fact]
    public void NCLAW999_BinderFailureIsReportedOnTheClassInsteadOfThrowing()
    {
        // No C# input is known to make the generator throw, so this feeds the binder a malformed model directly.
        var location = new LocationInfo("File0.cs", new Microsoft.CodeAnalysis.Text.TextSpan(10, 3), default);
        var broken = new ObjVal("NixClaw.Host", new EquatableArray<Prop>(new Prop[] { null! }), Origin: null);
        var hostClass = new HostClass("", "Box", "Public", location, new EquatableArray<DeclaredField>(new[] { new DeclaredField("Machine", "NixClaw.Host", broken, location, null) }), EquatableArray<DiagnosticInfo>.Empty);

        var result = HostBinder.Bind(hostClass);

        Assert.Null(result.Host);
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal(location, info.Location);
        var diagnostic = info.ToDiagnostic(compilation: null);
        Assert.Equal("NCLAW999", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("NixClaw generator failed: NullReferenceException: Object reference not set to an instance of an object. Please report this.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
