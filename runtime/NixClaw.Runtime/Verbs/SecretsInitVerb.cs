using System.CommandLine;
using NixClaw.Contract;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Project;
using NixClaw.Runtime.Sops;
using NixClaw.Sops;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>secrets init</c>: the operator's age key (created if absent), the declared recipient, and <c>.sops.yaml</c>.</summary>
internal sealed class SecretsInitVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var flake = VerbContext.FlakeOption();
        var ageKey = VerbContext.AgeKeyOption();
        var json = VerbContext.JsonOption();
        var command = new Command("init", "Create your age key if absent, check it is the declared recipient, and write .sops.yaml if missing")
        {
            flake, ageKey, json,
        };
        context.AddExamples(command,
            new Example("secrets init", "First time: creates ~/.config/sops/age/keys.txt and prints its public key"),
            new Example("secrets init --age-key ~/keys/homelab.txt", "Use (or create) a key elsewhere"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var environment = context.Environment;
            var asJson = parseResult.GetValue(json);
            var project = context.LocateFlake(parseResult.GetValue(flake));
            var keyFile = AgeKeyFile.Resolve(parseResult.GetValue(ageKey), environment);
            var age = new AgeTool(environment.Processes);
            var messages = new List<string>();

            var created = false;
            if (!File.Exists(keyFile))
            {
                var folder = Path.GetDirectoryName(keyFile)!;
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                await age.GenerateAsync(keyFile, cancellationToken).ConfigureAwait(false);
                created = true;
            }

            var publicKeys = await age.PublicKeysAsync(keyFile, cancellationToken).ConfigureAwait(false);
            var publicKey = publicKeys[0];
            messages.Add(created
                ? $"Created the age key {keyFile}. Back it up somewhere safe: without it the secrets cannot be decrypted."
                : $"Using the age key {keyFile} ({publicKey}).");

            var declared = context.Manifest.Host.AgeRecipient;
            var recipientOk = publicKeys.Contains(declared, StringComparer.Ordinal);
            if (!recipientOk)
            {
                var line = $"        AgeRecipient = \"{publicKey}\",";
                messages.Add(declared.Length == 0
                    ? $"No age recipient is declared yet. Add this line to the Host declaration, new(\"{context.Manifest.Host.Name}\") {{ ... }}:"
                    : $"The declared recipient is {declared}, but this key is {publicKey}. Use the matching key (--age-key), or replace the AgeRecipient line of the Host declaration, new(\"{context.Manifest.Host.Name}\") {{ ... }}, with:");
                messages.Add(line);
                messages.Add($"Then run `dotnet build` and `{context.Command} secrets init` again.");
            }

            var sopsConfigState = EnsureSopsConfig(context, project, messages);
            var missing = SecretsInventory.Read(project.SecretsFile, project.SecretsFileRelative, [.. context.Manifest.AllSecrets.Select(s => s.Key)]).Missing;
            if (recipientOk && missing.Count > 0)
            {
                messages.Add($"Next, set the {missing.Count} missing secret(s):");
                messages.AddRange(missing.Select(k => $"  {context.Command} secrets set {k}"));
            }

            var exitCode = recipientOk && sopsConfigState != "stale" ? ExitCodes.Ok : ExitCodes.Config;
            if (asJson)
            {
                JsonOutput.Write(environment.Out, new { keyFile, created, publicKey, declaredRecipient = declared, recipientOk, sopsConfig = sopsConfigState, missing, exitCode });
            }
            else
            {
                foreach (var message in messages)
                {
                    environment.Out.WriteLine(message);
                }
            }

            return exitCode;
        });
        return command;
    }

    private static string EnsureSopsConfig(VerbContext context, FlakeProject project, List<string> messages)
    {
        var expected = context.GeneratedFiles.Find(".sops.yaml");
        if (expected is null)
        {
            messages.Add("This program carries no .sops.yaml (no age recipient declared?).");
            return "not-generated";
        }

        var bytes = GeneratedFilesList.Encoding.GetBytes(expected);
        if (!File.Exists(project.SopsConfigFile))
        {
            File.WriteAllBytes(project.SopsConfigFile, bytes);
            messages.Add($"Wrote {project.SopsConfigFile} from the declarations.");
            return "written";
        }

        if (File.ReadAllBytes(project.SopsConfigFile).AsSpan().SequenceEqual(bytes))
        {
            messages.Add($"{project.SopsConfigFile} matches the declarations.");
            return "ok";
        }

        messages.Add($"{project.SopsConfigFile} differs from the declarations. {Checks.PreflightChecks.BuildHint}");
        return "stale";
    }
}
