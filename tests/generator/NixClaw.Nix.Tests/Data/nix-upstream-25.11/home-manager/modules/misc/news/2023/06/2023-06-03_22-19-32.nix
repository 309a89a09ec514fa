{
  time = "2023-06-03T22:19:32+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.ripgrep'.
  '';
}
