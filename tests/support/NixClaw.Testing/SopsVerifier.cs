using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace NixClaw.Testing;

/// <summary>Runs sops-verify.mjs: npm sops-age decrypts the file, and the MAC is recomputed in JavaScript.</summary>
public static class SopsVerifier
{
    /// <summary>The decrypted document on success; null and the error text when decryption or the MAC check fails.</summary>
    public static async Task<(JsonElement? Data, string? Error)> VerifyAsync(string sopsFile, string keyFile)
    {
        ExternalTools.RequireSopsAge();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sops-verify.mjs"));
        info.ArgumentList.Add(ExternalTools.ToolsDirectory);
        info.ArgumentList.Add(sopsFile);
        info.ArgumentList.Add(keyFile);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (output.Trim().Length == 0)
        {
            Assert.Fail($"sops-verify.mjs printed nothing (exit {process.ExitCode}): {error}");
        }

        var result = JsonDocument.Parse(output).RootElement.Clone();
        return result.TryGetProperty("error", out var message)
            ? (null, message.GetString())
            : (result.GetProperty("data"), null);
    }
}
