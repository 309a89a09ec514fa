# Stand-in for nixpkgs' nixos/lib/eval-config.nix (what `lib.nixosSystem` and colmena call): the same
# `lib.evalModules` over the same kind of base modules, except that the base module list is the NixOS files this
# repository has (../../../../Data/nix-upstream-25.11/nixpkgs-partial) plus the typed stand-in for the rest
# (../../../nixos-standin.nix). The package set is the stand-in one (../../../pkgs.nix), for the host's platform.
{
  system ? null,
  pkgs ? null,
  specialArgs ? { },
  modules,
  modulesLocation ? null,
  check ? true,
  prefix ? [ ],
  lib ? import ../../lib.nix,
  extraModules ? [ ],
  ...
}:
let
  nixos = ../../../../Data/nix-upstream-25.11/nixpkgs-partial/nixos/modules;

  baseModules = [
    (nixos + "/misc/assertions.nix")
    (nixos + "/misc/meta.nix")
    (nixos + "/misc/nixpkgs.nix")
    (nixos + "/config/users-groups.nix")
    ../../../nixos-standin.nix
  ];

  pkgsModule =
    { config, ... }:
    {
      _file = ./eval-config.nix;
      key = ./eval-config.nix;
      config = lib.mkMerge [
        (lib.mkIf (system != null) { nixpkgs.system = lib.mkDefault system; })
        (lib.mkIf (pkgs != null) { _module.args.pkgs = lib.mkForce pkgs; })
        {
          # nixpkgs' own default imports the whole of nixpkgs (../../..), which is not here.
          nixpkgs.pkgs = lib.mkDefault (
            import ../../../pkgs.nix {
              inherit lib;
              system = config.nixpkgs.hostPlatform.system;
              path = ../..;
            }
          );
          _module.check = check;
        }
      ];
    };
in
lib.evalModules {
  inherit prefix;
  specialArgs = {
    modulesPath = builtins.toString nixos;
  }
  // specialArgs;
  modules = baseModules ++ extraModules ++ [ pkgsModule ] ++ modules;
  class = "nixos";
}
