using System;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary>The <see cref="Host"/> record itself: name, platform, release, time zone, age recipient, folders.</summary>
internal static class HostSettingsBinder
{
    private static readonly Host Default = new("");

    public static HostSettings Bind(ObjReader host)
    {
        var name = host.Required(nameof(Host.Name));
        if (name.Length > 0 && !Rules.HostName.IsMatch(name))
        {
            host.Report(DiagnosticDescriptors.InvalidHostName, host.Where(nameof(Host.Name)), name, "use 1 to 63 lowercase letters, digits and '-', not starting or ending with '-'");
        }

        return new HostSettings(
            name,
            host.Enum(nameof(Host.Platform), Default.Platform) == Platform.Aarch64Linux ? "aarch64-linux" : "x86_64-linux",
            host.Str(nameof(Host.StateVersion), Default.StateVersion),
            host.Str(nameof(Host.TimeZone), Default.TimeZone),
            host.Enum(nameof(Host.Hardware), Default.Hardware).ToString(),
            host.Enum(nameof(Host.Boot), Default.Boot).ToString(),
            host.Str(nameof(Host.AgeRecipient), Default.AgeRecipient),
            host.Int(nameof(Host.SshPort), Default.SshPort),
            host.OptStr(nameof(Host.DeployAddress)) ?? name,
            host.Str(nameof(Host.ConfigDirectory), Default.ConfigDirectory));
    }

    /// <summary>Values Nix or NixOS would reject later, and the age recipient that secrets need.</summary>
    public static void Check(BindContext context, HostModel model, HostSettings settings, ObjReader host, bool secretsFileExists)
    {
        var recipient = settings.AgeRecipient;
        if (recipient.Length == 0 && model.Secrets.Count > 0 && !secretsFileExists)
        {
            host.Report(DiagnosticDescriptors.AgeRecipientNotYetDeclared, host.Where(nameof(Host.AgeRecipient)), model.Name, context.ClassName);
        }
        else if ((model.Secrets.Count > 0 || recipient.Length > 0) && !Rules.AgeRecipient.IsMatch(recipient))
        {
            // Never echo the value: a pasted AGE-SECRET-KEY would otherwise land in the build log.
            host.Report(DiagnosticDescriptors.InvalidAgeRecipient, host.Where(nameof(Host.AgeRecipient)), model.Name, recipient.StartsWith("age1", StringComparison.Ordinal) ? recipient : "(not shown)");
        }

        if (model.StateVersion.Length == 0 || !model.StateVersion.All(c => char.IsDigit(c) || c == '.'))
        {
            host.Report(DiagnosticDescriptors.InvalidValue, host.Where(nameof(Host.StateVersion)), model.StateVersion, "Host.StateVersion", "use a NixOS release such as \"25.11\"");
        }

        if (model.TimeZone.Length == 0 || model.TimeZone.Any(char.IsWhiteSpace) || model.TimeZone.Contains(".."))
        {
            host.Report(DiagnosticDescriptors.InvalidValue, host.Where(nameof(Host.TimeZone)), model.TimeZone, "Host.TimeZone", "use an IANA zone such as \"Europe/Berlin\"");
        }

        if (model.ConfigDirectory.Length == 0 || model.ConfigDirectory.StartsWith("/", StringComparison.Ordinal) || model.ConfigDirectory.Split('/').Any(s => s == ".."))
        {
            host.Report(DiagnosticDescriptors.InvalidValue, host.Where(nameof(Host.ConfigDirectory)), model.ConfigDirectory, "Host.ConfigDirectory", "use a folder relative to the admin's home");
        }

        if (model.Agents.Count > 0 && model.Mattermost is null)
        {
            host.Report(DiagnosticDescriptors.AgentsWithoutMattermost, host.Where(), model.Name);
        }
    }
}

/// <summary>The host record's values as bound; <see cref="AgeRecipient"/> as declared, <see cref="ValidAgeRecipient"/> empty unless valid.</summary>
internal sealed record HostSettings(
    string Name,
    string System,
    string StateVersion,
    string TimeZone,
    string Hardware,
    string Boot,
    string AgeRecipient,
    int SshPort,
    string DeployAddress,
    string ConfigDirectory)
{
    public string ValidAgeRecipient => Rules.AgeRecipient.IsMatch(AgeRecipient) ? AgeRecipient : "";
}
