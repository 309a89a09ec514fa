{
  time = "2025-09-15T22:14:27+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.nvchecker`.

    `nvchecker` checks if a new version of some software was released.
  '';
}
