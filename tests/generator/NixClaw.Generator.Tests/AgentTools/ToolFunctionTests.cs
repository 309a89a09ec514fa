using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Generator.Tests.Support;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Tools;

namespace NixClaw.Generator.Tests.AgentTools;

/// <summary>The generated AgentToolFunctions, compiled from a declarations source and called as the runtime calls them.</summary>
public sealed class ToolFunctionTests : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("nixclaw-tool-test-").FullName;
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_workspace, recursive: true);
    }

    private ToolContext Context => new()
    {
        AgentId = "homelab",
        Files = new WorkspaceFiles(_workspace, new WorkspaceFileLimits()),
        Http = _http,
        Logger = NullLogger.Instance,
    };

    private static AgentToolFunction Tool(string name)
    {
        return Manifest.AgentTools.Single(t => t.Name == name);
    }

    /// <summary>The generated manifest of the sample host, as the runtime sees it.</summary>
    private static IDeclaredAgentTools Manifest =>
        (IDeclaredAgentTools)ToolSources.Assembly.GetTypes().Single(t => t.GetProperty("Manifest") is not null && t.Name == "Homelab").GetProperty("Manifest")!.GetValue(null)!;

    private static JsonElement Args(string json) => JsonDocument.Parse(json).RootElement;

    private async Task<string> Invoke(string tool, string json) => await Tool(tool).InvokeAsync(Args(json), Context, TestContext.Current.CancellationToken);

    [Fact]
    public void ManifestListsEveryToolSortedByNameWithItsMethodAndWhereItRuns()
    {
        Assert.Equal(["count_to", "plan-beds", "sizes", "water"], Manifest.AgentTools.Select(t => t.Name));
        Assert.Equal(["CountTo", "PlanBeds", "Sizes", "Water"], Manifest.AgentTools.Select(t => t.MethodName));
        Assert.Equal([false, true, false, false], Manifest.AgentTools.Select(t => t.RunsInProcess));
        Assert.Equal("Water a garden bed.", Tool("water").Description);
    }

    [Fact]
    public void AgentInfoListsBuiltInAndCSharpToolNames()
    {
        var bindings = ToolSources.Run.Results.Single().GeneratedSources.Single(s => s.HintName == "Homelab.Homelab.Manifest.g.cs").SourceText.ToString();
        Assert.Contains("new string[] { \"exec\", \"read\", \"write\", \"edit\", \"list\", \"water\", \"plan-beds\", \"count_to\", \"sizes\" }", bindings);
    }

    [Fact]
    public async Task ValidArgumentsCallTheMethodWithContextDefaultsAndARecordResult()
    {
        var result = await Invoke("water", """{"bed":"roses","litres":2.5}""");
        Assert.Equal("""{"bed":"roses@homelab","litres":2.5,"soil":"Clay","tags":[],"minutes":null}""", result);

        result = await Invoke("water", """{"bed":"roses","litres":20,"soil":"Sand","minutes":7,"tags":["a","b"]}""");
        Assert.Equal("""{"bed":"roses@homelab","litres":20,"soil":"Sand","tags":["a","b"],"minutes":7}""", result);

        // null for a nullable argument is the same as leaving it out.
        result = await Invoke("water", """{"bed":"roses","litres":1,"minutes":null,"tags":null}""");
        Assert.Equal("""{"bed":"roses@homelab","litres":1,"soil":"Clay","tags":[],"minutes":null}""", result);
    }

    [Fact]
    public async Task ArraysOfRecordsAreBuiltThroughTheirConstructorsWithDefaults()
    {
        var result = await Invoke("plan-beds", """{"beds":[{"name":"a","area":3,"plants":["kale"]},{"name":"b","area":50,"plants":[],"soil":"Sand","note":"shade"}],"dryRun":true}""");
        Assert.Equal("a:3:Loam:kale:-; b:50:Sand::shade (dry run)", result);
    }

    [Fact]
    public async Task StreamsAreConcatenatedAndArraysOfPrimitivesAreJson()
    {
        Assert.Equal("1\n2\n3\n", await Invoke("count_to", """{"to":3}"""));
        Assert.Equal("[1,2,3]", await Invoke("sizes", """{"big":false}"""));
        Assert.Equal("[40,50]", await Invoke("sizes", """{"big":true,"limit":10}"""));
    }

    [Theory]
    [InlineData("""[1]""", "The arguments must be an object, not an array.")]
    [InlineData("""{"litres":2}""", "Missing required argument 'bed' (a string).")]
    [InlineData("""{"bed":"roses","litres":2,"colour":"red"}""", "Unknown argument 'colour'; the tool takes: bed, litres, soil, minutes, tags.")]
    [InlineData("""{"bed":7,"litres":2}""", "Argument 'bed' must be a string, not the number 7.")]
    [InlineData("""{"bed":null,"litres":2}""", "Argument 'bed' must be a string, not null.")]
    [InlineData("""{"bed":"roses","litres":"2"}""", "Argument 'litres' must be a number, not a string.")]
    [InlineData("""{"bed":"roses","litres":25}""", "Argument 'litres' must be from 0.1 to 20; got 25.")]
    [InlineData("""{"bed":"r","litres":2}""", "Argument 'bed' must be 2 to 20 characters long; got 1.")]
    [InlineData("""{"bed":"Roses","litres":2}""", "Argument 'bed' must match the pattern [a-z]+.")]
    [InlineData("""{"bed":"roses","litres":2,"soil":"Peat"}""", "Argument 'soil' must be one of \"Clay\", \"Loam\", \"Sand\"; got \"Peat\".")]
    [InlineData("""{"bed":"roses","litres":2,"minutes":1.5}""", "Argument 'minutes' must be a whole number from -2147483648 to 2147483647; got 1.5.")]
    [InlineData("""{"bed":"roses","litres":2,"tags":["a",3]}""", "Argument 'tags[1]' must be a string, not the number 3.")]
    [InlineData("""{"bed":"roses","litres":2,"tags":"a"}""", "Argument 'tags' must be an array, not a string.")]
    public async Task InvalidArgumentsNameTheArgumentAndWhatWasExpected(string json, string message)
    {
        var tool = Tool("water");
        Assert.Equal(message, tool.Validate(Args(json)));
        var thrown = await Assert.ThrowsAsync<ToolArgumentException>(async () => await tool.InvokeAsync(Args(json), Context, TestContext.Current.CancellationToken));
        Assert.Equal(message, thrown.Message);
    }

    [Theory]
    [InlineData("""{"beds":[{"name":"a","area":0,"plants":[]}]}""", "Argument 'beds[0].area' must be from 1 to 50; got 0.")]
    [InlineData("""{"beds":[{"name":"a","area":3}]}""", "Missing required argument 'beds[0].plants' (an array).")]
    [InlineData("""{"beds":[{"name":"a","area":3,"plants":[],"size":1}]}""", "Argument 'beds[0]' has an unknown member 'size'; it takes: name, area, plants, soil, note.")]
    [InlineData("""{"beds":[3]}""", "Argument 'beds[0]' must be an object, not the number 3.")]
    [InlineData("""{"beds":[], "dryRun":1}""", "Argument 'dryRun' must be true or false, not the number 1.")]
    [InlineData("""{"to":256}""", null)]
    public void NestedRecordsAndOtherToolsReportTheFullPath(string json, string? message)
    {
        if (message is null)
        {
            Assert.Equal("Argument 'to' must be a whole number from 0 to 255; got 256.", Tool("count_to").Validate(Args(json)));
            return;
        }

        Assert.Equal(message, Tool("plan-beds").Validate(Args(json)));
    }

    [Fact]
    public async Task InProcessInvocationThroughAIFunctionTakesTheContextFromTheArguments()
    {
        AIFunction function = Tool("water");
        var arguments = new AIFunctionArguments(new Dictionary<string, object?> { ["bed"] = "roses", ["litres"] = 3.0 })
        {
            Context = new Dictionary<object, object?> { [typeof(ToolContext)] = Context },
        };
        var result = await function.InvokeAsync(arguments, TestContext.Current.CancellationToken);
        Assert.Equal("""{"bed":"roses@homelab","litres":3,"soil":"Clay","tags":[],"minutes":null}""", result);

        // As FunctionInvokingChatClient passes them: each value a JsonElement of the model's call.
        var parsed = Args("""{"bed":"tulips","litres":4,"tags":["x"]}""");
        var fromModel = new AIFunctionArguments(parsed.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value))
        {
            Context = arguments.Context,
        };
        result = await function.InvokeAsync(fromModel, TestContext.Current.CancellationToken);
        Assert.Equal("""{"bed":"tulips@homelab","litres":4,"soil":"Clay","tags":["x"],"minutes":null}""", result);
    }

    [Fact]
    public void SchemasAreDeterministicAndMatchTheGoldenFile()
    {
        var schemas = string.Join("\n", (Manifest).AgentTools
            .Select(t => t.Name + ": " + t.Description + "\n" + JsonSerializer.Serialize(t.JsonSchema, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n"));
        Golden.Verify("Tools.schemas.json.txt", schemas);
    }
}
