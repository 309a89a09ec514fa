using System.CommandLine;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Service;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>restart</c>: restarts the gateway user service and waits until <c>/healthz</c> answers. Runs on the host.</summary>
internal sealed class RestartVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var wait = new Option<int>("--wait") { Description = "Seconds to wait for /healthz after the restart (0: do not wait)", DefaultValueFactory = _ => 30, HelpName = "seconds" };
        var command = new Command("restart", "Restart the gateway service and wait until it is healthy (on the host)") { wait };
        context.AddExamples(command,
            new Example("restart", "After `secrets set` and a deploy: rotated secrets are read at start"),
            new Example("restart --wait 0", "Do not wait for the health check"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var service = new GatewayService(context.Manifest, context.Environment);
            var spec = service.Systemctl("restart");
            var result = await context.Environment.Processes.RunAsync(spec, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new OperatorException(ExitCodes.Failure, $"{spec.Display} failed ({result.ExitCode}): {result.StandardError.Trim()}",
                    $"Run it as {service.ServiceUser} (`just restart` does), or check `{context.Command} logs`.");
            }

            var seconds = parseResult.GetValue(wait);
            if (seconds <= 0)
            {
                context.Environment.Out.WriteLine("Restarted.");
                return ExitCodes.Ok;
            }

            var healthy = await context.WithProgressAsync(false, "Waiting for the gateway", () => WaitHealthyAsync(context, service, TimeSpan.FromSeconds(seconds), cancellationToken)).ConfigureAwait(false);
            context.Environment.Out.WriteLine(healthy ? "Restarted; healthy." : $"Restarted, but {service.HealthUri} did not answer within {seconds}s: see `{context.Command} logs`.");
            return healthy ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task<bool> WaitHealthyAsync(VerbContext context, GatewayService service, TimeSpan limit, CancellationToken cancellationToken)
    {
        var time = context.Environment.Time;
        var deadline = time.GetUtcNow() + limit;
        using var client = context.Environment.CreateHttpClient();
        while (true)
        {
            try
            {
                using var request = service.Request(service.HealthUri);
                using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (time.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
