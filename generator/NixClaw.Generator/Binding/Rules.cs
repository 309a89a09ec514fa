using System.Text.RegularExpressions;

namespace NixClaw.Generator.Binding;

/// <summary>The naming and format rules of the systems the output is fed to, each with its source.</summary>
internal static class Rules
{
    /// <summary>OpenClaw's agent id rule.</summary>
    public static readonly Regex AgentId = new("^[a-z0-9_][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant);

    /// <summary>Mattermost <c>model.IsValidChannelIdentifier</c>.</summary>
    public static readonly Regex ChannelName = new(@"^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$", RegexOptions.CultureInvariant);

    private static readonly Regex DirectChannel = new("^[a-z0-9]{26}__[a-z0-9]{26}$|^[0-9a-f]{40}$", RegexOptions.CultureInvariant);

    /// <summary>disko's size type.</summary>
    public static readonly Regex DiskoSize = new("^([0-9]+[KMGTP]?|100%)$", RegexOptions.CultureInvariant);

    /// <summary>shadow-utils' default NAME_REGEX (useradd), which NixOS users pass through.</summary>
    public static readonly Regex UserName = new("^[a-z_][a-z0-9_-]*$", RegexOptions.CultureInvariant);

    public static readonly Regex HostName = new("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);

    public static readonly Regex SecretSegment = new("^[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant);

    public static readonly Regex OctalMode = new("^0?[0-7]{3}$", RegexOptions.CultureInvariant);

    /// <summary>Bech32 age X25519 recipient.</summary>
    public static readonly Regex AgeRecipient = new("^age1[02-9ac-hj-np-z]{58}$", RegexOptions.CultureInvariant);

    public static readonly Regex SshKey = new(@"^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\r\n]*)?$", RegexOptions.CultureInvariant);

    /// <summary>Why <paramref name="name"/> is not a valid Mattermost channel name, or null.</summary>
    public static string? ChannelNameProblem(string name)
    {
        if (name.Length is < 1 or > 64)
        {
            return "it must be 1 to 64 characters";
        }

        if (!ChannelName.IsMatch(name))
        {
            return "use lowercase letters, digits, '-' and '_', starting with a letter or digit";
        }

        return DirectChannel.IsMatch(name) ? "it looks like a direct-message channel id" : null;
    }

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

    public static string? SecretKeyProblem(string key)
    {
        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment";
            }

            if (segment is "." or "..")
            {
                return "'.' and '..' segments would escape /run/secrets";
            }

            if (!SecretSegment.IsMatch(segment))
            {
                return "segment '" + segment + "' may only use letters, digits, '_', '-' and '.'";
            }
        }

        return null;
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
