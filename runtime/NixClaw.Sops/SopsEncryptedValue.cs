using System.Text.RegularExpressions;

namespace NixClaw.Sops;

/// <summary>
/// One encrypted sops value: <c>ENC[AES256_GCM,data:&lt;b64&gt;,iv:&lt;b64&gt;,tag:&lt;b64&gt;,type:str]</c>.
/// </summary>
/// <param name="Data">Ciphertext.</param>
/// <param name="Iv">Nonce (32 bytes when sops writes it).</param>
/// <param name="Tag">GCM tag (16 bytes).</param>
/// <param name="Type"><c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c> or <c>bytes</c>.</param>
public sealed partial record SopsEncryptedValue(byte[] Data, byte[] Iv, byte[] Tag, string Type)
{
    /// <summary>The <c>ENC[...]</c> text.</summary>
    public override string ToString() =>
        $"ENC[AES256_GCM,data:{Convert.ToBase64String(Data)},iv:{Convert.ToBase64String(Iv)},tag:{Convert.ToBase64String(Tag)},type:{Type}]";

    /// <summary>Parses <c>ENC[...]</c>; null when <paramref name="text"/> is not in that form.</summary>
    public static SopsEncryptedValue? TryParse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            return new SopsEncryptedValue(
                Convert.FromBase64String(match.Groups["data"].Value),
                Convert.FromBase64String(match.Groups["iv"].Value),
                Convert.FromBase64String(match.Groups["tag"].Value),
                match.Groups["type"].Value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^ENC\[AES256_GCM,data:(?<data>[A-Za-z0-9+/=]*),iv:(?<iv>[A-Za-z0-9+/=]+),tag:(?<tag>[A-Za-z0-9+/=]+),type:(?<type>[a-z]+)\]$")]
    private static partial Regex Pattern();
}
