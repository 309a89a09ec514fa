using NixClaw.Contract;
using NixClaw.Runtime.Project;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class GeneratedFilesTests
{
    [Fact]
    public void TheCarrierOfARealDeclarationsAssemblyIsFound()
    {
        var files = GeneratedFileSet.FromManifest(Lab.Manifest);

        Assert.Contains(files.Files, f => f.Path == "flake.nix" && f.Content.Contains("nixosConfigurations", StringComparison.Ordinal));
        Assert.Contains(files.Files, f => f.Path == ".sops.yaml" && f.Content.Contains(Lab.Recipient, StringComparison.Ordinal));
        Assert.Contains(files.Files, f => f.Path == "hosts/lab/secrets.nix");
        Assert.Equal(files.Files.Select(f => f.Path).Order(StringComparer.Ordinal), files.Files.Select(f => f.Path));
    }

    [Fact]
    public void AnAssemblyWithoutDeclarationsCarriesNothing()
    {
        Assert.Empty(GeneratedFileSet.FromAssembly(typeof(NixClawApp).Assembly).Files);
    }

    [Fact]
    public void AFreshFolderMatchesAndEveryKindOfDriftIsNamed()
    {
        using var lab = new LabProject();
        Assert.Empty(GeneratedFilesComparer.Compare(lab.Generated, lab.NixDirectory));

        File.WriteAllText(Path.Combine(lab.NixDirectory, "flake.nix"), "{ }");
        File.Delete(Path.Combine(lab.NixDirectory, "hosts", "lab", "users.nix"));
        File.WriteAllText(Path.Combine(lab.NixDirectory, "hosts", "lab", "gone.nix"), "{ }");
        File.AppendAllText(Path.Combine(lab.NixDirectory, GeneratedFilesList.FileName), "hosts/lab/gone.nix\n");
        File.WriteAllText(Path.Combine(lab.NixDirectory, "mine.nix"), "{ }");

        var drift = GeneratedFilesComparer.Compare(lab.Generated, lab.NixDirectory);

        Assert.Equal(
            [
                new FileDrift("flake.nix", FileDriftKind.Different),
                new FileDrift("hosts/lab/users.nix", FileDriftKind.Missing),
                new FileDrift("hosts/lab/gone.nix", FileDriftKind.Stale),
                new FileDrift(".nixclaw-generated", FileDriftKind.Different),
            ],
            drift);
    }

    [Fact]
    public void TheFolderIsFoundFromTheProgramDirectoryToo()
    {
        using var lab = new LabProject();
        var environment = new AppEnvironment
        {
            Out = TextWriter.Null, Error = TextWriter.Null, In = TextReader.Null,
            CurrentDirectory = "/",
            ProgramDirectory = Path.Combine(lab.ProjectDirectory, "bin", "Debug", "net10.0"),
            GetVariable = _ => null,
        };

        var project = FlakeLocator.Locate("lab", null, environment);

        Assert.Equal(lab.NixDirectory, project.NixDirectory);
        Assert.Equal(Path.Combine(lab.NixDirectory, "secrets", "lab.yaml"), project.SecretsFile);
        Assert.Throws<OperatorException>(() => FlakeLocator.Locate("otherhost", null, environment));
    }
}
