{
  time = "2023-12-19T22:57:52+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.sapling'.
  '';
}
