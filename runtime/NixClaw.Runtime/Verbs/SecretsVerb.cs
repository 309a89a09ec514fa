using System.CommandLine;
using NixClaw.Runtime.CommandLine;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>secrets init|check|set</c>: manage the host's sops file without sops.</summary>
internal sealed class SecretsVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("secrets", "Manage the host's encrypted secrets file (sops format, age recipient) without sops")
        {
            new SecretsInitVerb().Create(context),
            new SecretsCheckVerb().Create(context),
            new SecretsSetVerb().Create(context),
        };
        context.AddExamples(command,
            new Example("secrets init", "Create your age key if needed and check .sops.yaml"),
            new Example("secrets set mattermost/bot_token", "Prompt for a value and encrypt it into the secrets file"),
            new Example("secrets check", "List declared secrets that are missing"));
        return command;
    }
}
