# github:nix-systems/default (flake-utils' `systems` input), which is not in the tarball: its default.nix is this list.
[
  "aarch64-darwin"
  "aarch64-linux"
  "x86_64-darwin"
  "x86_64-linux"
]
