using System.CommandLine;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Service;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>logs [-f]</c>: the gateway's JSON-lines log file, pretty-printed. Runs on the host.</summary>
internal sealed class LogsVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new lines until Ctrl-C" };
        var lines = new Option<int>("--lines", "-n") { Description = "How many of the last lines to print first", DefaultValueFactory = _ => 50, HelpName = "count" };
        var json = new Option<bool>("--json") { Description = "Print the raw JSON lines" };
        var path = NixClaw.Runtime.Gateway.GatewayHost.LogFilePath(context.Manifest.Gateway, context.Directories.StateDirectory);
        var command = new Command("logs", $"Print the gateway log ({path}), pretty-printed") { follow, lines, json };
        context.AddExamples(command,
            new Example("logs", "The last 50 lines"),
            new Example("logs -f", "Follow the log until Ctrl-C"),
            new Example("logs -n 500 --json | jq 'select(.LogLevel == \"Error\")'", "Errors, for a script"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            if (!File.Exists(path))
            {
                throw new OperatorException(ExitCodes.Failure, $"No log file at {path} yet.",
                    $"Is the gateway running? See `{context.Command} status`. The log is written by the gateway on the host.");
            }

            var raw = parseResult.GetValue(json);
            var output = context.Environment.Out;
            void Print(string line)
            {
                output.WriteLine(raw ? line : LogLineFormatter.Format(line));
                output.Flush();
            }

            var tail = new LogTail(path, context.Environment.Time);
            var (last, offset) = tail.ReadLast(Math.Max(0, parseResult.GetValue(lines)));
            foreach (var line in last)
            {
                Print(line);
            }

            if (!parseResult.GetValue(follow))
            {
                return ExitCodes.Ok;
            }

            try
            {
                await tail.FollowAsync(offset, Print, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C is how following ends.
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
