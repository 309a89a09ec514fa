namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Reads a secret (token, API key) from its file; the value is never logged or put in a message.</summary>
public static class SecretFile
{
    /// <summary>The trimmed content of <paramref name="path"/>.</summary>
    /// <exception cref="GatewayConfigurationException">Missing, unreadable or empty; the message names the file and the secret.</exception>
    public static string Read(string path, string what)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GatewayConfigurationException($"{what} file '{path}' cannot be read: {ex.GetType().Name}", ex);
        }

        if (text.Length == 0)
        {
            throw new GatewayConfigurationException($"{what} file '{path}' is empty");
        }

        return text;
    }
}
