using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Diagnostics;

/// <summary>NCLAW6xx: C# agent tools (<c>[AgentTool]</c> methods and <c>Tool.From</c>). Listed in <see cref="DiagnosticDescriptors.All"/>.</summary>
internal static class ToolDiagnosticDescriptors
{
    public const string Category = "NixClaw.Tools";

    /// <summary>Parameter '{0}' of tool '{1}' has type '{2}', which has no JSON schema mapping: {3}</summary>
    public static readonly DiagnosticDescriptor NoSchemaMapping = Error("NCLAW601",
        "Tool parameter type has no JSON schema mapping",
        "Parameter '{0}' of tool '{1}' has type '{2}', which has no JSON schema mapping: {3}",
        "The model fills a tool's parameters from JSON, so each parameter type must have a JSON schema the generator can write and parse without reflection.");

    /// <summary>Tool '{0}' has no &lt;summary&gt; doc comment; it is the description the model reads to decide when to call it</summary>
    public static readonly DiagnosticDescriptor MissingSummary = Error("NCLAW602",
        "Tool has no summary",
        "Tool '{0}' has no <summary> doc comment; it is the description the model reads to decide when to call it",
        "The model sees only the tool's name, its description and its parameters' descriptions; without a summary it guesses.");

    /// <summary>Parameter '{0}' of tool '{1}' has no &lt;param&gt; doc comment or [Description]; the model reads it to fill the argument</summary>
    public static readonly DiagnosticDescriptor MissingParameterDescription = Error("NCLAW603",
        "Tool parameter has no description",
        "Parameter '{0}' of tool '{1}' has no <param> doc comment or [Description]; the model reads it to fill the argument",
        "Every argument the model fills needs a description in the schema; ToolContext and CancellationToken parameters are filled by NixClaw and need none.");

    /// <summary>Tool name '{0}' is not a valid function name: use 1 to 64 letters, digits, '_' and '-'</summary>
    public static readonly DiagnosticDescriptor InvalidToolName = Error("NCLAW604",
        "Invalid tool name",
        "Tool name '{0}' is not a valid function name: use 1 to 64 letters, digits, '_' and '-'",
        "OpenAI and Anthropic accept function names matching ^[a-zA-Z0-9_-]{1,64}$; another name makes every request with the tool fail.");

    /// <summary>Tool name '{0}' is already taken by {1}</summary>
    public static readonly DiagnosticDescriptor ToolNameTaken = Error("NCLAW605",
        "Tool name already taken",
        "Tool name '{0}' is already taken by {1}",
        "The model calls tools by name, so names are unique among the built-in tools (exec, read, write, edit, list, web_search) and the project's C# tools.");

    /// <summary>Tool method '{0}' must be {1}</summary>
    public static readonly DiagnosticDescriptor InvalidToolMethod = Error("NCLAW606",
        "Tool method must be static, non-generic and visible",
        "Tool method '{0}' must be {1}",
        "NixClaw calls the method without an instance and without type arguments, from generated code in the same project.");

    /// <summary>Parameter '{0}' of tool '{1}' is passed by '{2}'; tool arguments are values from JSON</summary>
    public static readonly DiagnosticDescriptor ByReferenceParameter = Error("NCLAW607",
        "Tool parameter passed by reference",
        "Parameter '{0}' of tool '{1}' is passed by '{2}'; tool arguments are values from JSON",
        "The model's arguments are JSON values; there is nothing to pass by reference and no way to return an out value to the model.");

    /// <summary>Tool '{0}' returns '{1}'; return string, a record, an array or primitive, IAsyncEnumerable&lt;string&gt;, or a Task or ValueTask of one</summary>
    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error("NCLAW608",
        "Unsupported tool return type",
        "Tool '{0}' returns '{1}'; return string, a record, an array or primitive, IAsyncEnumerable<string>, or a Task or ValueTask of one",
        "The result becomes the text the model reads, written at compile time without reflection, so its type needs a JSON mapping.");

    /// <summary>Agent '{0}' is given the tool '{1}' more than once</summary>
    public static readonly DiagnosticDescriptor ToolGivenTwice = Error("NCLAW609",
        "Tool given to an agent twice",
        "Agent '{0}' is given the tool '{1}' more than once",
        "A model request lists each function once; a repeated C# tool is a mistake in the agent's Tools list.");

    /// <summary>'{0}' is not an [AgentTool] method; mark it [AgentTool] or give Tool.From a method that is</summary>
    public static readonly DiagnosticDescriptor NotAnAgentTool = Error("NCLAW610",
        "Tool.From needs an [AgentTool] method",
        "'{0}' is not an [AgentTool] method; mark it [AgentTool] or give Tool.From a method that is",
        "Only [AgentTool] methods get a generated schema and function; the agent could not call any other method.");

    /// <summary>Tool '{0}' is not given to any agent</summary>
    public static readonly DiagnosticDescriptor UnusedTool = Warning("NCLAW611",
        "Tool not given to any agent",
        "Tool '{0}' is not given to any agent",
        "A tool only runs when an agent lists it in Tools with Tool.From; an unused one is usually a forgotten line.");

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        DiagnosticDescriptors.Create(id, Category, title, message, description, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description) =>
        DiagnosticDescriptors.Create(id, Category, title, message, description, DiagnosticSeverity.Warning);
}
