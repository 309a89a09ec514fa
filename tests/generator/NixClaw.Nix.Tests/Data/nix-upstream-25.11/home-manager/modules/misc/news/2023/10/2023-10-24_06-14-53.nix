{
  time = "2023-10-24T06:14:53+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.cava'.
  '';
}
