{
  time = "2022-01-22T15:12:20+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.watson'.
  '';
}
