{
  time = "2023-09-05T06:38:05+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.carapace'.
  '';
}
