# NixClaw's repository flake: the sample's program, the sandbox image and a development shell for the deploying
# machine. Generated host flakes do not use it: `dotnet build` copies nix/nixclaw/ into every project's nix/.
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
      lib.buildDeclarations = import ./nix/nixclaw/build-declarations.nix;

      homeManagerModules.sandbox-image = ./nix/nixclaw/sandbox-image-module.nix;

      packages =
        forSystems linuxSystems (pkgs: {
          sandbox-image = pkgs.callPackage ./nix/nixclaw/sandbox-image.nix { };
          # The in-repo sample: its project references the generator projects, so the source is the repository.
          homelab = self.lib.buildDeclarations {
            inherit pkgs;
            src = ./.;
            projectFile = "samples/Homelab/Homelab.csproj";
            nugetDeps = ./samples/Homelab/nix/deps.json;
          };
        });

      devShells = forSystems systems (pkgs: {
        default = pkgs.callPackage ./nix/dev-shell.nix { };
      });

      formatter = forSystems systems (pkgs: pkgs.nixfmt-rfc-style);
    };
}
