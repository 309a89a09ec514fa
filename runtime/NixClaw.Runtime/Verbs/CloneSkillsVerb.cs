using System.CommandLine;
using NixClaw.Runtime.Agents;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>clone-skills</c>: clone or fast-forward the shared skills repository into the config folder, on the host.</summary>
internal sealed class CloneSkillsVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("clone-skills", "Clone or update the shared skills repository into <config folder>/skills (on the host)");
        context.AddExamples(command, new Example("clone-skills", "First clone, or fast-forward to the latest commit"));
        context.SetAction(command, async (_, cancellationToken) =>
        {
            using var services = WorkspaceServices.Create(context.Manifest, context.Directories, context.Environment);
            var gitea = services.GiteaInfo;
            var repository = await LifecycleErrors.TranslateAsync(() => services.Gitea.GetRepositoryAsync(gitea.Organization, gitea.SkillsRepository, cancellationToken)).ConfigureAwait(false)
                ?? throw new OperatorException(ExitCodes.Config, $"The skills repository {gitea.Organization}/{gitea.SkillsRepository} does not exist on {gitea.Url}.",
                    "Create it in Gitea (or change Gitea.SkillsRepository) and run again.");
            var target = context.Directories.SkillsDirectory;
            var commit = await context.WithProgressAsync(false, $"Fetching {gitea.Organization}/{gitea.SkillsRepository}", () =>
                LifecycleErrors.TranslateAsync(() => Task.Run(() => WorkspaceRepository.CloneOrUpdate(services.Git.RemoteUrlOf(gitea.SkillsRepository), target, services.Git), cancellationToken))).ConfigureAwait(false);
            context.Environment.Out.WriteLine(commit is null
                ? $"{gitea.Organization}/{gitea.SkillsRepository} is empty; {target} is ready for its first commit."
                : $"{target} is at {commit[..Math.Min(12, commit.Length)]}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
