using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Service;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>status</c>: the gateway user service (systemd) and its loopback <c>/status</c> endpoint. Runs on the host.</summary>
internal sealed class StatusVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var json = VerbContext.JsonOption();
        var command = new Command("status", "Show the gateway service state and its /status endpoint (on the host)") { json };
        context.AddExamples(command,
            new Example("status", "Service state and what the gateway reports; exit 0 when healthy, 1 otherwise"),
            new Example("status --json", "The same as JSON (the endpoint's answer is embedded as-is)"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            var service = new GatewayService(context.Manifest, context.Environment);
            var (unit, endpoint) = await context.WithProgressAsync(asJson, "Asking systemd and the gateway", async () =>
                (await ReadUnitAsync(context, service, cancellationToken).ConfigureAwait(false),
                 await ReadEndpointAsync(context, service, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);

            var active = unit.Properties.GetValueOrDefault("ActiveState");
            var healthy = endpoint.Ok && (unit.Error is not null || active == "active");
            if (asJson)
            {
                JsonOutput.Write(context.Environment.Out, new
                {
                    healthy,
                    service = new { unit = GatewayService.UnitName, user = service.ServiceUser, properties = unit.Properties, error = unit.Error },
                    endpoint = new { url = service.StatusUri.ToString(), ok = endpoint.Ok, httpStatus = endpoint.HttpStatus, body = endpoint.Body, error = endpoint.Error },
                });
            }
            else
            {
                var output = context.Environment.Out;
                output.WriteLine(unit.Error is null
                    ? $"service  {GatewayService.UnitName} ({service.ServiceUser}): {active ?? "unknown"}/{unit.Properties.GetValueOrDefault("SubState") ?? "?"}, pid {unit.Properties.GetValueOrDefault("MainPID") ?? "-"}, since {unit.Properties.GetValueOrDefault("ActiveEnterTimestamp") ?? "-"}"
                    : $"service  {GatewayService.UnitName}: {unit.Error}");
                output.WriteLine(endpoint.Ok
                    ? $"endpoint {service.StatusUri}: {endpoint.HttpStatus}"
                    : $"endpoint {service.StatusUri}: {endpoint.Error}");
                if (endpoint.Body is not null)
                {
                    output.WriteLine(endpoint.Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                }

                output.WriteLine(healthy ? "healthy" : $"not healthy: try `{context.Command} logs` and `{context.Command} restart`");
            }

            return healthy ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private sealed record UnitState(Dictionary<string, string> Properties, string? Error);

    private sealed record EndpointState(bool Ok, int? HttpStatus, JsonNode? Body, string? Error);

    private static async Task<UnitState> ReadUnitAsync(VerbContext context, GatewayService service, CancellationToken cancellationToken)
    {
        var spec = service.Systemctl("show", "--property=ActiveState,SubState,MainPID,ActiveEnterTimestamp,NRestarts");
        try
        {
            var result = await context.Environment.Processes.RunAsync(spec, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return new UnitState([], $"systemctl failed ({result.ExitCode}): {result.StandardError.Trim()}");
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in result.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    properties[line[..equals]] = line[(equals + 1)..];
                }
            }

            return new UnitState(properties, null);
        }
        catch (ToolNotFoundException)
        {
            return new UnitState([], "systemctl not found (status runs on the host)");
        }
    }

    private static async Task<EndpointState> ReadEndpointAsync(VerbContext context, GatewayService service, CancellationToken cancellationToken)
    {
        try
        {
            using var client = context.Environment.CreateHttpClient();
            using var request = service.Request(service.StatusUri);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            JsonNode? body;
            try
            {
                body = text.Length > 0 ? JsonNode.Parse(text) : null;
            }
            catch (JsonException)
            {
                body = JsonValue.Create(text);
            }

            return new EndpointState(response.IsSuccessStatusCode, (int)response.StatusCode, body, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return new EndpointState(false, null, null, $"not answering ({e.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new EndpointState(false, null, null, "timed out");
        }
    }
}
