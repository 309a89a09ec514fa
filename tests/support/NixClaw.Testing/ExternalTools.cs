using Xunit;

namespace NixClaw.Testing;

/// <summary>Real programs the tests use; a missing one fails the test with its name (never a silent skip).</summary>
public static class ExternalTools
{
    /// <summary>The repository's tools/ folder (pinned npm packages).</summary>
    public static string ToolsDirectory => Repo.Path("tools");

    /// <summary>Fails the test unless <paramref name="program"/> is on PATH; <paramref name="install"/> says how to get it.</summary>
    public static void Require(string program, string install)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(System.IO.Path.Combine(folder, program)))
            {
                return;
            }
        }

        Assert.Fail($"This test needs '{program}' on PATH: {install}");
    }

    /// <summary>Fails the test unless node and the pinned npm sops-age are installed.</summary>
    public static void RequireSopsAge()
    {
        Require("node", "apt-get install nodejs npm");
        if (!File.Exists(System.IO.Path.Combine(ToolsDirectory, "node_modules", "sops-age", "package.json")))
        {
            Assert.Fail("This test needs npm 'sops-age' (pinned in tools/package.json): run scripts/setup or `npm install` in tools/.");
        }
    }
}
