using System;
using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Emitting;
using static NixClaw.Generator.AgentTools.ToolFunctionEmitter;
using static NixClaw.Generator.Emitting.CSharpLiteral;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Emits the reading of JSON values into C# values for one tool: each value is checked with a <c>ToolArguments.TryX</c>
/// that builds nothing, and only a value that does not fit builds its path and message. Records get a <c>Read_</c>
/// method, enums a <c>Match_</c> method comparing UTF-8 names, regular expressions a field; <see cref="EmitPending"/>
/// writes those once the tool's own reader is done.
/// </summary>
internal sealed class ToolValueEmitter
{
    private readonly CodeWriter _w;
    private readonly Dictionary<string, ObjectShape> _readers = new();
    private readonly Dictionary<string, EnumShape> _enums = new();
    private readonly List<string> _patterns = new();
    private int _next;

    public ToolValueEmitter(CodeWriter writer) => _w = writer;

    /// <summary>
    /// The loop over the JSON object <paramref name="source"/> putting each member's value in <paramref name="target"/>;
    /// other names are refused. <paramref name="names"/> is the field of the members' UTF-8 names (<see cref="EmitNames"/>).
    /// </summary>
    public void EmitGather(IReadOnlyList<ToolParameter> members, string source, string path, string names, Func<int, string> target)
    {
        var unknown = "return " + Args + "Unknown(" + path + ", property.Name, " + Known(members) + ");";
        if (members.Count == 0)
        {
            using (_w.Braces("foreach (var property in " + source + ".EnumerateObject())"))
            {
                _w.Line(unknown);
            }

            return;
        }

        _w.Line("var next = 0;");
        using (_w.Braces("foreach (var property in " + source + ".EnumerateObject())"))
        {
            _w.Line("next = " + Args + "Find(property, " + names + ", next);");
            using (_w.Braces("switch (next)"))
            {
                for (var i = 0; i < members.Count; i++)
                {
                    _w.Line("case " + i + ": " + target(i) + " = property.Value; break;");
                }

                _w.Line("default: " + unknown);
            }

            _w.Line("next++;");
        }
    }

    /// <summary>The field <paramref name="field"/>: the members' JSON names as UTF-8, for <c>ToolArguments.Find</c>.</summary>
    public void EmitNames(IReadOnlyList<ToolParameter> members, string field)
    {
        _w.Line();
        _w.Line("private static readonly byte[][] " + field + " = new byte[][] { " + string.Join(", ", members.Select(m => String(m.Name) + "u8.ToArray()")) + " };");
    }

    /// <summary>The member names, as the message about an unknown one lists them.</summary>
    public static string Known(IReadOnlyList<ToolParameter> members) => String(string.Join(", ", members.Select(m => m.Name)));

    /// <summary>Reads each member's JSON value (<paramref name="given"/>) into <c>{prefix}{i}</c>, or its default when it was left out.</summary>
    public void EmitMembers(IReadOnlyList<ToolParameter> members, Func<int, string> given, string prefix, Func<ToolParameter, string> pathOf)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var target = prefix + i;
            var path = pathOf(member);
            if (member.Kind is MemberKind.OptionalInitProperty or MemberKind.OptionalSetProperty)
            {
                // Left out, the property keeps the value the type gives it; the object reader sets it only when given.
                using (_w.Braces("if (" + given(i) + ".ValueKind != " + Json + "JsonValueKind.Undefined)"))
                {
                    EmitValue(member.Shape!, member.Nullable, given(i), target, path, member.Constraints);
                }

                continue;
            }

            using (_w.Braces("if (" + given(i) + ".ValueKind == " + Json + "JsonValueKind.Undefined)"))
            {
                if (member.DefaultCode is not null)
                {
                    _w.Line(target + " = " + member.DefaultCode + ";");
                }
                else if (member.Nullable)
                {
                    _w.Line(target + " = null;");
                }
                else
                {
                    _w.Line("return " + Args + "Missing(" + path + ", " + String(member.Shape!.Expected) + ");");
                }
            }

