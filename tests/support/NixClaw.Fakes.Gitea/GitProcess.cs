using System.Diagnostics;

namespace NixClaw.Fakes.Gitea;

/// <summary>Runs the git command line for the fake's own repository housekeeping.</summary>
internal static class GitProcess
{
    public static string Run(string? workingDirectory, string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            psi.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_AUTHOR_NAME"] = psi.Environment["GIT_COMMITTER_NAME"] = "Gitea";
        psi.Environment["GIT_AUTHOR_EMAIL"] = psi.Environment["GIT_COMMITTER_EMAIL"] = "gitea@localhost";

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("git did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The Gitea fake needs the 'git' command line (git http-backend); it was not found on PATH.", e);
        }

        using (process)
        {
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }

            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result.Trim()}");
            }

            return output.Trim();
        }
    }
}
