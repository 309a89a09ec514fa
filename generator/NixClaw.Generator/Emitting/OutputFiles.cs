using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Emitting.Nix;
using NixClaw.Generator.Emitting.OpenClaw;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Emitting;

/// <summary>Every non-C# file of the project, sorted by path: pure function of the model.</summary>
internal static class OutputFiles
{
    /// <summary>Where <c>openclaw.json</c> goes, relative to <c>hosts/&lt;host&gt;/</c>.</summary>
    public const string OpenClawConfigPath = "openclaw/openclaw.json";

    /// <summary>The folder of <c>openclaw.json</c> and the roster files it includes, relative to <c>hosts/&lt;host&gt;/</c>.</summary>
    public const string OpenClawFolder = "openclaw/";

    public static EquatableArray<GeneratedFile> Render(ProjectModel project, string programName) =>
        Render(project, programName, FlakeSource.From(null, null, programName));

    public static EquatableArray<GeneratedFile> Render(ProjectModel project, string programName, FlakeSource source)
    {
        var files = new List<GeneratedFile>();
        if (project.Hosts.Count == 0)
        {
            return EquatableArray<GeneratedFile>.Empty;
        }

        files.Add(new("flake.nix", FlakeEmitter.Emit(project, source)));
        files.AddRange(SupportFiles.Render(Header.For(project)));
        files.Add(new(".sops.yaml", SopsEmitter.EmitConfig(project)));
        foreach (var host in project.Hosts)
        {
            var dir = "hosts/" + host.Name + "/";
            files.Add(new(dir + "default.nix", HostEmitter.Emit(host)));
            files.Add(new(dir + "hardware.nix", HardwareEmitter.Emit(host)));
            files.Add(new(dir + "disko.nix", DiskoEmitter.Emit(host)));
            files.Add(new(dir + "secrets.nix", SecretsEmitter.Emit(host)));
            files.Add(new(dir + "users.nix", UsersEmitter.Emit(host)));
            files.Add(new(dir + "justfile", JustfileEmitter.Emit(host, programName)));
            files.Add(new(dir + OpenClawConfigPath, OpenClawConfigEmitter.Emit(host)));
            files.Add(new(dir + OpenClawFolder + OpenClawRosterEmitter.DeclaredAgentsFile, OpenClawRosterEmitter.DeclaredAgents(host)));
            files.Add(new(dir + OpenClawFolder + OpenClawRosterEmitter.AgentsFile, OpenClawRosterEmitter.InitialAgents()));
            files.Add(new(dir + OpenClawFolder + OpenClawRosterEmitter.BindingsFile, OpenClawRosterEmitter.InitialBindings()));
            foreach (var user in host.Users)
            {
                files.Add(new(dir + "home/" + user.Name + ".nix", HomeEmitter.Emit(host, user)));
            }

            files.Add(new("secrets/" + host.Name + ".skeleton.yaml", SopsEmitter.EmitSkeleton(host)));
        }

        return files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToEquatableArray();
    }
}
