using System.Text.RegularExpressions;

namespace NixClaw.Runtime.Mattermost;

/// <summary>Mattermost's channel-name rules, checked before a create so the error names the bad input.</summary>
public static partial class MattermostChannelNames
{
    /// <summary>Longest name the database column accepts (the server does not check it itself).</summary>
    public const int MaxLength = 64;

    /// <summary>Returns null when <paramref name="name"/> is a valid channel name, else the reason.</summary>
    public static string? Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return "a channel name must not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"a channel name has at most {MaxLength} characters (got {name.Length})";
        }

        if (!NamePattern().IsMatch(name))
        {
            return "a channel name uses lowercase a-z, 0-9, '-' and '_' and starts with a letter or digit";
        }

        if (DirectLikePattern().IsMatch(name) || HexPattern().IsMatch(name))
        {
            return "a channel name must not look like a direct or group message channel";
        }

        return null;
    }

    /// <summary>Mattermost's <c>validChannelIdentifierRegex</c>.</summary>
    [GeneratedRegex(@"^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$")]
    public static partial Regex NamePattern();

    [GeneratedRegex("^[a-z0-9]{26}__[a-z0-9]{26}$")]
    private static partial Regex DirectLikePattern();

    [GeneratedRegex("^[a-f0-9]{40}$")]
    private static partial Regex HexPattern();
}
