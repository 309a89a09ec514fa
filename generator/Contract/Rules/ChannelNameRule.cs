using System.Text.RegularExpressions;

namespace NixClaw.Contract;

/// <summary>
/// Mattermost's channel name rule (<c>model.IsValidChannelIdentifier</c> plus the database column's length), checked
/// by the generator for declared agents and by the runtime before it creates a channel.
/// </summary>
public static class ChannelNameRule
{
    /// <summary>Longest name the database column accepts (the server does not check it itself).</summary>
    public const int MaxLength = 64;

    // Go's validChannelIdentifierRegex; \z because .NET's $ would also accept a trailing newline.
    private static readonly Regex Name = new(@"^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*\z", RegexOptions.CultureInvariant);

    // Direct-message (two user ids) and group-message (hex hash) channel names.
    private static readonly Regex DirectOrGroup = new(@"^[a-z0-9]{26}__[a-z0-9]{26}\z|^[0-9a-f]{40}\z", RegexOptions.CultureInvariant);

    /// <summary>Why <paramref name="name"/> is not a valid channel name, or null when it is.</summary>
    public static string? Problem(string name)
    {
        if (name.Length is < 1 or > MaxLength)
        {
            return "it must be 1 to 64 characters";
        }

        if (!Name.IsMatch(name))
        {
            return "use lowercase letters, digits, '-' and '_', starting with a letter or digit";
        }

        return DirectOrGroup.IsMatch(name) ? "it looks like a direct-message channel id" : null;
    }
}
