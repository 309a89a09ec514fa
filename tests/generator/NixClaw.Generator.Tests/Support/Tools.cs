using System.Diagnostics;

namespace NixClaw.Generator.Tests.Support;

/// <summary>Runs external tools the tests use as oracles; a missing tool fails the test naming it.</summary>
internal static class Tools
{
    public static string NixInstantiate => Require("nix-instantiate", "nix-bin");

    public static string Just
    {
        get
        {
            var path = Repo.Path("tools", "node_modules", ".bin", "just");
            Assert.True(File.Exists(path), $"just is missing at {path}: run scripts/setup (installs npm rust-just 1.57.0).");
            return path;
        }
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> arguments, string? workingDirectory = null, string? stdin = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Require(string tool, string package)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{tool} is not installed: run scripts/setup (installs Debian package {package}).");
        return tool;
    }
}
