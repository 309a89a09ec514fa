namespace NixClaw.Generator.Diagnostics;

/// <summary>Diagnostic categories, one per declaration area.</summary>
internal static class DiagnosticCategories
{
    public const string Declaration = "NixClaw.Declaration";
    public const string Agents = "NixClaw.Agents";
    public const string Secrets = "NixClaw.Secrets";
    public const string Users = "NixClaw.Users";
    public const string Disks = "NixClaw.Disks";
    public const string Host = "NixClaw.Host";
    public const string Internal = "NixClaw.Internal";
}
