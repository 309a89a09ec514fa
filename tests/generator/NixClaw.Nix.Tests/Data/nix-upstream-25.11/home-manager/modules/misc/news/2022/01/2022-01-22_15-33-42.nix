{
  time = "2022-01-22T15:33:42+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.timidity'.
  '';
}
