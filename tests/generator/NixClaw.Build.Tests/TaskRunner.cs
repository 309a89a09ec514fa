namespace NixClaw.Build.Tests;

/// <summary>Runs <see cref="WriteGeneratedFiles"/> directly, the way MSBuild would after CoreCompile.</summary>
internal static class TaskRunner
{
    public static (bool Success, FakeBuildEngine Engine) Run(string assemblyPath, string outputDirectory, bool checkOnly = false)
    {
        var engine = new FakeBuildEngine();
        var task = new WriteGeneratedFiles
        {
            BuildEngine = engine,
            AssemblyPath = assemblyPath,
            OutputDirectory = outputDirectory,
            CheckOnly = checkOnly,
        };
        return (task.Execute(), engine);
    }
}
