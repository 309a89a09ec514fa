using System.Diagnostics;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>
/// A tmpfs of a few MiB mounted on a temporary folder (tests run as root here), with a filler file that takes every
/// free byte; unmounted on dispose. <see cref="TryMount"/> returns null where mounting is not allowed.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    public static SmallDisk? TryMount(string path, int megabytes)
    {
        Directory.CreateDirectory(path);
        return Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", path) == 0 ? new SmallDisk(path) : null;
    }

    /// <summary>Writes the filler until the disk is full.</summary>
    public void Fill()
    {
        using var stream = new FileStream(Filler, FileMode.Append, FileAccess.Write);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // No space left on device.
        }
    }

    public void Free() => File.Delete(Filler);

    public void Dispose()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Run("umount", Path) == 0)
            {
                return;
            }

            Thread.Sleep(100); // a database connection may still be closing
        }

        Run("umount", "-l", Path); // still busy (a failed test's gateway): detach it, the kernel frees it when closed
    }

    private static int Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(psi)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
