using System.CommandLine;
using NixClaw.Runtime.Checks;
using NixClaw.Runtime.CommandLine;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>secrets check</c>: every declared secret is in the file and nothing undeclared is left; nothing is decrypted.</summary>
internal sealed class SecretsCheckVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var flake = VerbContext.FlakeOption();
        var json = VerbContext.JsonOption();
        var command = new Command("check", "Check that every declared secret is in the secrets file and nothing undeclared is left (no key needed)")
        {
            flake, json,
        };
        context.AddExamples(command,
            new Example("secrets check", "Exit 0 when the file holds exactly the declared secrets, 78 otherwise"),
            new Example("secrets check --json", "The same as JSON"));
        context.SetAction(command, (parseResult, _) =>
        {
            var project = context.LocateFlake(parseResult.GetValue(flake));
            var checks = new PreflightChecks(context.Manifest, project, context.GeneratedFiles, context.Environment) { ProgramNameHint = context.Command };
            var report = new CheckReport([checks.Secrets(undeclaredFails: true)]);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(context.Environment.Out, new { ok = report.Passed, exitCode = report.ExitCode, checks = report.Items });
            }
            else
            {
                CheckVerb.WriteReport(context.Environment.Out, report);
            }

            return Task.FromResult(report.ExitCode);
        });
        return command;
    }
}
