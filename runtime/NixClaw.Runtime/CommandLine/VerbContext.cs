using System.CommandLine;
using NixClaw.Bindings;
using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Project;
using Spectre.Console;

namespace NixClaw.Runtime.CommandLine;

/// <summary>What every verb shares: the manifest, the environment, common options, examples, and error handling.</summary>
internal sealed class VerbContext
{
    private readonly Dictionary<Command, IReadOnlyList<Example>> _examples = [];
    private IAnsiConsole? _console;
    private GeneratedFileSet? _generatedFiles;

    public VerbContext(HostManifest manifest, AppEnvironment environment, string programName)
    {
        Manifest = manifest;
        Environment = environment;
        ProgramName = programName;
        Command = CommandFor(programName, environment.ProgramDirectory);
        Directories = RuntimeDirectories.Resolve(manifest, environment);
    }

    /// <summary>The compiled declarations.</summary>
    public HostManifest Manifest { get; }

    /// <summary>Terminal, folders, programs, HTTP, clock.</summary>
    public AppEnvironment Environment { get; }

    /// <summary>The program's name as operators type it (the declarations assembly, for example <c>Homelab</c>).</summary>
    public string ProgramName { get; }

    /// <summary>
    /// What the operator types to run this program, for hints and examples: <c>dotnet run --</c> when it runs from its
    /// project's bin folder (as <c>dotnet run</c> starts it), otherwise <see cref="ProgramName"/> (installed on the host).
    /// </summary>
    public string Command { get; }

    /// <summary>Spectre console on <see cref="AppEnvironment.Out"/>: colours and spinners only on a terminal.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole(Environment);

    /// <summary>Runtime folders by the documented conventions (config, state, workspaces).</summary>
    public RuntimeDirectories Directories { get; }

    /// <summary>The Nix files compiled into this program.</summary>
    public GeneratedFileSet GeneratedFiles => _generatedFiles ??= Environment.GeneratedFiles ?? GeneratedFileSet.FromManifest(Manifest);

    /// <summary>Examples registered per command, shown by <c>--help</c>.</summary>
    public IReadOnlyDictionary<Command, IReadOnlyList<Example>> Examples => _examples;

    /// <summary><c>dotnet run --</c> when <paramref name="programDirectory"/> is <c>&lt;project&gt;/bin/&lt;configuration&gt;/&lt;framework&gt;/</c> of <c>&lt;program&gt;.csproj</c>.</summary>
    public static string CommandFor(string programName, string programDirectory)
    {
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(programDirectory));
        var bin = framework.Parent?.Parent;
        var project = bin?.Parent;
        return bin?.Name == "bin" && project is not null && File.Exists(Path.Combine(project.FullName, programName + ".csproj"))
            ? "dotnet run --"
            : programName;
    }

    /// <summary>A new <c>--json</c> option.</summary>
    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON instead of text" };

    /// <summary>A new <c>--flake</c> option (the generated Nix folder).</summary>
    public static Option<string?> FlakeOption() => new("--flake")
    {
        Description = $"The generated Nix folder (default: ${FlakeLocator.EnvironmentVariable}, else nix/ found from the current or the program's folder upwards)",
        HelpName = "dir",
    };

    /// <summary>A new <c>--age-key</c> option (the operator's age key file).</summary>
    public static Option<string?> AgeKeyOption() => new("--age-key")
    {
        Description = "age key file (default: $SOPS_AGE_KEY_FILE, else $XDG_CONFIG_HOME/sops/age/keys.txt, else ~/.config/sops/age/keys.txt)",
        HelpName = "file",
    };

    /// <summary>Whether spinners may be drawn: a terminal, and no JSON requested.</summary>
    public bool CanShowProgress(bool json) => !json && !Environment.IsOutputRedirected;

    /// <summary>Registers examples for <paramref name="command"/>'s help.</summary>
    public void AddExamples(Command command, params Example[] examples) => _examples[command] = examples;

    /// <summary>Locates the Nix folder for this host.</summary>
    public FlakeProject LocateFlake(string? explicitPath) => FlakeLocator.Locate(Manifest.Host.Name, explicitPath, Environment);

    /// <summary>Runs <paramref name="work"/> under a spinner when <see cref="CanShowProgress"/>.</summary>
    public async Task<T> WithProgressAsync<T>(bool json, string message, Func<Task<T>> work)
    {
        if (!CanShowProgress(json))
        {
            return await work().ConfigureAwait(false);
        }

        return await Console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(message), _ => work()).ConfigureAwait(false);
    }

    /// <summary>Sets the action of <paramref name="command"/>, turning errors into a message and an exit code.</summary>
    public void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                return await action(parseResult, cancellationToken).ConfigureAwait(false);
            }
            catch (OperatorException e)
            {
                WriteError(e.Message, e.Hint);
                return e.ExitCode;
            }
            catch (NixClaw.Sops.SopsFormatException e)
            {
                WriteError(e.Message, "Restore the secrets file from git, or move it aside and set the secrets again with `secrets set <name>`.");
                return ExitCodes.DataError;
            }
            catch (ToolNotFoundException e)
            {
                WriteError(e.Message, $"Install {e.Program} (see docs/operations.md) and run again.");
                return ExitCodes.Unavailable;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Environment.Error.WriteLine("interrupted");
                return ExitCodes.Interrupted;
            }
        });
    }

    /// <summary>Writes <c>error: message</c> and the hint to standard error.</summary>
    public void WriteError(string message, string? hint)
    {
        Environment.Error.WriteLine("error: " + message);
        if (hint is not null)
        {
            Environment.Error.WriteLine("  hint: " + hint);
        }
    }

    // Made on first use, and named nowhere else in this type (a Lazy<IAnsiConsole> built in the constructor loads
    // Spectre with it): the gateway, a long-running verb, never writes to it and should not keep Spectre loaded.
    private static IAnsiConsole CreateConsole(AppEnvironment environment) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(environment.Out),
        Ansi = environment.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = environment.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = environment.IsOutputRedirected || environment.IsInputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
    });
}
