{
  time = "2024-02-05T22:45:37+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.jetbrains-remote'
  '';
}
