{
  time = "2023-09-30T07:47:23+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.awscli'.
  '';
}
