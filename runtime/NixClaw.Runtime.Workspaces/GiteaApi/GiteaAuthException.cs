using System.Net;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>401 (token missing or invalid) or 403 (token lacks a scope or the user lacks a permission).</summary>
public sealed class GiteaAuthException(HttpStatusCode statusCode, string operation, string? serverMessage)
    : GiteaApiException(statusCode, operation, serverMessage);
