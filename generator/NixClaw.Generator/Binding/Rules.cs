using System.Text.RegularExpressions;

namespace NixClaw.Generator.Binding;

/// <summary>
/// The naming and format rules of the systems the output is fed to that only the generator checks; the rules the
/// runtime shares (agent id, channel name, secret key) are in the contract (<c>NixClaw.Contract</c>).
/// </summary>
internal static class Rules
{
    /// <summary>disko's size type.</summary>
    public static readonly Regex DiskoSize = new("^([0-9]+[KMGTP]?|100%)$", RegexOptions.CultureInvariant);

    /// <summary>shadow-utils' default NAME_REGEX (useradd), which NixOS users pass through.</summary>
    public static readonly Regex UserName = new("^[a-z_][a-z0-9_-]*$", RegexOptions.CultureInvariant);

    public static readonly Regex HostName = new("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);

    public static readonly Regex OctalMode = new("^0?[0-7]{3}$", RegexOptions.CultureInvariant);

    /// <summary>Bech32 age X25519 recipient.</summary>
    public static readonly Regex AgeRecipient = new("^age1[02-9ac-hj-np-z]{58}$", RegexOptions.CultureInvariant);

    public static readonly Regex SshKey = new(@"^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\r\n]*)?$", RegexOptions.CultureInvariant);

    public static string? UserNameProblem(string name)
    {
        if (name.Length is < 1 or > 32)
        {
            return "it must be 1 to 32 characters";
        }

        if (!UserName.IsMatch(name))
        {
            return "start with a lowercase letter or '_', then use lowercase letters, digits, '_' or '-'";
        }

        return name is "root" or "nobody" or "nixbld" ? "it is reserved by NixOS" : null;
    }

    /// <summary>Why a service URL is unusable, or null. Loopback http is fine (a local model server).</summary>
    public static string? UrlProblem(string url, out bool insecure)
    {
        insecure = false;
        if (!System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri))
        {
            return "it is not an absolute URL";
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return "the scheme must be http or https";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "credentials belong in a Secret, not in the URL";
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return "it must not have a query or fragment";
        }

        insecure = uri.Scheme == "http" && !uri.IsLoopback;
        return null;
    }
}
