using System.CommandLine;
using System.Text.Json;
using NixClaw.Runtime.CommandLine;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>manifest</c>: the compiled declarations as JSON (proof that they evaluated and bound).</summary>
internal sealed class ManifestVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("manifest", "Print the compiled manifest (host, gateway, servers, models, agents, secrets, users) as JSON");
        context.AddExamples(command,
            new Example("manifest", "Everything the program was compiled with"),
            new Example("manifest | jq '.Agents[].Id'", "The declared agent ids"));
        context.SetAction(command, (_, _) =>
        {
            var manifest = context.Manifest;
            context.Environment.Out.WriteLine(JsonSerializer.Serialize(new
            {
                manifest.Host,
                manifest.Gateway,
                manifest.Mattermost,
                manifest.Gitea,
                Models = manifest.AllModels,
                Agents = manifest.AllAgents,
                Secrets = manifest.AllSecrets,
                Users = manifest.AllUsers,
            }, new JsonSerializerOptions { WriteIndented = true }));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
