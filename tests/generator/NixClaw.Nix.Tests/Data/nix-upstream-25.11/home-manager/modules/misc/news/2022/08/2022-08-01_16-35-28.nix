{
  time = "2022-08-01T16:35:28+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.hyfetch'.
  '';
}
