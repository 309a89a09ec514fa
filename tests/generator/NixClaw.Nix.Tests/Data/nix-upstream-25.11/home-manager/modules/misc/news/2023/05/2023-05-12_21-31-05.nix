{
  time = "2023-05-12T21:31:05+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.translate-shell'.
  '';
}
