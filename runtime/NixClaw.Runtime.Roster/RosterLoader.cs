using NixClaw.Bindings;
using NixClaw.Json5;
using NixClaw.Runtime.Roster.Validation;

namespace NixClaw.Runtime.Roster;

/// <summary>
/// Reads and validates <c>declared-agents.json5</c> (generated, installed by the deploy), <c>agents.json5</c> and
/// <c>bindings.json5</c> (runtime, written by <c>agent new</c>) and merges them with the agents declared in C#.
/// A declared id keeps its declared values, as in OpenClaw's include merge where the declared file comes last.
/// A missing file contributes nothing (no runtime agents, no bindings); an empty or truncated file is a syntax error.
/// </summary>
public static class RosterLoader
{
    /// <summary>
    /// How roster files are read: a key named twice in an object is an error naming both lines (JSON5 itself keeps
    /// the last one silently, which hides a mistake), as is invalid UTF-8 (naming the byte offset).
    /// </summary>
    public static Json5ReaderOptions ReaderOptions { get; } = new() { RejectDuplicateKeys = true };

    /// <summary>Reads both files from <see cref="RosterOptions.ConfigDirectory"/>.</summary>
    public static RosterLoadResult Load(RosterOptions options, IReadOnlyList<AgentInfo> declared)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<RosterError>();
        var declaredAgents = ReadText(options.DeclaredAgentsPath, "agents", errors);
        var agents = ReadText(options.AgentsPath, "agents", errors);
        var bindings = ReadText(options.BindingsPath, "bindings", errors);
        if (errors.Count > 0)
        {
            return new RosterLoadResult(null, errors, []);
        }

