using System.Collections;
using Microsoft.Build.Framework;

namespace NixClaw.Build.Tests;

/// <summary>Records what a task logs, so tests can assert on errors and messages without MSBuild.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    /// <summary>Messages logged at high importance (what `dotnet build` shows by default).</summary>
    public IEnumerable<string> HighMessages =>
        Messages.Where(m => m.Importance == MessageImportance.High).Select(m => m.Message ?? string.Empty);

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("The task under test must not build other projects.");
}
