namespace NixClaw.Nix.Tests;

/// <summary>
/// The repository flake's outputs, evaluated with a stub nixpkgs (nixpkgs itself cannot be fetched or
/// evaluated here: see reference/nix.md §12). Builders return their arguments, so these tests see exactly
/// what would be built.
/// </summary>
public sealed class FlakeTests
{
    [Fact]
    public void Inputs_PinNixos2511()
    {
        var url = Nix.Eval($"(import {Nix.Lit(Repo.Path("flake.nix"))}).inputs.nixpkgs.url");
        Assert.Equal("github:NixOS/nixpkgs/nixos-25.11", url.GetString());
    }

    [Fact]
    public void Outputs_HaveTheExpectedShape()
    {
        var shape = Nix.Eval($$"""
            let self = {{Nix.RepoFlake}}; in
            {
              top = builtins.attrNames self;
              packages = builtins.mapAttrs (_: builtins.attrNames) self.packages;
              devShells = builtins.attrNames self.devShells;
              homeModules = builtins.attrNames self.homeManagerModules;
              libFunctions = builtins.attrNames self.lib;
            }
            """);
        Assert.Equal(["devShells", "formatter", "homeManagerModules", "lib", "outPath", "packages"], Strings(shape.GetProperty("top")));
        Assert.Equal(["aarch64-linux", "x86_64-linux"], shape.GetProperty("packages").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["homelab", "sandbox-image"], Strings(shape.GetProperty("packages").GetProperty("x86_64-linux")));
        Assert.Equal(["aarch64-darwin", "aarch64-linux", "x86_64-darwin", "x86_64-linux"], Strings(shape.GetProperty("devShells")));
        Assert.Equal(["sandbox-image"], Strings(shape.GetProperty("homeModules")));
        Assert.Equal(["buildDeclarations"], Strings(shape.GetProperty("libFunctions")));
    }

    [Fact]
    public void BuildDeclarations_PackagesTheProjectAsItsProgram()
    {
        var build = Nix.Eval($$"""
            let
              self = {{Nix.RepoFlake}};
              p = self.packages.x86_64-linux.homelab;
            in
            {
              inherit (p) _builder pname version projectFile dotnet-sdk dotnet-runtime executables dotnetBuildFlags runtimeDeps;
              mainProgram = p.meta.mainProgram;
              nugetDeps = map (d: d.pname + "/" + d.version + "/" + d._builder) p.nugetDeps;
              src = toString p.src;
            }
            """);
        Assert.Equal("buildDotnetModule", build.GetProperty("_builder").GetString());
        Assert.Equal("nixclaw-homelab", build.GetProperty("pname").GetString());
        Assert.Equal("samples/Homelab/Homelab.csproj", build.GetProperty("projectFile").GetString());
        Assert.Equal("sdk_10_0", build.GetProperty("dotnet-sdk").GetString());
        // The program runs on the plain .NET runtime: nothing in it references ASP.NET Core (LoopbackHttpServerTests).
        Assert.Equal("runtime_10_0", build.GetProperty("dotnet-runtime").GetString());
        Assert.Equal(["Homelab"], Strings(build.GetProperty("executables")));
        Assert.Equal("Homelab", build.GetProperty("mainProgram").GetString());
        // A store build must not try to rewrite the committed nix/ folder.
        Assert.Contains("-p:NixClawWriteFiles=false", Strings(build.GetProperty("dotnetBuildFlags")));
        // Every package of the lock `dotnet build` wrote, fetched from nuget.org.
        Assert.Equal(LockedPackages().Select(p => p + "/fetchNupkg"), Strings(build.GetProperty("nugetDeps")));
        Assert.Equal(Repo.Root, build.GetProperty("src").GetString());
    }

    [Fact]
    public void GeneratedSampleFlake_CallsTheBuilderWithArgumentsItAccepts()
    {
        // The sample's generated flake calls the builder copied into its nix/nixclaw/. Evaluating its gateway
        // package proves the two agree on the interface (a renamed or missing argument is an evaluation error here).
        var gateway = Nix.Eval($$"""
            let
              nixpkgs = {{Nix.StubNixpkgs}};
              stubFlake = { nixosModules = { disko = "disko"; sops = "sops"; home-manager = "hm"; }; lib = { }; };
              generated = import {{Nix.Lit(Repo.Path("samples", "Homelab", "nix", "flake.nix"))}};
              outputs = generated.outputs {
                inherit self nixpkgs;
                disko = stubFlake;
                sops-nix = stubFlake;
                home-manager = stubFlake;
                colmena = stubFlake // { lib.makeHive = x: x; };
                deploy-rs = stubFlake // { lib = { }; };
              };
              self = outputs;
              p = outputs.packages.x86_64-linux.gateway;
            in
            {
              inherit (p) _builder pname projectFile executables dotnet-runtime;
              mainProgram = p.meta.mainProgram;
              nugetDeps = map (d: d.pname + "/" + d.version) p.nugetDeps;
              src = toString p.src;
            }
            """);
        Assert.Equal("buildDotnetModule", gateway.GetProperty("_builder").GetString());

        // The sample's ProjectReferences reach into generator/ and runtime/, so it builds from the repository
        // root (NixClawFlakeSourceRoot in Homelab.csproj).
        Assert.Equal("samples/Homelab/Homelab.csproj", gateway.GetProperty("projectFile").GetString());
        Assert.Equal(Repo.Root, gateway.GetProperty("src").GetString());
        Assert.Equal("Homelab", gateway.GetProperty("mainProgram").GetString());
        Assert.Equal(LockedPackages(), Strings(gateway.GetProperty("nugetDeps")));
    }

