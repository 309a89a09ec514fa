using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Project;

namespace NixClaw.Runtime.Deploy;

/// <summary>The exact commands of a deploy, as argument lists (flags as verified in nixos-anywhere and nixos-rebuild-ng).</summary>
internal static class DeployCommands
{
    /// <summary>Flake reference of nixos-anywhere when it is not installed.</summary>
    public const string NixosAnywhereFlake = "github:nix-community/nixos-anywhere";

    /// <summary>Flake reference of nixos-rebuild when it is not installed (macOS).</summary>
    public const string NixosRebuildFlake = "nixpkgs#nixos-rebuild";

    /// <summary>
    /// First install: <c>nixos-anywhere --flake &lt;nix&gt;#&lt;host&gt; --extra-files &lt;dir&gt; [--build-on X] &lt;target&gt;</c>,
    /// through <c>nix run</c> when nixos-anywhere is not on PATH.
    /// </summary>
    public static ProcessSpec Install(FlakeProject project, string extraFiles, string target, string? buildOn, bool nixosAnywhereInstalled)
    {
        var arguments = new List<string> { "--flake", project.FlakeReference, "--extra-files", extraFiles };
        if (buildOn is not null)
        {
            arguments.AddRange(["--build-on", buildOn]);
        }

        arguments.Add(target);
        return Wrap("nixos-anywhere", NixosAnywhereFlake, arguments, nixosAnywhereInstalled);
    }

    /// <summary>
    /// Update: <c>nixos-rebuild switch --flake &lt;nix&gt;#&lt;host&gt; --target-host &lt;admin&gt;@&lt;address&gt; --sudo</c>;
    /// with <paramref name="buildOnTarget"/> also <c>--build-host</c> (a Mac cannot build x86_64-linux itself).
    /// </summary>
    public static ProcessSpec Update(FlakeProject project, string target, bool buildOnTarget, bool nixosRebuildInstalled)
    {
        var arguments = new List<string> { "switch", "--flake", project.FlakeReference, "--target-host", target, "--sudo" };
        if (buildOnTarget)
        {
            arguments.AddRange(["--build-host", target]);
        }

        return Wrap("nixos-rebuild", NixosRebuildFlake, arguments, nixosRebuildInstalled);
    }

    private static ProcessSpec Wrap(string program, string flake, List<string> arguments, bool installed) =>
        installed
            ? new ProcessSpec(program, arguments) { Interactive = true }
            : new ProcessSpec("nix", ["--extra-experimental-features", "nix-command flakes", "run", flake, "--", .. arguments]) { Interactive = true };
}
