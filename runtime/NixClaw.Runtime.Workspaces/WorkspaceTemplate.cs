using System.Text;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Workspaces;

/// <summary>
/// A workspace template: a folder of files copied into a new workspace, text files rendered with
/// <see cref="TemplateRenderer"/>. Files are always written as regular files, never links.
/// </summary>
public sealed class WorkspaceTemplate
{
    private const string DefaultName = "default";
    private const string ResourcePrefix = "DefaultTemplate/";
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyList<(string RelativePath, byte[] Content, string Source)> _files;

    private WorkspaceTemplate(string name, IReadOnlyList<(string, byte[], string)> files)
    {
        Name = name;
        _files = files;
    }

    /// <summary>Template name.</summary>
    public string Name { get; }

    /// <summary>Relative paths of the template's files.</summary>
    public IReadOnlyList<string> Files => [.. _files.Select(f => f.RelativePath)];

    /// <summary>Loads <c>&lt;templatesRoot&gt;/&lt;name&gt;</c>, or the built-in template for <c>default</c> when that folder does not exist.</summary>
    public static WorkspaceTemplate Load(string templatesRoot, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name is "." or "..")
        {
            throw new TemplateException($"Workspace template name '{name}' must be a plain folder name.");
        }

        var folder = Path.Combine(templatesRoot, name);
        if (Directory.Exists(folder))
        {
            return FromFolder(name, folder);
        }

        return name == DefaultName
            ? BuiltIn()
            : throw new TemplateException($"Workspace template '{name}' not found: '{folder}' does not exist.");
    }

    /// <summary>
    /// Writes every template file that does not exist yet in <paramref name="workspace"/>; returns the paths written.
    /// Never overwrites (a rerun or an existing workspace keeps its files, even a dangling link) and never follows a
    /// link on the way (<see cref="WorkspaceFileWriter.CreateNew"/>).
    /// </summary>
    /// <exception cref="WorkspaceFileException">A folder on the way is a link or a file.</exception>
    public IReadOnlyList<string> WriteInto(string workspace, IReadOnlyDictionary<string, string> values)
    {
        var written = new List<string>();
        Directory.CreateDirectory(workspace); // the workspace folder itself is ours (a configured path); below it, nothing is trusted
        foreach (var (relative, content, source) in _files)
        {
            if (WorkspaceFileWriter.CreateNew(workspace, relative, Render(content, values, source)))
            {
                written.Add(relative);
            }
        }

        return written;
    }

    private static byte[] Render(byte[] content, IReadOnlyDictionary<string, string> values, string source)
    {
        if (content.AsSpan().Contains((byte)0))
        {
            return content; // binary
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return content; // not UTF-8: treat as binary
        }

        return s_strictUtf8.GetBytes(TemplateRenderer.Render(text, values, source));
    }

    private static WorkspaceTemplate FromFolder(string name, string folder)
    {
        var root = Path.GetFullPath(folder);
        var files = new List<(string, byte[], string)>();
        Walk(root, root, files);
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new WorkspaceTemplate(name, files);
    }

    /// <summary>
    /// Collects files below <paramref name="directory"/>. A symlinked file is read through (its content becomes a
    /// regular file) only when its target stays inside the template; symlinked folders are not followed.
    /// </summary>
    private static void Walk(string root, string directory, List<(string, byte[], string)> files)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (relative == ".git")
            {
                continue;
            }

            if (entry.LinkTarget is not null)
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not FileInfo { Exists: true } file)
                {
                    throw new TemplateException($"{entry.FullName}: symlinks in a template must point to a file inside the template.");
                }

                if (!file.FullName.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new TemplateException($"{entry.FullName}: symlink points outside the template ('{file.FullName}'); copy the file into the template instead.");
                }

                files.Add((relative, File.ReadAllBytes(file.FullName), entry.FullName));
            }
            else if (entry is DirectoryInfo)
            {
                Walk(root, entry.FullName, files);
            }
            else
            {
                files.Add((relative, File.ReadAllBytes(entry.FullName), entry.FullName));
            }
        }
    }

    private static WorkspaceTemplate BuiltIn()
    {
        var assembly = typeof(WorkspaceTemplate).Assembly;
        var files = new List<(string, byte[], string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files.Add((resource[ResourcePrefix.Length..], memory.ToArray(), "built-in template " + resource[ResourcePrefix.Length..]));
        }

        return new WorkspaceTemplate(DefaultName, files);
    }
}
