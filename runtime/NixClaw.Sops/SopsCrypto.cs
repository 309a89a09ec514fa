using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NixClaw.Sops;

/// <summary>
/// The operations that need the sops data key: decrypting values, the MAC, writing a value. The MAC rule
/// (matches real sops files): SHA-512 over the plaintext bytes of every value in document order, as upper-case
/// hex, encrypted like a value with the <c>lastmodified</c> string as additional data.
/// </summary>
public static class SopsCrypto
{
    /// <summary>Decrypts every value in document order.</summary>
    /// <exception cref="SopsFormatException">A value is not <c>ENC[...]</c> or does not decrypt with this key at this path.</exception>
    public static IReadOnlyList<(SopsLeaf Leaf, byte[] Plaintext)> DecryptAll(SopsDocument document, byte[] dataKey)
    {
        var result = new List<(SopsLeaf, byte[])>();
        foreach (var leaf in document.Leaves())
        {
            if (document.IsUnencrypted(leaf))
            {
                result.Add((leaf, Encoding.UTF8.GetBytes(leaf.Text)));
                continue;
            }

            var value = SopsEncryptedValue.TryParse(leaf.Text)
                ?? throw new SopsFormatException($"{document.FileName}:{leaf.Line}: '{leaf.Key}' is not encrypted (expected ENC[AES256_GCM,...])");
            try
            {
                result.Add((leaf, SopsCipher.Decrypt(dataKey, value, leaf.AdditionalData)));
            }
            catch (CryptographicException)
            {
                throw new SopsFormatException(
                    $"{document.FileName}:{leaf.Line}: '{leaf.Key}' does not decrypt with this file's data key (edited by hand, or copied from another file or key)");
            }
        }

        return result;
    }

    /// <summary>The MAC over the current values: upper-case hex SHA-512.</summary>
    public static string ComputeMac(SopsDocument document, byte[] dataKey)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        foreach (var (_, plaintext) in DecryptAll(document, dataKey))
        {
            hash.AppendData(plaintext);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Checks the stored MAC against the values.</summary>
    /// <exception cref="SopsFormatException">No MAC, or it does not match (the file was changed without the key).</exception>
    public static void VerifyMac(SopsDocument document, byte[] dataKey)
    {
        var lastModified = document.Metadata.GetText("lastmodified") ?? "";
        var stored = SopsEncryptedValue.TryParse(document.Metadata.GetText("mac") ?? "")
            ?? throw new SopsFormatException($"{document.FileName}: the sops metadata has no MAC");
        string expected;
        try
        {
            expected = Encoding.UTF8.GetString(SopsCipher.Decrypt(dataKey, stored, lastModified));
        }
        catch (CryptographicException)
        {
            throw new SopsFormatException($"{document.FileName}: the MAC does not decrypt with this file's data key and lastmodified");
        }

        if (!string.Equals(expected, ComputeMac(document, dataKey), StringComparison.Ordinal))
        {
            throw new SopsFormatException($"{document.FileName}: MAC mismatch: the values were changed without sops (or by hand)");
        }
    }

    /// <summary>Encrypts <paramref name="value"/> at <paramref name="path"/> and renews <c>lastmodified</c> and the MAC.</summary>
    public static void SetValue(SopsDocument document, IReadOnlyList<string> path, string value, byte[] dataKey, DateTimeOffset now)
    {
        var leaf = new SopsLeaf(path, new YamlScalarNode(""));
        var stored = document.IsUnencrypted(leaf)
            ? value
            : SopsCipher.Encrypt(dataKey, Encoding.UTF8.GetBytes(value), leaf.AdditionalData).ToString();
        document.SetStored(path, stored);
        UpdateMac(document, dataKey, now);
    }

    /// <summary>Sets <c>lastmodified</c> to <paramref name="now"/> (RFC 3339, UTC, seconds) and the MAC to match.</summary>
    public static void UpdateMac(SopsDocument document, byte[] dataKey, DateTimeOffset now)
    {
        var lastModified = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var mac = ComputeMac(document, dataKey);
        document.Metadata.Set("lastmodified", new YamlScalarNode(lastModified) { Style = ScalarStyle.DoubleQuoted });
        document.Metadata.Set("mac", new YamlScalarNode(SopsCipher.Encrypt(dataKey, Encoding.UTF8.GetBytes(mac), lastModified).ToString()));
    }
}
