{
  time = "2023-12-20T11:41:10+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.gradle'.
  '';
}
