namespace NixClaw.Runtime.Files;

/// <summary>A secret file is missing, empty, unreadable or not a regular file; the message names the secret and the path, never content.</summary>
/// <remarks>An <see cref="InvalidOperationException"/>, as the readers it replaces threw: callers that report those
/// (the sync, the CLI verbs) keep reporting it.</remarks>
public sealed class SecretFileException : InvalidOperationException
{
    public SecretFileException(string key, string path, string reason, Exception? innerException = null)
        : base($"{key}: secret file '{path}' {reason}", innerException)
    {
        Key = key;
        SecretPath = path;
        Reason = reason;
    }

    public SecretFileException()
    {
        Key = SecretPath = Reason = "";
    }

    public SecretFileException(string message)
        : base(message)
    {
        Key = SecretPath = "";
        Reason = message;
    }

    public SecretFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = SecretPath = "";
        Reason = message;
    }

    /// <summary>What the secret is for (a sops key or a description such as <c>Mattermost bot token</c>).</summary>
    public string Key { get; }

    /// <summary>The file.</summary>
    public string SecretPath { get; }

    /// <summary>What is wrong, for example <c>does not exist</c>.</summary>
    public string Reason { get; }
}
