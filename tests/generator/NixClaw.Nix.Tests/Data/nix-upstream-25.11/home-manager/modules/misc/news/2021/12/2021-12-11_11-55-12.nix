{
  time = "2021-12-11T11:55:12+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.navi'.
  '';
}
