using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NixClaw.Bindings;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Verbs;

namespace NixClaw.Runtime;

/// <summary>
/// The <c>Main</c> of a declarations program: <c>return await NixClawApp.RunAsync(args, Homelab.Manifest);</c>.
/// The same program deploys from the operator's machine and runs on the host.
/// </summary>
public static class NixClawApp
{
    /// <summary>The verbs, in help order. A new verb is one <see cref="IVerb"/> class and one line here.</summary>
    internal static IReadOnlyList<IVerb> Verbs { get; } =
    [
        new GatewayVerb(),
        new ChatVerb(),
        new DeployVerb(),
        new SecretsVerb(),
        new CheckVerb(),
        new StatusVerb(),
        new LogsVerb(),
        new RestartVerb(),
        new AgentVerb(),
        new SyncVerb(),
        new CloneSkillsVerb(),
        new ManifestVerb(),
        new ToolVerb(),
        new ToolExecVerb(),
    ];

    /// <summary>Parses <paramref name="args"/> and runs the verb; returns the exit status (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, HostManifest manifest) => RunAsync(args, manifest, AppEnvironment.FromSystem());

    /// <summary>As <see cref="RunAsync(string[], HostManifest)"/> in a given environment (tests: temporary folders and fakes).</summary>
    internal static async Task<int> RunAsync(string[] args, HostManifest manifest, AppEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(manifest);
        var programName = manifest.GetType().Assembly.GetName().Name ?? "nixclaw";
        var context = new VerbContext(manifest, environment, programName);
        var root = BuildRootCommand(context);

        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            // SIGINT/SIGTERM cancel the verb; the gateway drains running turns (30 s grace) before it returns.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(45),
        };
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        // System.CommandLine reports parse errors with 1; scripts get the conventional usage status instead.
        return parseResult.Action is ParseErrorAction ? ExitCodes.Usage : exitCode;
    }

    /// <summary>The command tree with examples in every <c>--help</c>.</summary>
    internal static RootCommand BuildRootCommand(VerbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Manifest.Host.Name;
        var root = new RootCommand($"{context.ProgramName}: the NixClaw host '{host}'. Deploy it and manage its secrets from your machine; run the gateway and inspect it on the host.");
        foreach (var verb in Verbs)
        {
            root.Subcommands.Add(verb.Create(context));
        }

        context.AddExamples(root,
            new Example("check", "Would a deploy work? Generated files, secrets, age key, Nix syntax"),
            new Example("secrets init", "Create your age key and see which secrets to set"),
            new Example("deploy root@192.0.2.10", "First install, from your machine"),
            new Example("deploy --update", "Later changes"),
            new Example("status", "On the host: is the gateway healthy?"));

        var help = root.Options.OfType<HelpOption>().First();
        var examplesHelp = new ExamplesHelpAction((HelpAction)help.Action!, context.Examples, context.Command);
        help.Action = examplesHelp;
        // No verb: the overview, which is what someone typing the bare program name wants.
        root.SetAction(examplesHelp.Invoke);
        return root;
    }
}
