using System.Text.Json;

namespace NixClaw.Json5.Tests;

/// <summary>What the reference implementation said about one document.</summary>
internal sealed record OracleResult(Json5Value? Value, string? Error, int Line, int Column, string Raw)
{
    public bool Ok => Error is null;

    public static OracleResult FromLine(string line)
    {
        using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 1000 });
        var root = doc.RootElement;
        if (root.TryGetProperty("ok", out var ok))
        {
            return new OracleResult(Convert(ok), null, 0, 0, line);
        }

        if (root.TryGetProperty("error", out var error))
        {
            var message = error.ValueKind == JsonValueKind.String ? error.GetString()! : Units(error.GetProperty("$str16"));
            return new OracleResult(null, message, root.GetProperty("line").GetInt32(), root.GetProperty("column").GetInt32(), line);
        }

        throw new InvalidOperationException($"the oracle crashed: {line}");
    }

    private static string Units(JsonElement units) => new(units.EnumerateArray().Select(u => (char)u.GetInt32()).ToArray());

    private static Json5Value Convert(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
                return Json5Null.Instance;
            case JsonValueKind.True:
                return Json5Boolean.True;
            case JsonValueKind.False:
                return Json5Boolean.False;
            case JsonValueKind.Number:
                return new Json5Number(e.GetDouble());
            case JsonValueKind.String:
                return new Json5String(e.GetString()!);
            case JsonValueKind.Array:
                return new Json5Array(e.EnumerateArray().Select(Convert));
            case JsonValueKind.Object:
            {
                var props = e.EnumerateObject().ToList();
                if (props is [{ Name: "$num" } num])
                {
                    return new Json5Number(num.Value.GetString() switch
                    {
                        "NaN" => double.NaN,
                        "Infinity" => double.PositiveInfinity,
                        "-Infinity" => double.NegativeInfinity,
                        "-0" => -0.0,
                        var other => throw new InvalidOperationException($"bad $num {other}"),
                    });
                }

                if (props is [{ Name: "$str16" } str])
                {
                    return new Json5String(Units(str.Value));
                }

                if (props is [{ Name: "$obj16" } pairs])
                {
                    var tagged = new Json5Object();
                    foreach (var pair in pairs.Value.EnumerateArray())
                    {
                        tagged.Set(Units(pair[0]), Convert(pair[1]));
                    }

                    return tagged;
                }

                var obj = new Json5Object();
                foreach (var p in props)
                {
                    obj.Set(p.Name, Convert(p.Value));
                }

                return obj;
            }

            default:
                throw new InvalidOperationException($"unexpected {e.ValueKind}");
        }
    }
}
