{
  time = "2025-08-05T19:13:10+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.nix-search-tv'.

    The nix-search-tv program provides a terminal UI for searching Nix packages,
    offering a fast and interactive way to browse and find packages in the Nix
    ecosystem.
  '';
}
