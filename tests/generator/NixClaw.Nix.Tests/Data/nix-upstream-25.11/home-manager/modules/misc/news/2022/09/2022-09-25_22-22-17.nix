{
  time = "2022-09-25T22:22:17+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.tmate'.
  '';
}
