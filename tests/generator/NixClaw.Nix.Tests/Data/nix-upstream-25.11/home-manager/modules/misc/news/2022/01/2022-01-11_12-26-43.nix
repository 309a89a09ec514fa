{
  time = "2022-01-11T12:26:43+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.sagemath'.
  '';
}
