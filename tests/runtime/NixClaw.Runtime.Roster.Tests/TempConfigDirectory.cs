namespace NixClaw.Runtime.Roster.Tests;

/// <summary>A fresh roster config directory (a <see cref="TempDirectory"/>) with the roster's file names and options.</summary>
internal sealed class TempConfigDirectory : IDisposable
{
    private readonly TempDirectory _directory = new("nixclaw-roster-");

    public string Path => _directory.Path;

    public string AgentsPath => System.IO.Path.Combine(Path, RosterFileNames.Agents);

    public string BindingsPath => System.IO.Path.Combine(Path, RosterFileNames.Bindings);

    public RosterOptions Options(TimeSpan? debounce = null) =>
        new() { ConfigDirectory = Path, Debounce = debounce ?? TimeSpan.FromMilliseconds(50) };

    /// <summary>Replaces a file the way careful editors and `agent new` do: write a sibling, rename it over.</summary>
    public void RenameOver(string path, string text)
    {
        var temp = path + ".edit-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    public void Dispose() => _directory.Dispose();
}
