{
  time = "2023-08-16T15:43:30+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.pqiv'.
  '';
}
