namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>Reads a secret from its file on every use, so rotated secrets apply without a restart.</summary>
public static class SecretFile
{
    /// <summary>The file's content without surrounding whitespace; errors name the file, never the content.</summary>
    public static string Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            throw new InvalidOperationException($"Secret file '{path}' does not exist.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InvalidOperationException($"Secret file '{path}' does not exist.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Secret file '{path}' is not readable by this user.");
        }

        text = text.Trim();
        return text.Length > 0 ? text : throw new InvalidOperationException($"Secret file '{path}' is empty.");
    }
}