    [Fact]
    public void BuildDeclarations_TakesPackagesInThePackageSourceFromThereAndTheRestFromNuGet()
    {
        var folder = Directory.CreateTempSubdirectory("nixclaw-nix-tests-");
        try
        {
            AssertTakesLocalPackages(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertTakesLocalPackages(string folder)
    {
        var packages = Path.Combine(folder, "packages");
        Directory.CreateDirectory(packages);
        File.WriteAllText(Path.Combine(packages, "NixClaw.Runtime.0.1.0.nupkg"), "not really a package");
        File.WriteAllText(Path.Combine(folder, "deps.json"), """
            [
              { "pname": "NixClaw.Runtime", "version": "0.1.0", "hash": "sha512-AAAA" },
              { "pname": "Spectre.Console", "version": "0.57.2", "hash": "sha512-BBBB" }
            ]
            """);
        var deps = Nix.Eval($$"""
            let
              pkgs = ({{Nix.StubNixpkgs}}).legacyPackages.x86_64-linux;
              p = import {{Nix.Lit(Repo.Path("nix", "nixclaw", "build-declarations.nix"))}} {
                inherit pkgs;
                src = {{Nix.Lit(folder)}};
                projectFile = "My.csproj";
                nugetDeps = {{Nix.Lit(Path.Combine(folder, "deps.json"))}};
                packageSource = {{Nix.Lit(packages)}};
              };
            in
            map (d: { inherit (d) pname hash; src = if d ? src then toString d.src else null; }) p.nugetDeps
            """);
        var byName = deps.EnumerateArray().ToDictionary(d => d.GetProperty("pname").GetString()!);
        Assert.Equal(Path.Combine(packages, "NixClaw.Runtime.0.1.0.nupkg"), byName["NixClaw.Runtime"].GetProperty("src").GetString());
        Assert.Equal("sha512-AAAA", byName["NixClaw.Runtime"].GetProperty("hash").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byName["Spectre.Console"].GetProperty("src").ValueKind);
    }

    /// <summary>"id/version" of every entry of the sample's committed lock, in its order.</summary>
    private static string[] LockedPackages() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repo.Path("samples", "Homelab", "nix", "deps.json"))).RootElement
            .EnumerateArray().Select(e => e.GetProperty("pname").GetString() + "/" + e.GetProperty("version").GetString()).ToArray();

    [Fact]
    public void SandboxImage_IsTheImageTheDeclarationsNameByDefault()
    {
        var image = Nix.Eval($$"""
            let p = ({{Nix.RepoFlake}}).packages.x86_64-linux.sandbox-image; in
            { inherit (p) _builder name tag config; paths = p.contents.paths; }
            """);
        Assert.Equal("buildLayeredImage", image.GetProperty("_builder").GetString());
        // SandboxPolicy.Image defaults to localhost/nixclaw-sandbox (generator/Contract/Declarations/SandboxPolicy.cs).
        Assert.Equal("localhost/nixclaw-sandbox", image.GetProperty("name").GetString());
        Assert.Equal("latest", image.GetProperty("tag").GetString());
        Assert.Equal("/workspace", image.GetProperty("config").GetProperty("WorkingDir").GetString());
        Assert.Contains("bashInteractive", Strings(image.GetProperty("paths")));
        var policy = File.ReadAllText(Repo.Path("generator", "Contract", "Declarations", "SandboxPolicy.cs"));
        Assert.Contains("Image { get; init; } = \"localhost/nixclaw-sandbox\"", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void DevShell_HasTheDeployTools()
    {
        var shell = Nix.Eval($"({Nix.RepoFlake}).devShells.aarch64-darwin.default.packages");
        Assert.Equal(["sdk_10_0", "nixos-anywhere", "age", "sops", "just", "git"], Strings(shell));
    }

    private static string[] Strings(System.Text.Json.JsonElement array) =>
        array.ValueKind == System.Text.Json.JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.GetString()!)]
            : [.. array.EnumerateObject().Select(p => p.Name)];
}
