# `import nixpkgs { system = ...; }` of the stand-in nixpkgs flake: the stand-in package set (../pkgs.nix).
{
  system ? localSystem.system or localSystem,
  localSystem ? "x86_64-linux",
  overlays ? [ ],
  ...
}:
import ../pkgs.nix {
  lib = import ./lib.nix;
  inherit system overlays;
  path = ./.;
}
