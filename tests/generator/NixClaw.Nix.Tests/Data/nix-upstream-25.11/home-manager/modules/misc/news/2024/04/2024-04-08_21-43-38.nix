{
  time = "2024-04-08T21:43:38+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.bun'.
  '';
}
