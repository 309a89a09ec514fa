namespace NixClaw.Runtime.Project;

/// <summary>The generated Nix folder of one host, and the paths in it the operator verbs use.</summary>
/// <param name="NixDirectory">Absolute path of the folder holding <c>flake.nix</c>.</param>
/// <param name="HostName">The host's name (its <c>nixosConfigurations</c> attribute).</param>
internal sealed record FlakeProject(string NixDirectory, string HostName)
{
    /// <summary>The sops file (<c>defaultSopsFile</c> in the generated <c>secrets.nix</c>).</summary>
    public string SecretsFile => Path.Combine(NixDirectory, "secrets", HostName + ".yaml");

    /// <summary>The sops creation rules.</summary>
    public string SopsConfigFile => Path.Combine(NixDirectory, ".sops.yaml");

    /// <summary>The secrets file relative to the Nix folder, for messages.</summary>
    public string SecretsFileRelative => "secrets/" + HostName + ".yaml";

    /// <summary>The flake reference of the host's system, <c>/path/to/nix#host</c>.</summary>
    public string FlakeReference => NixDirectory + "#" + HostName;
}
