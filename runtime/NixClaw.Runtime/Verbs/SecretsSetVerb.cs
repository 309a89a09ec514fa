using System.CommandLine;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Sops;
using Spectre.Console;

namespace NixClaw.Runtime.Verbs;

/// <summary>
/// <c>secrets set &lt;name&gt;</c>: encrypts one value into the sops file for the declared recipient. The value comes
/// from standard input or a hidden prompt, never from the command line (it would end up in shell history and <c>ps</c>).
/// </summary>
internal sealed class SecretsSetVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var name = new Argument<string>("name") { Description = "The declared secret key, for example mattermost/bot_token" };
        var flake = VerbContext.FlakeOption();
        var ageKey = VerbContext.AgeKeyOption();
        var command = new Command("set", "Encrypt a value (from stdin or a hidden prompt) into the secrets file")
        {
            name, flake, ageKey,
        };
        context.AddExamples(command,
            new Example("secrets set gitea/token", "Prompts for the value (hidden)"),
            new Example("secrets set gitea/token < token.txt", "Reads the value from a file (one trailing newline is dropped)"),
            new Example("secrets set admin_password_hash <<< \"$(mkpasswd -m yescrypt)\"", "Stores a password hash"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var environment = context.Environment;
            var key = parseResult.GetValue(name)!;
            var declared = context.Manifest.AllSecrets.Select(s => s.Key).ToList();
            if (!declared.Contains(key, StringComparer.Ordinal))
            {
                throw new OperatorException(ExitCodes.Usage, $"'{key}' is not a declared secret.",
                    $"Declared: {string.Join(", ", declared)}. Declare new ones as Secret fields and run `dotnet build`.");
            }

            var recipient = context.Manifest.Host.AgeRecipient;
            if (recipient.Length == 0)
            {
                throw new OperatorException(ExitCodes.Config, "No age recipient is declared, so there is no one to encrypt for.",
                    "Run `secrets init`, put the printed public key in Host.AgeRecipient, and run `dotnet build`.");
            }

            var project = context.LocateFlake(parseResult.GetValue(flake));
            var keyFile = AgeKeyFile.Resolve(parseResult.GetValue(ageKey), environment);
            if (!File.Exists(keyFile))
            {
                throw new OperatorException(ExitCodes.Config, $"No age key at {keyFile}.", "Run `secrets init`, or pass --age-key <file>.");
            }

            var value = ReadValue(context, key);
            await context.WithProgressAsync(false, $"Encrypting {key}", async () =>
            {
                await new SecretWriter(new AgeTool(environment.Processes), environment.Time)
                    .SetAsync(project.SecretsFile, key, value, recipient, keyFile, cancellationToken).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
            environment.Out.WriteLine($"Set {key} in {project.SecretsFileRelative} (encrypted for {recipient}).");
            environment.Out.WriteLine($"Commit it (Nix only sees tracked files): git add {project.SecretsFile}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ReadValue(VerbContext context, string key)
    {
        var environment = context.Environment;
        string value;
        if (environment.IsInputRedirected)
        {
            value = environment.In.ReadToEnd();
            // `echo value |` and files end with one newline that is not part of the secret.
            value = value.EndsWith("\r\n", StringComparison.Ordinal) ? value[..^2] : value.EndsWith('\n') ? value[..^1] : value;
        }
        else
        {
            value = context.Console.Prompt(new TextPrompt<string>($"Value for [bold]{Markup.Escape(key)}[/]:").Secret().AllowEmpty());
            var again = context.Console.Prompt(new TextPrompt<string>("Again, to confirm:").Secret().AllowEmpty());
            if (!string.Equals(value, again, StringComparison.Ordinal))
            {
                throw new OperatorException(ExitCodes.Usage, "The two entries differ; nothing was written.", "Run the command again.");
            }
        }

        if (value.Length == 0)
        {
            throw new OperatorException(ExitCodes.Usage, $"Empty value for {key}; nothing was written.",
                $"Pipe the value in (`{context.Command} secrets set {key} < file`) or type it at the prompt.");
        }

        return value;
    }
}
