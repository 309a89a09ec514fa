{
  time = "2023-01-31T22:08:41+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.rbenv'.
  '';
}
