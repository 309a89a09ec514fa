namespace NixClaw.Runtime.Roster.Tests;

/// <summary>A fresh config directory under the temp folder, removed afterwards.</summary>
internal sealed class TempConfigDirectory : IDisposable
{
    public TempConfigDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nixclaw-roster-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string AgentsPath => System.IO.Path.Combine(Path, RosterFileNames.Agents);

    public string BindingsPath => System.IO.Path.Combine(Path, RosterFileNames.Bindings);

    public RosterOptions Options(TimeSpan? debounce = null) =>
        new() { ConfigDirectory = Path, Debounce = debounce ?? TimeSpan.FromMilliseconds(50) };

    /// <summary>Replaces a file the way careful editors and `agent new` do: write a sibling, rename it over.</summary>
    public void RenameOver(string path, string text)
    {
        string temp = path + ".edit-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a watcher may still hold the directory for a moment.
        }
    }
}
