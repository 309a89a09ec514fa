using System.Diagnostics;
using System.Text;

namespace NixClaw.Json5.Tests;

/// <summary>
/// Runs tools/json5-oracle.js (the npm json5 2.2.3 reference parser) once for a whole batch of documents, because
/// Node start-up costs more than parsing thousands of small documents.
/// </summary>
internal static class Json5Oracle
{
    public const string SetupHint = "json5 oracle missing: run scripts/setup (installs npm json5 2.2.3 into tools/node_modules)";

    public static IReadOnlyList<OracleResult> Parse(IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var script = Repo.Path("tools", "json5-oracle.js");
        var package = Repo.Path("tools", "node_modules", "json5", "package.json");
        Assert.True(File.Exists(script), $"{script} is missing");
        if (!File.Exists(package))
        {
            Assert.Fail($"{SetupHint}; not found: {package}");
        }

        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node is not runnable ({e.Message}); {SetupHint}");
            throw;
        }

        using (process)
        {
            // Write and read concurrently so neither pipe can fill up and deadlock.
            var writer = Task.Run(
                () =>
                {
                    var sb = new StringBuilder();
                    foreach (var source in sources)
                    {
                        AppendJsonString(sb, source);
                        sb.Append('\n');
                    }

                    process.StandardInput.Write(sb.ToString());
                    process.StandardInput.Close();
                },
                cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEnd();
            writer.Wait(cancellationToken);
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"oracle failed ({process.ExitCode}): {stderr.Result}");
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(sources.Count, lines.Length);
            return lines.Select(OracleResult.FromLine).ToList();
        }
    }

    /// <summary>ASCII-only JSON string: every non-ASCII unit is \u-escaped, so lone surrogates survive the pipe.</summary>
    private static void AppendJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }
}
