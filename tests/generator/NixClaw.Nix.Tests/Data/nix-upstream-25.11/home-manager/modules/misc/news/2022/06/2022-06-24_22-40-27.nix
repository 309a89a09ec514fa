{
  time = "2022-06-24T22:40:27+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.pistol'.
  '';
}
