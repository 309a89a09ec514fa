{
  imports = [
    ./foo.nix
    ./bar.nix
  ];

  enable = true;
}
