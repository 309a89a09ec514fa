{
  time = "2023-01-28T17:35:49+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.papis'.
  '';
}
