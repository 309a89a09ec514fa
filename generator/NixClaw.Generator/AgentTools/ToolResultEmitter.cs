using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Emitting;
using static NixClaw.Generator.AgentTools.ToolFunctionEmitter;
using static NixClaw.Generator.Emitting.CSharpLiteral;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Emits a tool's <c>Result</c> method: the method's return value as the text the model reads, written with
/// <c>Utf8JsonWriter</c> (no serializer metadata), records through their own <c>Write_</c> methods.
/// </summary>
internal sealed class ToolResultEmitter
{
    private readonly CodeWriter _w;
    private readonly Dictionary<string, ObjectShape> _writers = new();
    private int _next;

    public ToolResultEmitter(CodeWriter writer) => _w = writer;

    public void Emit(ToolResult result)
    {
        if (result.Kind != ResultKind.Json && result.Kind != ResultKind.Text)
        {
            return;
        }

        _w.Line();
        if (result.Kind == ResultKind.Text)
        {
            _w.Line("private static string Result(string? result) => result ?? \"\";");
            return;
        }

        using (_w.Braces("private static string Result(" + LocalType(result.Shape!, result.ShapeNullable) + " result)"))
        {
            _w.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
            using (_w.Braces("using (var writer = new " + Json + "Utf8JsonWriter(buffer))"))
            {
                EmitWrite(result.Shape!, result.ShapeNullable, "result");
            }

            _w.Line("return global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);");
        }

        // Writers of records may add further records, so emit until none is left.
        var done = new HashSet<string>();
        while (_writers.Keys.Any(k => !done.Contains(k)))
        {
            foreach (var key in _writers.Keys.Where(k => !done.Contains(k)).OrderBy(k => k, System.StringComparer.Ordinal).ToList())
            {
                done.Add(key);
                EmitObjectWriter(_writers[key]);
            }
        }
    }

    private void EmitWrite(ToolShape shape, bool nullable, string value)
    {
        if (nullable)
        {
            using (_w.Braces("if (" + value + " is null)"))
            {
                _w.Line("writer.WriteNullValue();");
            }

            using (_w.Braces("else"))
            {
                // A nullable value type is read through .Value; a reference type is already narrowed.
                EmitWrite(shape, nullable: false, shape.IsValueType ? value + ".Value" : value);
            }

            return;
        }

        switch (shape)
        {
            case StringShape:
                _w.Line("writer.WriteStringValue(" + value + ");");
                break;
            case FormattedStringShape { Reader: "Uri" }:
                _w.Line("writer.WriteStringValue(" + value + ".OriginalString);");
                break;
            case FormattedStringShape { Reader: "Duration" }:
                _w.Line("writer.WriteStringValue(global::NixClaw.Tools.IsoDuration.Format(" + value + "));");
                break;
            case FormattedStringShape:
                // DateTime, DateTimeOffset and Guid: Utf8JsonWriter writes ISO 8601 and the 8-4-4-4-12 form.
                _w.Line("writer.WriteStringValue(" + value + ");");
                break;
            case BooleanShape:
                _w.Line("writer.WriteBooleanValue(" + value + ");");
                break;
            case IntegerShape or NumberShape:
                _w.Line("writer.WriteNumberValue(" + value + ");");
                break;
            case EnumShape e:
                _w.Line("writer.WriteStringValue(" + value + " switch");
                _w.Line("{");
                _w.Indent();
                foreach (var member in e.Members)
                {
                    _w.Line(e.CSharpType + "." + member + " => " + String(member) + ",");
                }

                _w.Line("_ => " + value + ".ToString(),");
                _w.Dedent();
                _w.Line("});");
                break;
            case ArrayShape array:
                var item = "w" + _next++;
                _w.Line("writer.WriteStartArray();");
                using (_w.Braces("foreach (var " + item + " in " + value + ")"))
                {
                    EmitWrite(array.Item, array.ItemNullable, item);
                }

                _w.Line("writer.WriteEndArray();");
                break;
            case ObjectShape obj:
                _writers[obj.Key] = obj;
                _w.Line("Write_" + obj.Key + "(writer, " + value + ");");
                break;
        }
    }

    private void EmitObjectWriter(ObjectShape obj)
    {
        _w.Line();
        using (_w.Braces("private static void Write_" + obj.Key + "(" + Json + "Utf8JsonWriter writer, " + obj.CSharpType + " value)"))
        {
            _w.Line("writer.WriteStartObject();");
            foreach (var member in obj.Members)
            {
                _w.Line("writer.WritePropertyName(" + String(member.Name) + ");");
                EmitWrite(member.Shape!, member.Nullable, "value." + member.CSharpName);
            }

            _w.Line("writer.WriteEndObject();");
        }
    }
}
