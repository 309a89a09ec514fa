using NixClaw.Bindings;
using NixClaw.Contract;
using NixClaw.Json5;

namespace NixClaw.Runtime.Roster.Validation;

/// <summary>
/// Validates <c>agents.json5</c> (the object OpenClaw reads as <c>agents</c>): closed key sets, the id pattern, value
/// kinds, and that entries for agents declared in C# agree with their declaration.
/// </summary>
internal static class AgentsFileChecker
{
    private static readonly HashSet<string> RootKeys = ["ownership", "defaults", "entries"];

    // The legacy list gets its own, more helpful message instead of "Unrecognized key".
    private static readonly HashSet<string> RootKeysWithLegacyList = [.. RootKeys, "list"];

    // The agent entry keys of OpenClaw 2026.9.6's config schema.
    private static readonly HashSet<string> EntryKeys =
    [
        "name", "workspace", "agentDir", "model", "identity", "groupChat", "sandbox", "tools", "skills", "subagents",
        "cwd", "description", "heartbeat", "memory", "modelPolicy", "models", "params", "runtime", "thinkingDefault",
        "reasoningDefault", "typingMode", "utilityModel", "tts",
    ];

    // agents.defaults takes the per-agent settings plus the roster-wide ones.
    private static readonly HashSet<string> DefaultsKeys =
    [
        .. EntryKeys.Except(["name", "agentDir", "description"]),
        "systemAgent", "skipBootstrap", "bootstrapMaxChars", "bootstrapTotalMaxChars",
    ];

    private static readonly HashSet<string> ModelObjectKeys = ["primary", "fallbacks"];

    private static readonly string[] StringKeys = ["agentDir", "cwd", "description", "thinkingDefault", "reasoningDefault", "typingMode"];

    private static readonly string[] ObjectKeys = ["identity", "groupChat", "sandbox", "tools", "subagents", "heartbeat", "memory", "params", "tts"];

