{
  time = "2023-09-24T10:06:47+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.bacon'.
  '';
}
