{
  time = "2022-09-08T15:41:46+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.nheko'.
  '';
}