        return Parse(options, declared, agents, bindings, declaredAgents);
    }

    /// <summary>Validates the given file texts (null = the file does not exist).</summary>
    public static RosterLoadResult Parse(RosterOptions options, IReadOnlyList<AgentInfo> declared, string? agentsText, string? bindingsText) =>
        Parse(options, declared, agentsText, bindingsText, declaredAgentsText: null);

    /// <summary>
    /// Validates the given file texts (null = the file does not exist), including the generated
    /// <c>declared-agents.json5</c>. Its entries are declared agents: they win over an <c>agents.json5</c> entry with
    /// the same id, and an entry for an agent declared in C# must agree with the declaration.
    /// </summary>
    public static RosterLoadResult Parse(RosterOptions options, IReadOnlyList<AgentInfo> declared, string? agentsText, string? bindingsText, string? declaredAgentsText)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(declared);
        var declaredById = new Dictionary<string, AgentInfo>(StringComparer.Ordinal);
        foreach (var agent in declared)
        {
            if (!declaredById.TryAdd(agent.Id, agent))
            {
                throw new ArgumentException($"declared agent id \"{agent.Id}\" appears twice", nameof(declared));
            }
        }

        var errors = new List<RosterError>();
        var warnings = new List<RosterError>();

        var declaredFile = AgentsFile.Empty;
        if (declaredAgentsText is not null)
        {
            declaredFile = Read(options.DeclaredAgentsPath, "agents", declaredAgentsText, errors) is { } declaredDocument
                ? AgentsFileChecker.Check(new FileChecker(options.DeclaredAgentsPath, declaredDocument, errors), declaredById, options)
                : AgentsFile.Unreadable;
        }

        var agentsFile = AgentsFile.Empty;
        if (agentsText is not null)
        {
            agentsFile = Read(options.AgentsPath, "agents", agentsText, errors) is { } agentsDocument
                ? AgentsFileChecker.Check(new FileChecker(options.AgentsPath, agentsDocument, errors), declaredById, options)
                : AgentsFile.Unreadable;
        }

        IReadOnlyList<RosterBinding> bindings = [];
        if (bindingsText is not null && Read(options.BindingsPath, "bindings", bindingsText, errors) is { } bindingsDocument)
        {
            HashSet<string>? known = null;
            if (agentsFile.IdsKnown && declaredFile.IdsKnown)
            {
                known = new HashSet<string>(agentsFile.EntryIds, StringComparer.Ordinal);
                known.UnionWith(declaredFile.EntryIds);
                known.UnionWith(declaredById.Keys);
            }

            bindings = BindingsFileChecker.Check(new FileChecker(options.BindingsPath, bindingsDocument, errors), known, warnings);
        }

        if (errors.Count > 0)
        {
            return new RosterLoadResult(null, errors, warnings);
        }

        // OpenClaw merges agents.json5 first and declared-agents.json5 last: declared values and defaults win.
        var defaults = new AgentsFile([], new HashSet<string>(), declaredFile.DefaultWorkspace ?? agentsFile.DefaultWorkspace,
            declaredFile.DefaultModel ?? agentsFile.DefaultModel);
        var agents = new List<RosterAgent>();
        var entries = agentsFile.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var declaredEntries = declaredFile.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var info in declared)
        {
            var entry = declaredEntries.GetValueOrDefault(info.Id) ?? entries.GetValueOrDefault(info.Id);
            if (entry is null)
            {
                var file = declaredAgentsText is not null ? options.DeclaredAgentsPath : options.AgentsPath;
                warnings.Add(new RosterError(file, 1, 1, "agents.entries",
                    $"Declared agent \"{info.Id}\" is not in this file; it stays active from its C# declaration"));
            }

            var workspace = AgentsFileChecker.DeclaredWorkspace(info.Id, options)
                ?? entry?.Workspace ?? DefaultWorkspace(defaults, info.Id);
            agents.Add(new RosterAgent(info.Id, info.DisplayName, workspace, info.Model, IsDeclared: true, info.Channel));
        }

        // Agents of the generated file that this program does not declare (a deploy newer than the program) are still
        // declared: the deploy owns them, agent new cannot change or remove them.
        foreach (var entry in declaredFile.Entries.Where(e => !declaredById.ContainsKey(e.Id)))
        {
            agents.Add(new RosterAgent(entry.Id, entry.Name, entry.Workspace ?? DefaultWorkspace(defaults, entry.Id),
                entry.Model ?? defaults.DefaultModel, IsDeclared: true, DeclaredChannel: null));
        }

        foreach (var entry in agentsFile.Entries.Where(e => !declaredById.ContainsKey(e.Id) && !declaredEntries.ContainsKey(e.Id)))
        {
            agents.Add(new RosterAgent(
                entry.Id,
                entry.Name,
                entry.Workspace ?? DefaultWorkspace(defaults, entry.Id),
                entry.Model ?? defaults.DefaultModel,
                IsDeclared: false,
                DeclaredChannel: null));
        }

        return new RosterLoadResult(new Roster(agents, bindings), errors, warnings);
    }

    // OpenClaw: an agent without its own workspace gets <agents.defaults.workspace>/<id>.
    private static string? DefaultWorkspace(AgentsFile file, string id) =>
        file.DefaultWorkspace is { } root ? root.TrimEnd('/') + "/" + id : null;

    private static Json5Document? Read(string file, string root, string text, List<RosterError> errors)
    {
        try
        {
            return Json5Document.Parse(text, ReaderOptions);
        }
        catch (Json5Exception e)
        {
            errors.Add(new RosterError(file, e.Line, e.Column, root, $"Invalid JSON5: {e.Reason}"));
            return null;
        }
    }

    private static string? ReadText(string file, string root, List<RosterError> errors)
    {
        try
        {
            // Share everything: an editor or `agent new` may be replacing the file right now.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return Json5Utf8.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        }
        catch (Json5Exception e)
        {
            errors.Add(new RosterError(file, e.Line, e.Column, root, e.Reason));
            return null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new RosterError(file, 1, 1, root, $"Could not read the file: {e.Message}"));
            return null;
        }
    }
}
