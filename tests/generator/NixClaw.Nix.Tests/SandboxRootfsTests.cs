namespace NixClaw.Nix.Tests;

/// <summary>
/// <c>nix/nixclaw/sandbox-rootfs.nix</c>, the bubblewrap root filesystem the generated gateway unit passes as
/// NIXCLAW_SANDBOX_ROOTFS, evaluated against the stub nixpkgs (its runCommand returns the script to inspect).
/// </summary>
public sealed class SandboxRootfsTests
{
    [Fact]
    public void SandboxRootfs_CopiesAStaticBusyboxAndMakesTheMountPoints()
    {
        var rootfs = Nix.Eval($$"""
            let pkgs = ({{Nix.StubNixpkgs}}).legacyPackages.x86_64-linux; in
            pkgs.callPackage {{Nix.Lit(Repo.Path("nix", "nixclaw", "sandbox-rootfs.nix"))}} { }
            """);

        Assert.Equal("runCommand", rootfs.GetProperty("_builder").GetString());
        Assert.Equal("nixclaw-sandbox-rootfs", rootfs.GetProperty("name").GetString());
        var script = rootfs.GetProperty("script").GetString()!;
        // Copied from the static package: a link into /nix/store would dangle, since bwrap mounts only this folder.
        Assert.Contains("cp /nix/store/static-busybox/bin/busybox $out/bin/busybox", script, StringComparison.Ordinal);
        Assert.Contains("ln -s busybox \"$out/bin/$applet\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("ln -s /nix/store", script, StringComparison.Ordinal);
        Assert.Contains("mkdir -p $out/bin $out/etc $out/tmp $out/workspace $out/proc $out/dev", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SandboxRootfs_ScriptBuildsARootThatBwrapCanRun()
    {
        // The build script, run here with the host's static busybox in place of pkgsStatic.busybox.
        var work = Directory.CreateTempSubdirectory("nixclaw-rootfs-").FullName;
        try
        {
            var busybox = new[] { "/bin/busybox", "/usr/bin/busybox" }.FirstOrDefault(File.Exists);
            Assert.True(busybox is not null, "static busybox is missing; run scripts/setup.");
            Directory.CreateDirectory(Path.Combine(work, "pkg", "bin"));
            File.Copy(busybox, Path.Combine(work, "pkg", "bin", "busybox"));
            var script = Nix.Eval($$"""
                let pkgs = ({{Nix.StubNixpkgs}}).legacyPackages.x86_64-linux; in
                (pkgs.callPackage {{Nix.Lit(Repo.Path("nix", "nixclaw", "sandbox-rootfs.nix"))}} { pkgsStatic.busybox = {{Nix.Lit(Path.Combine(work, "pkg"))}}; }).script
                """).GetString()!;
            var output = Path.Combine(work, "out");

            Assert.Equal("", Shell("bash", ["-euc", script], output));
            Assert.Equal("busybox", new FileInfo(Path.Combine(output, "bin", "sh")).LinkTarget);
            var inside = Shell("bwrap", ["--unshare-all", "--ro-bind", output, "/", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                "/bin/sh", "-c", "ls /; echo ok"], output);
            Assert.Equal("bin\ndev\netc\nproc\ntmp\nworkspace\nok\n", inside);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Shell(string program, string[] args, string output)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["out"] = output;
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} failed ({p.ExitCode}): {stderr}");
        return stdout;
    }
}
