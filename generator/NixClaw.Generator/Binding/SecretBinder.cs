using System.Collections.Generic;
using System.Linq;
using NixClaw.Contract;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary>
/// <see cref="Secret"/> declarations, bound after every other kind so that all references are known: each reference
/// must name a declared secret, and a secret that names no owner belongs to whoever reads it (<see cref="SecretReader"/>).
/// </summary>
internal static class SecretBinder
{
    private static readonly Secret Default = new("");

    public static List<SecretModel> Bind(BindContext context, List<UserModel> users)
    {
        var userNames = new HashSet<string>(users.Select(u => u.Name), System.StringComparer.Ordinal);
        var serviceUser = users.FirstOrDefault(u => u.IsService)?.Name;
        var result = new List<SecretModel>();
        var declared = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var keyLocations = new List<(string Key, LocationInfo? Location)>();
        foreach (var (field, obj) in context.Declarations(nameof(Secret)))
        {
            var r = context.Reader(obj, field.Name);
            var key = r.Required(nameof(Secret.Key));
            if (key.Length == 0)
            {
                continue;
            }

            if (SecretKeyRule.Problem(key) is { } problem)
            {
                r.Report(DiagnosticDescriptors.InvalidSecretKey, r.Where(nameof(Secret.Key)), key, problem);
            }

            if (!context.Unique(declared, "Secret key", key, field, r.Where(nameof(Secret.Key))))
            {
                continue;
            }

            keyLocations.Add((key, r.Where(nameof(Secret.Key))));
            var owner = r.Obj(nameof(Secret.Owner)) is { } ownerObj ? (ownerObj.Get(nameof(User.Name)) as StrVal)?.Value ?? "" : null;
            if (owner is not null && !userNames.Contains(owner))
            {
                r.Report(DiagnosticDescriptors.SecretOwnerUndeclared, r.Where(nameof(Secret.Owner)), key, owner);
            }

            var mode = r.Str(nameof(Secret.Mode), Default.Mode);
            if (!Rules.OctalMode.IsMatch(mode))
            {
                r.Report(DiagnosticDescriptors.InvalidSecretMode, r.Where(nameof(Secret.Mode)), mode, key);
            }
            else if ((mode[mode.Length - 1] - '0' & 4) != 0)
            {
                r.Report(DiagnosticDescriptors.SecretWorldReadable, r.Where(nameof(Secret.Mode)), key, mode);
            }

            var uses = context.SecretUses.Where(u => u.Key == key).ToList();
            var passwordOf = uses.FirstOrDefault(u => u.Reader == SecretReader.UserCreation)?.UserName;
            var neededForUsers = passwordOf is not null;
            if (neededForUsers && owner is not null)
            {
                r.Report(DiagnosticDescriptors.PasswordSecretOwned, r.Where(nameof(Secret.Owner)), key, passwordOf!);
            }

            result.Add(new SecretModel(field.Name, key, owner ?? (neededForUsers ? null : ImpliedOwner(uses, serviceUser)), mode, neededForUsers));
        }

        CheckFolders(context, declared, keyLocations);
        foreach (var use in context.SecretUses.Where(u => !declared.ContainsKey(u.Key)))
        {
            context.Report(DiagnosticDescriptors.UndeclaredSecret, use.Location, use.Key, use.UsedBy, context.ClassName);
        }

        return result;
    }

    /// <summary>The user whose shell reads it (the last such user), else the service user when the gateway reads it, else root (null).</summary>
    private static string? ImpliedOwner(List<SecretUse> uses, string? serviceUser) =>
        uses.LastOrDefault(u => u.Reader == SecretReader.User)?.UserName
        ?? (uses.Any(u => u.Reader == SecretReader.ServiceUser) ? serviceUser : null);

    /// <summary>"gitea" and "gitea/token": sops-nix would need /run/secrets/gitea to be a file and a folder.</summary>
    private static void CheckFolders(BindContext context, Dictionary<string, string> declared, List<(string Key, LocationInfo? Location)> keys)
    {
        foreach (var (key, location) in keys)
        {
            for (var slash = key.IndexOf('/'); slash > 0; slash = key.IndexOf('/', slash + 1))
            {
                var folder = key.Substring(0, slash);
                if (declared.TryGetValue(folder, out var parent))
                {
                    context.Report(DiagnosticDescriptors.InvalidSecretKey, location, key, "'" + folder + "' is also a secret (declared by '" + parent + "'), so it cannot be the folder of this one");
                    break;
                }
            }
        }
    }
}
