{
  time = "2025-04-21T01:44:29+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.nix-init'.

    nix-init generate Nix packages from URLs.
  '';
}
