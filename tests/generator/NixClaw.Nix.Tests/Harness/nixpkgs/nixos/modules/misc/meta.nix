# Home Manager imports `pkgs.path + "/nixos/modules/misc/meta.nix"`; this is nixpkgs' real file.
import ../../../../../Data/nix-upstream-25.11/nixpkgs-partial/nixos/modules/misc/meta.nix
