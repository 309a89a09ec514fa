using System.CommandLine;
using NixClaw.Runtime.Checks;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Deploy;
using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Project;
using NixClaw.Runtime.Sops;

namespace NixClaw.Runtime.Verbs;

/// <summary>
/// <c>deploy &lt;target&gt;</c> installs the host with nixos-anywhere (staging the age key for sops-nix);
/// <c>deploy --update</c> switches an installed host with nixos-rebuild. Both refuse when a preflight check fails.
/// </summary>
internal sealed class DeployVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var host = context.Manifest.Host;
        var target = new Argument<string?>("target")
        {
            Description = "Install: SSH destination of the machine booted into a NixOS installer (root@IP). Update: host or user@host (default: the admin at Host.DeployAddress)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var update = new Option<bool>("--update") { Description = "Update an installed host with nixos-rebuild switch instead of installing" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and print the exact commands without running them" };
        var buildOn = new Option<string?>("--build-on")
        {
            Description = "Where to build: auto, local or remote (on a Mac use remote: it cannot build Linux systems itself)",
            HelpName = "where",
        };
        buildOn.AcceptOnlyFromAmong("auto", "local", "remote");
        var flake = VerbContext.FlakeOption();
        var ageKey = VerbContext.AgeKeyOption();
        var json = VerbContext.JsonOption();
        var command = new Command("deploy", $"Install {host.Name} with nixos-anywhere, or update it with nixos-rebuild (--update)")
        {
            target, update, dryRun, buildOn, flake, ageKey, json,
        };
        context.AddExamples(command,
            new Example("deploy root@192.0.2.10 --dry-run", "Check everything and print the install commands"),
            new Example("deploy root@192.0.2.10", "Install NixOS on the machine booted into the installer (erases its disk)"),
            new Example("deploy root@192.0.2.10 --build-on remote", "Install from a Mac, building on the target"),
            new Example("deploy --update", $"Apply changed declarations to the installed host ({AdminTarget(context, null)})"),
            new Example("deploy --update --build-on remote", "Update from a Mac, building on the host"));
        context.SetAction(command, (parseResult, cancellationToken) => RunAsync(context, new Request(
            parseResult.GetValue(target),
            parseResult.GetValue(update),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(buildOn),
            parseResult.GetValue(flake),
            parseResult.GetValue(ageKey),
            parseResult.GetValue(json)), cancellationToken));
        return command;
    }

    private sealed record Request(string? Target, bool Update, bool DryRun, string? BuildOn, string? Flake, string? AgeKey, bool Json);

    private static async Task<int> RunAsync(VerbContext context, Request request, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        if (request.Target is { } t && (t.Length == 0 || t[0] == '-' || t.Any(char.IsWhiteSpace)))
        {
            throw new OperatorException(ExitCodes.Usage, $"'{t}' is not an SSH destination.", "Write it as root@192.0.2.10 (install) or admin@host (update).");
        }

        if (!request.Update && request.Target is null)
        {
            throw new OperatorException(ExitCodes.Usage, "deploy needs the install target (the machine booted into a NixOS installer).",
                $"Run `{context.Command} deploy root@<ip>`, or `{context.Command} deploy --update` for a host that is already installed.");
        }

        var project = context.LocateFlake(request.Flake);
        var keyFile = AgeKeyFile.Resolve(request.AgeKey, environment);
        var report = await context.WithProgressAsync(request.Json, "Checking generated files, secrets and the age key", async () =>
        {
            var checks = new PreflightChecks(context.Manifest, project, context.GeneratedFiles, environment) { ProgramNameHint = context.Command };
            return new CheckReport(await checks.DeployReadinessAsync(keyFile, install: !request.Update, cancellationToken).ConfigureAwait(false));
        }).ConfigureAwait(false);

        if (!report.Passed)
        {
            if (request.Json)
            {
                JsonOutput.Write(environment.Out, new { refused = true, exitCode = report.ExitCode, checks = report.Items });
            }
            else
            {
                CheckVerb.WriteReport(environment.Error, report);
            }

            throw new OperatorException(report.ExitCode, $"deploy refused: {report.Items.Count(i => i.Status == CheckStatus.Failed)} check(s) failed (see above).",
                "Fix them and run again; `check` shows the same report.");
        }

        return request.Update
            ? await UpdateAsync(context, project, request, cancellationToken).ConfigureAwait(false)
            : await InstallAsync(context, project, keyFile, request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> InstallAsync(VerbContext context, FlakeProject project, string keyFile, Request request, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        var installed = environment.Processes.IsAvailable("nixos-anywhere");
        using var staging = ExtraFilesStaging.Create(environment.TempDirectory, keyFile, project.NixDirectory);
        if (request.DryRun)
        {
            var shown = DeployCommands.Install(project, "$tmp", request.Target!, request.BuildOn, installed);
            if (request.Json)
            {
                JsonOutput.Write(environment.Out, new
                {
                    dryRun = true,
                    extraFiles = new { keyFile, stagedAs = ExtraFilesStaging.KeyPathInTree, directoryMode = "700", fileMode = "600" },
                    commands = new[] { new[] { shown.FileName }.Concat(shown.Arguments).ToArray() },
                });
                return ExitCodes.Ok;
            }

            var output = environment.Out;
            output.WriteLine("# deploy --dry-run: checks passed; these commands would run (the key is staged outside the flake and removed afterwards)");
            output.WriteLine("tmp=$(mktemp -d)");
            output.WriteLine("install -d -m 700 \"$tmp/root\" \"$tmp/root/.config\" \"$tmp/root/.config/sops\" \"$tmp/root/.config/sops/age\"");
            output.WriteLine($"install -m 600 {ShellQuote.Quote(keyFile)} \"$tmp/{ExtraFilesStaging.KeyPathInTree}\"");
            output.WriteLine(string.Join(' ', new[] { shown.FileName }.Concat(shown.Arguments).Select(a => a == "$tmp" ? "\"$tmp\"" : ShellQuote.Quote(a))));
            output.WriteLine("rm -rf \"$tmp\"");
            return ExitCodes.Ok;
        }

        var spec = DeployCommands.Install(project, staging.Root, request.Target!, request.BuildOn, installed);
        environment.Error.WriteLine($"Installing {project.HostName} on {request.Target}: {spec.Display}");
        var result = await environment.Processes.RunAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new OperatorException(ExitCodes.Failure, $"{spec.FileName} exited with status {result.ExitCode}; the staged age key was removed.",
                "Read its output above. The machine must be booted into a NixOS installer with root SSH access.");
        }

        environment.Out.WriteLine($"Installed {project.HostName}. The host key changed: run `ssh-keygen -R {HostOf(request.Target!)}`.");
        environment.Out.WriteLine($"From now on update with `{context.Command} deploy --update` (root login is off).");
        return ExitCodes.Ok;
    }

    private static async Task<int> UpdateAsync(VerbContext context, FlakeProject project, Request request, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        var target = AdminTarget(context, request.Target);
        var spec = DeployCommands.Update(project, target, request.BuildOn == "remote", environment.Processes.IsAvailable("nixos-rebuild"));
        if (request.DryRun)
        {
            if (request.Json)
            {
                JsonOutput.Write(environment.Out, new { dryRun = true, commands = new[] { new[] { spec.FileName }.Concat(spec.Arguments).ToArray() } });
            }
            else
            {
                environment.Out.WriteLine("# deploy --update --dry-run: checks passed; this command would run");
                environment.Out.WriteLine(spec.Display);
            }

            return ExitCodes.Ok;
        }

        environment.Error.WriteLine($"Updating {project.HostName} at {target}: {spec.Display}");
        var result = await environment.Processes.RunAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new OperatorException(ExitCodes.Failure, $"{spec.FileName} exited with status {result.ExitCode}.",
                $"Read its output above. {target} must accept your SSH key, and the admin must be a trusted Nix user.");
        }

        environment.Out.WriteLine($"Updated {project.HostName}.");
        return ExitCodes.Ok;
    }

    private static string AdminTarget(VerbContext context, string? target)
    {
        if (target is not null && target.Contains('@', StringComparison.Ordinal))
        {
            return target;
        }

        var admin = context.Manifest.AllUsers.FirstOrDefault(u => !u.IsService)?.Name ?? "root";
        var address = target ?? (context.Manifest.Host.DeployAddress.Length > 0 ? context.Manifest.Host.DeployAddress : context.Manifest.Host.Name);
        return admin + "@" + address;
    }

    private static string HostOf(string target) => target.Contains('@', StringComparison.Ordinal) ? target[(target.IndexOf('@', StringComparison.Ordinal) + 1)..] : target;
}
