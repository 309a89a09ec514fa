{
  time = "2024-04-18T22:30:49+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.fd'.
  '';
}
