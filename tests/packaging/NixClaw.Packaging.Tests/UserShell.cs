using System.Diagnostics;

namespace NixClaw.Packaging.Tests;

/// <summary>
/// Runs commands the way a new user's shell would, in their own folder: a private DOTNET_CLI_HOME (templates, first-run
/// state), a private age key, no MSBuild state inherited from the test run. NuGet's package cache stays the machine's
/// (NUGET_PACKAGES), so nothing but the packed NixClaw packages is restored, and nothing is downloaded.
/// </summary>
internal sealed class UserShell(string home, string ageKeyFile)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static string PackageCache { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public async Task<CommandResult> RunAsync(string workingDirectory, string program, IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` leaves MSBuild's own variables in the test process; a user's build picks its SDK afresh.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["NUGET_PACKAGES"] = PackageCache;
        start.Environment["SOPS_AGE_KEY_FILE"] = ageKeyFile;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["TERM"] = "dumb";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new CommandResult(program + " " + string.Join(' ', arguments), process.ExitCode, await stdout, await stderr);
    }

    public Task<CommandResult> DotnetAsync(string workingDirectory, params string[] arguments) => RunAsync(workingDirectory, "dotnet", arguments);

    public Task<CommandResult> GitAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, "git", ["-c", "user.name=New User", "-c", "user.email=new.user@example.com", "-c", "init.defaultBranch=main", .. arguments]);
}
