namespace NixClaw.Sops;

/// <summary>Which declared secrets a sops file holds, read without decrypting (keys are plaintext in sops files).</summary>
/// <param name="FileExists">Whether the file exists.</param>
/// <param name="Missing">Declared keys the file lacks.</param>
/// <param name="Undeclared">Keys in the file nobody declares.</param>
/// <param name="Recipients">age recipients the file is encrypted for.</param>
public sealed record SecretsInventory(bool FileExists, IReadOnlyList<string> Missing, IReadOnlyList<string> Undeclared, IReadOnlyList<string> Recipients)
{
    /// <summary>Compares the file at <paramref name="path"/> with <paramref name="declaredKeys"/>.</summary>
    /// <exception cref="SopsFormatException">The file exists but is not a sops YAML file.</exception>
    public static SecretsInventory Read(string path, string displayName, IReadOnlyList<string> declaredKeys)
    {
        if (!File.Exists(path))
        {
            return new SecretsInventory(false, declaredKeys.ToList(), [], []);
        }

        var document = SopsDocument.Parse(File.ReadAllText(path), displayName);
        var present = document.Leaves().Select(l => l.Key).Distinct(StringComparer.Ordinal).ToList();
        return new SecretsInventory(
            true,
            declaredKeys.Where(k => !present.Contains(k, StringComparer.Ordinal)).ToList(),
            present.Where(k => !declaredKeys.Contains(k, StringComparer.Ordinal)).ToList(),
            document.Recipients);
    }
}
