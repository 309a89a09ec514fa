{
  time = "2023-11-01T21:18:20+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.granted'.
  '';
}
