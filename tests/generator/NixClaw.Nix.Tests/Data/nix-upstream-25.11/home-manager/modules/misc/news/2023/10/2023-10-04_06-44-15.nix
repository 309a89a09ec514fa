{
  time = "2023-10-04T06:44:15+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.thefuck'.
  '';
}
