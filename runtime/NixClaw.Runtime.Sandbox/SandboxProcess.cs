using System.Diagnostics;

namespace NixClaw.Runtime.Sandbox;

/// <summary>
/// Runs a sandbox launcher process (podman or bwrap): writes and closes stdin, drains stdout and stderr with caps,
/// and on timeout or cancellation kills every process it started, waiting until they are gone.
/// </summary>
internal static class SandboxProcess
{
    /// <summary>What happened to the launcher.</summary>
    public sealed record Outcome(int ExitCode, CappedOutput Output, CappedOutput Error, bool TimedOut, TimeSpan Duration);

    /// <param name="startInfo">The launcher; stdin, stdout and stderr must be redirected.</param>
    /// <param name="timeout">Wall-clock limit.</param>
    /// <param name="maxOutputBytes">Cap per stream.</param>
    /// <param name="killExtra">Kills what the launcher does not own as child processes (Podman's container, under conmon).</param>
    /// <param name="cancellationToken">Caller's cancellation; the sandbox is killed before the exception surfaces.</param>
    /// <param name="standardInput">Written to the launcher's stdin (which the sandboxed command inherits) before it is closed.</param>
    public static async Task<Outcome> RunAsync(
        ProcessStartInfo startInfo,
        TimeSpan timeout,
        int maxOutputBytes,
        Func<Task>? killExtra,
        CancellationToken cancellationToken,
        string? standardInput = null)
    {
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SandboxUnavailableException($"Cannot start '{startInfo.FileName}': {e.Message}.", e);
        }

        var fed = FeedAsync(process, standardInput);
        var output = new CappedOutput(maxOutputBytes);
        var error = new CappedOutput(maxOutputBytes);
        var drained = Task.WhenAll(
            output.DrainAsync(process.StandardOutput.BaseStream),
            error.DrainAsync(process.StandardError.BaseStream));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            await KillTreeAsync(process).ConfigureAwait(false);
            if (killExtra is not null)
            {
                await killExtra().ConfigureAwait(false);
            }
        }

        // Once every writer is dead the pipes close and this returns at once. Should some process outside the
        // sandbox's tree still hold a pipe (it would have to be the launcher's, never the command's), stop waiting.
        try
        {
            await drained.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }

        await fed.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new Outcome(process.ExitCode, output, error, timedOut, clock.Elapsed);
    }

    // Written while the output drains, so a command that writes before it reads cannot deadlock on full pipes.
    private static async Task FeedAsync(Process process, string? text)
    {
        try
        {
            if (text is not null)
            {
                await process.StandardInput.WriteAsync(text).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The command exited (or was killed) without reading all of it: what it did is in its exit code.
        }
    }

    /// <summary>SIGKILLs the process and all its descendants, then waits (bounded) until none of them runs.</summary>
    public static async Task KillTreeAsync(Process process)
    {
        var tree = Descendants(process.Id);
        tree.Insert(0, process.Id);
        foreach (var pid in tree)
        {
            Native.Kill(pid, Native.SIGKILL);
        }

        // Processes that forked while we were killing are caught by a second pass.
        foreach (var pid in Descendants(process.Id))
        {
            Native.Kill(pid, Native.SIGKILL);
            tree.Add(pid);
        }

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        var until = Stopwatch.StartNew();
        while (tree.Any(IsRunning) && until.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    /// <summary>All descendants of <paramref name="root"/>, from the parent links in <c>/proc/*/stat</c>.</summary>
    private static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || ParentOf(pid) is not { } parent)
            {
                continue;
            }

            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }

            list.Add(pid);
        }

        var result = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                result.Add(child);
                queue.Enqueue(child);
            }
        }

        return result;
    }

    private static int? ParentOf(int pid) => Stat(pid) is { } stat ? int.Parse(stat.Fields[1], System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Whether the process exists and is not a zombie (a zombie runs nothing and holds nothing).</summary>
    private static bool IsRunning(int pid) => Stat(pid) is { } stat && stat.Fields[0] != "Z";

    // /proc/<pid>/stat is "pid (comm) state ppid ..."; comm may contain spaces and parentheses, so split after the last ')'.
    private static (string[] Fields, int Pid)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var end = text.LastIndexOf(')');
            return end < 0 ? null : (text[(end + 2)..].Split(' '), pid);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
