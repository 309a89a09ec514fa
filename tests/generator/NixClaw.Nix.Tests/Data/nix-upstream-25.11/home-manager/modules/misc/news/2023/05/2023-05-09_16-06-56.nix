{
  time = "2023-05-09T16:06:56+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.git-cliff'.
  '';
}
