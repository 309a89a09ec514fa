using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NixClaw.Contract;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary>
/// Turns one host class's evaluated fields into a <see cref="HostModel"/> and checks every rule that
/// would otherwise fail at nixos-anywhere time, at boot, or in OpenClaw's schema. Pure: no Roslyn types.
/// </summary>
internal static class HostBinder
{
    private const string Ns = "NixClaw.";

    /// <param name="hostClass">The extracted declarations.</param>
    /// <param name="secretsFileExists">
    /// A sops secrets file exists beside the generated files (MSBuild's NixClawSecretsFileExists). Until then a missing
    /// age recipient is a warning, so a new project builds and `secrets init` can run; afterwards it is an error.
    /// </param>
    public static BindResult Bind(HostClass hostClass, bool secretsFileExists = false)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            var host = new Binder(hostClass, diagnostics, secretsFileExists).Bind();
            return new BindResult(host, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, hostClass.Location, DiagnosticDescriptors.Describe(ex)));
            return new BindResult(null, diagnostics.ToEquatableArray());
        }
    }

    private sealed class Binder
    {
        private readonly HostClass _class;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, DeclaredField> _secretFields = new(StringComparer.Ordinal);
        private readonly bool _secretsFileExists;

        public Binder(HostClass hostClass, List<DiagnosticInfo> diagnostics, bool secretsFileExists)
        {
            _class = hostClass;
            _diagnostics = diagnostics;
            _secretsFileExists = secretsFileExists;
        }

        public HostModel? Bind()
        {
            var hosts = Declarations("Host");
            if (hosts.Count == 0)
            {
                Report(DiagnosticDescriptors.HostMissing, _class.Location, _class.Name);
                return null;
            }

            foreach (var extra in hosts.Skip(1))
            {
                Report(DiagnosticDescriptors.HostDeclaredTwice, extra.Field.Location, _class.Name, extra.Field.Name);
            }

            var (hostField, hostObj) = hosts[0];
            var host = Reader(hostObj, hostField.Name);
            var hostName = host.Required("Name");
            if (hostName.Length > 0 && !Rules.HostName.IsMatch(hostName))
            {
                host.Report(DiagnosticDescriptors.InvalidHostName, host.Where("Name"), hostName, "use 1 to 63 lowercase letters, digits and '-', not starting or ending with '-'");
            }

            var users = BindAll("User", BindUser);
            var secrets = BindSecrets(users);
            var disks = BindAll("Disk", BindDisk);
            var models = BindAll("Model", BindModel);
            var mattermost = BindSingle("Mattermost", BindMattermost);
            var gitea = BindSingle("Gitea", BindGitea);
            var tailscale = BindSingle("Tailscale", BindTailscale);
            var gateway = BindSingle("Gateway", BindGateway) ?? new GatewayModel(null, 18789, "gateway.log", null, "workspaces");
            var agents = BindAll("Agent", (f, r) => BindAgent(f, r, models));

            var model = new HostModel(
                Namespace: _class.Namespace,
                ClassName: _class.Name,
                FieldName: hostField.Name,
                Name: hostName,
                System: host.Enum("Platform", "X86_64Linux") == "Aarch64Linux" ? "aarch64-linux" : "x86_64-linux",
                StateVersion: host.Str("StateVersion", "25.11"),
                TimeZone: host.Str("TimeZone", "UTC"),
                Hardware: host.Enum("Hardware", "ProxmoxQemu"),
                Boot: host.Enum("Boot", "SystemdBoot"),
                AgeRecipient: Rules.AgeRecipient.IsMatch(host.Str("AgeRecipient", "")) ? host.Str("AgeRecipient", "") : "",
                SshPort: (int)host.Int("SshPort", 22),
                DeployAddress: host.OptStr("DeployAddress") ?? hostName,
                ConfigDirectory: host.Str("ConfigDirectory", "nix-config"),
                Disks: disks.OrderBy(d => d.Name, StringComparer.Ordinal).ToEquatableArray(),
                Users: users.Select(u => u.Model).OrderBy(u => u.Name, StringComparer.Ordinal).ToEquatableArray(),
                Secrets: secrets.OrderBy(s => s.Key, StringComparer.Ordinal).ToEquatableArray(),
                Mattermost: mattermost,
                Gitea: gitea,
                Tailscale: tailscale,
                Gateway: gateway,
                Models: models.OrderBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
                Agents: agents.OrderBy(a => a.Id, StringComparer.Ordinal).ToEquatableArray());

            CheckHost(model, host);
            CheckDisks(model, host);
            CheckUsers(model, users, host);
            CheckDuplicateNames();
            CheckPorts(model, host);
            return model;
        }

        // ---- per-kind binding -------------------------------------------------------------

        private (UserModel Model, ObjReader Reader) BindUser(DeclaredField field, ObjReader r)
        {
            var name = r.Required("Name");
            if (name.Length > 0 && Rules.UserNameProblem(name) is { } problem)
            {
                r.Report(DiagnosticDescriptors.InvalidUserName, r.Where("Name"), name, problem);
            }

            foreach (var key in r.List("SshKeys").OfType<StrVal>())
            {
                if (!Rules.SshKey.IsMatch(key.Value))
                {
                    r.Report(DiagnosticDescriptors.InvalidSshKey, key.Location ?? r.Where("SshKeys"), Shorten(key.Value));
                }
            }

            var model = new UserModel(
                FieldName: field.Name,
                Name: name,
                IsService: r.Enum("Role", "Admin") == "Service",
                Description: r.Str("Description", ""),
                Shell: r.Enum("Shell", "Fish").ToLowerInvariant(),
                SshKeys: r.Strings("SshKeys").Where(k => Rules.SshKey.IsMatch(k)).ToEquatableArray(),
                Linger: r.Bool("Linger", false),
                RootlessPodman: r.Bool("RootlessPodman", false),
                PasswordHashSecret: SecretRef(r, "PasswordHash", "the password hash of user '" + name + "'"),
                GitHubTokenSecret: SecretRef(r, "GitHubToken", "the GitHub token of user '" + name + "'"));
            return (model, r);
        }

        private List<SecretModel> BindSecrets(List<(UserModel Model, ObjReader Reader)> users)
        {
            var userNames = new HashSet<string>(users.Select(u => u.Model.Name), StringComparer.Ordinal);
            var serviceUser = users.FirstOrDefault(u => u.Model.IsService).Model?.Name;
            foreach (var user in users.Where(u => u.Model.GitHubTokenSecret is not null))
            {
                _impliedOwners[user.Model.GitHubTokenSecret!] = user.Model.Name;
            }

            if (serviceUser is not null)
            {
                foreach (var key in ServiceSecretKeys())
                {
                    if (!_impliedOwners.ContainsKey(key))
                    {
                        _impliedOwners[key] = serviceUser;
                    }
                }
            }

            var passwordOf = users
                .Where(u => u.Model.PasswordHashSecret is not null)
                .GroupBy(u => u.Model.PasswordHashSecret!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Model.Name, StringComparer.Ordinal);
            var result = new List<SecretModel>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var keyLocations = new List<(string Key, LocationInfo? Location)>();
            foreach (var (field, obj) in Declarations("Secret"))
            {
                var r = Reader(obj, field.Name);
                var key = r.Required("Key");
                if (key.Length == 0)
                {
                    continue;
                }

                if (SecretKeyRule.Problem(key) is { } problem)
                {
                    r.Report(DiagnosticDescriptors.InvalidSecretKey, r.Where("Key"), key, problem);
                }

                if (!Unique(seen, "Secret key", key, field, r.Where("Key")))
                {
                    continue;
                }

                _secretFields[key] = field;
                keyLocations.Add((key, r.Where("Key")));
                var owner = r.Obj("Owner") is { } ownerObj ? Reader(ownerObj, field.Name + ".Owner").Str("Name", "") : null;

                // A secret without an owner is readable by whoever uses it: the user whose GH token it is,
                // or the gateway's service user for service tokens and keys. Root otherwise.
                var impliedOwner = owner is null && _impliedOwners.TryGetValue(key, out var implied) ? implied : null;
                if (owner is not null && !userNames.Contains(owner))
                {
                    r.Report(DiagnosticDescriptors.SecretOwnerUndeclared, r.Where("Owner"), key, owner);
                }

                var mode = r.Str("Mode", "0400");
                if (!Rules.OctalMode.IsMatch(mode))
                {
                    r.Report(DiagnosticDescriptors.InvalidSecretMode, r.Where("Mode"), mode, key);
                }
                else if ((mode[mode.Length - 1] - '0' & 4) != 0)
                {
                    r.Report(DiagnosticDescriptors.SecretWorldReadable, r.Where("Mode"), key, mode);
                }

                var neededForUsers = passwordOf.TryGetValue(key, out var passwordUser);
                if (neededForUsers && owner is not null)
                {
                    r.Report(DiagnosticDescriptors.PasswordSecretOwned, r.Where("Owner"), key, passwordUser!);
                }

                result.Add(new SecretModel(field.Name, key, owner ?? (neededForUsers ? null : impliedOwner), mode, neededForUsers));
            }

            // "gitea" and "gitea/token": sops-nix would need /run/secrets/gitea to be a file and a folder.
            foreach (var (key, location) in keyLocations)
            {
                for (var slash = key.IndexOf('/'); slash > 0; slash = key.IndexOf('/', slash + 1))
                {
                    if (seen.TryGetValue(key.Substring(0, slash), out var parent))
                    {
                        var folder = key.Substring(0, slash);
                        Report(DiagnosticDescriptors.InvalidSecretKey, location, key, "'" + folder + "' is also a secret (declared by '" + parent + "'), so it cannot be the folder of this one");
                        break;
                    }
                }
            }

            // References are checked now that every declared secret is known.
            foreach (var (reference, user) in _pendingSecretRefs)
            {
                if (!_secretFields.ContainsKey(reference.Key))
                {
                    Report(DiagnosticDescriptors.UndeclaredSecret, reference.Location, reference.Key, user, _class.Name);
                }
            }

            _pendingSecretRefs.Clear();
            _secretsBound = true;
            return result;
        }

        private readonly List<((string Key, LocationInfo? Location) Reference, string User)> _pendingSecretRefs = new();
        private readonly Dictionary<string, string> _impliedOwners = new(StringComparer.Ordinal);

        /// <summary>Keys of secrets the gateway reads: service tokens, model API keys, web search keys.</summary>
        private IEnumerable<string> ServiceSecretKeys()
        {
            foreach (var kind in new[] { "Mattermost", "Gitea", "Gateway", "Model" })
            {
                foreach (var (_, obj) in Declarations(kind))
                {
                    foreach (var prop in obj.Props)
                    {
                        if (prop.Value is ObjVal { Type: "NixClaw.Secret" } secret && secret.Get("Key") is StrVal key)
                        {
                            yield return key.Value;
                        }
                    }
                }
            }

            foreach (var (_, agent) in Declarations("Agent"))
            {
                if (agent.Get("Tools") is ListVal tools)
                {
                    foreach (var tool in tools.Items.OfType<ObjVal>())
                    {
                        if (tool.Get("ApiKey") is ObjVal secret && secret.Get("Key") is StrVal key)
                        {
                            yield return key.Value;
                        }
                    }
                }
            }
        }
        private bool _secretsBound;

        /// <summary>The sops key of a secret-valued property; checks that the secret is declared in this host.</summary>
        private string? SecretRef(ObjReader r, string property, string usedBy)
        {
            if (r.Obj(property) is not { } obj)
            {
                return null;
            }

            var key = obj.Get("Key") is StrVal s ? s.Value : "";
            var reference = (key, r.Where(property));
            if (_secretsBound)
            {
                if (!_secretFields.ContainsKey(key))
                {
                    Report(DiagnosticDescriptors.UndeclaredSecret, reference.Item2, key, usedBy, _class.Name);
                }
            }
            else
            {
                _pendingSecretRefs.Add((reference, usedBy));
            }

            return key;
        }

        private DiskModel BindDisk(DeclaredField field, ObjReader r)
        {
            var name = r.Required("Name");
            var partitions = new List<PartitionModel>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            string? fill = null;
            foreach (var item in r.List("Partitions").OfType<ObjVal>())
            {
                var p = Reader(item, field.Name + ".Partitions");
                var partName = p.Required("Name");
                Unique(seen, "Partition name", partName, field, p.Where("Name"));
                var size = p.Str("Size", "");
                if (!Rules.DiskoSize.IsMatch(size))
                {
                    p.Report(DiagnosticDescriptors.InvalidSize, p.Where("Size"), size, partName);
                }
                else if (size == "100%")
                {
                    if (fill is not null)
                    {
                        p.Report(DiagnosticDescriptors.MultipleFillPartitions, p.Where("Size"), name, fill, partName);
                    }

                    fill ??= partName;
                }

                var format = p.Enum("Format", "Ext4").ToLowerInvariant();
                var mountpoint = p.OptStr("Mountpoint");
                if (format == "swap" && mountpoint is not null)
                {
                    p.Report(DiagnosticDescriptors.InvalidMountpoint, p.Where("Mountpoint"), mountpoint, partName, "swap is not mounted");
                }
                else if (mountpoint is not null && (!mountpoint.StartsWith("/", StringComparison.Ordinal) || mountpoint.Contains("//") || (mountpoint.Length > 1 && mountpoint.EndsWith("/", StringComparison.Ordinal)) || mountpoint.Split('/').Any(s => s is "." or "..")))
                {
                    p.Report(DiagnosticDescriptors.InvalidMountpoint, p.Where("Mountpoint"), mountpoint, partName, "it must be a normalised absolute path");
                }

                var type = p.Enum("Type", format == "swap" ? "Swap" : "Linux");
                partitions.Add(new PartitionModel(
                    partName,
                    size,
                    format,
                    mountpoint,
                    type switch { "Esp" => "EF00", "Swap" => "8200", _ => "8300" },
                    p.Strings("MountOptions")));
                _mounts.Add((mountpoint, partName, p.Where("Mountpoint")));
            }

            return new DiskModel(field.Name, name, r.Required("Device"), partitions.ToEquatableArray());
        }

        private readonly List<(string? Mountpoint, string Partition, LocationInfo? Location)> _mounts = new();

        private ModelModel BindModel(DeclaredField field, ObjReader r)
        {
            var endpoint = r.OptStr("Endpoint") is { } declared ? CheckUrl(r, "Endpoint", declared, "model '" + r.Str("Name", field.Name) + "'") : null;

            return new ModelModel(
                field.Name,
                r.Required("Name"),
                r.Enum("Provider", "OpenAI") switch { "OpenAICompatible" => "openai-compatible", var p => p.ToLowerInvariant() },
                r.Required("ModelId"),
                endpoint,
                SecretRef(r, "ApiKey", "model '" + r.Str("Name", field.Name) + "'"),
                r.Bool("IsDefault", false));
        }

        private MattermostModel BindMattermost(DeclaredField field, ObjReader r)
        {
            var url = CheckUrl(r, "Url", r.Required("Url"), "Mattermost");
            return new MattermostModel(
                field.Name,
                url.TrimEnd('/'),
                r.Required("Team"),
                r.Required("Bot"),
                SecretRef(r, "Token", "Mattermost") ?? MissingSecret(r, "Token"),
                r.Enum("ChatMode", "OnMessage").ToLowerInvariant(),
                r.Str("TriggerPrefix", ">"),
                r.Strings("Operators"),
                r.Strings("AllowFrom"),
                r.Bool("PublicAgentChannels", false));
        }

        private GiteaModel BindGitea(DeclaredField field, ObjReader r)
        {
            var url = CheckUrl(r, "Url", r.Required("Url"), "Gitea");
            return new GiteaModel(field.Name, url.TrimEnd('/'), r.Required("Organization"), SecretRef(r, "Token", "Gitea") ?? MissingSecret(r, "Token"), r.Str("SkillsRepository", "skills"));
        }

        private TailscaleModel BindTailscale(DeclaredField field, ObjReader r) =>
            new(field.Name, SecretRef(r, "AuthKey", "Tailscale"), r.Bool("Ssh", true));

        private GatewayModel BindGateway(DeclaredField field, ObjReader r) =>
            new(field.Name, (int)r.Int("Port", 18789), r.Str("LogPath", "gateway.log"), SecretRef(r, "AuthToken", "the gateway"), r.Str("WorkspacesDirectory", "workspaces"));

        private AgentModel BindAgent(DeclaredField field, ObjReader r, List<ModelModel> models)
        {
            var id = r.Required("Id");
            if (id.Length > 0 && !AgentIdRule.IsValid(id))
            {
                r.Report(DiagnosticDescriptors.InvalidAgentId, r.Where("Id"), id);
            }

            var channel = r.Str("Channel", "");
            if (ChannelNameRule.Problem(channel) is { } channelProblem)
            {
                r.Report(DiagnosticDescriptors.InvalidChannelName, r.Where("Channel"), channel, id, channelProblem);
            }

            var modelName = ResolveModel(r, id, models);
            var tools = new List<string>();
            string? searchKey = null;
            var maxResults = 5;
            foreach (var tool in r.List("Tools").OfType<ObjVal>())
            {
                var t = Reader(tool, field.Name + ".Tools");
                string[] names;
                switch (tool.Type)
                {
                    case Ns + "ExecTool":
                        names = new[] { "exec" };
                        break;
                    case Ns + "FileTools":
                        names = t.Bool("ReadOnly", false) ? new[] { "read", "list" } : new[] { "read", "write", "edit", "list" };
                        break;
                    case Ns + "WebSearchTool":
                        names = new[] { "web_search" };
                        searchKey = SecretRef(t, "ApiKey", "the web search tool of agent '" + id + "'");
                        if (searchKey is null)
                        {
                            t.Report(DiagnosticDescriptors.WebSearchWithoutKey, t.Where("ApiKey"), id);
                        }

                        maxResults = (int)t.Int("MaxResults", 5);
                        CheckRange(t, "MaxResults", maxResults, id, 1, 20);
                        break;
                    default:
                        t.Report(DiagnosticDescriptors.NotCompileTimeValue, t.Where(), tool.Type, "a tool type NixClaw does not know");
                        continue;
                }

                if (names.Any(tools.Contains))
                {
                    t.Report(DiagnosticDescriptors.DuplicateTool, t.Where(), id, names[0]);
                    continue;
                }

                tools.AddRange(names);
            }

            var sandbox = r.Obj("Sandbox") is { } sandboxObj ? Reader(sandboxObj, field.Name + ".Sandbox") : null;
            var sandboxModel = new SandboxModel(
                sandbox?.Enum("Backend", "Podman").ToLowerInvariant() ?? "podman",
                sandbox?.Bool("Network", false) ?? false,
                (int)(sandbox?.Int("MemoryMb", 1024) ?? 1024),
                (int)(sandbox?.Int("MaxProcesses", 256) ?? 256),
                (int)(sandbox?.Int("TimeoutSeconds", 120) ?? 120),
                sandbox?.Str("Image", SandboxModel.DefaultImage) ?? SandboxModel.DefaultImage);
            if (sandbox is not null)
            {
                CheckRange(sandbox, "MemoryMb", sandboxModel.MemoryMb, id, 16, 1048576);
                CheckRange(sandbox, "MaxProcesses", sandboxModel.MaxProcesses, id, 8, 65536);
                CheckRange(sandbox, "TimeoutSeconds", sandboxModel.TimeoutSeconds, id, 1, 86400);
                if (sandboxModel.Network && tools.Contains("exec"))
                {
                    sandbox.Report(DiagnosticDescriptors.SandboxNetwork, sandbox.Where("Network"), id);
                }
            }

            var syncMinutes = (int)r.Int("SyncIntervalMinutes", 15);
            CheckRange(r, "SyncIntervalMinutes", syncMinutes, id, 1, 1440);
            var maxTurns = (int)r.Int("MaxTurns", 20);
            CheckRange(r, "MaxTurns", maxTurns, id, 1, 1000);
            return new AgentModel(
                field.Name,
                id,
                r.OptStr("DisplayName") ?? id,
                channel,
                modelName,
                tools.ToEquatableArray(),
                searchKey,
                maxResults,
                sandboxModel,
                r.Str("WorkspaceTemplate", "default"),
                syncMinutes,
                maxTurns);
        }

        private string ResolveModel(ObjReader r, string agentId, List<ModelModel> models)
        {
            if (r.Obj("Model") is { } modelObj)
            {
                var name = modelObj.Get("Name") is StrVal s ? s.Value : "";
                var declared = models.FirstOrDefault(m => m.Name == name);
                if (declared is null || modelObj.Origin is null)
                {
                    r.Report(DiagnosticDescriptors.UndeclaredModel, r.Where("Model"), agentId, name);
                }

                return name;
            }

            var fallback = models.FirstOrDefault(m => m.IsDefault);
            if (fallback is null)
            {
                r.Report(DiagnosticDescriptors.AgentWithoutModel, r.Where(), agentId);
                return "";
            }

            return fallback.Name;
        }

        // ---- cross checks -------------------------------------------------------------------

        private void CheckHost(HostModel model, ObjReader host)
        {
            var recipient = host.Str("AgeRecipient", "");
            if (recipient.Length == 0 && model.Secrets.Count > 0 && !_secretsFileExists)
            {
                host.Report(DiagnosticDescriptors.AgeRecipientNotYetDeclared, host.Where("AgeRecipient"), model.Name, _class.Name);
            }
            else if ((model.Secrets.Count > 0 || recipient.Length > 0) && !Rules.AgeRecipient.IsMatch(recipient))
            {
                // Never echo the value: a pasted AGE-SECRET-KEY would otherwise land in the build log.
                host.Report(DiagnosticDescriptors.InvalidAgeRecipient, host.Where("AgeRecipient"), model.Name, recipient.StartsWith("age1", StringComparison.Ordinal) ? recipient : "(not shown)");
            }

            if (model.StateVersion.Length == 0 || !model.StateVersion.All(c => char.IsDigit(c) || c == '.'))
            {
                host.Report(DiagnosticDescriptors.InvalidValue, host.Where("StateVersion"), model.StateVersion, "Host.StateVersion", "use a NixOS release such as \"25.11\"");
            }

            if (model.TimeZone.Length == 0 || model.TimeZone.Any(char.IsWhiteSpace) || model.TimeZone.Contains(".."))
            {
                host.Report(DiagnosticDescriptors.InvalidValue, host.Where("TimeZone"), model.TimeZone, "Host.TimeZone", "use an IANA zone such as \"Europe/Berlin\"");
            }

            if (model.ConfigDirectory.Length == 0 || model.ConfigDirectory.StartsWith("/", StringComparison.Ordinal) || model.ConfigDirectory.Split('/').Any(s => s == ".."))
            {
                host.Report(DiagnosticDescriptors.InvalidValue, host.Where("ConfigDirectory"), model.ConfigDirectory, "Host.ConfigDirectory", "use a folder relative to the admin's home");
            }

            var defaults = model.Models.Where(m => m.IsDefault).ToList();
            if (defaults.Count > 1)
            {
                var second = Declarations("Model").First(d => d.Field.Name == defaults[1].FieldName);
                Report(DiagnosticDescriptors.MultipleDefaultModels, second.Field.Location, defaults[0].Name, defaults[1].Name);
            }

            if (model.Agents.Count > 0 && model.Mattermost is null)
            {
                host.Report(DiagnosticDescriptors.AgentsWithoutMattermost, host.Where(), model.Name);
            }
        }

        private void CheckDisks(HostModel model, ObjReader host)
        {
            if (model.Disks.Count == 0)
            {
                host.Report(DiagnosticDescriptors.NoDisk, host.Where(), model.Name);
                return;
            }

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (mountpoint, partition, location) in _mounts)
            {
                if (mountpoint is null)
                {
                    continue;
                }

                if (seen.TryGetValue(mountpoint, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicateMountpoint, location, mountpoint, first, partition);
                }
                else
                {
                    seen[mountpoint] = partition;
                }
            }

            var partitions = model.Disks.SelectMany(d => d.Partitions).ToList();
            if (!partitions.Any(p => p.Mountpoint == "/"))
            {
                host.Report(DiagnosticDescriptors.MissingRoot, host.Where(), model.Name);
            }

            if (model.Boot == "SystemdBoot" && !partitions.Any(p => p.IsEsp && p.Format == "vfat" && p.Mountpoint == "/boot"))
            {
                host.Report(DiagnosticDescriptors.MissingEsp, host.Where(), model.Name);
            }
        }

        private void CheckUsers(HostModel model, List<(UserModel Model, ObjReader Reader)> users, ObjReader host)
        {
            var services = users.Where(u => u.Model.IsService).ToList();
            var needsGateway = model.Agents.Count > 0 || model.Mattermost is not null;
            if (services.Count > 1)
            {
                Report(DiagnosticDescriptors.ServiceUserCount, services[1].Reader.Where(), model.Name, "'" + services[0].Model.Name + "' and '" + services[1].Model.Name + "' are both services");
            }
            else if (services.Count == 0 && needsGateway)
            {
                host.Report(DiagnosticDescriptors.ServiceUserCount, host.Where(), model.Name, "none is declared");
            }

            foreach (var (user, reader) in users)
            {
                if (user.IsService && !user.Linger)
                {
                    reader.Report(DiagnosticDescriptors.ServiceUserWithoutLinger, reader.Where("Linger"), user.Name);
                }

                if (!user.IsService && user.SshKeys.Count == 0 && user.PasswordHashSecret is null)
                {
                    reader.Report(DiagnosticDescriptors.AdminWithoutCredentials, reader.Where(), user.Name);
                }
            }
        }

        private void CheckDuplicateNames()
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var channels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, obj) in Declarations("Agent"))
            {
                var r = Reader(obj, field.Name);
                Unique(ids, "Agent id", r.Str("Id", ""), field, r.Where("Id"));
                Unique(channels, "Channel", r.Str("Channel", ""), field, r.Where("Channel"));
            }

            var modelNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, obj) in Declarations("Model"))
            {
                var r = Reader(obj, field.Name);
                Unique(modelNames, "Model name", r.Str("Name", ""), field, r.Where("Name"));
            }

            var userNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, obj) in Declarations("User"))
            {
                var r = Reader(obj, field.Name);
                Unique(userNames, "User name", r.Str("Name", ""), field, r.Where("Name"));
            }

            var diskNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, obj) in Declarations("Disk"))
            {
                var r = Reader(obj, field.Name);
                Unique(diskNames, "Disk name", r.Str("Name", ""), field, r.Where("Name"));
            }
        }

        private void CheckPorts(HostModel model, ObjReader host)
        {
            var ports = new List<(int Port, string Owner, LocationInfo? Location)>();
            if (Declarations("Gateway").FirstOrDefault() is { Obj: { } gatewayObj })
            {
                ports.Add((model.Gateway.Port, "the gateway", Reader(gatewayObj, "Gateway").Where("Port")));
            }
            else
            {
                ports.Add((model.Gateway.Port, "the gateway", host.Where()));
            }

            ports.Add((model.SshPort, "sshd", host.Where("SshPort")));
            foreach (var (field, obj) in Declarations("Model"))
            {
                // A model server on this machine (Ollama, llama.cpp) listens on its endpoint's port.
                if (obj.Get("Endpoint") is StrVal endpoint && Uri.TryCreate(endpoint.Value, UriKind.Absolute, out var uri) && uri.IsLoopback)
                {
                    ports.Add((uri.Port, "the endpoint of model '" + field.Name + "'", endpoint.Location));
                }
            }

            var taken = new Dictionary<int, string>();
            foreach (var (port, owner, location) in ports)
            {
                if (port is < 1 or > 65535)
                {
                    Report(DiagnosticDescriptors.PortOutOfRange, location, port.ToString(CultureInfo.InvariantCulture), owner);
                }
                else if (taken.TryGetValue(port, out var other) && !(owner.StartsWith("the endpoint", StringComparison.Ordinal) && other.StartsWith("the endpoint", StringComparison.Ordinal)))
                {
                    Report(DiagnosticDescriptors.PortClash, location, port.ToString(CultureInfo.InvariantCulture), owner, other);
                }
                else
                {
                    taken[port] = owner;
                }
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        private List<(DeclaredField Field, ObjVal Obj)> Declarations(string kind) =>
            _class.Fields
                .Where(f => f.Type == Ns + kind && f.Value is ObjVal)
                .Select(f => (f, (ObjVal)f.Value!))
                .ToList();

        private List<T> BindAll<T>(string kind, Func<DeclaredField, ObjReader, T> bind) =>
            Declarations(kind).Select(d => bind(d.Field, Reader(d.Obj, d.Field.Name))).ToList();

        private T? BindSingle<T>(string kind, Func<DeclaredField, ObjReader, T> bind)
            where T : class
        {
            var all = Declarations(kind);
            foreach (var extra in all.Skip(1))
            {
                Report(DiagnosticDescriptors.DuplicateSingleton, extra.Field.Location, kind, extra.Field.Name);
            }

            return all.Count == 0 ? null : bind(all[0].Field, Reader(all[0].Obj, all[0].Field.Name));
        }

        private bool Unique(Dictionary<string, string> seen, string kind, string name, DeclaredField field, LocationInfo? location)
        {
            if (name.Length == 0)
            {
                return true;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, location, kind, name, first);
                return false;
            }

            seen[name] = field.Name;
            return true;
        }

        /// <summary>The URL when usable, else "" (an invalid URL may carry credentials: keep it out of the output and the log).</summary>
        private static string CheckUrl(ObjReader r, string property, string url, string what)
        {
            if (url.Length == 0)
            {
                return url;
            }

            if (Rules.UrlProblem(url, out var insecure) is { } problem)
            {
                var shown = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? uri.Scheme + "://(credentials hidden)@" + uri.Authority : url;
                r.Report(DiagnosticDescriptors.InvalidUrl, r.Where(property), shown, what, problem);
                return "";
            }

            if (insecure)
            {
                r.Report(DiagnosticDescriptors.InsecureUrl, r.Where(property), what, url);
            }

            return url;
        }

        private static void CheckRange(ObjReader r, string property, int value, string agent, int min, int max)
        {
            if (value < min || value > max)
            {
                r.Report(DiagnosticDescriptors.ValueOutOfRange, r.Where(property), property, agent, value.ToString(CultureInfo.InvariantCulture), min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static string MissingSecret(ObjReader r, string property)
        {
            r.Report(DiagnosticDescriptors.RequiredValueMissing, r.Where(property), property);
            return "";
        }

        private ObjReader Reader(ObjVal obj, string context) => new(obj, context, _diagnostics);

        private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
