{
  time = "2022-01-22T17:39:20+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.pandoc'.
  '';
}
