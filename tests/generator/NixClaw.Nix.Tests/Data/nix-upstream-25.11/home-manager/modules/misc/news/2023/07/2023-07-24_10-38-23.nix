{
  time = "2023-07-24T10:38:23+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.gh-dash'
  '';
}
