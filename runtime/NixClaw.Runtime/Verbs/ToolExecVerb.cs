using System.CommandLine;
using System.Text.Json;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Hosting;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Runtime.Sandbox.Tools;
using NixClaw.Tools;

namespace NixClaw.Runtime.Verbs;

/// <summary>
/// <c>tool-exec &lt;name&gt;</c> (hidden): what the gateway runs inside an agent's sandbox to call one C# tool. The
/// call (<see cref="ToolCall"/>) comes on stdin, the result text goes to stdout (exit 0); a refused or failed call
/// prints a short <c>error: ...</c> line instead (exit 3). The workspace is the current folder, the tool's log
/// goes to stderr.
/// </summary>
internal sealed class ToolExecVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command(ToolProgram.ExecVerb, "Run one C# tool in the sandbox (used by the gateway; the call comes on stdin)") { Hidden = true };
        var name = new Argument<string>("name") { Description = "The tool's name" };
        command.Arguments.Add(name);
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var environment = context.Environment;
            var toolName = parseResult.GetValue(name)!;
            var tool = DeclaredTools.Of(context.Manifest).FirstOrDefault(t => t.Name == toolName);
            if (tool is null)
            {
                environment.Out.WriteLine(ToolErrors.Failed(toolName, "this program has no such tool"));
                return ToolProgram.FailedExitCode;
            }

            ToolCall call;
            try
            {
                call = ToolCall.Parse(await environment.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (JsonException e)
            {
                environment.Out.WriteLine(ToolErrors.Failed(toolName, "unreadable call: " + e.Message));
                return ToolProgram.FailedExitCode;
            }

            // Validated by the gateway already; checked again because this process trusts nothing it reads.
            if (tool.Validate(call.Arguments) is { } invalid)
            {
                environment.Out.WriteLine(ToolErrors.InvalidArguments(toolName, invalid));
                return ToolProgram.FailedExitCode;
            }

            using var http = new HttpClient();
            var logger = new StderrLogger(environment.Error);
            var toolContext = new ToolContext
            {
                AgentId = call.AgentId,
                Channel = call.Channel,
                User = call.User,
                Files = new WorkspaceFiles(environment.CurrentDirectory, new WorkspaceFileLimits()),
                Http = http,
                Logger = logger,
            };
            try
            {
                var result = await tool.InvokeAsync(call.Arguments, toolContext, cancellationToken).ConfigureAwait(false);
                environment.Out.Write(result);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The author reads the whole exception in the gateway's log; the model gets one short line.
                environment.Error.WriteLine(e.ToString());
                environment.Out.WriteLine(ToolErrors.Failed(toolName, e));
                return ToolProgram.FailedExitCode;
            }
        });
        return command;
    }
}
