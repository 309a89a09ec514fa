# nixpkgs' real lib at the 25.11 branch point, plus `nixosSystem` as nixpkgs' flake.nix defines it (over the
# stand-in eval-config.nix).
let
  lib = import ../../Data/nix-upstream-25.11/nixpkgs-lib-25.11/lib;
in
lib.extend (
  final: _: {
    nixosSystem =
      args:
      import ./nixos/lib/eval-config.nix (
        {
          lib = final;
          system = null;
        }
        // args
      );
  }
)