            using (_w.Braces("else"))
            {
                EmitValue(member.Shape!, member.Nullable, given(i), target, path, member.Constraints);
            }
        }
    }

    /// <summary>Reads the JSON value <paramref name="source"/> into <paramref name="target"/>, returning the message on a mismatch.</summary>
    private void EmitValue(ToolShape shape, bool nullable, string source, string target, string path, ToolConstraints constraints)
    {
        if (nullable)
        {
            using (_w.Braces("if (" + source + ".ValueKind == " + Json + "JsonValueKind.Null)"))
            {
                _w.Line(target + " = null;");
            }

            using (_w.Braces("else"))
            {
                EmitValue(shape, nullable: false, source, target, path, constraints);
            }

            return;
        }

        var t = "t" + _next++;
        switch (shape)
        {
            case StringShape:
                Try("String", source, t, path);
                if (constraints.MinLength is not null || constraints.MaxLength is not null)
                {
                    var min = constraints.MinLength ?? 0;
                    var max = constraints.MaxLength ?? int.MaxValue;
                    _w.Line("if (" + t + ".Length < " + min + " || " + t + ".Length > " + max + ") return " + Args + "LengthError(" + t + ", " + path + ", " + min + ", " + max + ");");
                }

                if (constraints.Pattern is not null)
                {
                    _patterns.Add(constraints.Pattern);
                    var pattern = "Pattern" + (_patterns.Count - 1);
                    _w.Line("if (!" + Args + "Matches(" + t + ", " + pattern + ")) return " + Args + "PatternError(" + path + ", " + pattern + ");");
                }

                _w.Line(target + " = " + t + ";");
                break;
            case FormattedStringShape formatted:
                Try(formatted.Reader, source, t, path);
                _w.Line(target + " = " + t + ";");
                break;
            case BooleanShape:
                Try("Boolean", source, t, path);
                _w.Line(target + " = " + t + ";");
                break;
            case IntegerShape { CSharpType: "ulong" }:
                Try("UnsignedInteger", source, t, path);
                EmitRange(t, path, constraints);
                _w.Line(target + " = " + t + ";");
                break;
            case IntegerShape integer:
                _w.Line("if (!" + Args + "TryInteger(" + source + ", " + integer.Min + ", " + integer.Max + ", out var " + t + ")) return " + Args + "IntegerError(" + source + ", " + path + ", " + integer.Min + ", " + integer.Max + ");");
                EmitRange(t, path, constraints);
                _w.Line(target + " = (" + integer.CSharpType + ")" + t + ";");
                break;
            case NumberShape { CSharpType: "decimal" }:
                Try("Decimal", source, t, path);
                EmitRange(t, path, constraints);
                _w.Line(target + " = " + t + ";");
                break;
            case NumberShape number:
                Try("Number", source, t, path);
                EmitRange(t, path, constraints);
                _w.Line(target + " = (" + number.CSharpType + ")" + t + ";");
                break;
            case EnumShape e:
                var key = Key(e.CSharpType);
                _enums[key] = e;
                _w.Line("if (!Match_" + key + "(" + source + ", out var " + t + ")) return " + Args + "ChoiceError(" + source + ", " + path + ", Names_" + key + ");");
                _w.Line(target + " = " + t + ";");
                break;
            case ArrayShape array:
                EmitArray(array, source, target, path, t);
                break;
            case ObjectShape obj:
                _readers[obj.Key] = obj;
                _w.Line("if (Read_" + obj.Key + "(" + source + ", " + path + ", out var " + t + ") is { } " + t + "e) return " + t + "e;");
                _w.Line(target + " = " + t + ";");
                break;
        }
    }

    /// <summary><c>ToolArguments.Try{reader}</c>, and <c>{reader}Error</c> when it fails.</summary>
    private void Try(string reader, string source, string t, string path) =>
        _w.Line("if (!" + Args + "Try" + reader + "(" + source + ", out var " + t + ")) return " + Args + reader + "Error(" + source + ", " + path + ");");

    private void EmitArray(ArrayShape array, string source, string target, string path, string t)
    {
        _w.Line("if (" + source + ".ValueKind != " + Json + "JsonValueKind.Array) return " + Args + "ArrayError(" + source + ", " + path + ");");
        var item = LocalType(array.Item, array.ItemNullable);

        // An array is filled in place; a list, or an array of arrays (whose `new T[n][]` C# writes inside out), is added to.
        var list = array.IsList || array.Item is ArrayShape { IsList: false };
        _w.Line("var " + t + " = new " + (list ? "global::System.Collections.Generic.List<" + item + ">(" : item + "[") + source + ".GetArrayLength()" + (list ? ")" : "]") + ";");
        _w.Line("var " + t + "i = 0;");
        using (_w.Braces("foreach (var " + t + "v in " + source + ".EnumerateArray())"))
        {
            _w.Line(item + " " + t + "x;");
            EmitValue(array.Item, array.ItemNullable, t + "v", t + "x", Args + "Item(" + path + ", " + t + "i)", ToolConstraints.None);
            _w.Line(list ? t + ".Add(" + t + "x);" : t + "[" + t + "i] = " + t + "x;");
            _w.Line(t + "i++;");
        }

        _w.Line(target + " = " + t + (list && !array.IsList ? ".ToArray()" : "") + ";");
    }

    private void EmitRange(string value, string path, ToolConstraints constraints)
    {
        var outside = new List<string>();
        if (constraints.Minimum is not null)
        {
            outside.Add("(double)" + value + " < " + constraints.Minimum);
        }

        if (constraints.Maximum is not null)
        {
            outside.Add("(double)" + value + " > " + constraints.Maximum);
        }

        if (outside.Count > 0)
        {
            _w.Line("if (" + string.Join(" || ", outside) + ") return " + Args + "RangeError((double)" + value + ", " + path + ", " + (constraints.Minimum ?? "double.MinValue") + ", " + (constraints.Maximum ?? "double.MaxValue") + ");");
        }
    }

    /// <summary>The readers, enum matchers and patterns the tool's values used, each once, in a stable order.</summary>
    public void EmitPending()
    {
        // Readers of records may add further records, so emit until none is left.
        var done = new HashSet<string>();
        while (_readers.Keys.Any(k => !done.Contains(k)))
        {
            foreach (var key in _readers.Keys.Where(k => !done.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList())
            {
                done.Add(key);
                EmitObjectReader(_readers[key]);
            }
        }

        foreach (var e in _enums.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            EmitEnumMatcher(e.Key, e.Value);
        }

        for (var i = 0; i < _patterns.Count; i++)
        {
            _w.Line();
            _w.Line("private static readonly global::System.Text.RegularExpressions.Regex Pattern" + i + " = new(" + String(_patterns[i]) + ", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);");
        }
    }

    private void EmitObjectReader(ObjectShape obj)
    {
        var members = obj.Members;
        _w.Line();
        using (_w.Braces("private static string? Read_" + obj.Key + "(" + Json + "JsonElement source, string path, out " + obj.CSharpType + " result)"))
        {
            _w.Line("result = default!;");
            _w.Line("if (source.ValueKind != " + Json + "JsonValueKind.Object) return " + Args + "ObjectError(source, path);");
            if (members.Count > 0)
            {
                _w.Line(string.Join(" ", members.Select((_, i) => Json + "JsonElement v" + i + " = default;")));
            }

            EmitGather(members, "source", "path", "Utf8Names_" + obj.Key, i => "v" + i);
            for (var i = 0; i < members.Count; i++)
            {
                _w.Line(LocalType(members[i].Shape!, members[i].Nullable) + " m" + i + " = default!;");
            }

            EmitMembers(members, i => "v" + i, "m", pathOf: m => Args + "Member(path, " + String(m.Name) + ")");
            var arguments = members.Select((m, i) => (m, i)).Where(x => x.m.Kind == MemberKind.Parameter).Select(x => "m" + x.i);
            var required = members.Select((m, i) => (m, i)).Where(x => x.m.Kind == MemberKind.RequiredProperty).Select(x => x.m.CSharpName + " = m" + x.i).ToList();
            _w.Line("result = new " + obj.CSharpType + "(" + string.Join(", ", arguments) + ")" + (required.Count > 0 ? " { " + string.Join(", ", required) + " }" : "") + ";");
            for (var i = 0; i < members.Count; i++)
            {
                var member = members[i];
                var set = member.Kind switch
                {
                    MemberKind.OptionalInitProperty => "result = result with { " + member.CSharpName + " = m" + i + " };",
                    MemberKind.OptionalSetProperty => "result." + member.CSharpName + " = m" + i + ";",
                    _ => null,
                };
                if (set is not null)
                {
                    _w.Line("if (v" + i + ".ValueKind != " + Json + "JsonValueKind.Undefined) " + set);
                }
            }

            _w.Line("return null;");
        }

        EmitNames(members, "Utf8Names_" + obj.Key);
    }

    /// <summary>An enum from its member name, compared as UTF-8 without decoding the JSON string.</summary>
    private void EmitEnumMatcher(string key, EnumShape e)
    {
        _w.Line();
        _w.Line("private static readonly string[] Names_" + key + " = " + Strings(e.Members) + ";");
        _w.Line();
        using (_w.Braces("private static bool Match_" + key + "(" + Json + "JsonElement value, out " + e.CSharpType + " result)"))
        {
            using (_w.Braces("if (value.ValueKind == " + Json + "JsonValueKind.String)"))
            {
                foreach (var member in e.Members)
                {
                    using (_w.Braces("if (value.ValueEquals(" + String(member) + "u8))"))
                    {
                        _w.Line("result = " + e.CSharpType + "." + member + ";");
                        _w.Line("return true;");
                    }
                }
            }

            _w.Line("result = default;");
            _w.Line("return false;");
        }
    }

    private static string Key(string csharpType) => new string(csharpType.Replace("global::", "").Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
