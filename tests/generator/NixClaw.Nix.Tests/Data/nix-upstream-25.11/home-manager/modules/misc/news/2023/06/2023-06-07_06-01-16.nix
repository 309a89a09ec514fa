{
  time = "2023-06-07T06:01:16+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.rtx'.
  '';
}
