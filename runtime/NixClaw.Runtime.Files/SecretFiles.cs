using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NixClaw.Runtime.Files;

/// <summary>
/// The one reader of secret files (tokens, API keys; sops-nix puts them under <c>/run/secrets</c>). The path comes from
/// the declarations and is trusted, so links are followed (sops-nix's files are links into <c>/run/secrets.d</c>);
/// still, a missing, empty, unreadable or special file (a FIFO would block a plain read forever) is one
/// <see cref="SecretFileException"/> naming the secret and the path, and the value is never logged or put in a message.
/// Read on every use, so a rotated secret applies without a restart.
/// </summary>
public static class SecretFiles
{
    /// <summary>Secrets are small; anything larger is not a token.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The file's content without surrounding whitespace.</summary>
    /// <param name="path">The secret file.</param>
    /// <param name="key">What the secret is for, named in errors.</param>
    /// <exception cref="SecretFileException">Missing, unreadable, not a regular file, too large or empty.</exception>
    public static string Read(string path, string key)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(key);
        if (path.Length == 0)
        {
            throw new SecretFileException(key, path, "is not set");
        }

        if (!OperatingSystem.IsLinux())
        {
            return ReadPortable(path, key);
        }

        var fd = Native.OpenAt(Native.AT_FDCWD, path, Native.O_RDONLY | Native.O_NONBLOCK | Native.O_NOCTTY | Native.O_CLOEXEC, 0);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new SecretFileException(key, path, errno switch
            {
                Native.ENOENT or Native.ENOTDIR => "does not exist",
                Native.EACCES => "is not readable by this user",
                _ => "cannot be opened: " + WorkspacePath.Describe(errno),
            });
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (!Native.TryStatFd(fd, out var stat) || stat.Type != Native.S_IFREG)
        {
            throw new SecretFileException(key, path, $"is a {stat.Kind}, not a regular file");
        }

        var buffer = new byte[MaxBytes + 1];
        var total = 0;
        try
        {
            for (int read; total < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0;)
            {
                total += read;
            }
        }
        catch (IOException ex)
        {
            throw new SecretFileException(key, path, "cannot be read: " + ex.Message, ex);
        }

        if (total > MaxBytes)
        {
            throw new SecretFileException(key, path, $"is larger than {MaxBytes} bytes");
        }

        return Trimmed(Encoding.UTF8.GetString(buffer, 0, total), path, key);
    }

    private static string ReadPortable(string path, string key)
    {
        try
        {
            return Trimmed(File.ReadAllText(path), path, key);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SecretFileException(key, path, "does not exist", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SecretFileException(key, path, "is not readable by this user", ex);
        }
        catch (IOException ex)
        {
            throw new SecretFileException(key, path, "cannot be read: " + ex.Message, ex);
        }
    }

    private static string Trimmed(string text, string path, string key)
    {
        text = text.Trim();
        return text.Length > 0 ? text : throw new SecretFileException(key, path, "is empty");
    }
}
