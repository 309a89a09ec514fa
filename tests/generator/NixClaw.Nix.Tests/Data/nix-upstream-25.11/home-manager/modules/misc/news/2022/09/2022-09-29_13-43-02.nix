{
  time = "2022-09-29T13:43:02+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.pls'.
  '';
}
