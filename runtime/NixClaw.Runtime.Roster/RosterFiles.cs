using NixClaw.Bindings;
using NixClaw.Contract;
using NixClaw.Json5;
using NixClaw.Runtime.Roster.Validation;

namespace NixClaw.Runtime.Roster;

/// <summary>
/// Edits the roster files for <c>agent new</c> and <c>agent delete</c>. Every edit patches the text in place (comments
/// and untouched bytes stay as they were), is idempotent, validates the result against the whole roster before
/// writing, and replaces the file atomically so the gateway's watcher never reads half an edit.
/// </summary>
/// <remarks>
/// Edits are ordered so that the roster is valid after each file write: an agent entry is written before a binding
/// that names it, and bindings are removed before the entry they name.
/// </remarks>
public sealed class RosterFiles
{
    private const string LockFileName = ".roster.lock";

    private const string AgentsTemplate = """
        // NixClaw runtime agents (added by `agent new`). The gateway reloads this file on every change;
        // OpenClaw reads it through `agents: { $include: ["./agents.json5", "./declared-agents.json5"] }`.
        // Agents declared in C# live in declared-agents.json5 (written by each deploy) and are changed in C#, not here.
        {
          ownership: "explicit",
          entries: {
          },
        }

        """;

    private const string BindingsTemplate = """
        // NixClaw route bindings: which agent answers in which Mattermost channel. The gateway reloads this file
        // on every change and the very next message follows it; OpenClaw reads it through
        // `bindings: { $include: "./bindings.json5" }`.
        [
        ]

        """;

    private readonly RosterOptions _options;
    private readonly IReadOnlyList<AgentInfo> _declared;

