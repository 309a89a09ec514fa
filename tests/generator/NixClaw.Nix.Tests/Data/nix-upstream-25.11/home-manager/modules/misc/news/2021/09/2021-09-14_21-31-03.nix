{
  time = "2021-09-14T21:31:03+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.bottom'.
  '';
}
