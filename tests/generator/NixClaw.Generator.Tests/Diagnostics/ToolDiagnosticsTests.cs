using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW6xx: mistakes in [AgentTool] methods and Tool.From, each at its line.</summary>
public sealed class ToolDiagnosticsTests
{
    /// <summary>The sample with <paramref name="given"/> added to the homelab agent's tools, and <paramref name="members"/> in a tools class.</summary>
    private static string[] Project(string members, string given = "") =>
    [
        Sources.Sample(("Tools = [new ExecTool(), new FileTools()],", "Tools = [new ExecTool(), new FileTools()" + given + "],")),
        $$"""
        using System.ComponentModel;
        using NixClaw;
        using NixClaw.Tools;

        public static class GardenTools
        {
        {{members}}
        }
        """,
    ];

    private const string Described = "    /// <summary>Says hello.</summary>\n    /// <param name=\"name\">Who to greet.</param>\n";

    [Fact]
    public void ParameterTypeWithoutSchemaMapping() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Bad([|object|] name) => \"\";", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW601", "Parameter 'name' of tool 'bad' has type 'object', which has no JSON schema mapping: use string, bool, a number type, an enum, DateTime, DateTimeOffset, Guid, Uri, TimeSpan, an array or list of those, or a record or struct of those"));

    [Theory]
    [InlineData("System.Version")]
    [InlineData("System.DateOnly")]
    [InlineData("System.Collections.Generic.Dictionary<string, int>")]
    [InlineData("System.ReadOnlySpan<char>")]
    public void SystemTypesWithoutAStandardFormatStillHaveNoMapping(string type) => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Bad([|" + type + "|] name) => \"\";", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW601", "Parameter 'name' of tool 'bad' has type '" + type + "', which has no JSON schema mapping: use string, bool, a number type, an enum, DateTime, DateTimeOffset, Guid, Uri, TimeSpan, an array or list of those, or a record or struct of those"));

    [Fact]
    public void AStructMemberWithoutMappingIsNamed() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Bad([|Slot|] name) => \"\";\n    public readonly record struct Slot(System.Version Version);", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW601", "Parameter 'name' of tool 'bad' has type 'GardenTools.Slot', which has no JSON schema mapping: member 'Version' of 'Slot': use string, bool, a number type, an enum, DateTime, DateTimeOffset, Guid, Uri, TimeSpan, an array or list of those, or a record or struct of those"));

