using System.CommandLine;
using NixClaw.Runtime.Checks;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Sops;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>check</c>: one report of everything that would fail a deploy, with an exit status scripts can use.</summary>
internal sealed class CheckVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var probe = new Option<bool>("--probe") { Description = "Also check that the declared Mattermost and Gitea servers answer" };
        var flake = VerbContext.FlakeOption();
        var ageKey = VerbContext.AgeKeyOption();
        var json = VerbContext.JsonOption();
        var command = new Command("check", "Report everything that would fail a deploy: generated files, NuGet lock, secrets, age key, Nix syntax, uncommitted files")
        {
            probe, flake, ageKey, json,
        };
        context.AddExamples(command,
            new Example("check", "Everything a deploy needs, offline"),
            new Example("check --probe", "Also check that Mattermost and Gitea answer"),
            new Example("check --json | jq '.checks[] | select(.status == \"failed\")'", "The failures, for a script"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            var project = context.LocateFlake(parseResult.GetValue(flake));
            var keyFile = AgeKeyFile.Resolve(parseResult.GetValue(ageKey), context.Environment);
            var checks = new PreflightChecks(context.Manifest, project, context.GeneratedFiles, context.Environment) { ProgramNameHint = context.Command };
            var report = await context.WithProgressAsync(asJson, "Checking", async () =>
            {
                var items = await checks.DeployReadinessAsync(keyFile, install: true, cancellationToken).ConfigureAwait(false);
                if (parseResult.GetValue(probe))
                {
                    if (context.Manifest.Mattermost is { } mattermost)
                    {
                        items.Add(await checks.ProbeAsync("mattermost", mattermost.Url + "/api/v4/system/ping", cancellationToken).ConfigureAwait(false));
                    }

                    if (context.Manifest.Gitea is { } gitea)
                    {
                        items.Add(await checks.ProbeAsync("gitea", gitea.Url + "/api/v1/version", cancellationToken).ConfigureAwait(false));
                    }
                }

                return new CheckReport(items);
            }).ConfigureAwait(false);

            if (asJson)
            {
                JsonOutput.Write(context.Environment.Out, new { ok = report.Passed, exitCode = report.ExitCode, nixDirectory = project.NixDirectory, checks = report.Items });
            }
            else
            {
                WriteReport(context.Environment.Out, report);
            }

            return report.ExitCode;
        });
        return command;
    }

    /// <summary>The report as text: one line per check, details and hints indented.</summary>
    public static void WriteReport(TextWriter writer, CheckReport report)
    {
        foreach (var item in report.Items)
        {
            var mark = item.Status switch
            {
                CheckStatus.Ok => "ok  ",
                CheckStatus.Warning => "warn",
                CheckStatus.Skipped => "skip",
                _ => "FAIL",
            };
            writer.WriteLine($"{mark}  {item.Name}: {item.Summary}");
            foreach (var detail in item.Details)
            {
                writer.WriteLine($"        {detail}");
            }

            if (item.Hint is not null && item.Status != CheckStatus.Ok)
            {
                writer.WriteLine($"        -> {item.Hint}");
            }
        }

        writer.WriteLine(report.Passed ? "All checks passed." : $"{report.Items.Count(i => i.Status == CheckStatus.Failed)} check(s) failed (exit {report.ExitCode}).");
    }
}
