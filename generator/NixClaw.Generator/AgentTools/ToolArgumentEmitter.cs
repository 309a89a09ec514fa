using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Emitting;
using static NixClaw.Generator.AgentTools.ToolFunctionEmitter;
using static NixClaw.Generator.Emitting.CSharpLiteral;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Emits a tool's argument readers. Two ways in find each argument's JSON value: <c>Read(JsonElement)</c> walks the
/// object the sandbox is given once, comparing UTF-8 names (<c>ToolArguments.Find</c>); <c>Read(AIFunctionArguments)</c> looks each name up in the
/// chat client's dictionary, whose values are already the model's <c>JsonElement</c>s, so nothing is copied. Both
/// then share <c>Bind</c>, which checks and converts every value (<see cref="ToolValueEmitter"/>).
/// </summary>
internal sealed class ToolArgumentEmitter
{
    private readonly CodeWriter _w;
    private readonly ToolValueEmitter _values;

    public ToolArgumentEmitter(CodeWriter writer)
    {
        _w = writer;
        _values = new ToolValueEmitter(writer);
    }

    public void Emit(IReadOnlyList<ToolParameter> arguments)
    {
        var outs = string.Concat(arguments.Select((p, i) => ", out " + LocalType(p.Shape!, p.Nullable) + " a" + i));
        var pass = string.Concat(arguments.Select((_, i) => ", out a" + i));

        _w.Line();
        using (_w.Braces("private static string? Read(" + Json + "JsonElement arguments" + outs + ")"))
        {
            EmitDefaults(arguments.Count);
            _w.Line("if (arguments.ValueKind != " + Json + "JsonValueKind.Object) return " + Args + "ObjectError(arguments, \"\");");
            _w.Line("var given = new Given();");
            _values.EmitGather(arguments, "arguments", "\"\"", "Utf8ArgumentNames", i => "given.V" + i);
            _w.Line("return Bind(in given" + pass + ");");
        }

        _w.Line();
        using (_w.Braces("private static string? Read(" + AIFunctionArguments + " arguments" + outs + ")"))
        {
            EmitDefaults(arguments.Count);
            _w.Line("global::System.ArgumentNullException.ThrowIfNull(arguments);");
            _w.Line("var given = new Given();");
            _w.Line("var found = 0;");
            for (var i = 0; i < arguments.Count; i++)
            {
                using (_w.Braces("if (arguments.TryGetValue(" + String(arguments[i].Name) + ", out var x" + i + "))"))
                {
                    _w.Line("given.V" + i + " = " + Args + "Element(x" + i + ");");
                    _w.Line("found++;");
                }
            }

            _w.Line("if (found != arguments.Count) return " + Args + "Unknown(arguments, ArgumentNames, " + ToolValueEmitter.Known(arguments) + ");");
            _w.Line("return Bind(in given" + pass + ");");
        }

        _w.Line();
        using (_w.Braces("private static string? Bind(in Given given" + outs + ")"))
        {
            EmitDefaults(arguments.Count);
            _values.EmitMembers(arguments, i => "given.V" + i, "a", pathOf: m => String(m.Name));
            _w.Line("return null;");
        }

        _w.Line();
        _w.Line("/// <summary>Each argument's JSON value as the model gave it; undefined when left out.</summary>");
        using (_w.Braces("private struct Given"))
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                _w.Line("public " + Json + "JsonElement V" + i + ";");
            }
        }

        _w.Line();
        _w.Line("private static readonly string[] ArgumentNames = " + Strings(arguments.Select(a => a.Name)) + ";");
        _values.EmitNames(arguments, "Utf8ArgumentNames");
        _values.EmitPending();
    }

    /// <summary>Every out parameter assigned up front, so each early return is definite.</summary>
    private void EmitDefaults(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _w.Line("a" + i + " = default!;");
        }
    }
}
