using System.Diagnostics;
using System.Text;

namespace NixClaw.Runtime.Workspaces.Tests;

/// <summary>The real git command line, used as "another machine" pushing to the same remote.</summary>
public static class GitCli
{
    public static string Run(string? workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            psi.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_AUTHOR_NAME"] = psi.Environment["GIT_COMMITTER_NAME"] = "Operator";
        psi.Environment["GIT_AUTHOR_EMAIL"] = psi.Environment["GIT_COMMITTER_EMAIL"] = "operator@localhost";
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("These tests need the 'git' command line on PATH.", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
            return output.Trim();
        }
    }

    /// <summary>Clones with the token in an extra header (never in the URL).</summary>
    public static void Clone(Uri url, string login, string token, string target) =>
        Run(null, "-c", AuthHeader(login, token), "clone", "-q", url.ToString(), target);

    public static void CommitAndPush(string clone, string login, string token, string file, string content, string message)
    {
        File.WriteAllText(Path.Combine(clone, file), content);
        Run(clone, "add", "-A");
        Run(clone, "commit", "-q", "-m", message);
        Run(clone, "-c", AuthHeader(login, token), "push", "-q", "origin", "HEAD:main");
    }

    public static string AuthHeader(string login, string token) =>
        "http.extraHeader=Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(login + ":" + token));
}
