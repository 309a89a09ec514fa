{
  time = "2021-07-11T17:45:56+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.sm64ex'.
  '';
}
