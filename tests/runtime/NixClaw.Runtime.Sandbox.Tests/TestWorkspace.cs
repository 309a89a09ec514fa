namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>A temporary workspace directory, deleted on dispose.</summary>
internal sealed class TestWorkspace(string path) : IDisposable
{
    public string Path { get; } = path;

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
