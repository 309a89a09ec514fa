{
  time = "2024-03-08T22:23:24+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.ranger'.
  '';
}
