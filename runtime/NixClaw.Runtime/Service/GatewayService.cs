using NixClaw.Bindings;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Processes;

namespace NixClaw.Runtime.Service;

/// <summary>
/// The gateway's Home Manager user service of the service user (<c>nixclaw-gateway</c>, as the generated
/// <c>home/&lt;service user&gt;.nix</c> names it) and its loopback endpoints.
/// </summary>
internal sealed class GatewayService(HostManifest manifest, AppEnvironment environment)
{
    /// <summary>The systemd user unit the generator declares.</summary>
    public const string UnitName = "nixclaw-gateway";

    /// <summary>The service user's name.</summary>
    public string ServiceUser => manifest.ServiceUser?.Name ?? environment.UserName;

    /// <summary>The status endpoint.</summary>
    public Uri StatusUri => new($"http://127.0.0.1:{manifest.Gateway.Port}/status");

    /// <summary>The liveness endpoint.</summary>
    public Uri HealthUri => new($"http://127.0.0.1:{manifest.Gateway.Port}/healthz");

    /// <summary>
    /// <c>systemctl --user &lt;verb&gt; nixclaw-gateway</c>; run as another user (the admin, or root), it addresses the
    /// service user's manager with <c>-M &lt;user&gt;@</c>.
    /// </summary>
    public ProcessSpec Systemctl(string verb, params string[] extra)
    {
        var arguments = new List<string> { "--user" };
        if (environment.UserName != ServiceUser)
        {
            arguments.AddRange(["-M", ServiceUser + "@"]);
        }

        arguments.Add(verb);
        arguments.AddRange(extra);
        arguments.Add(UnitName);
        return new ProcessSpec("systemctl", arguments);
    }

    /// <summary>A GET to a loopback endpoint with the gateway token when one is declared and readable.</summary>
    public HttpRequestMessage Request(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (manifest.Gateway.AuthToken is { } secret && File.Exists(secret.Path))
        {
            try
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SecretFiles.Read(secret.Path, secret.Key));
            }
            catch (SecretFileException)
            {
                // Not readable by this user (SecretFiles' one error for every unreadable secret): the endpoint may still
                // answer without it.
            }
        }

        return request;
    }
}
