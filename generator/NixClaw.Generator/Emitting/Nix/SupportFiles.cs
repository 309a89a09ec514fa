using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// NixClaw's own Nix code (the program's package builder, the sandbox image with its Home Manager module, and the
/// root filesystem of the bubblewrap sandbox), copied into every generated Nix folder under <c>nixclaw/</c>. The
/// generated flake imports it by path, so it needs no flake input of NixClaw's: what NixClaw contributes arrives
/// with its NuGet package, like the generator itself.
/// The files live in the repository's <c>nix/nixclaw/</c> and are embedded in the generator assembly.
/// </summary>
internal static class SupportFiles
{
    /// <summary>Folder of the copies inside the generated Nix folder.</summary>
    public const string Folder = "nixclaw/";

    /// <summary>The package builder: <c>import ./nixclaw/build-declarations.nix { pkgs, src, projectFile, nugetDeps, packageSource }</c>.</summary>
    public const string BuildDeclarations = "build-declarations.nix";

    /// <summary>The sandbox image package (<c>pkgs.callPackage</c>).</summary>
    public const string SandboxImage = "sandbox-image.nix";

    /// <summary>The Home Manager module that loads the image into the user's rootless Podman.</summary>
    public const string SandboxImageModule = "sandbox-image-module.nix";

    /// <summary>The root filesystem of the bubblewrap sandbox (<c>pkgs.callPackage</c>), for the gateway's <c>NIXCLAW_SANDBOX_ROOTFS</c>.</summary>
    public const string SandboxRootfs = "sandbox-rootfs.nix";

    /// <summary>Each file with the generated-file header line in front of its own text.</summary>
    public static IEnumerable<GeneratedFile> Render(string header)
    {
        foreach (var name in new[] { BuildDeclarations, SandboxImage, SandboxImageModule, SandboxRootfs })
        {
            yield return new GeneratedFile(Folder + name, "# " + header + "\n" + Read(name));
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(SupportFiles).GetTypeInfo().Assembly.GetManifestResourceStream("NixClaw.Nix." + name)
            ?? throw new InvalidDataException("NixClaw.Generator is missing its embedded Nix file " + name + ".");
        using var reader = new StreamReader(stream);
        // The repository may be checked out with CRLF endings; generated files always use LF.
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
