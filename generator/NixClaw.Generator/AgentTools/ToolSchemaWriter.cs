using System.Linq;
using System.Text;
using NixClaw.Generator.Emitting.Json;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// A tool's JSON schema, compact and deterministic: properties in parameter order, then <c>required</c>, with
/// <c>additionalProperties: false</c> (the generated parser rejects unknown arguments, so the schema says so).
/// </summary>
internal static class ToolSchemaWriter
{
    public static string Write(ToolModel tool)
    {
        var json = new StringBuilder();
        WriteObject(json, tool.Parameters.Where(p => p.Source == ParameterSource.Argument).ToList(), description: null);
        return json.ToString();
    }

    private static void WriteObject(StringBuilder json, System.Collections.Generic.IReadOnlyList<ToolParameter> members, string? description)
    {
        json.Append("{\"type\":\"object\"");
        if (description is not null)
        {
            json.Append(",\"description\":").Append(JsonWriter.Quote(description));
        }

        json.Append(",\"properties\":{");
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(JsonWriter.Quote(member.Name)).Append(':');
            WriteShape(json, member.Shape!, member.Nullable, member.Description, member);
        }

        json.Append('}');
        var required = members.Where(m => m.Required).Select(m => JsonWriter.Quote(m.Name)).ToList();
        if (required.Count > 0)
        {
            json.Append(",\"required\":[").Append(string.Join(",", required)).Append(']');
        }

        json.Append(",\"additionalProperties\":false}");
    }

    private static void WriteShape(StringBuilder json, ToolShape shape, bool nullable, string? description, ToolParameter? member)
    {
        if (shape is ObjectShape obj)
        {
            if (nullable)
            {
                json.Append("{\"anyOf\":[");
                WriteObject(json, obj.Members, description: null);
                json.Append(",{\"type\":\"null\"}]");
                AppendDescriptionAndDefault(json, description, member);
                json.Append('}');
            }
            else
            {
                // A record member cannot default to anything but null, so a non-null object has no default.
                WriteObject(json, obj.Members, description);
            }

            return;
        }

        json.Append("{\"type\":");
        var type = shape switch
        {
            StringShape or EnumShape or FormattedStringShape => "string",
            BooleanShape => "boolean",
            IntegerShape => "integer",
            NumberShape => "number",
            _ => "array",
        };
        json.Append(nullable ? "[\"" + type + "\",\"null\"]" : "\"" + type + "\"");
        if (shape is FormattedStringShape formatted)
        {
            json.Append(",\"format\":").Append(JsonWriter.Quote(formatted.Format));
        }

        if (shape is EnumShape e)
        {
            json.Append(",\"enum\":[").Append(string.Join(",", e.Members.Select(JsonWriter.Quote))).Append(nullable ? ",null]" : "]");
        }

        if (shape is ArrayShape array)
        {
            json.Append(",\"items\":");
            WriteShape(json, array.Item, array.ItemNullable, description: null, member: null);
        }

        if (member?.Constraints is { } c)
        {
            if (c.Minimum is not null)
            {
                json.Append(",\"minimum\":").Append(c.Minimum);
            }

            if (c.Maximum is not null)
            {
                json.Append(",\"maximum\":").Append(c.Maximum);
            }

            if (c.MinLength is { } minLength)
            {
                json.Append(",\"minLength\":").Append(minLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (c.MaxLength is { } maxLength)
            {
                json.Append(",\"maxLength\":").Append(maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (c.Pattern is not null)
            {
                // DataAnnotations matches the whole value; a JSON schema pattern matches anywhere unless anchored.
                json.Append(",\"pattern\":").Append(JsonWriter.Quote("^(?:" + c.Pattern + ")$"));
            }
        }

        AppendDescriptionAndDefault(json, description, member);
        json.Append('}');
    }

    private static void AppendDescriptionAndDefault(StringBuilder json, string? description, ToolParameter? member)
    {
        if (description is not null)
        {
            json.Append(",\"description\":").Append(JsonWriter.Quote(description));
        }

        if (member?.DefaultJson is { } value)
        {
            json.Append(",\"default\":").Append(value);
        }
    }
}
