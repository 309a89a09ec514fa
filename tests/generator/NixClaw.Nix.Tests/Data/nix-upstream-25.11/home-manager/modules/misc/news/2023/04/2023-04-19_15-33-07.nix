{
  time = "2023-04-19T15:33:07+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.mr'.
  '';
}
