{
  time = "2021-11-30T22:28:12+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.less'.
  '';
}
