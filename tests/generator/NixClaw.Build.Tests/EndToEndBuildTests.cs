namespace NixClaw.Build.Tests;

/// <summary>
/// Real `dotnet build` runs of a throwaway project that declares the carrier class by hand and imports
/// NixClaw.targets the way the sample does (task DLL path + TaskHostFactory).
/// One test runs the whole sequence because every build costs seconds.
/// </summary>
public sealed class EndToEndBuildTests : IDisposable
{
    private static readonly DateTime Past = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task BuildWritesFilesKeepsThemOnNoOpFailsCheckAfterHandEditAndSkipsDesignTimeBuilds()
    {
        var project = _temp.Combine("consumer");
        Directory.CreateDirectory(project);
        WritePackageStyleProject(project, "Consumer");
        File.WriteAllText(Path.Combine(project, "Carrier.cs"), """
            namespace NixClaw.Generated
            {
                internal static class NixClawGeneratedFiles
                {
                    internal const string File0 = "hosts/web.nix\n{ web = true; }\n";
                    internal const string File1 = "justfile\ndeploy:\n\techo deploy\n";
                }
            }
            """);
        var nix = Path.Combine(project, "nix");
        var web = Path.Combine(nix, "hosts", "web.nix");
        var justfile = Path.Combine(nix, "justfile");

        var first = await Build(project);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("NixClaw: wrote hosts/web.nix", first.Output);
        Assert.Equal("{ web = true; }\n", File.ReadAllText(web));
        Assert.Equal("deploy:\n\techo deploy\n", File.ReadAllText(justfile));

        File.SetLastWriteTimeUtc(web, Past);
        File.SetLastWriteTimeUtc(justfile, Past);
        var noOp = await Build(project, "--no-restore");
        Assert.True(noOp.ExitCode == 0, noOp.Output);
        Assert.DoesNotContain("NixClaw: wrote", noOp.Output);
        Assert.Equal(Past, File.GetLastWriteTimeUtc(web));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(justfile));

        File.WriteAllText(justfile, "deploy:\n\techo edited by hand\n");
        var check = await Build(project, "--no-restore", "-p:NixClawCheck=true");
        Assert.True(check.ExitCode != 0, check.Output);
        Assert.Contains("error NCLAWB011: NixClaw: 'justfile' differs", check.Output);
        Assert.Contains("without -p:NixClawCheck=true", check.Output);
        Assert.DoesNotContain("'hosts/web.nix'", check.Output);
        Assert.Equal("deploy:\n\techo edited by hand\n", File.ReadAllText(justfile));

        Directory.Delete(nix, recursive: true);
        var designTime = await Build(project, "--no-restore", "-p:DesignTimeBuild=true");
        Assert.True(designTime.ExitCode == 0, designTime.Output);
        Assert.False(Directory.Exists(nix), designTime.Output);
    }

    [Fact]
    public async Task AFlakeSourceRootOutsideTheProjectTreeFailsTheBuildNamingTheProperty()
    {
        var project = _temp.Combine("rooted", "app");
        Directory.CreateDirectory(project);
        var elsewhere = _temp.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        WritePackageStyleProject(project, "App");
        File.WriteAllText(Path.Combine(project, "Carrier.cs"), "namespace App { internal static class C { } }\n");

        var outside = await Build(project, "-p:NixClawFlakeSourceRoot=" + elsewhere);
        var parent = await Build(project, "-p:NixClawFlakeSourceRoot=" + _temp.Combine("rooted"));

        Assert.NotEqual(0, outside.ExitCode);
        Assert.Contains("NixClawFlakeSourceRoot '" + elsewhere + "' must be a folder that contains both the project", outside.Output, StringComparison.Ordinal);
        Assert.True(parent.ExitCode == 0, parent.Output);
    }

    /// <summary>A project that imports NixClaw.targets as the package would, with the task DLL beside the tests.</summary>
    private static void WritePackageStyleProject(string project, string name) =>
        File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <NixClawTasksAssembly>{Path.Combine(AppContext.BaseDirectory, "NixClaw.Build.dll")}</NixClawTasksAssembly>
                <NixClawTaskFactory>TaskHostFactory</NixClawTaskFactory>
              </PropertyGroup>
              <Import Project="{RepoTargets()}" />
            </Project>
            """);

    private static Task<(int ExitCode, string Output)> Build(string project, params string[] extra) =>
        DotnetCli.RunAsync(project, ["build", "-nodeReuse:false", "-tl:off", "-v:m", .. extra]);

    private static string RepoTargets()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "generator", "NixClaw", "build", "NixClaw.targets");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("generator/NixClaw/build/NixClaw.targets not found above " + AppContext.BaseDirectory);
    }
}
