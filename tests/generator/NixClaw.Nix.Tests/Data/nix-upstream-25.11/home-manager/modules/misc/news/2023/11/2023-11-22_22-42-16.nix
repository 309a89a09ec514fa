{
  time = "2023-11-22T22:42:16+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.ruff'.
  '';
}
