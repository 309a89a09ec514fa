using System.Globalization;
using NixClaw;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Tools;

namespace Homelab;

/// <summary>How much of the workspace a folder uses.</summary>
/// <param name="Path">The folder, relative to the workspace.</param>
/// <param name="Files">Regular files below it.</param>
/// <param name="Folders">Folders below it.</param>
/// <param name="Bytes">Total size of the files.</param>
public sealed record WorkspaceUsage(string Path, int Files, int Folders, long Bytes);

/// <summary>
/// The agents' own tools. Each runs in the calling agent's sandbox (no network, the workspace as its only writable
/// place); `dotnet run -- tool list` shows them, `dotnet run -- tool run disk_usage --agent notes` tries one.
/// </summary>
public static class HomelabTools
{
    /// <summary>Counts the files, folders and bytes below a folder of your workspace.</summary>
    /// <param name="context">Filled in by NixClaw.</param>
    /// <param name="path">Folder relative to the workspace root; "." for all of it.</param>
    [AgentTool]
    public static WorkspaceUsage DiskUsage(ToolContext context, string path = ".")
    {
        var files = 0;
        var folders = 0;
        long bytes = 0;
        var pending = new Stack<string>([path]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in context.Files.List(folder, out _))
            {
                var child = folder == "." ? entry.Name : folder + "/" + entry.Name;
                if (entry.Kind == "directory")
                {
                    folders++;
                    pending.Push(child);
                }
                else if (entry.Kind == "file")
                {
                    files++;
                    bytes += entry.Size ?? 0;
                }
            }
        }

        return new WorkspaceUsage(path, files, folders, bytes);
    }

    /// <summary>Appends a line to today's notes file, notes/yyyy-MM-dd.md in your workspace, and says where it went.</summary>
    /// <param name="text">The note: one line, up to 500 characters.</param>
    /// <param name="context">Filled in by NixClaw.</param>
    [AgentTool]
    public static string Remember([System.ComponentModel.DataAnnotations.StringLength(500, MinimumLength = 1)] string text, ToolContext context)
    {
        var file = "notes/" + DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".md";
        string existing;
        try
        {
            existing = context.Files.Read(file);
        }
        catch (WorkspaceFileException)
        {
            existing = "";
        }

        context.Files.Write(file, existing + "- " + text.ReplaceLineEndings(" ") + "\n");
        return "noted in " + file;
    }
}
