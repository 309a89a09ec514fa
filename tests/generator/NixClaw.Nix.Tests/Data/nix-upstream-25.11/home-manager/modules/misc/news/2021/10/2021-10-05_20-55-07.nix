{
  time = "2021-10-05T20:55:07+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.atuin'.
  '';
}
