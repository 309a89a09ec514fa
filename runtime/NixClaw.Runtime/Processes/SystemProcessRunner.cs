using System.ComponentModel;
using System.Diagnostics;

namespace NixClaw.Runtime.Processes;

/// <summary>Runs programs with <see cref="Process"/>, arguments as a list, never through a shell.</summary>
internal sealed class SystemProcessRunner : IProcessRunner
{
    private readonly Func<string, string?> _getVariable;

    public SystemProcessRunner(Func<string, string?>? getVariable = null)
    {
        _getVariable = getVariable ?? Environment.GetEnvironmentVariable;
    }

    /// <inheritdoc />
    public bool IsAvailable(string program) => Find(program) is not null;

    /// <inheritdoc />
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var path = Find(spec.FileName) ?? throw new ToolNotFoundException(spec.FileName);
        var info = new ProcessStartInfo(path)
        {
            UseShellExecute = false,
            RedirectStandardInput = spec.StandardInput is not null || !spec.Interactive,
            RedirectStandardOutput = !spec.Interactive,
            RedirectStandardError = !spec.Interactive,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ToolNotFoundException(spec.FileName, e.Message);
        }

        using var kill = cancellationToken.Register(() => KillQuietly(process));
        var output = spec.Interactive ? Task.FromResult(Array.Empty<byte>()) : ReadAllAsync(process.StandardOutput.BaseStream);
        var error = spec.Interactive ? Task.FromResult(string.Empty) : process.StandardError.ReadToEndAsync(CancellationToken.None);
        if (info.RedirectStandardInput)
        {
            try
            {
                if (spec.StandardInput is { } input)
                {
                    await process.StandardInput.BaseStream.WriteAsync(input, CancellationToken.None).ConfigureAwait(false);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program exited without reading its input; its exit status tells what happened.
            }
        }

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        var result = new ProcessResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private string? Find(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (var folder in (_getVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
