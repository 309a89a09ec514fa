{
  time = "2022-01-22T14:36:25+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.helix'.
  '';
}
