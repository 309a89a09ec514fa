{
  time = "2022-03-06T08:50:32+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.just'.
  '';
}
