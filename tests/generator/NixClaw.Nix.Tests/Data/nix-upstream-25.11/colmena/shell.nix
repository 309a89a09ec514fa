let
  flake = import ./flake-compat.nix;
in
flake.shellNix
