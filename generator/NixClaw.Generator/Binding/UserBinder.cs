using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary><see cref="User"/> declarations: names, SSH keys, the one service user and what each user needs.</summary>
internal static class UserBinder
{
    private static readonly User Default = new("", UserRole.Admin);

    public static List<(UserModel Model, ObjReader Reader)> Bind(BindContext context)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        return context.BindAll(nameof(User), (field, r) => BindOne(context, field, r, names));
    }

    private static (UserModel Model, ObjReader Reader) BindOne(BindContext context, DeclaredField field, ObjReader r, Dictionary<string, string> names)
    {
        var name = r.Required(nameof(User.Name));
        if (name.Length > 0 && Rules.UserNameProblem(name) is { } problem)
        {
            r.Report(DiagnosticDescriptors.InvalidUserName, r.Where(nameof(User.Name)), name, problem);
        }

        context.Unique(names, "User name", name, field, r.Where(nameof(User.Name)));
        foreach (var key in r.List(nameof(User.SshKeys)).OfType<StrVal>())
        {
            if (!Rules.SshKey.IsMatch(key.Value))
            {
                r.Report(DiagnosticDescriptors.InvalidSshKey, key.Location ?? r.Where(nameof(User.SshKeys)), BindingChecks.Shorten(key.Value));
            }
        }

        var model = new UserModel(
            FieldName: field.Name,
            Name: name,
            IsService: r.Enum(nameof(User.Role), Default.Role) == UserRole.Service,
            Description: r.Str(nameof(User.Description), Default.Description),
            Shell: r.Enum(nameof(User.Shell), Default.Shell).ToString().ToLowerInvariant(),
            SshKeys: r.Strings(nameof(User.SshKeys)).Where(k => Rules.SshKey.IsMatch(k)).ToEquatableArray(),
            Linger: r.Bool(nameof(User.Linger), Default.Linger),
            RootlessPodman: r.Bool(nameof(User.RootlessPodman), Default.RootlessPodman),
            PasswordHashSecret: context.SecretRef(r, nameof(User.PasswordHash), "the password hash of user '" + name + "'", SecretReader.UserCreation, name),
            GitHubTokenSecret: context.SecretRef(r, nameof(User.GitHubToken), "the GitHub token of user '" + name + "'", SecretReader.User, name));
        return (model, r);
    }

    /// <summary>One service user when the host runs the gateway; it lingers; admins can log in.</summary>
    public static void Check(BindContext context, HostModel host, List<(UserModel Model, ObjReader Reader)> users, ObjReader hostReader)
    {
        var services = users.Where(u => u.Model.IsService).ToList();
        var needsGateway = host.Agents.Count > 0 || host.Mattermost is not null;
        if (services.Count > 1)
        {
            context.Report(DiagnosticDescriptors.ServiceUserCount, services[1].Reader.Where(), host.Name, "'" + services[0].Model.Name + "' and '" + services[1].Model.Name + "' are both services");
        }
        else if (services.Count == 0 && needsGateway)
        {
            hostReader.Report(DiagnosticDescriptors.ServiceUserCount, hostReader.Where(), host.Name, "none is declared");
        }

        foreach (var (user, reader) in users)
        {
            if (user.IsService && !user.Linger)
            {
                reader.Report(DiagnosticDescriptors.ServiceUserWithoutLinger, reader.Where(nameof(User.Linger)), user.Name);
            }

            if (!user.IsService && user.SshKeys.Count == 0 && user.PasswordHashSecret is null)
            {
                reader.Report(DiagnosticDescriptors.AdminWithoutCredentials, reader.Where(), user.Name);
            }
        }
    }
}
