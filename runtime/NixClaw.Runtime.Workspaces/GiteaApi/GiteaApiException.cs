using System.Net;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>A Gitea call failed. Match on <see cref="StatusCode"/>, never on the text (Gitea has no error ids).</summary>
public class GiteaApiException : Exception
{
    /// <summary>Gitea answered with an error status.</summary>
    public GiteaApiException(HttpStatusCode statusCode, string operation, string? serverMessage)
        : base($"Gitea {operation} failed: {(int)statusCode} {statusCode}{(string.IsNullOrEmpty(serverMessage) ? "" : ": " + serverMessage)}")
    {
        StatusCode = statusCode;
        Operation = operation;
        ServerMessage = serverMessage;
    }

    /// <summary>Gitea could not be reached.</summary>
    public GiteaApiException(string operation, Exception innerException)
        : base($"Gitea {operation} failed: server unreachable ({innerException.Message})", innerException)
    {
        Operation = operation;
    }

    /// <summary>HTTP status; 0 when the server could not be reached.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>What was attempted, for example <c>create repository NixClaw/alpha</c>.</summary>
    public string Operation { get; }

    /// <summary>Gitea's <c>message</c>, if any.</summary>
    public string? ServerMessage { get; }

    /// <summary>Whether the failure is worth retrying later (unreachable, 429, 5xx).</summary>
    public bool IsTransient => StatusCode == 0 || (int)StatusCode == 429 || (int)StatusCode >= 500;
}
