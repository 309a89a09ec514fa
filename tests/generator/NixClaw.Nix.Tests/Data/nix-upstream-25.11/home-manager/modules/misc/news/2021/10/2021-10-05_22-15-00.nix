{
  time = "2021-10-05T22:15:00+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.nnn'.
  '';
}
