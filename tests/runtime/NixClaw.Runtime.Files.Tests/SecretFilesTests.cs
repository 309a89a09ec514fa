using System.Diagnostics;

namespace NixClaw.Runtime.Files.Tests;

public sealed class SecretFilesTests : IDisposable
{
    private readonly HostileWorkspace _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Reads_and_trims_and_follows_sops_nix_links()
    {
        var target = Path.Combine(_w.Outside, "token");
        File.WriteAllText(target, "  s3cret\n");
        var link = Path.Combine(_w.Root, "run-secrets-token");
        File.CreateSymbolicLink(link, target);
        Assert.Equal("s3cret", SecretFiles.Read(target, "mattermost/token"));
        Assert.Equal("s3cret", SecretFiles.Read(link, "mattermost/token"));
    }

    [Fact]
    public void Missing_empty_and_special_files_are_one_exception_naming_key_and_path()
    {
        var missing = Path.Combine(_w.Root, "nope");
        var empty = Path.Combine(_w.Root, "empty");
        File.WriteAllText(empty, " \n");
        _w.Fifo("fifo");

        var e1 = Assert.Throws<SecretFileException>(() => SecretFiles.Read(missing, "gitea/token"));
        Assert.Equal("gitea/token: secret file '" + missing + "' does not exist", e1.Message);
        var e2 = Assert.Throws<SecretFileException>(() => SecretFiles.Read(empty, "gitea/token"));
        Assert.Equal("is empty", e2.Reason);
        var clock = Stopwatch.StartNew();
        var e3 = Assert.Throws<SecretFileException>(() => SecretFiles.Read(_w.In("fifo"), "gitea/token"));
        Assert.Contains("FIFO", e3.Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        var e4 = Assert.Throws<SecretFileException>(() => SecretFiles.Read(_w.Root, "gitea/token"));
        Assert.Contains("directory", e4.Reason, StringComparison.Ordinal);
        Assert.Equal("gitea/token", e4.Key);
        Assert.Equal(_w.Root, e4.SecretPath);
    }

    [Fact]
    public void The_value_is_never_in_a_message()
    {
        var big = Path.Combine(_w.Root, "big");
        File.WriteAllText(big, "tok" + new string('x', SecretFiles.MaxBytes));
        var error = Assert.Throws<SecretFileException>(() => SecretFiles.Read(big, "k"));
        Assert.DoesNotContain("tokxx", error.Message, StringComparison.Ordinal);
    }
}
