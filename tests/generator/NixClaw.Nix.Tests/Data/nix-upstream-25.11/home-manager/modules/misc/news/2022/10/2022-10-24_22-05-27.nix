{
  time = "2022-10-24T22:05:27+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.k9s'.
  '';
}
