using System.Text.Json;

namespace NixClaw.Generator.Tests.Support;

/// <summary>Evaluates Nix expressions with the real nix-instantiate (no store, no nixpkgs).</summary>
internal static class NixEval
{
    public static JsonElement Json(string expression)
    {
        var (code, stdout, stderr) = Tools.Run(Tools.NixInstantiate, ["--store", "dummy://", "--eval", "--strict", "--json", "-E", expression]);
        Assert.True(code == 0, "nix-instantiate failed: " + stderr + "\nexpression:\n" + expression);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    /// <summary>A Nix string literal for a path or value used in test expressions.</summary>
    public static string Lit(string value) => NixClaw.Generator.Emitting.Nix.NixLiteral.String(value);

    /// <summary>
    /// Arguments that stand in for NixOS/Home Manager module arguments: config.sops.* for the given secret
    /// keys, a lib with the functions the generated files call, and pkgs attributes as strings.
    /// </summary>
    public static string ModuleArgs(IEnumerable<string> secretKeys)
    {
        var keys = "[ " + string.Join(" ", secretKeys.Select(Lit)) + " ]";
        return $$"""
            let
              keys = {{keys}};
              config = {
                sops.secrets = builtins.listToAttrs (map (k: { name = k; value = { path = "/run/secrets/" + k; }; }) keys);
                sops.placeholder = builtins.listToAttrs (map (k: { name = k; value = "<" + k + ">"; }) keys);
              };
            in
            {
              inherit config;
              osConfig = config;
              lib = {
                mkDefault = x: x;
                getExe = x: "/nix/store/gateway/bin/program";
                hm.dag.entryAfter = after: text: "after " + builtins.concatStringsSep "," after + ":\n" + text;
              };
              pkgs = { fish = "pkgs.fish"; bash = "pkgs.bash"; zsh = "pkgs.zsh"; git = "pkgs.git"; just = "pkgs.just"; bubblewrap = "/nix/store/bubblewrap"; stdenv.hostPlatform.system = "x86_64-linux"; callPackage = path: args: "callPackage " + baseNameOf path; };
              modulesPath = "/modules";
              nixclawGateway = "gateway-package";
            }
            """;
    }
}
