using System.Diagnostics;
using System.Text.Json;

namespace NixClaw.GatewayBenchmarks;

/// <summary>What the benchmark needs of the program's declarations, read from its <c>manifest</c> verb.</summary>
internal sealed record DeclaredHost(int MattermostPort, string Team, string Bot, int ModelPort, IReadOnlyList<string> Channels)
{
    public static async Task<DeclaredHost> ReadAsync(string program)
    {
        var start = new ProcessStartInfo(program, ["manifest"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var json = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} manifest' exited with {process.ExitCode}");
        }

        var manifest = JsonDocument.Parse(json).RootElement;
        var mattermost = manifest.GetProperty("Mattermost");
        var endpoints = manifest.GetProperty("Models").EnumerateArray().Select(m => m.GetProperty("Endpoint").GetString()).Distinct().ToList();
        if (endpoints is not [{ } endpoint])
        {
            throw new InvalidOperationException($"{program} declares {endpoints.Count} model endpoints; the benchmark serves exactly one");
        }

        return new DeclaredHost(
            LoopbackPort(mattermost.GetProperty("Url").GetString()!),
            mattermost.GetProperty("Team").GetString()!,
            mattermost.GetProperty("Bot").GetString()!,
            LoopbackPort(endpoint),
            [.. manifest.GetProperty("Agents").EnumerateArray().Select(a => a.GetProperty("Channel").GetString()!)]);
    }

    private static int LoopbackPort(string url)
    {
        var uri = new Uri(url);
        return uri.IsLoopback && uri.Scheme == "http"
            ? uri.Port
            : throw new InvalidOperationException($"{url}: the benchmark serves only http on loopback");
    }
}
