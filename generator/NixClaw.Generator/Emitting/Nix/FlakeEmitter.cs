using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// <c>flake.nix</c>: nixpkgs 25.11 with disko, sops-nix and home-manager following it; one
/// <c>nixosConfigurations.&lt;host&gt;</c> per host, plus colmena (0.4 <c>colmena</c> and 0.5 <c>colmenaHive</c>)
/// and deploy-rs outputs, so several hosts deploy with existing tools.
/// </summary>
internal static class FlakeEmitter
{
    public static string Emit(ProjectModel project, FlakeSource source)
    {
        var hosts = project.Hosts;
        var inputs = Attrs(
            Set("nixpkgs.url", Str("github:NixOS/nixpkgs/nixos-25.11")),
            Input("disko", "github:nix-community/disko"),
            Input("sops-nix", "github:Mic92/sops-nix"),
            Input("home-manager", "github:nix-community/home-manager/release-25.11"),
            Input("colmena", "github:zhaofengli/colmena"),
            Input("deploy-rs", "github:serokell/deploy-rs"));

        var systems = hosts.Select(h => h.System).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        var outputs = new List<NixBinding>
        {
            Set("packages", Attrs(systems.Select(s => (NixBinding)SetPath(new[] { s, "gateway" }, NixExpr.Apply("gatewayFor", Str(s)))))),
            NixBinding.Blank,
        };

        foreach (var host in hosts)
        {
            outputs.Add(SetPath(new[] { "nixosConfigurations", host.Name }, NixExpr.Apply("nixpkgs.lib.nixosSystem", Attrs(
                Set("specialArgs", SpecialArgs(host)),
                Set("modules", Modules(host))))));
        }

        outputs.Add(NixBinding.Blank);
        var colmena = new List<NixBinding>
        {
            Set("meta", Attrs(
                Set("nixpkgs", NixExpr.Apply("import nixpkgs", Attrs(Set("system", Str(systems.FirstOrDefault() ?? "x86_64-linux"))))),
                Set("nodeSpecialArgs", Attrs(hosts.Select(h => (NixBinding)SetPath(new[] { h.Name }, SpecialArgs(h))))))),
        };
        foreach (var host in hosts)
        {
            colmena.Add(SetPath(new[] { host.Name }, Attrs(
                Set("imports", Modules(host)),
                Set("deployment", Attrs(
                    Set("targetHost", Str(host.DeployAddress)),
                    Set("targetUser", Str(host.AdminUser?.Name ?? "root")),
                    Set("tags", NixExpr.List(Str("nixclaw"))))))));
        }

        outputs.Add(Set("colmena", Attrs(colmena)));
        outputs.Add(Set("colmenaHive", Raw("colmena.lib.makeHive self.colmena")));
        outputs.Add(NixBinding.Blank);
        foreach (var host in hosts)
        {
            outputs.Add(SetPath(new[] { "deploy", "nodes", host.Name }, Attrs(
                Set("hostname", Str(host.DeployAddress)),
                Set("sshUser", Str(host.AdminUser?.Name ?? "root")),
                Set("profiles.system", Attrs(
                    Set("user", Str("root")),
                    Set("path", Raw("deploy-rs.lib." + host.System + ".activate.nixos " + Select("self.nixosConfigurations", host.Name))))))));
        }

        outputs.Add(Set("checks", Raw("builtins.mapAttrs (system: deployLib: deployLib.deployChecks self.deploy) deploy-rs.lib")));

        var flake = Attrs(
            Set("description", Str("NixClaw hosts: " + string.Join(", ", hosts.Select(h => h.Name)))),
            NixBinding.Blank,
            Set("inputs", inputs),
            NixBinding.Blank,
            Set("outputs", new NixFunction(
                new[] { "self", "nixpkgs", "disko", "sops-nix", "home-manager", "colmena", "deploy-rs" },
                Ellipsis: true,
                At: "inputs",
                Body: LetWithGateway(source, outputs))));
        return NixPrinter.File(flake, Header.For(project));
    }

    private static NixExpr LetWithGateway(FlakeSource source, List<NixBinding> outputs)
    {
        var build = new List<NixBinding>
        {
            Set("pkgs", Raw("nixpkgs.legacyPackages.${system}")),
            Set("src", Raw(source.Src)),
            Set("projectFile", Str(source.ProjectFile)),
            Set("nugetDeps", Raw("./deps.json")),
        };
        if (source.PackageSource is { } packages)
        {
            build.Add(Set("packageSource", Raw(packages)));
        }

        return new NixLet(
            new NixBinding[]
            {
                new NixComment("The declarations program is also the gateway; it is built from its C# project (src is a path inside this repository)"),
                new NixComment("with the NuGet lock `dotnet build` writes (deps.json)" + (source.PackageSource is null ? "." : " and the .nupkg files in " + source.PackageSource + ".")),
                Set("gatewayFor", new NixLambda("system", NixExpr.Apply("import ./" + SupportFiles.Folder + SupportFiles.BuildDeclarations, Attrs(build)))),
            },
            Attrs(outputs));
    }

    private static NixBinding Input(string name, string url) =>
        SetPath(new[] { name }, Attrs(
            Set("url", Str(url)),
            Set("inputs.nixpkgs.follows", Str("nixpkgs"))));

    private static NixExpr SpecialArgs(HostModel host) => Attrs(
        new NixInherit(new[] { "inputs" }),
        Set("nixclawGateway", Raw(Select("self.packages", host.System, "gateway"))));

    private static NixExpr Modules(HostModel host) => NixExpr.List(
        Raw("disko.nixosModules.disko"),
        Raw("sops-nix.nixosModules.sops"),
        Raw("home-manager.nixosModules.home-manager"),
        Raw("./hosts/" + host.Name));
}