    /// <summary>Creates an editor for the files in <see cref="RosterOptions.ConfigDirectory"/>.</summary>
    public RosterFiles(RosterOptions options, IReadOnlyList<AgentInfo> declared)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(declared);
        _options = options;
        _declared = declared;
    }

    /// <summary>
    /// Adds a runtime agent entry, or updates the given fields of an existing one (null = leave as is; other keys of
    /// the entry are kept).
    /// </summary>
    /// <returns>Whether the file changed.</returns>
    /// <exception cref="RosterEditException">The id is invalid or declared in C#, or the roster would be invalid.</exception>
    public bool SetAgent(string id, string? name = null, string? workspace = null, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        RefuseDeclared(id, "changed");
        if (!AgentIdRule.IsValid(id))
        {
            throw new RosterEditException($"Invalid agent id \"{id}\": ids must match {AgentIdRule.Pattern}");
        }

        using var _ = AcquireLock();
        var agents = OpenAgents();
        if (!agents.Root.AsObject().ContainsKey("ownership"))
        {
            agents.AddMember([], "ownership", new Json5String("explicit"));
        }

        if (!agents.Root.AsObject().ContainsKey("entries"))
        {
            agents.AddMember([], "entries", new Json5Object());
        }

        var fields = new (string Key, string? Value)[] { ("name", name), ("workspace", workspace), ("model", model) };
        if (agents.Root["entries"].AsObject().TryGetValue(id, out var existing) && existing.Kind == Json5ValueKind.Object)
        {
            foreach (var (key, value) in fields)
            {
                if (value is not null && !(existing.AsObject().TryGetValue(key, out var old) && old.Kind == Json5ValueKind.String && old.GetString() == value))
                {
                    agents.SetMember(["entries", id], key, new Json5String(value));
                }
            }
        }
        else
        {
            var entry = new Json5Object();
            foreach (var (key, value) in fields)
            {
                if (value is not null)
                {
                    entry.Set(key, new Json5String(value));
                }
            }

            agents.SetMember(["entries"], id, entry);
        }

        return Commit(agents, bindings: null);
    }

    /// <summary>
    /// Binds a Mattermost channel to an agent (<c>peer: { kind: "channel", id }</c>). Binding the same channel to the
    /// same agent again changes nothing.
    /// </summary>
    /// <param name="agentId">A declared or runtime agent.</param>
    /// <param name="channelId">The Mattermost channel id.</param>
    /// <param name="accountId">The OpenClaw account id; null (the default account) is written as no <c>accountId</c>.</param>
    /// <param name="comment">An optional <c>comment</c> for the binding.</param>
    /// <returns>Whether the file changed.</returns>
    /// <exception cref="RosterEditException">The channel is bound to another agent, the agent is unknown, or the roster would be invalid.</exception>
    public bool AddMattermostBinding(string agentId, string channelId, string? accountId = null, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        using var _ = AcquireLock();
        var bindings = OpenBindings();
        var array = bindings.Root.AsArray();
        for (var i = 0; i < array.Count; i++)
        {
            if (ChannelBindingOf(array[i]) is { } bound && bound.PeerId == channelId
                && (bound.AccountId ?? Roster.DefaultAccountId) == (accountId ?? Roster.DefaultAccountId))
            {
                return bound.AgentId == agentId
                    ? false
                    : throw new RosterEditException(
                        $"Mattermost channel {channelId} is already bound to agent \"{bound.AgentId}\" (bindings[{i}] in {_options.BindingsPath}); remove that binding first");
            }
        }

        var match = new Json5Object();
        match.Set("channel", new Json5String(Roster.MattermostChannel));
        if (accountId is not null)
        {
            match.Set("accountId", new Json5String(accountId));
        }

        var peer = new Json5Object();
        peer.Set("kind", new Json5String("channel"));
        peer.Set("id", new Json5String(channelId));
        match.Set("peer", peer);

        var binding = new Json5Object();
        binding.Set("agentId", new Json5String(agentId));
        if (comment is not null)
        {
            binding.Set("comment", new Json5String(comment));
        }

        binding.Set("match", match);
        bindings.AppendElement([], binding);
        return Commit(agents: null, bindings);
    }

    /// <summary>Removes a runtime agent's entry and every binding that names it.</summary>
    /// <returns>Whether anything changed (false when the agent was not in the files).</returns>
    /// <exception cref="RosterEditException">The agent is declared in C#, or the roster would be invalid.</exception>
    public bool RemoveAgent(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        RefuseDeclared(id, "removed");
        using var _ = AcquireLock();
        var bindings = OpenBindings();
        var array = bindings.Root.AsArray();
        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (array[i] is Json5Object binding && binding.TryGetValue("agentId", out var agentId)
                && agentId.Kind == Json5ValueKind.String && agentId.GetString() == id)
            {
                bindings.RemoveElement([], i);
            }
        }

        var agents = OpenAgents();
        if (agents.Root.AsObject().TryGetValue("entries", out var entries) && entries.Kind == Json5ValueKind.Object)
        {
            agents.RemoveMember(["entries"], id);
        }

        return Commit(agents, bindings);
    }

    private void RefuseDeclared(string id, string verb)
    {
        if (_declared.Any(a => a.Id == id) || DeclaredFileIds().Contains(id))
        {
            throw new RosterEditException(
                $"Agent \"{id}\" is declared in C# and cannot be {verb} through {RosterFileNames.Agents}; change the C# declaration instead");
        }
    }

    // The ids of the generated declared-agents.json5 (none when it is missing or unreadable: the full check reports that).
    private HashSet<string> DeclaredFileIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (ReadOrNull(_options.DeclaredAgentsPath) is not { } text)
        {
            return ids;
        }

        try
        {
            var root = Json5Document.Parse(text, RosterLoader.ReaderOptions).Root;
            if (root.Kind == Json5ValueKind.Object && root.AsObject().TryGetValue("entries", out var entries) && entries.Kind == Json5ValueKind.Object)
            {
                foreach (var (id, _) in entries.AsObject())
                {
                    ids.Add(id);
                }
            }
        }
        catch (Json5Exception)
        {
        }

        return ids;
    }

    /// <summary>Validates the edited texts with the other file as it is on disk, then writes what changed (bindings last when adding).</summary>
    private bool Commit(Json5Document? agents, Json5Document? bindings)
    {
        var agentsOnDisk = ReadOrNull(_options.AgentsPath);
        var bindingsOnDisk = ReadOrNull(_options.BindingsPath);
        var agentsText = agents?.ToString() ?? agentsOnDisk;
        var bindingsText = bindings?.ToString() ?? bindingsOnDisk;
        // The declared file is only read: agent new writes the runtime files, the deploy writes declared-agents.json5.
        var result = RosterLoader.Parse(_options, _declared, agentsText, bindingsText, ReadOrNull(_options.DeclaredAgentsPath));
        if (!result.IsValid)
        {
            throw new RosterEditException("The roster would be invalid after this edit; nothing was written.", result.Errors);
        }

        // A missing file that would only receive its template stays missing.
        var agentsChanged = agents is not null && agentsText != (agentsOnDisk ?? AgentsTemplate);
        var bindingsChanged = bindings is not null && bindingsText != (bindingsOnDisk ?? BindingsTemplate);

        // Each intermediate state must be valid for the watcher: entries grow before bindings, bindings shrink first.
        var bindingsShrink = bindingsChanged && agents is not null && bindings is not null;
        if (bindingsShrink)
        {
            AtomicFile.Write(_options.BindingsPath, bindingsText!);
        }

        if (agentsChanged)
        {
            AtomicFile.Write(_options.AgentsPath, agentsText!);
        }

        if (bindingsChanged && !bindingsShrink)
        {
            AtomicFile.Write(_options.BindingsPath, bindingsText!);
        }

        return agentsChanged || bindingsChanged;
    }

    private Json5Document OpenAgents() => Open(_options.AgentsPath, AgentsTemplate, Json5ValueKind.Object);

    private Json5Document OpenBindings() => Open(_options.BindingsPath, BindingsTemplate, Json5ValueKind.Array);

    private static Json5Document Open(string path, string template, Json5ValueKind rootKind)
    {
        Json5Document document;
        try
        {
            document = Json5Document.Parse(ReadOrNull(path) ?? template, RosterLoader.ReaderOptions);
        }
        catch (Json5Exception e)
        {
            throw new RosterEditException($"{path}:{e.Line}:{e.Column}: Invalid JSON5: {e.Reason}; fix the file first");
        }

        return document.Root.Kind == rootKind
            ? document
            : throw new RosterEditException($"{path}: the root must be an {FileChecker.KindName(rootKind)}; fix the file first");
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return Json5Utf8.Decode(File.ReadAllBytes(path));
        }
        catch (Json5Exception e)
        {
            throw new RosterEditException($"{path}:{e.Line}:{e.Column}: {e.Reason}; fix the file first");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A Mattermost channel-peer binding as written, or null for anything else.</summary>
    private static RosterBinding? ChannelBindingOf(Json5Value value)
    {
        if (value is not Json5Object binding
            || !TryGetString(binding, "agentId", out var agentId)
            || !binding.TryGetValue("match", out var matchValue) || matchValue is not Json5Object match
            || !TryGetString(match, "channel", out var channel) || channel != Roster.MattermostChannel
            || !match.TryGetValue("peer", out var peerValue) || peerValue is not Json5Object peer
            || !TryGetString(peer, "kind", out var kind) || kind != "channel"
            || !TryGetString(peer, "id", out var id))
        {
            return null;
        }

        _ = TryGetString(match, "accountId", out var accountId);
        return new RosterBinding(agentId, channel, accountId, kind, id);
    }

    private static bool TryGetString(Json5Object obj, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = obj.TryGetValue(key, out var v) && v.Kind == Json5ValueKind.String ? v.GetString() : null;
        return value is not null;
    }

    /// <summary>Serialises edits across processes (two `agent new` runs at once) with an advisory lock file.</summary>
    private FileStream AcquireLock()
    {
        Directory.CreateDirectory(_options.ConfigDirectory);
        var path = Path.Combine(_options.ConfigDirectory, LockFileName);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}
