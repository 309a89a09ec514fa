using System.Diagnostics;
using System.Text.Json;

namespace NixClaw.Nix.Tests;

/// <summary>The real nix-instantiate (Debian's nix-bin), with the dummy store: parse and evaluate, no nixpkgs.</summary>
internal static class Nix
{
    private static readonly Lazy<string> Executable = new(() =>
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "nix-instantiate");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("nix-instantiate is not on PATH: run scripts/setup (installs the Debian package nix-bin).");
        return "";
    });

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static JsonElement Eval(string expression)
    {
        var (code, stdout, stderr) = Run("--store", "dummy://", "--eval", "--strict", "--json", "-E", expression);
        Assert.True(code == 0, "nix-instantiate failed: " + stderr + "\nexpression:\n" + expression);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    /// <summary>A Nix string literal (the test expressions only embed repository paths).</summary>
    public static string Lit(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${") + "\"";

    /// <summary>
    /// A stand-in for nixpkgs: enough of lib and pkgs for the repository's Nix to evaluate, with builders that
    /// return their arguments so tests can inspect what would be built.
    /// </summary>
    public const string StubNixpkgs = """
        let
          lib = {
            genAttrs = names: f: builtins.listToAttrs (map (n: { name = n; value = f n; }) names);
            removeSuffix = suffix: s:
              let n = builtins.stringLength s; k = builtins.stringLength suffix; in
              if n >= k && builtins.substring (n - k) k s == suffix then builtins.substring 0 (n - k) s else s;
            toLower = s: builtins.replaceStrings
              [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
              [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ] s;
            mkEnableOption = description: { _option = "enable"; inherit description; };
            mkOption = attrs: attrs // { _option = "option"; };
            mkIf = condition: value: { _if = condition; inherit value; };
            getExe = drv: "/nix/store/" + drv.pname + "/bin/" + drv.pname;
            importJSON = path: builtins.fromJSON (builtins.readFile path);
            types.package = "package";
          };
          pkgsFor = system:
            let
              pkgs = builtins.listToAttrs (map (n: { name = n; value = n; })
                [ "busybox" "bashInteractive" "coreutils" "git" "python3" "openssl" "zlib" "nixos-anywhere" "age" "sops" "just" "nixfmt-rfc-style" ])
                // {
                  inherit lib system;
                  podman = { pname = "podman"; };
                  buildDotnetModule = args: args // { _builder = "buildDotnetModule"; };
                  dotnetCorePackages = {
                    sdk_10_0 = "sdk_10_0";
                    aspnetcore_10_0 = "aspnetcore_10_0";
                    runtime_10_0 = "runtime_10_0";
                    fetchNupkg = dep: dep // { _builder = "fetchNupkg"; overrideAttrs = changes: dep // changes // { _builder = "fetchNupkg"; }; };
                  };
                  dockerTools.buildLayeredImage = args: args // { _builder = "buildLayeredImage"; };
                  buildEnv = args: args // { _builder = "buildEnv"; };
                  runCommand = name: env: script: { _builder = "runCommand"; inherit name env script; };
                  pkgsStatic.busybox = "/nix/store/static-busybox";
                  mkShell = args: args // { _builder = "mkShell"; };
                  callPackage = path: overrides: import path (builtins.intersectAttrs (builtins.functionArgs (import path)) (pkgs // overrides));
                };
            in pkgs;
        in
        {
          inherit lib;
          legacyPackages = lib.genAttrs [ "x86_64-linux" "aarch64-linux" "aarch64-darwin" "x86_64-darwin" ] pkgsFor;
        }
        """;

    /// <summary>The repository flake's outputs, evaluated against the stub nixpkgs.</summary>
    public static string RepoFlake => $$"""
        let
          nixpkgs = {{StubNixpkgs}};
          flake = import {{Lit(Repo.Path("flake.nix"))}};
          self = flake.outputs { inherit self nixpkgs; } // { outPath = {{Lit(Repo.Root)}}; };
        in self
        """;
}
