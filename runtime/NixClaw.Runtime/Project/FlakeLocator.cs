using NixClaw.Contract;

namespace NixClaw.Runtime.Project;

/// <summary>
/// Finds the generated Nix folder of the running program's host. In order: <c>--flake</c>, <c>$NIXCLAW_FLAKE</c>,
/// then the current folder and its parents, then the program's own folder and its parents (so
/// <c>dotnet run</c> or <c>bin/Debug/net10.0/Homelab</c> finds <c>nix/</c> beside the project from anywhere).
/// A folder qualifies when it holds <c>flake.nix</c> and a <c>.nixclaw-generated</c> list naming
/// <c>hosts/&lt;host&gt;/</c>, so another project's Nix folder is never picked by accident.
/// </summary>
internal static class FlakeLocator
{
    /// <summary>Environment variable naming the Nix folder.</summary>
    public const string EnvironmentVariable = "NIXCLAW_FLAKE";

    /// <summary>Locates the folder or throws <see cref="OperatorException"/> with exit code 78 and what to do.</summary>
    public static FlakeProject Locate(string hostName, string? explicitPath, AppEnvironment environment)
    {
        var given = explicitPath ?? environment.GetVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            var source = explicitPath is null ? "$" + EnvironmentVariable : "--flake";
            var full = Path.GetFullPath(given, environment.CurrentDirectory);
            foreach (var candidate in new[] { full, Path.Combine(full, "nix") })
            {
                if (Qualifies(candidate, hostName))
                {
                    return new FlakeProject(candidate, hostName);
                }
            }

            throw new OperatorException(ExitCodes.Config,
                $"{source} {given}: no generated Nix folder for host '{hostName}' there (expected flake.nix and a .nixclaw-generated listing hosts/{hostName}/).",
                "Point it at the nix/ folder beside your declarations project, and run `dotnet build` there first.");
        }

        var searched = new List<string>();
        foreach (var start in new[] { environment.CurrentDirectory, environment.ProgramDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { dir.FullName, Path.Combine(dir.FullName, "nix") })
                {
                    if (Qualifies(candidate, hostName))
                    {
                        return new FlakeProject(candidate, hostName);
                    }
                }
            }

            searched.Add(start);
        }

        throw new OperatorException(ExitCodes.Config,
            $"No generated Nix folder for host '{hostName}' found in {string.Join(" or ", searched)} or their parents.",
            "Run `dotnet build` in your declarations project (it writes nix/), then run this from that project, or pass --flake <path to its nix folder>.");
    }

    private static bool Qualifies(string directory, string hostName)
    {
        if (!File.Exists(Path.Combine(directory, "flake.nix")))
        {
            return false;
        }

        var prefix = "hosts/" + hostName + "/";
        return GeneratedFilesList.Read(Path.Combine(directory, GeneratedFilesList.FileName))
            .Any(p => p.StartsWith(prefix, StringComparison.Ordinal));
    }
}
