namespace NixClaw.Generator;

/// <summary>Names of tracked pipeline steps, asserted by the caching tests.</summary>
internal static class TrackingNames
{
    public const string Extract = nameof(Extract);
    public const string Bind = nameof(Bind);
    public const string HostModels = nameof(HostModels);
    public const string Project = nameof(Project);
    public const string Files = nameof(Files);
    public const string Diagnostics = nameof(Diagnostics);
    public const string ToolExtract = nameof(ToolExtract);
    public const string ToolModels = nameof(ToolModels);
    public const string ToolSet = nameof(ToolSet);
    public const string ToolDiagnostics = nameof(ToolDiagnostics);
}
