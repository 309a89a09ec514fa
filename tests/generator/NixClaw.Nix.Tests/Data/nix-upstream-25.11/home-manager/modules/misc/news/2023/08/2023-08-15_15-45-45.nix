{
  time = "2023-08-15T15:45:45+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.xplr'.
  '';
}
