{
  time = "2022-09-05T12:33:11+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.btop'.
  '';
}
