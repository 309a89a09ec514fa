using NixClaw.Contract;
using NixClaw.Runtime.Project;
using NixClaw.Runtime.Tests.Fixtures;

namespace NixClaw.Runtime.Tests.Support;

/// <summary>
/// A temporary checkout of the Lab declarations: nix/ written from the generated files (as NixClaw.Build would),
/// a home folder with the test age key, a temp folder for staging, and a way to run the program's verbs.
/// </summary>
internal sealed class LabProject : IDisposable
{
    private readonly TempDirectory _root = new();

    public LabProject(bool withAgeKey = true)
    {
        Generated = GeneratedFileSet.FromManifest(Lab.Manifest);
        Assert.NotEmpty(Generated.Files);
        ProjectDirectory = _root.Combine("project");
        NixDirectory = Path.Combine(ProjectDirectory, "nix");
        Home = _root.Combine("home");
        Temp = _root.Combine("tmp");
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Temp);
        foreach (var file in Generated.Files)
        {
            var path = Path.Combine(NixDirectory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, GeneratedFilesList.Encoding.GetBytes(file.Content));
        }

        File.WriteAllBytes(Path.Combine(NixDirectory, GeneratedFilesList.FileName), Generated.ListFileBytes());
        // The NuGet lock the build task writes from the restore (the Lab project is not restored here: an empty lock).
        File.WriteAllText(Path.Combine(NixDirectory, "deps.json"), "[]\n");
        if (withAgeKey)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(AgeKeyFile)!);
            File.Copy(LabKeyFile, AgeKeyFile);
        }
    }

    /// <summary>The test-only age key whose public key is <see cref="Fixtures.Lab.Recipient"/>.</summary>
    public static string LabKeyFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "lab-age-key.txt");

    public GeneratedFileSet Generated { get; }

    public string ProjectDirectory { get; }

    public string NixDirectory { get; }

    public string Home { get; }

    public string Temp { get; }

    public string AgeKeyFile => Path.Combine(Home, ".config", "sops", "age", "keys.txt");

    public string SecretsFile => Path.Combine(NixDirectory, "secrets", "lab.yaml");

    public RecordingProcessRunner Processes { get; } = new();

    public string Root => _root.Path;

    /// <summary>Runs the program in the project folder; stdin is <paramref name="input"/> (redirected, so never a prompt).</summary>
    public async Task<RunResult> RunAsync(string[] args, string input = "", NixClaw.Bindings.HostManifest? manifest = null,
        Func<HttpClient>? http = null, TimeProvider? time = null, CancellationTokenSource? interrupt = null,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var path = Environment.GetEnvironmentVariable("PATH");
        var environment = new AppEnvironment
        {
            Out = output,
            Error = error,
            In = new StringReader(input),
            IsOutputRedirected = true,
            IsInputRedirected = true,
            GetVariable = name => name switch
            {
                "PATH" => path,
                "HOME" => Home,
                _ => variables?.GetValueOrDefault(name),
            },
            CurrentDirectory = ProjectDirectory,
            ProgramDirectory = Root,
            HomeDirectory = Home,
            UserName = "alice",
            TempDirectory = Temp,
            Processes = Processes,
            CreateHttpClient = http ?? (() => new HttpClient { Timeout = TimeSpan.FromSeconds(5) }),
            Time = time ?? TimeProvider.System,
        };
        var code = await NixClawApp.RunAsync(args, manifest ?? Lab.Manifest, environment,
            interrupt?.Token ?? TestContext.Current.CancellationToken);
        return new RunResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Sets every declared secret through the real <c>secrets set</c> verb.</summary>
    public async Task SetAllSecretsAsync()
    {
        foreach (var secret in Lab.Manifest.AllSecrets)
        {
            var result = await RunAsync(["secrets", "set", secret.Key], "value-of-" + secret.Key + "\n");
            Assert.True(result.ExitCode == 0, result.ToString());
        }
    }

    public void Dispose() => _root.Dispose();
}
