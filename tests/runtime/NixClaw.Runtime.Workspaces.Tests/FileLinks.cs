using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Workspaces.Tests;

/// <summary>Hard link counts, for asserting that shared files are copies (OpenClaw refuses hard-linked bootstrap files, openclaw.md §7).</summary>
internal static class FileLinks
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxNlink = 0x4;
    private const int StatxNlinkOffset = 16; // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink (same on every Linux arch)

    /// <summary>Number of hard links to the file (1 when it cannot be determined).</summary>
    public static uint LinkCount(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 1;
        }

        var buffer = new byte[256];
        try
        {
            return Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxNlink, ref buffer[0]) == 0
                ? BitConverter.ToUInt32(buffer, StatxNlinkOffset)
                : 1;
        }
        catch (EntryPointNotFoundException)
        {
            return 1; // glibc older than 2.28
        }
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirfd, string path, int flags, uint mask, ref byte buffer);
}
