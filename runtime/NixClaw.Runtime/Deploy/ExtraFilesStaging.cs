using System.Security.Cryptography;

namespace NixClaw.Runtime.Deploy;

/// <summary>
/// A fresh temporary <c>--extra-files</c> tree holding only <c>root/.config/sops/age/keys.txt</c> (folders 700,
/// file 600; nixos-anywhere keeps modes), outside the flake so the key can never be committed or copied into the
/// Nix store. Disposing overwrites and deletes it; verbs dispose in <c>finally</c>, so failures and Ctrl-C clean up too.
/// </summary>
internal sealed class ExtraFilesStaging : IDisposable
{
    /// <summary>Where the key lands on the target, relative to the tree (the generated <c>sops.age.keyFile</c>).</summary>
    public const string KeyPathInTree = "root/.config/sops/age/keys.txt";

    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode KeyMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private ExtraFilesStaging(string root)
    {
        Root = root;
    }

    /// <summary>The tree's root folder (the <c>--extra-files</c> argument).</summary>
    public string Root { get; }

    /// <summary>The staged key file.</summary>
    public string KeyFile => Path.Combine(Root, KeyPathInTree);

    /// <summary>Creates the tree in <paramref name="tempDirectory"/> and copies <paramref name="ageKeyFile"/> into it.</summary>
    /// <exception cref="OperatorException">The temporary folder is inside <paramref name="flakeDirectory"/>, or the key cannot be read.</exception>
    public static ExtraFilesStaging Create(string tempDirectory, string ageKeyFile, string flakeDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Deploying needs Unix file modes for the staged key: use macOS or Linux.");
        }

        var root = Path.Combine(Path.GetFullPath(tempDirectory), "nixclaw-extra-files-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        if (IsInside(root, flakeDirectory))
        {
            throw new OperatorException(ExitCodes.Config, $"The temporary folder {tempDirectory} is inside the flake {flakeDirectory}; the age key must never be staged there.",
                "Set TMPDIR to a folder outside your project.");
        }

        byte[] key;
        try
        {
            key = File.ReadAllBytes(ageKeyFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OperatorException(ExitCodes.Config, $"Cannot read the age key {ageKeyFile}: {e.Message}", "Run `secrets init`, or pass --age-key <file>.");
        }

        var staging = new ExtraFilesStaging(root);
        try
        {
            var folder = root;
            Directory.CreateDirectory(folder, DirectoryMode);
            foreach (var segment in Path.GetDirectoryName(KeyPathInTree)!.Split('/'))
            {
                folder = Path.Combine(folder, segment);
                Directory.CreateDirectory(folder, DirectoryMode);
                // Set explicitly: the mode given at creation is reduced by the umask.
                File.SetUnixFileMode(folder, DirectoryMode);
            }

            File.SetUnixFileMode(root, DirectoryMode);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = KeyMode };
            using (var stream = new FileStream(staging.KeyFile, options))
            {
                stream.Write(key);
            }

            File.SetUnixFileMode(staging.KeyFile, KeyMode);
            return staging;
        }
        catch
        {
            staging.Dispose();
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Overwrites the staged key and deletes the tree.</summary>
    public void Dispose()
    {
        try
        {
            if (File.Exists(KeyFile))
            {
                var length = new FileInfo(KeyFile).Length;
                File.WriteAllBytes(KeyFile, new byte[length]);
            }
        }
        catch (IOException)
        {
            // Deleting below is what matters.
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
