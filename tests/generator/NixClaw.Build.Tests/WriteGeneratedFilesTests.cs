using System.Text;

namespace NixClaw.Build.Tests;

public sealed class WriteGeneratedFilesTests : IDisposable
{
    // A time no build writes, so "mtime still equals Past" proves a file was not rewritten, without sleeping.
    private static readonly DateTime Past = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void FirstRunWritesEveryFileWithExactUtf8BytesAndFolders()
    {
        var content = "{ name = \"Zoë\"; }\r\nline2\n";
        var asm = Compile(CarrierAssembly.File(0, "hosts/web/default.nix", content), CarrierAssembly.File(1, "justfile", "build:\n\techo hi"));

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal(Encoding.UTF8.GetBytes(content), File.ReadAllBytes(Path.Combine(Out, "hosts", "web", "default.nix")));
        Assert.Equal("build:\n\techo hi", File.ReadAllText(Path.Combine(Out, "justfile")));
        Assert.Equal(["NixClaw: wrote hosts/web/default.nix", "NixClaw: wrote justfile"], engine.HighMessages);
        Assert.Empty(Directory.EnumerateFiles(Out, "*.nixclaw-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void SecondRunWithSameContentRewritesNothing()
    {
        var asm = Compile(CarrierAssembly.File(0, "a.nix", "a"), CarrierAssembly.File(1, "sub/b.nix", "b"));
        TaskRunner.Run(asm, Out);
        SetAllMtimes(Past);

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.True(ok, Describe(engine));
        Assert.Empty(engine.HighMessages);
        Assert.All(Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories), f => Assert.Equal(Past, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void ChangedContentRewritesOnlyThatFile()
    {
        TaskRunner.Run(Compile(CarrierAssembly.File(0, "a.nix", "a"), CarrierAssembly.File(1, "b.nix", "b")), Out);
        SetAllMtimes(Past);

        var (ok, engine) = TaskRunner.Run(Compile(CarrierAssembly.File(0, "a.nix", "a"), CarrierAssembly.File(1, "b.nix", "b2")), Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal(["NixClaw: wrote b.nix"], engine.HighMessages);
        Assert.Equal("b2", File.ReadAllText(Path.Combine(Out, "b.nix")));
        Assert.NotEqual(Past, File.GetLastWriteTimeUtc(Path.Combine(Out, "b.nix")));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(Path.Combine(Out, "a.nix")));
    }

    [Fact]
    public void HandEditedFileIsRestored()
    {
        var asm = Compile(CarrierAssembly.File(0, "a.nix", "generated"));
        TaskRunner.Run(asm, Out);
        File.WriteAllText(Path.Combine(Out, "a.nix"), "edited!!!");

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal("generated", File.ReadAllText(Path.Combine(Out, "a.nix")));
    }

    [Fact]
    public void DeletedFileIsRecreated()
    {
        var asm = Compile(CarrierAssembly.File(0, "nested/a.nix", "a"), CarrierAssembly.File(1, "b.nix", "b"));
        TaskRunner.Run(asm, Out);
        Directory.Delete(Path.Combine(Out, "nested"), recursive: true);

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal(["NixClaw: wrote nested/a.nix"], engine.HighMessages);
        Assert.Equal("a", File.ReadAllText(Path.Combine(Out, "nested", "a.nix")));
    }

    [Fact]
    public void FileNoLongerGeneratedIsRemovedAndUserFilesAreKept()
    {
        TaskRunner.Run(Compile(
            CarrierAssembly.File(0, "keep.nix", "k"),
            CarrierAssembly.File(1, "old/deep/gone.nix", "g"),
            CarrierAssembly.File(2, "shared/gone.nix", "g")), Out);
        File.WriteAllText(Path.Combine(Out, "mine.nix"), "user");
        File.WriteAllText(Path.Combine(Out, "shared", "mine.nix"), "user");

        var (ok, engine) = TaskRunner.Run(Compile(CarrierAssembly.File(0, "keep.nix", "k")), Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal(
            ["NixClaw: removed old/deep/gone.nix (no longer generated)", "NixClaw: removed shared/gone.nix (no longer generated)"],
            engine.HighMessages);
        Assert.False(Directory.Exists(Path.Combine(Out, "old")), "folders left empty by the removal are deleted");
        Assert.False(File.Exists(Path.Combine(Out, "shared", "gone.nix")));
        Assert.Equal("user", File.ReadAllText(Path.Combine(Out, "mine.nix")));
        Assert.Equal("user", File.ReadAllText(Path.Combine(Out, "shared", "mine.nix")));
        Assert.Equal(ManifestText("keep.nix"), File.ReadAllText(Path.Combine(Out, ".nixclaw-generated")));
    }

    [Fact]
    public void UserFileNeverListedInManifestIsNotRemoved()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "old.nix"), "user wrote this with the same name a generator might use");

        var (ok, engine) = TaskRunner.Run(Compile(CarrierAssembly.File(0, "a.nix", "a")), Out);

        Assert.True(ok, Describe(engine));
        Assert.True(File.Exists(Path.Combine(Out, "old.nix")));
    }

    [Fact]
    public void NothingGeneratedAnyMoreRemovesFilesAndManifest()
    {
        TaskRunner.Run(Compile(CarrierAssembly.File(0, "a.nix", "a")), Out);
        File.WriteAllText(Path.Combine(Out, "mine.nix"), "user");

        var (ok, engine) = TaskRunner.Run(CarrierAssembly.CompileMembers(_temp.Combine("asm")), Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal(["mine.nix"], Directory.EnumerateFileSystemEntries(Out).Select(Path.GetFileName));
    }

    [Fact]
    public void ManifestIsSortedAndOnlyFileConstantsAreFiles()
    {
        var asm = CarrierAssembly.CompileMembers(_temp.Combine("asm"),
            "internal const string File1 = \"z/last.nix\\nz\";",
            "internal const string File0 = \"B.nix\\nb\";",
            "internal const string File2 = \"a.nix\\na\";",
            "internal const string Manifest = \"not/a/file.txt\\nignored\";",
            "internal const int FileCount = 3;",
            "internal static readonly string File9 = \"not/const.nix\\nignored\";");

        var (ok, engine) = TaskRunner.Run(asm, Out);

        Assert.True(ok, Describe(engine));
        Assert.Equal(ManifestText("B.nix", "a.nix", "z/last.nix"), File.ReadAllText(Path.Combine(Out, ".nixclaw-generated")));
        Assert.Equal([".nixclaw-generated", "B.nix", "a.nix", "z/", "z/last.nix"], FolderSnapshot.Take(Out).Select(s => s.Split(' ')[0]));
    }

    [Fact]
    public void ConstantWithoutPathLineIsAnError()
    {
        var (ok, engine) = TaskRunner.Run(Compile(("File0", "no newline here")), Out);

        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NCLAWB002", error.Code);
        Assert.Contains("File0", error.Message);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void UnreadableAssemblyIsAnError()
    {
        var notAnAssembly = _temp.Combine("broken.dll");
        File.WriteAllText(notAnAssembly, "not a PE file");

        var (ok, engine) = TaskRunner.Run(notAnAssembly, Out);

        Assert.False(ok);
        Assert.Equal("NCLAWB004", Assert.Single(engine.Errors).Code);
    }

    internal static string ManifestText(params string[] paths) =>
        "# Files NixClaw generated into this folder. Listed files are deleted when no longer generated; nothing else is.\n"
        + string.Concat(paths.Select(p => p + "\n"));

    internal static string Describe(FakeBuildEngine engine) =>
        string.Join("\n", engine.Errors.Select(e => $"error {e.Code}: {e.Message}").Concat(engine.Warnings.Select(w => $"warning {w.Code}: {w.Message}")));

    private string Compile(params (string Name, string Value)[] constants) => CarrierAssembly.Compile(_temp.Combine("asm"), constants);

    private void SetAllMtimes(DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }
}
