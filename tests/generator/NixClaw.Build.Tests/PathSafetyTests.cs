namespace NixClaw.Build.Tests;

public sealed class PathSafetyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/x")]
    [InlineData("a/../../x")]
    [InlineData("a/../b")]
    [InlineData("a\\b")]
    [InlineData("..\\x")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData("./a")]
    [InlineData("")]
    [InlineData("C:x")]
    [InlineData("a\tb")]
    [InlineData(".nixclaw-generated")]
    public void UnsafePathIsRefusedByNameAndNothingIsWritten(string path)
    {
        var asm = CarrierAssembly.Compile(_temp.Combine("asm"),
            CarrierAssembly.File(0, "fine.nix", "fine"),
            CarrierAssembly.File(1, path, "evil"));

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NCLAWB001", error.Code);
        Assert.Contains($"'{path}'", error.Message);
        Assert.Contains("File1", error.Message);
        Assert.False(Directory.Exists(Out), "nothing may be written when any path is refused");
        Assert.False(File.Exists(_temp.Combine("x")));
    }

    [Fact]
    public void SymlinkedFolderLeadingOutsideIsRefused()
    {
        var outside = _temp.Combine("outside");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, "link"), outside);
        var asm = CarrierAssembly.Compile(_temp.Combine("asm"), CarrierAssembly.File(0, "link/sub/x.nix", "evil"));

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NCLAWB001", error.Code);
        Assert.Contains("'link/sub/x.nix'", error.Message);
        Assert.Contains("symbolic link", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public void SymlinkedFileIsRefused()
    {
        var victim = _temp.Combine("victim.txt");
        File.WriteAllText(victim, "precious");
        Directory.CreateDirectory(Out);
        File.CreateSymbolicLink(Path.Combine(Out, "x.nix"), victim);

        var (ok, engine) = TaskRunner.Run(CarrierAssembly.Compile(_temp.Combine("asm"), CarrierAssembly.File(0, "x.nix", "evil")), Out);

        Assert.False(ok);
        Assert.Contains("'x.nix'", Assert.Single(engine.Errors).Message);
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    [Fact]
    public void ManifestEntriesPointingOutsideAreNeverDeleted()
    {
        var victim = _temp.Combine("victim.txt");
        File.WriteAllText(victim, "precious");
        var outside = _temp.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "y.nix"), "precious");
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, "link"), outside);
        File.WriteAllText(Path.Combine(Out, ".nixclaw-generated"), "../victim.txt\n" + victim + "\nlink/y.nix\n");

        var (ok, engine) = TaskRunner.Run(CarrierAssembly.Compile(_temp.Combine("asm"), CarrierAssembly.File(0, "a.nix", "a")), Out);

        Assert.True(ok, WriteGeneratedFilesTests.Describe(engine));
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(outside, "y.nix")));
        Assert.Equal(3, engine.Warnings.Count(w => w.Code == "NCLAWB020"));
        Assert.Equal(WriteGeneratedFilesTests.ManifestText("a.nix"), File.ReadAllText(Path.Combine(Out, ".nixclaw-generated")));
    }

    [Fact]
    public void SamePathTwiceIsAConflict()
    {
        var asm = CarrierAssembly.Compile(_temp.Combine("asm"), CarrierAssembly.File(0, "a.nix", "1"), CarrierAssembly.File(1, "A.nix", "2"));

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NCLAWB003", error.Code);
        Assert.Contains("'A.nix'", error.Message);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void PathThatIsBothFileAndFolderIsAConflict()
    {
        var asm = CarrierAssembly.Compile(_temp.Combine("asm"), CarrierAssembly.File(0, "a", "1"), CarrierAssembly.File(1, "a/b.nix", "2"));

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.False(ok);
        Assert.Contains("'a'", Assert.Single(engine.Errors).Message);
        Assert.False(Directory.Exists(Out));
    }
}
