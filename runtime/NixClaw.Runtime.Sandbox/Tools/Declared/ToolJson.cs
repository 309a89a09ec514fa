using System.Text.Json.Serialization;

namespace NixClaw.Tools;

/// <summary>Source-generated JSON metadata for the argument dictionary, so invoking a tool needs no reflection.</summary>
[JsonSerializable(typeof(IDictionary<string, object?>))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class ToolJson : JsonSerializerContext;
