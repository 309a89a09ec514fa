{
  time = "2021-06-22T14:43:53+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.himalaya'.
  '';
}
