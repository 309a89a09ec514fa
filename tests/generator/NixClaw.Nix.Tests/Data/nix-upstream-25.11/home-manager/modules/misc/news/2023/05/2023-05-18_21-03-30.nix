{
  time = "2023-05-18T21:03:30+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.script-directory'.
  '';
}