    public static AgentsFile Check(FileChecker checker, IReadOnlyDictionary<string, AgentInfo> declared, RosterOptions options)
    {
        var path = ConfigPath.Root("agents");
        var root = checker.Document.Root;
        if (!checker.Expect(root, Json5ValueKind.Object, path))
        {
            return AgentsFile.Unreadable;
        }

        var obj = root.AsObject();
        if (obj.ContainsKey("list"))
        {
            checker.Error(path.Member("list"), "Legacy agents.list is not supported; move the agents to agents.entries keyed by id", path.Member("list"));
        }

        checker.CheckKeys(obj, path, RootKeysWithLegacyList);

        var ownership = checker.OptionalString(obj, "ownership", path, nonEmpty: false);
        if (ownership is not null && ownership != "explicit")
        {
            checker.Error(path.Member("ownership"), "Invalid input: expected \"explicit\"");
        }

        string? defaultWorkspace = null, defaultModel = null;
        if (checker.OptionalObject(obj, "defaults", path) is { } defaults)
        {
            var at = path.Member("defaults");
            checker.CheckKeys(defaults, at, DefaultsKeys);
            defaultWorkspace = checker.OptionalString(defaults, "workspace", at);
            defaultModel = CheckModel(checker, defaults, at);
            CheckCommon(checker, defaults, at);
            checker.OptionalBoolean(defaults, "skipBootstrap", at);
            checker.OptionalCount(defaults, "bootstrapMaxChars", at);
            checker.OptionalCount(defaults, "bootstrapTotalMaxChars", at);
            _ = checker.OptionalObject(defaults, "systemAgent", at);
        }

        var entries = new List<AgentEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entriesObject = checker.OptionalObject(obj, "entries", path);
        if (entriesObject is null && obj.ContainsKey("entries"))
        {
            return AgentsFile.Unreadable;
        }

        if (entriesObject is not null)
        {
            var at = path.Member("entries");
            foreach (var (id, value) in entriesObject)
            {
                var entryPath = at.Member(id);
                if (!AgentIdRule.IsValid(id))
                {
                    checker.Error(entryPath, $"Invalid agent id \"{id}\": ids must match {AgentIdRule.Pattern}");
                    continue;
                }

                ids.Add(id);
                if (CheckEntry(checker, id, value, entryPath, declared.GetValueOrDefault(id), options) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            // OpenClaw refuses a multi-agent roster without explicit ownership; declared agents count too.
            var total = declared.Count + ids.Count(id => !declared.ContainsKey(id));
            if (!obj.ContainsKey("ownership") && ids.Count > 0 && total > 1)
            {
                checker.Error(path.Member("ownership"), "multi-agent rosters require agents.ownership=\"explicit\"", path);
            }
        }

        return new AgentsFile(entries, ids, defaultWorkspace, defaultModel);
    }

    private static AgentEntry? CheckEntry(FileChecker checker, string id, Json5Value value, ConfigPath path, AgentInfo? declared, RosterOptions options)
    {
        if (!checker.Expect(value, Json5ValueKind.Object, path))
        {
            return null;
        }

        var obj = value.AsObject();
        checker.CheckKeys(obj, path, EntryKeys);
        var name = checker.OptionalString(obj, "name", path);
        var workspace = checker.OptionalString(obj, "workspace", path);
        var model = CheckModel(checker, obj, path);
        CheckCommon(checker, obj, path);

        if (declared is not null)
        {
            CheckAgainstDeclaration(checker, declared, path, name, workspace, model, options);
        }

        return new AgentEntry(id, name, workspace, model);
    }

    /// <summary>The keys entries and defaults share, checked for kind only (NixClaw does not use their contents).</summary>
    private static void CheckCommon(FileChecker checker, Json5Object obj, ConfigPath path)
    {
        foreach (var key in StringKeys)
        {
            _ = checker.OptionalString(obj, key, path);
        }

        foreach (var key in ObjectKeys)
        {
            _ = checker.OptionalObject(obj, key, path);
        }

        checker.OptionalStringArray(obj, "skills", path);
    }

    /// <summary><c>model</c> is a string or <c>{ primary, fallbacks? }</c>; returns the primary model.</summary>
    private static string? CheckModel(FileChecker checker, Json5Object obj, ConfigPath path)
    {
        if (!obj.TryGetValue("model", out var value))
        {
            return null;
        }

        var at = path.Member("model");
        switch (value.Kind)
        {
            case Json5ValueKind.String:
                return checker.OptionalString(obj, "model", path);
            case Json5ValueKind.Object:
                var model = value.AsObject();
                checker.CheckKeys(model, at, ModelObjectKeys);
                checker.OptionalStringArray(model, "fallbacks", at);
                return checker.RequiredString(model, "primary", at);
            default:
                checker.Error(at, $"Expected string or object, received {FileChecker.KindName(value.Kind)}");
                return null;
        }
    }

    private static void CheckAgainstDeclaration(
        FileChecker checker, AgentInfo declared, ConfigPath path, string? name, string? workspace, string? model, RosterOptions options)
    {
        if (name is not null && name != declared.DisplayName)
        {
            Contradiction(checker, declared, path.Member("name"), "name", declared.DisplayName);
        }

        // The C# declaration names the model; OpenClaw's form is "<provider>/<model id>", so accept both spellings.
        if (model is not null && model != declared.Model && !model.StartsWith(declared.Model + "/", StringComparison.Ordinal))
        {
            Contradiction(checker, declared, path.Member("model"), "model", declared.Model);
        }

        if (workspace is not null && DeclaredWorkspace(declared.Id, options) is { } expected
            && Expand(workspace, options) is { } actual && !SamePath(actual, expected))
        {
            Contradiction(checker, declared, path.Member("workspace"), "workspace", expected);
        }
    }

    private static void Contradiction(FileChecker checker, AgentInfo declared, ConfigPath path, string what, string declaredValue) =>
        checker.Error(
            path,
            $"Agent \"{declared.Id}\" is declared in C# with {what} \"{declaredValue}\"; declared agents cannot be changed through this file: change the C# declaration instead");

    /// <summary>A declared agent's workspace when the workspaces folder is known.</summary>
    public static string? DeclaredWorkspace(string id, RosterOptions options) =>
        options.WorkspacesDirectory is { } root ? Path.Combine(root, id) : null;

    private static string? Expand(string path, RosterOptions options) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? options.HomeDirectory is { } home ? Path.Combine(home, path.Length > 2 ? path[2..] : "") : null
            : path;

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
