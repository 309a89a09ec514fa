using System.Security.Cryptography;

namespace NixClaw.Fakes.Mattermost;

/// <summary>Mattermost-shaped ids: 26 characters of the lowercase base32 alphabet Mattermost uses.</summary>
public static class FakeIds
{
    private const string Alphabet = "ybndrfg8ejkmcpqxot1uwisza345h769";

    /// <summary>A new random id.</summary>
    public static string New()
    {
        Span<char> chars = stackalloc char[26];
        Span<byte> bytes = stackalloc byte[26];
        RandomNumberGenerator.Fill(bytes);
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }
}
