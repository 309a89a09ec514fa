{
  time = "2023-08-23T12:01:06+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.yazi'.
  '';
}
