{
  time = "2024-12-01T19:17:40+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.nix-your-shell'.

    nix-your-shell is a wrapper for `nix develop` or `nix-shell` to retain
    the same shell inside the new environment.
  '';
}
