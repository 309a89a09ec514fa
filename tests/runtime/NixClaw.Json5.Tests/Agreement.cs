using System.Globalization;
using System.Text;

namespace NixClaw.Json5.Tests;

/// <summary>Compares our reader with the reference on one document and describes any disagreement.</summary>
internal static class Agreement
{
    /// <summary>Null when both read the same value, or both reject with the same message, line and column.</summary>
    public static string? Check(string source, OracleResult oracle)
    {
        Json5Value? ours = null;
        Json5Exception? error = null;
        try
        {
            ours = Json5Reader.Parse(source);
        }
        catch (Json5Exception e)
        {
            error = e;
        }

        if (oracle.Ok)
        {
            if (error is not null)
            {
                return $"we reject ({error.Message}) but the reference reads {oracle.Raw}";
            }

            return Json5Value.DeepEquals(ours, oracle.Value)
                ? null
                : $"values differ: ours {Json5Writer.WriteCompact(ours!)}, reference {oracle.Raw}";
        }

        if (error is null)
        {
            return $"we read {Json5Writer.WriteCompact(ours!)} but the reference rejects: {oracle.Error}";
        }

        return "JSON5: " + error.Message == oracle.Error && error.Line == oracle.Line && error.Column == oracle.Column
            ? null
            : $"errors differ: ours '{error.Message}' ({error.Line}:{error.Column}), reference '{oracle.Error}' ({oracle.Line}:{oracle.Column})";
    }

    /// <summary>Source text made printable for failure messages.</summary>
    public static string Show(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s.Length > 300 ? s[..300] : s)
        {
            sb.Append(c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c == '"' ? "\\\"" : c.ToString());
        }

        return sb.Append(s.Length > 300 ? "\"…" : "\"").ToString();
    }

    /// <summary>Seed for randomized tests: JSON5_TEST_SEED if set (to replay a failure), else a fixed default.</summary>
    public static int Seed(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("JSON5_TEST_SEED"), out var seed) ? seed : fallback;
}
