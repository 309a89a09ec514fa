{
  time = "2021-12-10T23:19:57+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.sqls'.
  '';
}
