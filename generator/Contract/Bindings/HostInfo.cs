namespace NixClaw.Bindings;

/// <summary>A declared host.</summary>
/// <param name="Name">Host name.</param>
/// <param name="System">Nix system, for example <c>x86_64-linux</c>.</param>
/// <param name="StateVersion">NixOS state version.</param>
/// <param name="TimeZone">IANA time zone.</param>
/// <param name="DeployAddress">Where operators deploy to after installation.</param>
/// <param name="ConfigDirectory">Folder of the configuration, relative to the admin's home.</param>
/// <param name="AgeRecipient">age public key of the host's sops file.</param>
public sealed record HostInfo(string Name, string System, string StateVersion, string TimeZone, string DeployAddress, string ConfigDirectory, string AgeRecipient);
