namespace NixClaw.Build.Tests;

public sealed class CheckOnlyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReportsMissingDifferentAndStaleFilesByNameAndWritesNothing()
    {
        TaskRunner.Run(Compile(
            CarrierAssembly.File(0, "same.nix", "same"),
            CarrierAssembly.File(1, "edited.nix", "generated"),
            CarrierAssembly.File(2, "old/stale.nix", "stale")), Out);
        File.WriteAllText(Path.Combine(Out, "edited.nix"), "edited by hand");
        File.WriteAllText(Path.Combine(Out, "mine.nix"), "user");
        var before = FolderSnapshot.Take(Out);

        var (ok, engine) = TaskRunner.Run(Compile(
            CarrierAssembly.File(0, "same.nix", "same"),
            CarrierAssembly.File(1, "edited.nix", "generated"),
            CarrierAssembly.File(2, "hosts/new.nix", "new")), Out, checkOnly: true);

        Assert.False(ok);
        Assert.Equal(before, FolderSnapshot.Take(Out));
        Assert.Equal(
            [
                ("NCLAWB011", "edited.nix"),
                ("NCLAWB010", "hosts/new.nix"),
                ("NCLAWB012", "old/stale.nix"),
            ],
            engine.Errors.Take(3).Select(e => (e.Code, e.Message!.Split('\'')[1])));
        Assert.All(engine.Errors.Take(3), e => Assert.StartsWith(Out, e.File));
        var summary = engine.Errors[3];
        Assert.Equal("NCLAWB013", summary.Code);
        Assert.Contains("3 generated file(s)", summary.Message);
        Assert.Contains("without -p:NixClawCheck=true", summary.Message);
        Assert.Equal(4, engine.Errors.Count);
        Assert.Empty(engine.HighMessages);
    }

    [Fact]
    public void MissingOutputFolderIsReportedAndNotCreated()
    {
        var (ok, engine) = TaskRunner.Run(Compile(CarrierAssembly.File(0, "a.nix", "a")), Out, checkOnly: true);

        Assert.False(ok);
        Assert.Equal(["NCLAWB010", "NCLAWB013"], engine.Errors.Select(e => e.Code));
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void UpToDateFolderPasses()
    {
        var asm = Compile(CarrierAssembly.File(0, "a.nix", "a"), CarrierAssembly.File(1, "b/c.nix", "c"));
        TaskRunner.Run(asm, Out);

        var (ok, engine) = TaskRunner.Run(asm, Out, checkOnly: true);

        Assert.True(ok, WriteGeneratedFilesTests.Describe(engine));
        Assert.Empty(engine.Errors);
    }

    private string Compile(params (string Name, string Value)[] constants) => CarrierAssembly.Compile(_temp.Combine("asm"), constants);
}
