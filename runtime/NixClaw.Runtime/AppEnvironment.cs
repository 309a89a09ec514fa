using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Project;

namespace NixClaw.Runtime;

/// <summary>
/// Everything a verb takes from the outside world: terminal, environment variables, folders, programs,
/// HTTP, clock. <see cref="FromSystem"/> is the real one; tests build their own with temporary folders and fakes.
/// </summary>
internal sealed class AppEnvironment
{
    /// <summary>Standard output.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input (secret values are read from here when it is not a terminal).</summary>
    public required TextReader In { get; init; }

    /// <summary>True when standard output is not a terminal: no colours, no spinners.</summary>
    public bool IsOutputRedirected { get; init; }

    /// <summary>True when standard input is not a terminal: never prompt.</summary>
    public bool IsInputRedirected { get; init; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Working folder relative paths are resolved against.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Folder of the running program (the search for <c>nix/</c> also walks up from here).</summary>
    public string ProgramDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>The user's home folder.</summary>
    public string HomeDirectory { get; init; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>The name of the user running the program.</summary>
    public string UserName { get; init; } = Environment.UserName;

    /// <summary>Folder for short-lived staging folders (never inside the flake).</summary>
    public string TempDirectory { get; init; } = Path.GetTempPath();

    /// <summary>Starts external programs.</summary>
    public IProcessRunner Processes { get; init; } = new SystemProcessRunner();

    /// <summary>HTTP for the status endpoint and probes (loopback servers in tests).</summary>
    public Func<HttpClient> CreateHttpClient { get; init; } = () => new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Clock and timers (log following, waits).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The generated files to compare with the Nix folder; null reads them from the manifest's assembly.</summary>
    public GeneratedFileSet? GeneratedFiles { get; init; }

    /// <summary>The real console and process environment.</summary>
    public static AppEnvironment FromSystem() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        IsOutputRedirected = Console.IsOutputRedirected,
        IsInputRedirected = Console.IsInputRedirected,
    };
}
