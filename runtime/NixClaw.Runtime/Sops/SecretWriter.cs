using System.Security.Cryptography;
using NixClaw.Sops;

namespace NixClaw.Runtime.Sops;

/// <summary>
/// Sets one value in a host's sops file the way <c>sops set</c> would: the existing data key is unwrapped with
/// the operator's age key (a new one is made for a new file), the value is encrypted at its path, and
/// <c>lastmodified</c> and the MAC are renewed. The existing MAC is verified first, so a tampered file is never re-signed.
/// </summary>
internal sealed class SecretWriter(AgeTool age, TimeProvider time)
{
    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/> (<c>a/b</c> = nested maps) in <paramref name="path"/>.</summary>
    /// <param name="path">The sops file (created when absent).</param>
    /// <param name="key">The declared secret key.</param>
    /// <param name="value">The plaintext; never logged.</param>
    /// <param name="recipient">The declared age recipient.</param>
    /// <param name="identityFile">The operator's age key file.</param>
    /// <param name="cancellationToken">Cancels the age calls.</param>
    public async Task SetAsync(string path, string key, string value, string recipient, string identityFile, CancellationToken cancellationToken)
    {
        var displayName = Path.GetFileName(path);
        var publicKeys = await age.PublicKeysAsync(identityFile, cancellationToken).ConfigureAwait(false);
        if (!publicKeys.Contains(recipient, StringComparer.Ordinal))
        {
            throw new OperatorException(ExitCodes.NoPermission,
                $"The age key in {identityFile} ({string.Join(", ", publicKeys)}) is not the declared recipient {recipient}.",
                "Use the matching key (--age-key or $SOPS_AGE_KEY_FILE), or set Host.AgeRecipient to this key's public key and run `dotnet build`.");
        }

        SopsDocument document;
        byte[] dataKey;
        if (File.Exists(path))
        {
            document = ParseOrExplain(path, displayName);
            var entry = document.AgeEntries().FirstOrDefault(e => e.Recipient == recipient);
            if (entry.Armored is null)
            {
                throw new OperatorException(ExitCodes.Config,
                    $"{displayName} is encrypted for {string.Join(", ", document.Recipients)}, not for the declared recipient {recipient}.",
                    "Either declare that recipient in Host.AgeRecipient, or move the old file aside and set every secret again.");
            }

            dataKey = await age.DecryptAsync(entry.Armored, identityFile, cancellationToken).ConfigureAwait(false)
                ?? throw new OperatorException(ExitCodes.NoPermission,
                    $"The age key in {identityFile} cannot decrypt {displayName} (no identity matched).",
                    "Use the key the file was encrypted with (--age-key or $SOPS_AGE_KEY_FILE).");
            if (dataKey.Length != SopsCipher.KeySize)
            {
                throw new OperatorException(ExitCodes.DataError, $"{displayName}: the wrapped data key is {dataKey.Length} bytes, not {SopsCipher.KeySize}.");
            }

            try
            {
                SopsCrypto.VerifyMac(document, dataKey);
            }
            catch (SopsFormatException e)
            {
                throw new OperatorException(ExitCodes.DataError, e.Message,
                    "Restore the file from git (`git checkout -- " + "secrets/" + displayName + "`) and set the values again.");
            }
        }
        else
        {
            dataKey = RandomNumberGenerator.GetBytes(SopsCipher.KeySize);
            var armored = await age.EncryptArmoredAsync(dataKey, recipient, cancellationToken).ConfigureAwait(false);
            document = SopsDocument.Create(recipient, armored, displayName);
        }

        try
        {
            SopsCrypto.SetValue(document, key.Split('/'), value, dataKey, time.GetUtcNow());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }

        WriteAtomically(path, document.ToText());
    }

    private static SopsDocument ParseOrExplain(string path, string displayName)
    {
        try
        {
            return SopsDocument.Parse(File.ReadAllText(path), displayName);
        }
        catch (SopsFormatException e)
        {
            throw new OperatorException(ExitCodes.DataError, e.Message);
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
