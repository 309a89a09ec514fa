using System.Net;

namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// A Mattermost REST call failed with an HTTP error. Match on <see cref="StatusCode"/> and <see cref="ErrorId"/>
/// (Mattermost's machine id, e.g. <c>store.sql_channel.save_channel.exists.app_error</c>), never on the translated message.
/// </summary>
public sealed class MattermostApiException : Exception
{
    public MattermostApiException(
        HttpStatusCode statusCode, string? errorId, string serverMessage, string? requestId, string method, string path)
        : base($"Mattermost {method} {path} failed: {(int)statusCode} {errorId ?? "(no id)"}: {serverMessage}")
    {
        StatusCode = statusCode;
        ErrorId = errorId;
        ServerMessage = serverMessage;
        RequestId = requestId;
        Method = method;
        Path = path;
    }

    /// <summary>HTTP status of the final attempt.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Mattermost error id (<c>id</c> of the AppError body); null when the body was not an AppError (e.g. a 429).</summary>
    public string? ErrorId { get; }

    /// <summary>The server's human-readable message (translated; do not match on it).</summary>
    public string ServerMessage { get; }

    /// <summary>Request id from the body or the <c>X-Request-Id</c> header, for correlating with server logs.</summary>
    public string? RequestId { get; }

    /// <summary>HTTP method of the failed call.</summary>
    public string Method { get; }

    /// <summary>Path of the failed call, relative to <c>/api/v4</c>, without query.</summary>
    public string Path { get; }

    /// <summary>True for 404.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}
