{
  time = "2022-10-12T23:10:48+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.discocss'.
  '';
}
