using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NixClaw.Contract;

namespace NixClaw.Generator.Diagnostics;

/// <summary>
/// Every NCLAW diagnostic, sorted by id. Ids are never renumbered or reused. Each has a help page at
/// <c>docs/diagnostics/&lt;id&gt;.md</c>. Errors mean the generated output would be wrong; warnings mean suspicious.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "https://github.com/nixclaw/nixclaw/blob/main/docs/diagnostics/";

    // NCLAW0xx: declaration shape and evaluation

    /// <summary>'{0}' is not a compile-time value ({1}); declarations must be built from literals, consts, enums and other declarations</summary>
    public static readonly DiagnosticDescriptor NotCompileTimeValue = Error("NCLAW001", DiagnosticCategories.Declaration,
        "Value is not known at compile time",
        "'{0}' is not a compile-time value ({1}); declarations must be built from literals, consts, enums and other declarations",
        "The generator evaluates declarations while compiling, so every value must be a literal, a const, an enum member, a collection of those, a record built from them, or a reference to another declared field.");

    /// <summary>'{0}' has no initializer in this project; reference a field declared in source with an initializer</summary>
    public static readonly DiagnosticDescriptor NoSourceInitializer = Error("NCLAW002", DiagnosticCategories.Declaration,
        "Referenced field has no initializer in source",
        "'{0}' has no initializer in this project; reference a field declared in source with an initializer",
        "Only fields whose initializer is in the project's source can be evaluated at compile time.");

    /// <summary>Cycle through '{0}': a declaration refers back to itself</summary>
    public static readonly DiagnosticDescriptor Cycle = Error("NCLAW003", DiagnosticCategories.Declaration,
        "Declarations refer to each other in a cycle",
        "Cycle through '{0}': a declaration refers back to itself",
        "C# accepts static fields that refer to each other, but at run time one of them would be null; break the cycle.");

    /// <summary>Class '{0}' must be 'static partial' to hold NixClaw declarations</summary>
    public static readonly DiagnosticDescriptor ClassNotStaticPartial = Error("NCLAW004", DiagnosticCategories.Declaration,
        "Host class must be static partial",
        "Class '{0}' must be a top-level 'static partial' class to hold NixClaw declarations",
        "The generator adds the typed Manifest to the class, which needs 'partial'; declarations are static fields, so the class is static.");

    /// <summary>Declaration '{0}' must be 'static readonly'</summary>
    public static readonly DiagnosticDescriptor NotStaticReadonly = Error("NCLAW005", DiagnosticCategories.Declaration,
        "Declaration must be static readonly",
        "Declaration '{0}' must be 'static readonly'",
        "A mutable or instance field could change after the Nix files were generated from it.");

    /// <summary>'{0}' must not be null</summary>
    public static readonly DiagnosticDescriptor RequiredValueMissing = Error("NCLAW006", DiagnosticCategories.Declaration,
        "Required value is null or empty",
        "'{0}' must not be null or empty",
        "This value is required to generate a working configuration.");

    /// <summary>{0} '{1}' is already declared by '{2}'; names must be unique</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error("NCLAW007", DiagnosticCategories.Declaration,
        "Duplicate name",
        "{0} '{1}' is already declared by '{2}'; names must be unique",
        "Names must be unique: they become Nix attribute names, Unix users, sops keys, repositories and channels.");

    /// <summary>Only one {0} may be declared per host; '{1}' repeats it</summary>
    public static readonly DiagnosticDescriptor DuplicateSingleton = Error("NCLAW008", DiagnosticCategories.Declaration,
        "Only one declaration of this kind per host",
        "Only one {0} may be declared per host; '{1}' repeats it",
        "A host has one Mattermost server, one Gitea server, one gateway and one Tailscale configuration.");

    /// <summary>'{0}' is not a valid URL for {1}: {2}</summary>
    public static readonly DiagnosticDescriptor InvalidUrl = Error("NCLAW009", DiagnosticCategories.Declaration,
        "Invalid URL",
        "'{0}' is not a valid URL for {1}: {2}",
        "Service URLs must be absolute http or https URLs without credentials, query or fragment.");

    /// <summary>{0} '{1}' uses plain http; tokens would cross the network unencrypted</summary>
    public static readonly DiagnosticDescriptor InsecureUrl = Warning("NCLAW010", DiagnosticCategories.Declaration,
        "Service URL uses plain http",
        "{0} '{1}' uses plain http; tokens would cross the network unencrypted",
        "Bearer tokens are sent with every request; use https unless the server is on loopback.");

    // NCLAW1xx: agents and models

    /// <summary>Agent id '{0}' is invalid: it must match ^[a-z0-9_][a-z0-9_-]{{0,63}}$</summary>
    public static readonly DiagnosticDescriptor InvalidAgentId = Error("NCLAW101", DiagnosticCategories.Agents,
        "Invalid agent id",
        "Agent id '{0}' is invalid: it must match " + AgentIdRule.Pattern.Replace("{", "{{").Replace("}", "}}"),
        "OpenClaw rejects other agent ids, and the id is also the Gitea repository name.");

    /// <summary>Channel name '{0}' of agent '{1}' is invalid: {2}</summary>
    public static readonly DiagnosticDescriptor InvalidChannelName = Error("NCLAW102", DiagnosticCategories.Agents,
        "Invalid Mattermost channel name",
        "Channel name '{0}' of agent '{1}' is invalid: {2}",
        "Mattermost channel names are 1 to 64 lowercase ASCII letters, digits, '-' and '_', starting with a letter or digit, and must not look like a direct-message channel id.");

    /// <summary>Agent '{0}' has no model and no model is declared with IsDefault = true</summary>
    public static readonly DiagnosticDescriptor AgentWithoutModel = Error("NCLAW103", DiagnosticCategories.Agents,
        "Agent has no model",
        "Agent '{0}' has no model and no model is declared with IsDefault = true",
        "Give the agent a Model, or mark one declared model IsDefault.");

    /// <summary>Agent '{0}' uses model '{1}', which is not declared in this host; declare it as a field</summary>
    public static readonly DiagnosticDescriptor UndeclaredModel = Error("NCLAW104", DiagnosticCategories.Agents,
        "Agent uses an undeclared model",
        "Agent '{0}' uses model '{1}', which is not declared in this host; declare it as a field",
        "The gateway configures providers from declared models only.");

    /// <summary>Agent '{0}' has a web search tool without an API key secret</summary>
    public static readonly DiagnosticDescriptor WebSearchWithoutKey = Error("NCLAW105", DiagnosticCategories.Agents,
        "Web search tool without its key",
        "Agent '{0}' has a web search tool without an API key secret",
        "The Brave Search API refuses requests without a subscription token; declare a Secret and pass it as ApiKey.");

    /// <summary>'{0}' of agent '{1}' is {2}; it must be between {3} and {4}</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = Error("NCLAW106", DiagnosticCategories.Agents,
        "Value out of range",
        "'{0}' of agent '{1}' is {2}; it must be between {3} and {4}",
        "Limits outside these bounds would either never stop a runaway tool or make the agent unusable.");

    /// <summary>More than one model is the default: '{0}' and '{1}'</summary>
    public static readonly DiagnosticDescriptor MultipleDefaultModels = Error("NCLAW107", DiagnosticCategories.Agents,
        "More than one default model",
        "More than one model is the default: '{0}' and '{1}'",
        "Agents without a model use the default model, so there can be only one.");

    /// <summary>Agents are declared but host '{0}' declares no Mattermost server, so nobody can talk to them</summary>
    public static readonly DiagnosticDescriptor AgentsWithoutMattermost = Warning("NCLAW108", DiagnosticCategories.Agents,
        "Agents without a chat server",
        "Agents are declared but host '{0}' declares no Mattermost server, so nobody can talk to them",
        "Declare a Mattermost record so the gateway can route messages to the agents.");

    /// <summary>Agent '{0}' has the {1} tool listed more than once</summary>
    public static readonly DiagnosticDescriptor DuplicateTool = Warning("NCLAW109", DiagnosticCategories.Agents,
        "Tool listed twice",
        "Agent '{0}' has the {1} tool listed more than once",
        "Each tool is offered to the model once; the repeated entry is ignored.");

    /// <summary>Agent '{0}' runs tools with network access</summary>
    public static readonly DiagnosticDescriptor SandboxNetwork = Warning("NCLAW110", DiagnosticCategories.Agents,
        "Agent tools have network access",
        "Agent '{0}' runs tools with network access",
        "Code an agent runs can then reach the network; prefer the web_search tool. Suppress with #pragma if intended.");

    // NCLAW2xx: secrets

    /// <summary>Secret '{0}' used by {1} is not declared as a field of host class '{2}'</summary>
    public static readonly DiagnosticDescriptor UndeclaredSecret = Error("NCLAW201", DiagnosticCategories.Secrets,
        "Secret is not declared",
        "Secret '{0}' used by {1} is not declared as a field of host class '{2}'",
        "Every secret must be declared so it is listed in the sops file skeleton and decrypted by sops-nix.");

    /// <summary>Secret '{0}' is owned by '{1}', which is not a declared user</summary>
    public static readonly DiagnosticDescriptor SecretOwnerUndeclared = Error("NCLAW202", DiagnosticCategories.Secrets,
        "Secret owner is not a declared user",
        "Secret '{0}' is owned by '{1}', which is not a declared user",
        "sops-nix fails activation when a secret's owner does not exist.");

    /// <summary>Secret key '{0}' is invalid: {1}</summary>
    public static readonly DiagnosticDescriptor InvalidSecretKey = Error("NCLAW203", DiagnosticCategories.Secrets,
        "Invalid secret key",
        "Secret key '{0}' is invalid: {1}",
        "Keys are '/'-separated segments of letters, digits, '_', '-' and '.'; each segment becomes a YAML map key and a path segment under /run/secrets.");

    /// <summary>Mode '{0}' of secret '{1}' is not an octal file mode like "0400"</summary>
    public static readonly DiagnosticDescriptor InvalidSecretMode = Error("NCLAW204", DiagnosticCategories.Secrets,
        "Invalid secret mode",
        "Mode '{0}' of secret '{1}' is not an octal file mode like \"0400\"",
        "sops-nix passes the mode to chmod; it must be three or four octal digits.");

    /// <summary>Secret '{0}' is readable by every user (mode {1})</summary>
    public static readonly DiagnosticDescriptor SecretWorldReadable = Warning("NCLAW205", DiagnosticCategories.Secrets,
        "Secret readable by everyone",
        "Secret '{0}' is readable by every user (mode {1})",
        "Give the secret an owner and a mode without the 'other' bits, such as 0400.");

    /// <summary>Secret '{0}' is the password hash of '{1}' and must not have an owner</summary>
    public static readonly DiagnosticDescriptor PasswordSecretOwned = Error("NCLAW206", DiagnosticCategories.Secrets,
        "Password hash secret must be root-owned",
        "Secret '{0}' is the password hash of '{1}' and must not have an owner",
        "Password hashes are decrypted before users exist (neededForUsers), so sops-nix requires them to stay root-owned.");

    /// <summary>Host '{0}' declares secrets but AgeRecipient '{1}' is not an age public key (age1...)</summary>
    public static readonly DiagnosticDescriptor InvalidAgeRecipient = Error("NCLAW207", DiagnosticCategories.Secrets,
        "Missing or invalid age recipient",
        "Host '{0}' declares secrets but AgeRecipient '{1}' is not an age public key (age1...)",
        "The .sops.yaml creation rule needs the public key of the age key that decrypts the host's secrets; print it with 'age-keygen -y keys.txt'.");

    /// <summary>Host '{0}' declares secrets but no AgeRecipient yet</summary>
    public static readonly DiagnosticDescriptor AgeRecipientNotYetDeclared = Warning("NCLAW208", DiagnosticCategories.Secrets,
        "No age recipient yet",
        "Host '{0}' declares secrets but no AgeRecipient yet: run `dotnet run -- secrets init` and add the AgeRecipient line it prints to the Host declared in class {1}",
        "Until the host has an age recipient its secrets cannot be encrypted; nix/.sops.yaml has no rule for it. This is an error (NCLAW207) once a secrets file exists.");

    // NCLAW3xx: users

    /// <summary>User name '{0}' is invalid: {1}</summary>
    public static readonly DiagnosticDescriptor InvalidUserName = Error("NCLAW301", DiagnosticCategories.Users,
        "Invalid Unix user name",
        "User name '{0}' is invalid: {1}",
        "Unix user names start with a lowercase letter or '_', continue with lowercase letters, digits, '_' or '-', and are at most 32 characters.");

    /// <summary>Host '{0}' needs exactly one service user to run the gateway; {1}</summary>
    public static readonly DiagnosticDescriptor ServiceUserCount = Error("NCLAW302", DiagnosticCategories.Users,
        "Exactly one service user is needed",
        "Host '{0}' needs exactly one service user to run the gateway; {1}",
        "The gateway runs as a Home Manager user service of the one user with Role = UserRole.Service.");

    /// <summary>Admin '{0}' has neither SSH keys nor a password hash; nobody could log in</summary>
    public static readonly DiagnosticDescriptor AdminWithoutCredentials = Warning("NCLAW303", DiagnosticCategories.Users,
        "Admin without credentials",
        "Admin '{0}' has neither SSH keys nor a password hash; nobody could log in",
        "With root login disabled, an admin without credentials locks you out of the host.");

    /// <summary>Service user '{0}' must have Linger = true so the gateway starts at boot</summary>
    public static readonly DiagnosticDescriptor ServiceUserWithoutLinger = Error("NCLAW304", DiagnosticCategories.Users,
        "Service user without linger",
        "Service user '{0}' must have Linger = true so the gateway starts at boot",
        "Home Manager user services start at boot only for lingering users.");

    /// <summary>'{0}' is not an SSH public key line (type, base64 key, optional comment)</summary>
    public static readonly DiagnosticDescriptor InvalidSshKey = Error("NCLAW305", DiagnosticCategories.Users,
        "Invalid SSH public key",
        "'{0}' is not an SSH public key line (type, base64 key, optional comment)",
        "authorized_keys lines look like 'ssh-ed25519 AAAA... comment'.");

    // NCLAW4xx: disks

    /// <summary>Size '{0}' of partition '{1}' is invalid: use digits with an optional K, M, G, T or P suffix, or "100%"</summary>
    public static readonly DiagnosticDescriptor InvalidSize = Error("NCLAW401", DiagnosticCategories.Disks,
        "Invalid disko size",
        "Size '{0}' of partition '{1}' is invalid: use digits with an optional K, M, G, T or P suffix, or \"100%\"",
        "disko's size type is [0-9]+[KMGTP]? or exactly 100%; values like 512MiB or 1.5G fail at install time.");

    /// <summary>Disk '{0}' has more than one "100%" partition ('{1}' and '{2}')</summary>
    public static readonly DiagnosticDescriptor MultipleFillPartitions = Error("NCLAW402", DiagnosticCategories.Disks,
        "More than one 100% partition",
        "Disk '{0}' has more than one \"100%\" partition ('{1}' and '{2}')",
        "Only one partition can take the rest of the disk.");

    /// <summary>Mountpoint '{0}' is used by both '{1}' and '{2}'</summary>
    public static readonly DiagnosticDescriptor DuplicateMountpoint = Error("NCLAW403", DiagnosticCategories.Disks,
        "Duplicate mountpoint",
        "Mountpoint '{0}' is used by both '{1}' and '{2}'",
        "Two file systems cannot be mounted at the same place.");

    /// <summary>Host '{0}' has no partition mounted at '/'</summary>
    public static readonly DiagnosticDescriptor MissingRoot = Error("NCLAW404", DiagnosticCategories.Disks,
        "No root file system",
        "Host '{0}' has no partition mounted at '/'",
        "NixOS cannot boot without a root file system.");

    /// <summary>Host '{0}' boots with UEFI systemd-boot but has no EFI system partition (Type = PartitionType.Esp, vfat, mounted at /boot)</summary>
    public static readonly DiagnosticDescriptor MissingEsp = Error("NCLAW405", DiagnosticCategories.Disks,
        "No EFI system partition",
        "Host '{0}' boots with UEFI systemd-boot but has no EFI system partition (Type = PartitionType.Esp, vfat, mounted at /boot)",
        "systemd-boot installs into the ESP at /boot; without it the machine does not boot.");

    /// <summary>Mountpoint '{0}' of partition '{1}' is invalid: {2}</summary>
    public static readonly DiagnosticDescriptor InvalidMountpoint = Error("NCLAW406", DiagnosticCategories.Disks,
        "Invalid mountpoint",
        "Mountpoint '{0}' of partition '{1}' is invalid: {2}",
        "disko requires absolute mount points; swap partitions have none.");

    /// <summary>Host '{0}' declares no disk</summary>
    public static readonly DiagnosticDescriptor NoDisk = Error("NCLAW407", DiagnosticCategories.Disks,
        "No disk declared",
        "Host '{0}' declares no disk",
        "nixos-anywhere partitions the disks with disko; declare at least one Disk.");

    // NCLAW5xx: host-wide

    /// <summary>Class '{0}' is marked [NixClawHost] but declares no Host</summary>
    public static readonly DiagnosticDescriptor HostMissing = Error("NCLAW501", DiagnosticCategories.Host,
        "Host missing",
        "Class '{0}' is marked [NixClawHost] but declares no Host",
        "Each [NixClawHost] class declares exactly one Host; everything else in the class belongs to it.");

    /// <summary>Class '{0}' declares more than one Host ('{1}'); use one [NixClawHost] class per host</summary>
    public static readonly DiagnosticDescriptor HostDeclaredTwice = Error("NCLAW502", DiagnosticCategories.Host,
        "Host declared twice",
        "Class '{0}' declares more than one Host ('{1}'); use one [NixClawHost] class per host",
        "Declarations in a class belong to its one host.");

    /// <summary>Host name '{0}' is invalid: {1}</summary>
    public static readonly DiagnosticDescriptor InvalidHostName = Error("NCLAW503", DiagnosticCategories.Host,
        "Invalid host name",
        "Host name '{0}' is invalid: {1}",
        "Host names are DNS labels: 1 to 63 lowercase letters, digits and '-', not starting or ending with '-'.");

    /// <summary>Port {0} of {1} is outside 1..65535</summary>
    public static readonly DiagnosticDescriptor PortOutOfRange = Error("NCLAW504", DiagnosticCategories.Host,
        "Port out of range",
        "Port {0} of {1} is outside 1..65535",
        "TCP ports are 1 to 65535.");

    /// <summary>Port {0} of {1} is also used by {2}</summary>
    public static readonly DiagnosticDescriptor PortClash = Error("NCLAW505", DiagnosticCategories.Host,
        "Port clash",
        "Port {0} of {1} is also used by {2}",
        "Two services cannot listen on the same port of the same host.");

    /// <summary>Value '{0}' of {1} is invalid: {2}</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error("NCLAW506", DiagnosticCategories.Host,
        "Invalid value",
        "Value '{0}' of {1} is invalid: {2}",
        "The value would produce a configuration that fails to evaluate or to boot.");

    // NCLAW9xx: internal

    /// <summary>NixClaw generator failed: {0}. Please report this.</summary>
    public static readonly DiagnosticDescriptor GeneratorFailure = Error("NCLAW999", DiagnosticCategories.Internal,
        "NixClaw generator failed",
        "NixClaw generator failed: {0}. Please report this.",
        "An unexpected exception in the generator; the build fails instead of writing partial output.");

    /// <summary>NCLAW999's argument: the exception's type and message, without the message's final period (the format adds one).</summary>
    public static string Describe(System.Exception exception) =>
        exception.GetType().Name + ": " + exception.Message.TrimEnd().TrimEnd('.');

    /// <summary>Every descriptor, by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> All = new[] { typeof(DiagnosticDescriptors), typeof(ToolDiagnosticDescriptors) }
        .SelectMany(t => t.GetFields())
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Error(string id, string category, string title, string message, string description) =>
        Create(id, category, title, message, description, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message, string description) =>
        Create(id, category, title, message, description, DiagnosticSeverity.Warning);

    internal static DiagnosticDescriptor Create(string id, string category, string title, string message, string description, DiagnosticSeverity severity) =>
        new(id: id, title: title, messageFormat: message, category: category, defaultSeverity: severity,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpBase + id + ".md");
}
