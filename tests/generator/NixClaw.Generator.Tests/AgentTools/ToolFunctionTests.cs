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
        Assert.Equal(["count_to", "plan-beds", "schedule", "sizes", "water"], Manifest.AgentTools.Select(t => t.Name));
        Assert.Equal(["CountTo", "PlanBeds", "Schedule", "Sizes", "Water"], Manifest.AgentTools.Select(t => t.MethodName));
        Assert.Equal([false, true, false, false, false], Manifest.AgentTools.Select(t => t.RunsInProcess));
        Assert.Equal("Water a garden bed.", Tool("water").Description);
    }

    [Fact]
    public void AgentInfoListsBuiltInAndCSharpToolNames()
    {
        var bindings = ToolSources.Run.Results.Single().GeneratedSources.Single(s => s.HintName == "Homelab.Homelab.Manifest.g.cs").SourceText.ToString();
        Assert.Contains("new string[] { \"exec\", \"read\", \"write\", \"edit\", \"list\", \"water\", \"plan-beds\", \"count_to\", \"sizes\", \"schedule\" }", bindings);
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
    public async Task InvalidArgumentsNameTheArgumentAndWhatWasExpected(string json, string message) => await AssertInvalid("water", json, message);

    /// <summary>The same message from the sandbox's way in (one JsonElement) and the in-process one (the chat client's dictionary).</summary>
    private async Task AssertInvalid(string tool, string json, string message)
    {
        var function = Tool(tool);
        Assert.Equal(message, function.Validate(Args(json)));
        var thrown = await Assert.ThrowsAsync<ToolArgumentException>(async () => await function.InvokeAsync(Args(json), Context, TestContext.Current.CancellationToken));
        Assert.Equal(message, thrown.Message);
        if (Args(json).ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(message, function.Validate(FromModel(json)));
            thrown = await Assert.ThrowsAsync<ToolArgumentException>(async () => await function.InvokeAsync(FromModel(json), Context, TestContext.Current.CancellationToken));
            Assert.Equal(message, thrown.Message);
        }
    }

    /// <summary>The arguments as FunctionInvokingChatClient passes them: each value a JsonElement of the model's call.</summary>
    private static AIFunctionArguments FromModel(string json) =>
        new(Args(json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value));

    private const string Booking = """
        {"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","start":"2026-12-07T14:30:00+01:00","link":"https://example.org/map",
         "every":"P1DT12H","window":{"length":"PT30M"},"crew":{"lead":"ann","size":3},"tap":{"name":"north"}}
        """;

    /// <summary>The booking arguments with each of <paramref name="changes"/> set to its JSON value.</summary>
    private static string BookingWith(params (string Name, string Value)[] changes)
    {
        var arguments = System.Text.Json.Nodes.JsonNode.Parse(Booking)!.AsObject();
        foreach (var (name, value) in changes)
        {
            arguments[name] = System.Text.Json.Nodes.JsonNode.Parse(value);
        }

        return arguments.ToJsonString();
    }

    [Fact]
    public async Task DatesUuidsUrisDurationsStructsAndInitPropertiesAreReadAndWritten()
    {
        const string Expected = """{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","start":"2026-12-07T13:30:00Z","remindAt":null,"link":"https://example.org/map","every":"P1DT12H","window":{"length":"PT30M","fromHour":6,"note":"none"},"crew":{"lead":"ann","helpers":["robin"],"size":3},"tap":"north/normal","windows":0}""";
        Assert.Equal(Expected, await Invoke("schedule", Booking));
        Assert.Equal(Expected, await Tool("schedule").InvokeAsync(FromModel(Booking), Context, TestContext.Current.CancellationToken));

        var result = await Invoke("schedule", BookingWith(
            ("remindAt", "\"2026-12-07T08:00:00.5-05:00\""),
            ("windows", """[null,{"length":"PT0.25S","fromHour":7}]"""),
            ("crew", """{"lead":"bo","helpers":[],"size":null}"""),
            ("window", """{"length":"P1W","note":"shade"}""")));
        Assert.Contains("\"window\":{\"length\":\"P7D\",\"fromHour\":6,\"note\":\"shade\"}", result, StringComparison.Ordinal);
        Assert.Contains("\"remindAt\":\"2026-12-07T08:00:00.5-05:00\"", result, StringComparison.Ordinal);
        Assert.Contains("\"crew\":{\"lead\":\"bo\",\"helpers\":[],\"size\":null}", result, StringComparison.Ordinal);
        Assert.EndsWith("\"windows\":2}", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start", "\"tomorrow\"", "Argument 'start' must be a date and time with a time zone offset (RFC 3339, for example 2026-12-07T14:30:00Z); got \"tomorrow\".")]
    [InlineData("start", "\"2026-12-07T14:30:00\"", "Argument 'start' must be a date and time with a time zone offset (RFC 3339, for example 2026-12-07T14:30:00Z); got \"2026-12-07T14:30:00\".")]
    [InlineData("start", "\"2026-02-30T14:30:00Z\"", "Argument 'start' must be a date and time with a time zone offset (RFC 3339, for example 2026-12-07T14:30:00Z); got \"2026-02-30T14:30:00Z\".")]
    [InlineData("start", "5", "Argument 'start' must be a date and time with a time zone offset (RFC 3339, for example 2026-12-07T14:30:00Z), not the number 5.")]
    [InlineData("remindAt", "\"2026-12-07\"", "Argument 'remindAt' must be a date and time with a time zone offset (RFC 3339, for example 2026-12-07T14:30:00Z); got \"2026-12-07\".")]
    [InlineData("id", "\"not-a-guid\"", "Argument 'id' must be a UUID (for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301); got \"not-a-guid\".")]
    [InlineData("id", "\"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}\"", "Argument 'id' must be a UUID (for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301); got \"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}\".")]
    [InlineData("link", "\"/map\"", "Argument 'link' must be an absolute URI (for example https://example.org/page); got \"/map\".")]
    [InlineData("link", "\"map.html\"", "Argument 'link' must be an absolute URI (for example https://example.org/page); got \"map.html\".")]
    [InlineData("every", "\"1:30:00\"", "Argument 'every' must be an ISO 8601 duration in weeks, days, hours, minutes and seconds (for example PT1H30M or P2D); got \"1:30:00\".")]
    [InlineData("every", "\"P1M\"", "Argument 'every' must be an ISO 8601 duration in weeks, days, hours, minutes and seconds (for example PT1H30M or P2D); got \"P1M\".")]
    [InlineData("window", """{"length":"PT1H","fromHour":30}""", "Argument 'window.fromHour' must be from 0 to 23; got 30.")]
    [InlineData("window", """{"fromHour":3}""", "Missing required argument 'window.length' (an ISO 8601 duration).")]
    [InlineData("crew", "{}", "Missing required argument 'crew.lead' (a string).")]
    [InlineData("crew", """{"lead":"ann","size":0}""", "Argument 'crew.size' must be from 1 to 9; got 0.")]
    [InlineData("crew", """{"lead":"ann","helpers":[1]}""", "Argument 'crew.helpers[0]' must be a string, not the number 1.")]
    [InlineData("tap", """{"name":"n","pressure":"high"}""", "Argument 'tap' has an unknown member 'pressure'; it takes: name.")]
    [InlineData("windows", """[null,{"length":5}]""", "Argument 'windows[1].length' must be an ISO 8601 duration in weeks, days, hours, minutes and seconds (for example PT1H30M or P2D), not the number 5.")]
    public async Task InvalidFormattedValuesAndMembersNameTheArgument(string name, string value, string message) =>
        await AssertInvalid("schedule", BookingWith((name, value)), message);

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
        var arguments = new AIFunctionArguments(new Dictionary<string, object?> { ["bed"] = "roses", ["litres"] = 3.0, ["minutes"] = 7, ["tags"] = null })
        {
            Context = new Dictionary<object, object?> { [typeof(ToolContext)] = Context },
        };
        var result = await function.InvokeAsync(arguments, TestContext.Current.CancellationToken);
        Assert.Equal("""{"bed":"roses@homelab","litres":3,"soil":"Clay","tags":[],"minutes":7}""", result);

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
    public async Task InTheGatewayInvalidArgumentsAreAToolErrorTheModelCanCorrectAndValidOnesRun()
    {
        var tool = new NixClaw.Runtime.Sandbox.Tools.InProcessAgentTool(Tool("plan-beds"), "homelab", Context.Files, _http, TimeSpan.FromSeconds(30));

        var invalid = await tool.InvokeAsync(FromModel("""{"beds":[{"name":"a","area":0,"plants":[]}]}"""), TestContext.Current.CancellationToken);
        Assert.Equal("error: tool 'plan-beds': invalid arguments: Argument 'beds[0].area' must be from 1 to 50; got 0.", invalid);

        var unknown = await tool.InvokeAsync(FromModel("""{"beds":[],"dry":true}"""), TestContext.Current.CancellationToken);
        Assert.Equal("error: tool 'plan-beds': invalid arguments: Unknown argument 'dry'; the tool takes: beds, dryRun.", unknown);

        var valid = await tool.InvokeAsync(FromModel("""{"beds":[{"name":"a","area":3,"plants":["kale"]}],"dryRun":true}"""), TestContext.Current.CancellationToken);
        Assert.Equal("a:3:Loam:kale:- (dry run)", valid);
    }

    [Fact]
    public void SchemasAreDeterministicAndMatchTheGoldenFile()
    {
        var schemas = string.Join("\n", (Manifest).AgentTools
            .Select(t => t.Name + ": " + t.Description + "\n" + JsonSerializer.Serialize(t.JsonSchema, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n"));
        Golden.Verify("Tools.schemas.json.txt", schemas);
    }
}
