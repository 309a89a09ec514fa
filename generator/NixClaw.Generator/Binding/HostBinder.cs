using System;
using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary>
/// Turns one host class's evaluated fields into a <see cref="HostModel"/> and checks every rule that would otherwise
/// fail at nixos-anywhere time, at boot, or in OpenClaw's schema. Each kind has its binder, with that kind's checks
/// beside it; this composes them and checks the host itself. Pure: no Roslyn types.
/// </summary>
internal static class HostBinder
{
    /// <param name="hostClass">The extracted declarations.</param>
    /// <param name="secretsFileExists">
    /// A sops secrets file exists beside the generated files (MSBuild's NixClawSecretsFileExists). Until then a missing
    /// age recipient is a warning, so a new project builds and `secrets init` can run; afterwards it is an error.
    /// </param>
    public static BindResult Bind(HostClass hostClass, bool secretsFileExists = false) =>
        Bind(hostClass, secretsFileExists, out _);

    /// <summary>As <see cref="Bind(HostClass, bool)"/>, also giving every <c>Type.Property</c> the binders read.</summary>
    public static BindResult Bind(HostClass hostClass, bool secretsFileExists, out IReadOnlyCollection<string> propertiesRead)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var context = new BindContext(hostClass, diagnostics);
        try
        {
            var host = BindHost(context, secretsFileExists);
            if (host is not null)
            {
                context.ReportUnbound();
            }

            propertiesRead = context.PropertiesRead().ToList();
            return new BindResult(host, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, hostClass.Location, DiagnosticDescriptors.Describe(ex)));
            propertiesRead = Array.Empty<string>();
            return new BindResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static HostModel? BindHost(BindContext context, bool secretsFileExists)
    {
        var hosts = context.Declarations(nameof(Host));
        if (hosts.Count == 0)
        {
            context.Report(DiagnosticDescriptors.HostMissing, context.ClassLocation, context.ClassName);
            return null;
        }

        foreach (var extra in hosts.Skip(1))
        {
            context.Report(DiagnosticDescriptors.HostDeclaredTwice, extra.Field.Location, context.ClassName, extra.Field.Name);
        }

        var (hostField, hostObj) = hosts[0];
        var hostReader = context.Reader(hostObj, hostField.Name);
        var settings = HostSettingsBinder.Bind(hostReader);
        var users = UserBinder.Bind(context);
        var disks = new DiskBinder(context);
        var diskModels = disks.Bind();
        var models = ModelBinder.Bind(context);
        var mattermost = ServiceBinders.BindMattermost(context);
        var gitea = ServiceBinders.BindGitea(context);
        var tailscale = ServiceBinders.BindTailscale(context);
        var gateway = ServiceBinders.BindGateway(context);
        var agents = AgentBinder.Bind(context, models);

        // Last: every reference to a secret is known now, which decides the owner of a secret that names none.
        var secrets = SecretBinder.Bind(context, users.Select(u => u.Model).ToList());

        var model = new HostModel(
            Namespace: context.Namespace,
            ClassName: context.ClassName,
            FieldName: hostField.Name,
            Name: settings.Name,
            System: settings.System,
            StateVersion: settings.StateVersion,
            TimeZone: settings.TimeZone,
            Hardware: settings.Hardware,
            Boot: settings.Boot,
            AgeRecipient: settings.ValidAgeRecipient,
            SshPort: settings.SshPort,
            DeployAddress: settings.DeployAddress,
            ConfigDirectory: settings.ConfigDirectory,
            Disks: diskModels.OrderBy(d => d.Name, StringComparer.Ordinal).ToEquatableArray(),
            Users: users.Select(u => u.Model).OrderBy(u => u.Name, StringComparer.Ordinal).ToEquatableArray(),
            Secrets: secrets.OrderBy(s => s.Key, StringComparer.Ordinal).ToEquatableArray(),
            Mattermost: mattermost,
            Gitea: gitea,
            Tailscale: tailscale,
            Gateway: gateway,
            Models: models.OrderBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
            Agents: agents.OrderBy(a => a.Id, StringComparer.Ordinal).ToEquatableArray());

        HostSettingsBinder.Check(context, model, settings, hostReader, secretsFileExists);
        disks.Check(model, hostReader);
        UserBinder.Check(context, model, users, hostReader);
        CheckPorts(context, model, hostReader);
        return model;
    }

    /// <summary>The gateway, sshd and local model servers each need their own port.</summary>
    private static void CheckPorts(BindContext context, HostModel model, ObjReader host)
    {
        var gatewayLocation = context.Declarations(nameof(Gateway)).FirstOrDefault() is { Obj: { } gatewayObj }
            ? BindContext.Where(gatewayObj, nameof(Gateway.Port))
            : host.Where();
        var ports = new List<(int Port, string Owner, LocationInfo? Location)>
        {
            (model.Gateway.Port, "the gateway", gatewayLocation),
            (model.SshPort, "sshd", host.Where(nameof(Host.SshPort))),
        };
        ports.AddRange(ModelBinder.LoopbackPorts(context));

        var taken = new Dictionary<int, string>();
        foreach (var (port, owner, location) in ports)
        {
            if (port is < 1 or > 65535)
            {
                context.Report(DiagnosticDescriptors.PortOutOfRange, location, port.ToString(System.Globalization.CultureInfo.InvariantCulture), owner);
            }
            else if (taken.TryGetValue(port, out var other) && !(owner.StartsWith("the endpoint", StringComparison.Ordinal) && other.StartsWith("the endpoint", StringComparison.Ordinal)))
            {
                context.Report(DiagnosticDescriptors.PortClash, location, port.ToString(System.Globalization.CultureInfo.InvariantCulture), owner, other);
            }
            else
            {
                taken[port] = owner;
            }
        }
    }
}