    [Fact]
    public void MissingSummary() => DiagnosticAssert.Exactly(
        Project("    [AgentTool] public static string [|Bad|]([Description(\"Who to greet.\")] string name) => name;", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW602", "Tool 'bad' has no <summary> doc comment; it is the description the model reads to decide when to call it"));

    [Fact]
    public void MissingParameterDescription() => DiagnosticAssert.Exactly(
        Project("    /// <summary>Says hello.</summary>\n    [AgentTool] public static string Bad(string [|who|]) => who;", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW603", "Parameter 'who' of tool 'bad' has no <param> doc comment or [Description]; the model reads it to fill the argument"));

    [Fact]
    public void InvalidToolName() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool(Name = [|\"say hello\"|])] public static string Bad(string name) => name;", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW604", "Tool name 'say hello' is not a valid function name: use 1 to 64 letters, digits, '_' and '-'"));

    [Fact]
    public void ToolNameTakenByABuiltInTool() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool(Name = [|\"exec\"|])] public static string Bad(string name) => name;"),
        Error("NCLAW605", "Tool name 'exec' is already taken by a built-in tool"));

    [Fact]
    public void ToolNameTakenByAnotherTool() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool(Name = \"greet\")] public static string First(string name) => name;\n" + Described + "    [AgentTool(Name = [|\"greet\"|])] public static string Second(string name) => name;", ", Tool.From(GardenTools.First)"),
        Error("NCLAW605", "Tool name 'greet' is already taken by the tool method 'GardenTools.First'"));

    [Fact]
    public void NonStaticMethod() => DiagnosticAssert.Exactly(
        ["""
         using NixClaw;
         public class GardenTools
         {
             /// <summary>Says hello.</summary>
             /// <param name="name">Who to greet.</param>
             [[|AgentTool|]] public string [|Bad|](string name) => name;
         }
         """],
        Warning("NCLAW611", "Tool 'bad' is not given to any agent"),
        Error("NCLAW606", "Tool method 'GardenTools.Bad' must be static: NixClaw calls it without an instance"));

    [Fact]
    public void GenericMethod() => DiagnosticAssert.Exactly(
        Project(Described + "    [[|AgentTool|]] public static string [|Bad|]<T>(string name) => name;"),
        Warning("NCLAW611", "Tool 'bad' is not given to any agent"),
        Error("NCLAW606", "Tool method 'GardenTools.Bad' must be non-generic: the model's arguments cannot choose a type"));

    [Fact]
    public void OutParameter() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Bad([|out|] string name) { name = \"\"; return name; }", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW607", "Parameter 'name' of tool 'bad' is passed by 'out'; tool arguments are values from JSON"));

    [Fact]
    public void UnsupportedReturnType() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static [|object|] Bad(string name) => name;", ", Tool.From(GardenTools.Bad)"),
        Error("NCLAW608", "Tool 'bad' returns 'object'; return string, a record, an array or primitive, IAsyncEnumerable<string>, or a Task or ValueTask of one"));

    [Fact]
    public void ToolGivenToAnAgentTwice() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Greet(string name) => name;", ", Tool.From(GardenTools.Greet), [|Tool.From(GardenTools.Greet)|]"),
        Error("NCLAW609", "Agent 'homelab' is given the tool 'greet' more than once"));

    [Fact]
    public void ToolFromAMethodThatIsNotAnAgentTool() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Greet(string name) => name;\n    public static string Plain(string name) => name;", ", Tool.From(GardenTools.Greet), Tool.From([|GardenTools.Plain|])"),
        Error("NCLAW610", "'GardenTools.Plain' is not an [AgentTool] method; mark it [AgentTool] or give Tool.From a method that is"));

    [Fact]
    public void ToolNoAgentUses() => DiagnosticAssert.Exactly(
        Project(Described + "    [AgentTool] public static string Greet(string name) => name;\n" + Described + "    [[|AgentTool|]] public static string Spare(string name) => name;", ", Tool.From(GardenTools.Greet)"),
        Warning("NCLAW611", "Tool 'spare' is not given to any agent"));

    [Fact]
    public void DescribedToolsGivenToAnAgentAreClean() => DiagnosticAssert.Clean(
        Project(Described + "    [AgentTool] public static string Greet(string name) => name;", ", Tool.From(GardenTools.Greet)"));

    [Fact]
    public void AToolOfTheHostClassIsGivenBySimpleName()
    {
        string[] project =
        [
            Sources.Sample(("Tools = [new ExecTool(), new FileTools()],", "Tools = [new ExecTool(), new FileTools(), Tool.From(Greet)],")),
            "using NixClaw;\nnamespace Homelab;\npublic static partial class Homelab\n{\n" + Described + "    [AgentTool] public static string Greet(string name) => name;\n}\n",
        ];
        var (run, _) = DiagnosticAssert.Clean(project);
        Assert.Contains("\"list\", \"greet\" }", Bindings(run));
    }

    /// <summary>A qualified method group (<c>global::</c>) is outside the syntax path's shapes, so the IOperation evaluator resolves it.</summary>
    [Fact]
    public void AQualifiedMethodGroupIsResolvedByTheOperationEvaluator()
    {
        var (run, _) = DiagnosticAssert.Clean(Project(Described + "    [AgentTool(Name = \"hello\")] public static string Greet(string name) => name;", ", Tool.From(global::GardenTools.Greet)"));
        Assert.Contains("\"list\", \"hello\" }", Bindings(run));
    }

    private static string Bindings(Microsoft.CodeAnalysis.GeneratorDriverRunResult run) =>
        run.Results.Single().GeneratedSources.Single(s => s.HintName == "Homelab.Homelab.Manifest.g.cs").SourceText.ToString();
}
