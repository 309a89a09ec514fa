using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace NixClaw.Sops;

/// <summary>
/// sops's value cipher: AES-256-GCM with a 32-byte nonce and a 16-byte tag. BouncyCastle is used because .NET's
/// <c>AesGcm</c> only accepts 12-byte nonces, and sops uses <c>NewGCMWithNonceSize(32)</c>.
/// </summary>
public static class SopsCipher
{
    /// <summary>Data key length (AES-256).</summary>
    public const int KeySize = 32;

    private const int NonceSize = 32;
    private const int TagBits = 128;

    /// <summary>Encrypts <paramref name="plaintext"/> bound to <paramref name="additionalData"/> (the key path, or the MAC's timestamp).</summary>
    public static SopsEncryptedValue Encrypt(byte[] dataKey, byte[] plaintext, string additionalData, string type = "str")
    {
        var iv = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = Create(forEncryption: true, dataKey, iv, additionalData);
        var output = new byte[cipher.GetOutputSize(plaintext.Length)];
        var length = cipher.ProcessBytes(plaintext, 0, plaintext.Length, output, 0);
        length += cipher.DoFinal(output, length);
        var tagStart = length - (TagBits / 8);
        return new SopsEncryptedValue(output[..tagStart], iv, output[tagStart..length], type);
    }

    /// <summary>Decrypts a value; throws <see cref="CryptographicException"/> when the key, the path or the bytes do not match.</summary>
    public static byte[] Decrypt(byte[] dataKey, SopsEncryptedValue value, string additionalData)
    {
        var cipher = Create(forEncryption: false, dataKey, value.Iv, additionalData);
        var input = value.Data.Concat(value.Tag).ToArray();
        var output = new byte[cipher.GetOutputSize(input.Length)];
        try
        {
            var length = cipher.ProcessBytes(input, 0, input.Length, output, 0);
            length += cipher.DoFinal(output, length);
            return output[..length];
        }
        catch (InvalidCipherTextException e)
        {
            throw new CryptographicException("AES-GCM authentication failed", e);
        }
    }

    private static GcmBlockCipher Create(bool forEncryption, byte[] dataKey, byte[] iv, string additionalData)
    {
        if (dataKey.Length != KeySize)
        {
            throw new CryptographicException($"the sops data key must be {KeySize} bytes, not {dataKey.Length}");
        }

        var cipher = new GcmBlockCipher(new AesEngine());
        cipher.Init(forEncryption, new AeadParameters(new KeyParameter(dataKey), TagBits, iv, System.Text.Encoding.UTF8.GetBytes(additionalData)));
        return cipher;
    }
}
