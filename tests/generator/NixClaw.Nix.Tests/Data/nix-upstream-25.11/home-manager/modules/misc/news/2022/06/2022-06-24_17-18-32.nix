{
  time = "2022-06-24T17:18:32+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.micro'.
  '';
}
