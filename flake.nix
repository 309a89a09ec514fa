# NixClaw's own flake: the builder and module pieces that generated host flakes use
# (`inputs.nixclaw`), the sandbox image, and a development shell for the deploying machine.
{
  description = "NixClaw: a NixOS host and its AI agents declared in C#";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
  };

  outputs =
    { self, nixpkgs, ... }:
    let
      systems = [
        "x86_64-linux"
        "aarch64-linux"
        "aarch64-darwin"
        "x86_64-darwin"
      ];
      linuxSystems = [
        "x86_64-linux"
        "aarch64-linux"
      ];
      forSystems = names: f: nixpkgs.lib.genAttrs names (system: f nixpkgs.legacyPackages.${system});
    in
    {
      # Generated flakes call `nixclaw.lib.buildDeclarations { pkgs, src, projectFile, nugetDeps; }`.
      lib.buildDeclarations = import ./nix/lib/build-declarations.nix;

      homeManagerModules.sandbox-image = ./nix/modules/sandbox-image.nix;

      packages =
        forSystems linuxSystems (pkgs: {
          sandbox-image = pkgs.callPackage ./nix/packages/sandbox-image.nix { };
          # The in-repo sample: its project references the generator projects, so the source is the repository.
          homelab = self.lib.buildDeclarations {
            inherit pkgs;
            src = ./.;
            projectFile = "samples/Homelab/Homelab.csproj";
            nugetDeps = ./samples/Homelab/nix/deps.json;
          };
        });

      devShells = forSystems systems (pkgs: {
        default = pkgs.callPackage ./nix/packages/dev-shell.nix { };
      });

      formatter = forSystems systems (pkgs: pkgs.nixfmt-rfc-style);
    };
}
