using System.Net;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>409: a repository with that name (compared case-insensitively) already exists.</summary>
internal sealed class GiteaConflictException(string operation, string? serverMessage)
    : GiteaApiException(HttpStatusCode.Conflict, operation, serverMessage);
