namespace NixClaw.Runtime.Tests.Support;

/// <summary>Real programs the tests use; a missing one fails the test with its name (never a silent skip).</summary>
public static class Tools
{
    /// <summary>The repository's tools/ folder (pinned npm packages).</summary>
    public static string ToolsDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "tools");
                if (File.Exists(System.IO.Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("tools/ not found above " + AppContext.BaseDirectory);
        }
    }

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

    public static void RequireSopsAge()
    {
        Require("node", "apt-get install nodejs npm");
        if (!File.Exists(System.IO.Path.Combine(ToolsDirectory, "node_modules", "sops-age", "package.json")))
        {
            Assert.Fail("This test needs npm 'sops-age' (pinned in tools/package.json): run scripts/setup or `npm install` in tools/.");
        }
    }

    /// <summary>The test-only age key whose public key is <see cref="Fixtures.Lab.Recipient"/>.</summary>
    public static string LabKeyFile => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "lab-age-key.txt");
}
