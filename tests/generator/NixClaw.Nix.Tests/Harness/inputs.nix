# The flake inputs a generated flake declares, as `nix flake` would pass them, but from this repository's copy of
# the upstream sources (../Data/nix-upstream-25.11, SOURCES.tsv names each commit) instead of the network.
# Each upstream flake's own `outputs` function is called with its own inputs; nixpkgs is the one stand-in
# (./nixpkgs: the real lib 25.11, the stand-in package set and eval-config.nix).
let
  upstream = ../Data/nix-upstream-25.11;

  # What `builtins.getFlake` gives: the outputs, plus outPath, inputs and outputs.
  callFlake =
    src: inputs:
    let
      flake = import (src + "/flake.nix");
      outputs = flake.outputs (inputs // { self = result; });
      result = outputs // {
        outPath = src;
        inherit inputs outputs;
        _type = "flake";
      };
    in
    result;

  lib = import ./nixpkgs/lib.nix;
  systems = [
    "x86_64-linux"
    "aarch64-linux"
    "i686-linux"
    "riscv64-linux"
    "aarch64-darwin"
    "x86_64-darwin"
  ];

  nixpkgs = {
    outPath = ./nixpkgs;
    inherit lib;
    legacyPackages = lib.genAttrs systems (system: import ./nixpkgs { inherit system; });
    _type = "flake";
  };

  flake-utils = callFlake (upstream + "/flake-utils") { systems = ./systems; };
  nix-github-actions = callFlake (upstream + "/nix-github-actions") { inherit nixpkgs; };
in
{
  inherit nixpkgs callFlake;
  disko = callFlake (upstream + "/disko") { inherit nixpkgs; };
  sops-nix = callFlake (upstream + "/sops-nix") { inherit nixpkgs; };
  home-manager = callFlake (upstream + "/home-manager") { inherit nixpkgs; };
  colmena = callFlake (upstream + "/colmena") {
    inherit nixpkgs flake-utils nix-github-actions;
    stable = nixpkgs;
    flake-compat = { };
  };
  deploy-rs = callFlake (upstream + "/deploy-rs") {
    inherit nixpkgs;
    utils = flake-utils;
    flake-compat = { };
  };
}
